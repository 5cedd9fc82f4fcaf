namespace Search.Index.Analysis.Filters;

/// <summary>Short lists of function words: frequent enough to carry no meaning in a search, never a term of art.</summary>
public static class StopWords
{
    public static readonly string[] English =
    [
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have", "he", "her",
        "his", "if", "in", "into", "is", "it", "its", "of", "on", "or", "she", "so", "such", "than", "that", "the",
        "their", "them", "then", "there", "these", "they", "this", "those", "to", "was", "were", "which", "who",
        "whom", "will", "with", "would",
    ];

    public static readonly string[] French =
    [
        "a", "à", "au", "aux", "avec", "ce", "ces", "cette", "dans", "de", "des", "du", "elle", "elles", "en", "est",
        "et", "eux", "il", "ils", "la", "le", "les", "leur", "leurs", "lui", "mais", "ne", "ni", "nos", "notre",
        "nous", "on", "ont", "ou", "par", "pas", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sont", "sur",
        "un", "une", "vos", "votre", "vous", "y", "été",
    ];

    public static readonly string[] Russian =
    [
        "а", "без", "бы", "в", "во", "все", "всех", "да", "для", "до", "его", "ее", "если", "же", "за", "и", "из",
        "или", "им", "их", "к", "как", "ко", "ли", "на", "над", "не", "нее", "ни", "но", "о", "об", "от", "по",
        "под", "при", "с", "со", "так", "также", "то", "у", "что", "чтобы", "это", "этот", "эти", "этой", "этом",
    ];
}

namespace Search.Index.Paragraphs;

/// <summary>
/// What filters, facets, sorting and cross-language alignment read of each paragraph, one array a field indexed
/// by document number, without an object a paragraph. Values that repeat (symbols, languages, verbs) are ids
/// into the value arrays.
/// </summary>
public abstract class DocColumns
{
    public required int Count { get; init; }
    public required int[] SymbolIds { get; init; }
    public required string[] Symbols { get; init; }
    public required byte[] LanguageIds { get; init; }
    public required string[] Languages { get; init; }
    /// <summary>0 where unknown.</summary>
    public required short[] Sessions { get; init; }
    /// <summary>0 where unknown.</summary>
    public required short[] Years { get; init; }
    /// <summary>yyyymmdd, 0 where unknown.</summary>
    public required int[] Dates { get; init; }
    public required byte[] Types { get; init; }
    /// <summary>Lead verbs as facet values: lower-cased.</summary>
    public required int[] VerbIds { get; init; }
    public required string[] Verbs { get; init; }
    /// <summary>The next document holding the same clause in another language; a ring, pointing to itself when alone.</summary>
    public required int[] AlignedNext { get; init; }

    public string Symbol(int doc) => Symbols[SymbolIds[doc]];
    public string Language(int doc) => Languages[LanguageIds[doc]];
    public Documents.ClauseType Type(int doc) => (Documents.ClauseType)Types[doc];

    FacetGroups? _groups;

    /// <summary>The documents grouped by their facet values, made on first use.</summary>
    public FacetGroups Groups => Volatile.Read(ref _groups) ?? MakeGroups();

    FacetGroups MakeGroups()
    {
        Interlocked.CompareExchange(ref _groups, GroupFacets(), null);
        return _groups;
    }

    /// <summary>A pass over every document; a reader of several segments combines its segments' groups instead.</summary>
    protected virtual FacetGroups GroupFacets() => FacetGroups.Build(LanguageIds, Sessions, Years, Types, VerbIds);

    /// <summary>Whether a document is still part of the index (a replaced paragraph stays until its segment is merged).</summary>
    public virtual bool IsLive(int doc) => true;
}

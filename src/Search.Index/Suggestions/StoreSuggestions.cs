using Search.Index.Storage;

namespace Search.Index.Suggestions;

/// <summary>
/// The suggestions for the resolutions held: symbols, lead verbs (weighted by the clauses they open), and words
/// of the titles and of a sample of the paragraphs (weighted by the titles and paragraphs they occur in). Built on first use and again after the store
/// changes, never read from the search index, so it does not depend on how the index is made.
/// </summary>
public sealed class StoreSuggestions(ResolutionStore store)
{
    /// <summary>Words this short are mostly articles and prepositions.</summary>
    const int MinimumWordLength = 3;

    /// <summary>Enough paragraphs for the vocabulary of a few thousand resolutions, read in well under a second.</summary>
    const int ParagraphSample = 50_000;

    readonly Lock _gate = new();
    (long Generation, Suggester Suggester)? _built;

    public Suggester Current
    {
        get
        {
            long generation = store.Generation;
            lock (_gate)
            {
                if (_built is { } built && built.Generation == generation) return built.Suggester;
                var suggester = Suggester.Build(Vocabulary());
                _built = (generation, suggester);
                return suggester;
            }
        }
    }

    IEnumerable<(string, SuggestionKind, int)> Vocabulary()
    {
        var resolutions = store.List();
        foreach (var versions in resolutions.GroupBy(r => r.Symbol, StringComparer.Ordinal))
            yield return (versions.Key, SuggestionKind.Symbol, versions.Count());
        foreach (var (verb, clauses) in store.LeadVerbs())
            yield return (verb.ToLowerInvariant(), SuggestionKind.Verb, clauses);
        foreach (var text in resolutions.Select(r => r.Title).OfType<string>().Concat(store.ParagraphTextSample(ParagraphSample)))
            foreach (var word in Words(text).Select(w => w.ToLowerInvariant()).Distinct(StringComparer.Ordinal))
                yield return (word, SuggestionKind.Word, 1);
    }

    static IEnumerable<string> Words(string text)
    {
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && (char.IsLetter(text[i]) || (start >= 0 && text[i] is '-' or '\''));
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                var word = text[start..i].TrimEnd('-', '\'');
                if (word.Length >= MinimumWordLength) yield return word;
                start = -1;
            }
        }
    }
}

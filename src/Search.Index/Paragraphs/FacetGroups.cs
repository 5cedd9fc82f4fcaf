using System.Runtime.InteropServices;

namespace Search.Index.Paragraphs;

/// <summary>
/// The documents grouped by their facet values: those sharing language, session, year, clause type and verb form
/// one group, and a million paragraphs make a few thousand groups. Counting facets over many matches then costs
/// one increment a match in its group's counter; the filters are tested and the five facets counted once a group
/// (by the facet counter), where reading five columns and testing the filters for every match took
/// half the time of a query that matches a third of the index.
/// </summary>
public sealed class FacetGroups
{
    /// <summary>Each document's group, deleted documents included.</summary>
    public required int[] GroupOf { get; init; }
    public required byte[] Languages { get; init; }
    public required short[] Sessions { get; init; }
    public required short[] Years { get; init; }
    public required byte[] Types { get; init; }
    public required int[] Verbs { get; init; }

    public int Count => Languages.Length;

    /// <summary>The groups of documents holding these columns' values (one array element a document).</summary>
    // Runs over every document of a segment, in a process that may have just started: compiled optimized at once.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static FacetGroups Build(byte[] languages, short[] sessions, short[] years, byte[] types, int[] verbs)
    {
        var numbering = new Numbering();
        var groupOf = new int[languages.Length];
        for (int doc = 0; doc < groupOf.Length; doc++)
            groupOf[doc] = numbering.Of((languages[doc], sessions[doc], years[doc], types[doc], verbs[doc]));
        return numbering.With(groupOf);
    }

    /// <summary>
    /// The groups of documents laid end to end, each part's groups starting at its first document: the parts'
    /// few thousand groups are numbered again together, and each document's group is looked up through its part's
    /// renumbering. A reader's segments never change, so after an update only the new segment is grouped from its
    /// documents.
    /// </summary>
    public static FacetGroups Combine(IReadOnlyList<(FacetGroups Groups, int FirstDoc)> parts, int count)
    {
        var numbering = new Numbering();
        var groupOf = new int[count];
        foreach (var (groups, firstDoc) in parts)
        {
            var renumbered = new int[groups.Count];
            for (int g = 0; g < renumbered.Length; g++)
                renumbered[g] = numbering.Of((groups.Languages[g], groups.Sessions[g], groups.Years[g], groups.Types[g], groups.Verbs[g]));
            for (int d = 0; d < groups.GroupOf.Length; d++) groupOf[firstDoc + d] = renumbered[groups.GroupOf[d]];
        }
        return numbering.With(groupOf);
    }

    /// <summary>Numbers distinct facet values in the order they are first met.</summary>
    sealed class Numbering
    {
        readonly Dictionary<(byte, short, short, byte, int), int> _numbers = [];
        readonly List<byte> _languages = [];
        readonly List<short> _sessions = [], _years = [];
        readonly List<byte> _types = [];
        readonly List<int> _verbs = [];

        public int Of((byte Language, short Session, short Year, byte Type, int Verb) values)
        {
            ref int group = ref CollectionsMarshal.GetValueRefOrAddDefault(_numbers, values, out bool exists);
            if (!exists)
            {
                group = _languages.Count;
                _languages.Add(values.Language);
                _sessions.Add(values.Session);
                _years.Add(values.Year);
                _types.Add(values.Type);
                _verbs.Add(values.Verb);
            }
            return group;
        }

        public FacetGroups With(int[] groupOf) => new()
        {
            GroupOf = groupOf,
            Languages = [.. _languages],
            Sessions = [.. _sessions],
            Years = [.. _years],
            Types = [.. _types],
            Verbs = [.. _verbs],
        };
    }
}

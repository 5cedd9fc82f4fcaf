using System.Collections.Concurrent;
using System.Text;
using Search.Index.Documents;
using Search.Index.Scoring;
using Search.Index.Storage;

namespace Search.Index.Indexing;

/// <summary>
/// Builds an <see cref="IndexSnapshot"/> from the store's paragraphs: document columns first, then one
/// inverted index per language, analysed in parallel by ranges of documents.
/// </summary>
public static class IndexBuilder
{
    public static IndexSnapshot Build(IReadOnlyList<StoredParagraph> paragraphs, ITermSource analysis, long generation)
    {
        var table = BuildTable(paragraphs);
        var languages = table.Languages;
        // Every language's paragraphs are cut into ranges analysed in parallel, so that one large language does
        // not keep a single core busy while the others wait; the ranges are then joined in document order.
        int chunks = Math.Max(1, Environment.ProcessorCount * 2);
        var partials = new Partial[languages.Length, chunks];
        var work = from l in Enumerable.Range(0, languages.Length) from c in Enumerable.Range(0, chunks) select (l, c);
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, item =>
        {
            int from = (int)((long)paragraphs.Count * item.c / chunks), to = (int)((long)paragraphs.Count * (item.c + 1) / chunks);
            partials[item.l, item.c] = Invert(languages[item.l], (byte)item.l, paragraphs, table, analysis, from, to);
        });
        var fields = new ConcurrentDictionary<string, FieldIndex>();
        Parallel.For(0, languages.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, l =>
            fields[languages[l]] = Join(languages[l], Enumerable.Range(0, chunks).Select(c => partials[l, c]).ToList(), table));
        return new IndexSnapshot { Documents = table, Fields = new Dictionary<string, FieldIndex>(fields), Generation = generation };
    }

    static DocumentTable BuildTable(IReadOnlyList<StoredParagraph> paragraphs)
    {
        int n = paragraphs.Count;
        var symbols = new Interner();
        var languages = new Interner();
        var keys = new Interner();
        var verbs = new Interner();
        var titles = new Interner();
        var verbDisplays = new List<string>();
        var symbolIds = new int[n];
        var languageIds = new byte[n];
        var sessions = new short[n];
        var years = new short[n];
        var dates = new int[n];
        var types = new byte[n];
        var numbers = new int[n];
        var keyIds = new int[n];
        var verbIds = new int[n];
        var titleIds = new int[n];
        var offsets = new long[n + 1];
        var text = new MemoryStream();
        var encoder = new UTF8Encoding(false);

        for (int d = 0; d < n; d++)
        {
            var p = paragraphs[d];
            symbolIds[d] = symbols.Id(p.Symbol);
            languageIds[d] = checked((byte)languages.Id(p.Language));
            sessions[d] = (short)Math.Clamp(p.Session ?? 0, 0, short.MaxValue);
            years[d] = (short)Math.Clamp(p.Year ?? 0, 0, short.MaxValue);
            dates[d] = p.AdoptionDate is { } date ? date.Year * 10000 + date.Month * 100 + date.Day : 0;
            types[d] = (byte)p.Paragraph.Type;
            numbers[d] = p.Paragraph.Number;
            keyIds[d] = keys.Id(p.Paragraph.Key);
            var verbId = verbs.Id(p.Paragraph.Verb.ToLowerInvariant());
            if (verbId == verbDisplays.Count) verbDisplays.Add(p.Paragraph.Verb);
            verbIds[d] = verbId;
            titleIds[d] = titles.Id(p.Title ?? "");
            var bytes = encoder.GetBytes(p.Paragraph.Text);
            text.Write(bytes);
            offsets[d + 1] = text.Length;
        }

        return new DocumentTable
        {
            Count = n,
            SymbolIds = symbolIds, Symbols = symbols.Values,
            LanguageIds = languageIds, Languages = languages.Values,
            Sessions = sessions, Years = years, Dates = dates, Types = types, Numbers = numbers,
            KeyIds = keyIds, Keys = keys.Values,
            VerbIds = verbIds, Verbs = verbs.Values, VerbDisplays = verbDisplays.ToArray(),
            TitleIds = titleIds, Titles = titles.Values,
            Lengths = new int[n],
            AlignedNext = AlignmentRing(symbolIds, keyIds),
            TextUtf8 = text.ToArray(),
            TextOffsets = offsets,
        };
    }

    /// <summary>Links the documents of one clause (same symbol, same key) across languages into a ring.</summary>
    static int[] AlignmentRing(int[] symbolIds, int[] keyIds)
    {
        var next = new int[symbolIds.Length];
        var last = new Dictionary<(int, int), (int First, int Last)>();
        for (int d = 0; d < next.Length; d++)
        {
            next[d] = d;
            var clause = (symbolIds[d], keyIds[d]);
            if (last.TryGetValue(clause, out var ring))
            {
                next[ring.Last] = d;
                next[d] = ring.First;
                last[clause] = (ring.First, d);
            }
            else last[clause] = (d, d);
        }
        return next;
    }

    sealed class Accumulator
    {
        public readonly GrowableInts Docs = new();
        public readonly GrowableInts Freqs = new();
        public readonly GrowableInts PositionStarts = new();
    }

    /// <summary>The inverted index of one range of documents in one language.</summary>
    sealed record Partial(Dictionary<string, Accumulator> Terms, GrowableInts Pool, int DocCount, long TotalLength);

    static Partial Invert(string language, byte languageId, IReadOnlyList<StoredParagraph> paragraphs, DocumentTable table, ITermSource analysis, int from, int to)
    {
        var terms = new Dictionary<string, Accumulator>(StringComparer.Ordinal);
        var pool = new GrowableInts(1024);
        var inDoc = new Dictionary<string, GrowableInts>(StringComparer.Ordinal);
        var spare = new Stack<GrowableInts>();
        long totalLength = 0;
        int docCount = 0;
        // One callback for the whole range rather than a closure a paragraph.
        TermCallback collect = (term, position, _, _) =>
        {
            if (!inDoc.TryGetValue(term, out var positions))
            {
                positions = spare.Count > 0 ? spare.Pop() : new GrowableInts();
                inDoc[term] = positions;
            }
            positions.Add(position);
        };

        for (int d = from; d < to; d++)
        {
            if (table.LanguageIds[d] != languageId) continue;
            docCount++;
            analysis.Analyze(language, paragraphs[d].Paragraph.Text, collect);
            int length = 0;
            foreach (var positions in inDoc.Values) length += positions.Count;
            table.Lengths[d] = length;
            totalLength += length;
            foreach (var (term, positions) in inDoc)
            {
                if (!terms.TryGetValue(term, out var acc)) terms[term] = acc = new Accumulator();
                acc.Docs.Add(d);
                acc.Freqs.Add(positions.Count);
                acc.PositionStarts.Add(pool.Count);
                for (int i = 0; i < positions.Count; i++) pool.Add(positions[i]);
                positions.Clear();
                spare.Push(positions);
            }
            inDoc.Clear();
        }
        return new Partial(terms, pool, docCount, totalLength);
    }

    /// <summary>Joins the ranges of one language in document order and computes the block maxima.</summary>
    static FieldIndex Join(string language, List<Partial> parts, DocumentTable table)
    {
        int docCount = parts.Sum(p => p.DocCount);
        long totalLength = parts.Sum(p => p.TotalLength);
        double average = docCount == 0 ? 1 : Math.Max(1, (double)totalLength / docCount);
        var positions = new int[parts.Sum(p => (long)p.Pool.Count)];
        var offsets = new int[parts.Count];
        for (int i = 0, at = 0; i < parts.Count; i++)
        {
            offsets[i] = at;
            for (int j = 0; j < parts[i].Pool.Count; j++) positions[at + j] = parts[i].Pool[j];
            at += parts[i].Pool.Count;
        }

        var termNames = parts.SelectMany(p => p.Terms.Keys).Distinct().ToArray();
        var postings = new Dictionary<string, Postings>(termNames.Length, StringComparer.Ordinal);
        foreach (var term in termNames)
        {
            int count = 0;
            foreach (var p in parts) if (p.Terms.TryGetValue(term, out var a)) count += a.Docs.Count;
            var docs = new int[count];
            var freqs = new int[count];
            var starts = new int[count];
            int k = 0;
            for (int i = 0; i < parts.Count; i++)
            {
                if (!parts[i].Terms.TryGetValue(term, out var acc)) continue;
                for (int j = 0; j < acc.Docs.Count; j++, k++)
                {
                    docs[k] = acc.Docs[j];
                    freqs[k] = acc.Freqs[j];
                    starts[k] = acc.PositionStarts[j] + offsets[i];
                }
            }
            var blocks = new float[(count + Postings.BlockSize - 1) / Postings.BlockSize];
            for (int i = 0; i < count; i++)
            {
                var factor = Bm25.TfFactor(freqs[i], table.Lengths[docs[i]], average);
                ref var max = ref blocks[i / Postings.BlockSize];
                if (factor > max) max = factor;
            }
            postings[term] = new Postings(docs, freqs, starts, blocks);
        }
        var sorted = postings.Keys.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return new FieldIndex { Language = language, SortedTerms = sorted, Terms = postings, Positions = positions, DocCount = docCount, AverageLength = average };
    }

    sealed class Interner
    {
        readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        readonly List<string> _values = [];
        public int Id(string value)
        {
            if (_ids.TryGetValue(value, out var id)) return id;
            _ids[value] = id = _values.Count;
            _values.Add(value);
            return id;
        }
        public string[] Values => _values.ToArray();
    }
}

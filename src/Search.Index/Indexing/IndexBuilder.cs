using Search.Index.Analysis;
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
    public static IndexSnapshot Build(StoredParagraphs paragraphs, ITermSource analysis, long generation)
    {
        var table = BuildTable(paragraphs);
        var languages = table.Languages;
        // Every language's paragraphs are cut into ranges analysed in parallel, so that one large language does
        // not keep a single core busy while the others wait; the ranges are then joined in document order.
        int chunks = Math.Max(1, Environment.ProcessorCount * 2);
        var partials = new Partial[languages.Length, chunks];
        var work = from l in Enumerable.Range(0, languages.Length) from c in Enumerable.Range(0, chunks) select (l, c);
        // Each worker reuses its scratch buffers from range to range: fresh memory is what costs most here.
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, () => new Scratch(), (item, _, scratch) =>
        {
            int from = (int)((long)table.Count * item.c / chunks), to = (int)((long)table.Count * (item.c + 1) / chunks);
            partials[item.l, item.c] = Invert(languages[item.l], (byte)item.l, table, analysis, from, to, scratch);
            return scratch;
        }, _ => { });
        var fields = new ConcurrentDictionary<string, FieldIndex>();
        Parallel.For(0, languages.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, l =>
            fields[languages[l]] = Join(languages[l], Enumerable.Range(0, chunks).Select(c => partials[l, c]).ToList(), table));
        return new IndexSnapshot { Documents = table, Fields = new Dictionary<string, FieldIndex>(fields), Generation = generation };
    }

    static DocumentTable BuildTable(StoredParagraphs paragraphs)
    {
        int n = paragraphs.Count;
        var symbols = new Interner();
        var languages = new Interner();
        var keys = new Interner();
        var verbs = new Interner();
        var titles = new Interner();
        // What a paragraph takes from its resolution, worked out once a resolution.
        var ofResolution = paragraphs.Resolutions.Select(r => (
            Symbol: symbols.Id(r.Symbol),
            Language: checked((byte)languages.Id(r.Language)),
            Session: (short)Math.Clamp(r.Session ?? 0, 0, short.MaxValue),
            Year: (short)Math.Clamp(r.Year ?? 0, 0, short.MaxValue),
            Date: r.AdoptionDate is { } date ? date.Year * 10000 + date.Month * 100 + date.Day : 0,
            Title: titles.Id(r.Title ?? ""))).ToArray();
        var symbolIds = new int[n];
        var languageIds = new byte[n];
        var sessions = new short[n];
        var years = new short[n];
        var dates = new int[n];
        var types = new byte[n];
        var keyIds = new int[n];
        var verbIds = new int[n];
        var titleIds = new int[n];
        for (int d = 0; d < n; d++)
        {
            var r = ofResolution[paragraphs.ResolutionOf[d]];
            symbolIds[d] = r.Symbol;
            languageIds[d] = r.Language;
            sessions[d] = r.Session;
            years[d] = r.Year;
            dates[d] = r.Date;
            titleIds[d] = r.Title;
            types[d] = (byte)paragraphs.Types[d];
            keyIds[d] = keys.Id(paragraphs.Keys[d]);
            verbIds[d] = verbs.Id(paragraphs.Verbs[d]);
        }
        // Verbs are counted without regard to case ("Urges" at the start of a clause, "urges" after a comma).
        var verbNames = verbs.Values;
        var folded = new Interner();
        var verbDisplays = new List<string>();
        var verbFolding = new int[verbNames.Length];
        for (int v = 0; v < verbNames.Length; v++)
        {
            verbFolding[v] = folded.Id(verbNames[v].ToLowerInvariant());
            if (verbFolding[v] == verbDisplays.Count) verbDisplays.Add(verbNames[v]);
        }
        for (int d = 0; d < n; d++) verbIds[d] = verbFolding[verbIds[d]];

        return new DocumentTable
        {
            Count = n,
            SymbolIds = symbolIds, Symbols = symbols.Values,
            LanguageIds = languageIds, Languages = languages.Values,
            Sessions = sessions, Years = years, Dates = dates, Types = types, Numbers = paragraphs.Numbers,
            KeyIds = keyIds, Keys = keys.Values,
            VerbIds = verbIds, Verbs = folded.Values, VerbDisplays = verbDisplays.ToArray(),
            TitleIds = titleIds, Titles = titles.Values,
            Lengths = new int[n],
            AlignedNext = AlignmentRing(symbolIds, keyIds),
            TextUtf8 = paragraphs.TextUtf8,
            TextOffsets = paragraphs.TextOffsets,
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

    /// <summary>
    /// The inverted index of one range of documents in one language, as flat arrays grouped by term: the postings
    /// of local term t are entries TermStarts[t] to TermStarts[t + 1] of Docs, Freqs and PositionStarts, which
    /// point into Positions.
    /// </summary>
    sealed record Partial(Dictionary<string, int> TermIds, int[] TermStarts, int[] Docs, int[] Freqs, int[] PositionStarts, int[] Positions, int DocCount, long TotalLength);

    /// <summary>
    /// Analyses a range of documents into one flat list of (term id, position) tokens, then groups the tokens by
    /// term with a counting sort. Stable, so each term's tokens stay in document and position order: a run of one
    /// document is a posting, its length the frequency, and the sorted positions are the position pool as they are.
    /// </summary>
    /// <summary>Buffers one worker reuses from range to range.</summary>
    sealed class Scratch
    {
        public readonly GrowableInts TokenTerms = new(1 << 16), TokenPositions = new(1 << 16), Docs = new(1024), DocEnds = new(1024);
        public readonly GrowableInts PostingDocs = new(1 << 16), Freqs = new(1 << 16), PositionStarts = new(1 << 16);
        public int[] SortedDocs = [];
        public char[] Text = new char[4096];

        public void Clear()
        {
            foreach (var buffer in (GrowableInts[])[TokenTerms, TokenPositions, Docs, DocEnds, PostingDocs, Freqs, PositionStarts]) buffer.Clear();
        }
    }

    static Partial Invert(string language, byte languageId, DocumentTable table, ITermSource analysis, int from, int to, Scratch scratch)
    {
        scratch.Clear();
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var (tokenTerms, tokenPositions, docs, docEnds) = (scratch.TokenTerms, scratch.TokenPositions, scratch.Docs, scratch.DocEnds);
        long totalLength = 0;
        // One callback for the whole range rather than a closure a paragraph.
        TermCallback collect = (term, position, _, _) =>
        {
            if (!termIds.TryGetValue(term, out var id)) termIds[term] = id = termIds.Count;
            tokenTerms.Add(id);
            tokenPositions.Add(position);
        };
        for (int d = from; d < to; d++)
        {
            if (table.LanguageIds[d] != languageId) continue;
            int before = tokenTerms.Count;
            var utf8 = table.TextUtf8.AsSpan((int)table.TextOffsets[d], (int)(table.TextOffsets[d + 1] - table.TextOffsets[d]));
            if (scratch.Text.Length < utf8.Length) scratch.Text = new char[utf8.Length];
            int chars = Encoding.UTF8.GetChars(utf8, scratch.Text);
            analysis.Analyze(language, scratch.Text.AsSpan(0, chars), collect);
            table.Lengths[d] = tokenTerms.Count - before;
            totalLength += tokenTerms.Count - before;
            docs.Add(d);
            docEnds.Add(tokenTerms.Count);
        }

        int terms = termIds.Count, tokens = tokenTerms.Count;
        var next = new int[terms + 1];
        for (int i = 0; i < tokens; i++) next[tokenTerms[i] + 1]++;
        for (int t = 0; t < terms; t++) next[t + 1] += next[t];
        var tokenStarts = (int[])next.Clone();
        if (scratch.SortedDocs.Length < tokens) scratch.SortedDocs = new int[Math.Max(tokens, scratch.SortedDocs.Length * 3 / 2)];
        var sortedDocs = scratch.SortedDocs;
        var positions = new int[tokens];
        for (int k = 0, i = 0; k < docs.Count; k++)
        {
            int doc = docs[k];
            for (int end = docEnds[k]; i < end; i++)
            {
                int slot = next[tokenTerms[i]]++;
                sortedDocs[slot] = doc;
                positions[slot] = tokenPositions[i];
            }
        }

        var termStarts = new int[terms + 1];
        var (postingDocs, freqs, positionStarts) = (scratch.PostingDocs, scratch.Freqs, scratch.PositionStarts);
        for (int t = 0; t < terms; t++)
        {
            termStarts[t] = postingDocs.Count;
            for (int i = tokenStarts[t], end = tokenStarts[t + 1]; i < end;)
            {
                int doc = sortedDocs[i], run = i;
                while (i < end && sortedDocs[i] == doc) i++;
                postingDocs.Add(doc);
                freqs.Add(i - run);
                positionStarts.Add(run);
            }
        }
        termStarts[terms] = postingDocs.Count;
        return new Partial(termIds, termStarts, postingDocs.ToArray(), freqs.ToArray(), positionStarts.ToArray(), positions, docs.Count, totalLength);
    }

    /// <summary>Joins the ranges of one language in document order and computes the block maxima.</summary>
    static FieldIndex Join(string language, List<Partial> parts, DocumentTable table)
    {
        int docCount = parts.Sum(p => p.DocCount);
        long totalLength = parts.Sum(p => p.TotalLength);
        double average = docCount == 0 ? 1 : Math.Max(1, (double)totalLength / docCount);
        var positions = new int[parts.Sum(p => (long)p.Positions.Length)];
        var offsets = new int[parts.Count];
        for (int i = 0, at = 0; i < parts.Count; i++)
        {
            offsets[i] = at;
            parts[i].Positions.CopyTo(positions, at);
            at += parts[i].Positions.Length;
        }

        var sorted = parts.SelectMany(p => p.TermIds.Keys).Distinct().ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        // Where each term's postings and blocks start in the field's flat arrays, terms in sorted order.
        var local = new int[sorted.Length, parts.Count];
        var termStarts = new int[sorted.Length + 1];
        var blockStarts = new int[sorted.Length + 1];
        for (int t = 0; t < sorted.Length; t++)
        {
            int count = 0;
            for (int i = 0; i < parts.Count; i++)
            {
                if (parts[i].TermIds.TryGetValue(sorted[t], out var id))
                {
                    local[t, i] = id;
                    count += parts[i].TermStarts[id + 1] - parts[i].TermStarts[id];
                }
                else local[t, i] = -1;
            }
            termStarts[t + 1] = termStarts[t] + count;
            blockStarts[t + 1] = blockStarts[t] + (count + Postings.BlockSize - 1) / Postings.BlockSize;
        }
        var docs = GC.AllocateUninitializedArray<int>(termStarts[^1]);
        var freqs = GC.AllocateUninitializedArray<int>(termStarts[^1]);
        var starts = GC.AllocateUninitializedArray<int>(termStarts[^1]);
        var blocks = new float[blockStarts[^1]];
        for (int t = 0; t < sorted.Length; t++)
        {
            int k = termStarts[t];
            for (int i = 0; i < parts.Count; i++)
            {
                if (local[t, i] < 0) continue;
                var part = parts[i];
                int from = part.TermStarts[local[t, i]], length = part.TermStarts[local[t, i] + 1] - from;
                Array.Copy(part.Docs, from, docs, k, length);
                Array.Copy(part.Freqs, from, freqs, k, length);
                for (int j = 0; j < length; j++) starts[k + j] = part.PositionStarts[from + j] + offsets[i];
                k += length;
            }
            for (int p = termStarts[t]; p < termStarts[t + 1]; p++)
            {
                var factor = Bm25.TfFactor(freqs[p], table.Lengths[docs[p]], average);
                ref var max = ref blocks[blockStarts[t] + (p - termStarts[t]) / Postings.BlockSize];
                if (factor > max) max = factor;
            }
        }
        return FieldIndex.Create(language, docCount, average, positions, sorted, termStarts, blockStarts, docs, freqs, starts, blocks);
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

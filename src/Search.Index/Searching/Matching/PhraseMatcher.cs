using Search.Index.Scoring;

namespace Search.Index.Searching.Matching;

/// <summary>
/// Documents where the terms stand at the given relative positions (stop words removed at analysis leave their
/// gaps, so "Plan d'action de Carthagène" keeps its shape). With a slop, each term may be that many positions
/// off. Scored as BM25 of the phrase frequency with the sum of the terms' idf.
/// </summary>
public sealed class PhraseMatcher : DocMatcher
{
    readonly TermMatcher[] _terms;
    readonly int[] _offsets;
    readonly int _slop;
    readonly int[] _pool;
    readonly int[] _lengths;
    readonly double _averageLength;
    readonly ConjunctionMatcher _all;
    readonly float _idf;
    int _frequency;

    public PhraseMatcher(TermMatcher[] terms, int[] offsets, int slop, int[] pool, int[] lengths, double averageLength)
    {
        _terms = terms;
        _offsets = offsets;
        _slop = slop;
        _pool = pool;
        _lengths = lengths;
        _averageLength = averageLength;
        _all = new ConjunctionMatcher(terms);
        _idf = terms.Sum(t => t.Idf);
    }

    public override long Cost => _all.Cost;

    public override int NextDoc() => Doc = Check(_all.NextDoc());

    public override int Advance(int target) => Doc = Check(_all.Advance(target));

    int Check(int doc)
    {
        while (doc != NoMoreDocs)
        {
            _frequency = Frequency();
            if (_frequency > 0) return doc;
            doc = _all.NextDoc();
        }
        return NoMoreDocs;
    }

    int Frequency()
    {
        int count = 0;
        foreach (var start in _terms[0].Positions(_pool))
        {
            int anchor = start - _offsets[0];
            bool all = true;
            for (int i = 1; i < _terms.Length && all; i++)
                all = HasNear(_terms[i].Positions(_pool), anchor + _offsets[i]);
            if (all) count++;
        }
        return count;
    }

    bool HasNear(ReadOnlySpan<int> positions, int wanted)
    {
        foreach (var p in positions)
        {
            if (p > wanted + _slop) return false;
            if (p >= wanted - _slop) return true;
        }
        return false;
    }

    public override float Score() => _idf * Bm25.TfFactor(_frequency, _lengths[Doc], _averageLength);

    public override float MaxScore()
    {
        // A phrase occurs at most as often as its rarest word, so each word's block bound caps it.
        float min = float.MaxValue;
        foreach (var t in _terms) min = Math.Min(min, t.MaxTfFactor());
        return _idf * min;
    }
}

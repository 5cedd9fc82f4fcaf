namespace Search.Index.Searching.Matching;

/// <summary>Documents every part matches (AND); the score is the sum of the parts' scores.</summary>
public sealed class ConjunctionMatcher : DocMatcher
{
    readonly DocMatcher[] _parts;

    public ConjunctionMatcher(IEnumerable<DocMatcher> parts)
    {
        _parts = parts.OrderBy(p => p.Cost).ToArray();
    }

    public override long Cost => _parts[0].Cost;

    public override int NextDoc() => Doc = Align(_parts[0].NextDoc());

    public override int Advance(int target) => Doc = Align(_parts[0].Advance(target));

    int Align(int candidate)
    {
        while (candidate != NoMoreDocs)
        {
            int i = 1;
            for (; i < _parts.Length; i++)
            {
                int doc = _parts[i].Advance(candidate);
                if (doc != candidate)
                {
                    candidate = _parts[0].Advance(doc);
                    break;
                }
            }
            if (i == _parts.Length) return candidate;
        }
        return NoMoreDocs;
    }

    public override float Score()
    {
        float sum = 0;
        foreach (var p in _parts) sum += p.Score();
        return sum;
    }

    public override float MaxScore()
    {
        float sum = 0;
        foreach (var p in _parts) sum += p.MaxScore();
        return sum;
    }
}

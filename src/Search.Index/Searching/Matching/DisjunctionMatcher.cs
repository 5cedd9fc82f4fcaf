namespace Search.Index.Searching.Matching;

/// <summary>Documents any part matches (OR); the score is the sum over the parts that match.</summary>
public sealed class DisjunctionMatcher(IEnumerable<DocMatcher> parts) : DocMatcher
{
    readonly DocMatcher[] _parts = parts.ToArray();
    bool _started;

    public override long Cost => _parts.Sum(p => p.Cost);

    public override int NextDoc()
    {
        if (!_started)
        {
            _started = true;
            foreach (var p in _parts) p.NextDoc();
        }
        else
        {
            foreach (var p in _parts) if (p.Doc == Doc) p.NextDoc();
        }
        return Doc = Min();
    }

    public override int Advance(int target)
    {
        if (!_started) { _started = true; foreach (var p in _parts) p.Advance(target); }
        else foreach (var p in _parts) if (p.Doc < target) p.Advance(target);
        return Doc = Min();
    }

    int Min()
    {
        int min = NoMoreDocs;
        foreach (var p in _parts) if (p.Doc < min) min = p.Doc;
        return min;
    }

    public override float Score()
    {
        float sum = 0;
        foreach (var p in _parts) if (p.Doc == Doc) sum += p.Score();
        return sum;
    }

    public override float MaxScore()
    {
        float sum = 0;
        foreach (var p in _parts) if (p.Doc == Doc) sum += p.MaxScore();
        return sum;
    }
}

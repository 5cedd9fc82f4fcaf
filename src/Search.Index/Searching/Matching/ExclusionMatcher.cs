namespace Search.Index.Searching.Matching;

/// <summary>Documents the included part matches and the excluded part does not (NOT, -).</summary>
public sealed class ExclusionMatcher(DocMatcher included, DocMatcher excluded) : DocMatcher
{
    public override long Cost => included.Cost;

    public override int NextDoc() => Doc = Skip(included.NextDoc());

    public override int Advance(int target) => Doc = Skip(included.Advance(target));

    int Skip(int doc)
    {
        while (doc != NoMoreDocs)
        {
            if (excluded.Doc < doc) excluded.Advance(doc);
            if (excluded.Doc != doc) return doc;
            doc = included.NextDoc();
        }
        return NoMoreDocs;
    }

    public override float Score() => included.Score();
    public override float MaxScore() => included.MaxScore();
}

namespace Search.Index.Searching.Matching;

/// <summary>Documents the required part matches; the optional part adds to the score where it matches too.</summary>
public sealed class RequiredOptionalMatcher(DocMatcher required, DocMatcher optional) : DocMatcher
{
    public override long Cost => required.Cost;
    public override int NextDoc() => Doc = required.NextDoc();
    public override int Advance(int target) => Doc = required.Advance(target);

    public override float Score()
    {
        var score = required.Score();
        if (optional.Doc < Doc) optional.Advance(Doc);
        return optional.Doc == Doc ? score + optional.Score() : score;
    }

    public override float MaxScore()
    {
        if (optional.Doc < Doc) optional.Advance(Doc);
        return required.MaxScore() + (optional.Doc == Doc ? optional.MaxScore() : 0);
    }
}

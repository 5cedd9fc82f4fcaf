namespace Search.Index.Searching.Matching;

public sealed class EmptyMatcher : DocMatcher
{
    public override long Cost => 0;
    public override int NextDoc() => Doc = NoMoreDocs;
    public override int Advance(int target) => Doc = NoMoreDocs;
    public override float Score() => 0;
    public override float MaxScore() => 0;
}

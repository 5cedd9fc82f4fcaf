namespace Search.Index.Searching.Matching;

/// <summary>Every document of a language, scored 0: browsing with filters only.</summary>
public sealed class AllDocsMatcher(byte[] languageIds, byte languageId) : DocMatcher
{
    public override long Cost => languageIds.Length;

    public override int NextDoc()
    {
        int d = Doc + 1;
        while (d < languageIds.Length && languageIds[d] != languageId) d++;
        return Doc = d < languageIds.Length ? d : NoMoreDocs;
    }

    public override int Advance(int target)
    {
        if (Doc >= target) return Doc;
        Doc = target - 1;
        return NextDoc();
    }

    public override float Score() => 0;
    public override float MaxScore() => 0;
}

namespace Search.Index.Searching.Matching;

/// <summary>
/// Iterates the documents a query part matches, in increasing order, and scores the current one. Every
/// matcher also gives an upper bound of the score it could give the current document (from block maxima),
/// so the top-k collector can skip scoring documents that cannot enter the top.
/// </summary>
public abstract class DocMatcher
{
    public const int NoMoreDocs = int.MaxValue;

    public int Doc { get; protected set; } = -1;

    /// <summary>How many documents this matcher may visit; conjunctions lead with the cheapest.</summary>
    public abstract long Cost { get; }

    public abstract int NextDoc();

    /// <summary>The first match at or after <paramref name="target"/>.</summary>
    public virtual int Advance(int target)
    {
        int doc = Doc;
        while (doc < target) doc = NextDoc();
        return doc;
    }

    public abstract float Score();

    /// <summary>An upper bound of <see cref="Score"/> at the current document.</summary>
    public abstract float MaxScore();
}

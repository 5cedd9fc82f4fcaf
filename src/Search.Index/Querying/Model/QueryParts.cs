namespace Search.Index.Querying.Model;

/// <summary>
/// What a parsed query asks for and what it refuses, read from its tree: a search by meaning embeds only the
/// first and leaves out every paragraph that matches the second.
/// </summary>
public static class QueryParts
{
    /// <summary>
    /// The words, phrases and word beginnings the query wants, in the order written: none from under a NOT, no
    /// operators, no field filters (the parser has taken those out of the tree).
    /// </summary>
    public static string WantedText(QueryNode root)
    {
        var parts = new List<string>();
        Wanted(root, parts);
        return string.Join(' ', parts);
    }

    static void Wanted(QueryNode node, List<string> parts)
    {
        switch (node)
        {
            case WordQuery w: parts.Add(w.Text); break;
            case PhraseQuery p: parts.Add(p.Text); break;
            case PrefixQuery p: parts.Add(p.Prefix); break;
            case BooleanQuery b:
                foreach (var clause in b.Clauses)
                    if (clause.Occur != Occur.MustNot) Wanted(clause.Query, parts);
                break;
        }
    }

    /// <summary>
    /// The parts a paragraph must not match whatever else it matches: the NOT clauses of the query and of the parts
    /// it requires. A NOT inside an alternative (<c>(a -b) OR c</c>) excludes only within that alternative, and a
    /// ranking by meaning has no alternatives to honour it in, so it is not among them.
    /// </summary>
    public static IReadOnlyList<QueryNode> Excluded(QueryNode root)
    {
        var excluded = new List<QueryNode>();
        Excluded(root, excluded);
        return excluded;
    }

    static void Excluded(QueryNode node, List<QueryNode> excluded)
    {
        if (node is not BooleanQuery b) return;
        // A lone alternative with nothing required beside it is required itself.
        bool loneShould = !b.Clauses.Any(c => c.Occur == Occur.Must) && b.Clauses.Count(c => c.Occur == Occur.Should) == 1;
        foreach (var clause in b.Clauses)
        {
            if (clause.Occur == Occur.MustNot) excluded.Add(clause.Query);
            else if (clause.Occur == Occur.Must || loneShould) Excluded(clause.Query, excluded);
        }
    }
}

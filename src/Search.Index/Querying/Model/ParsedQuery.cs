namespace Search.Index.Querying.Model;

/// <summary>The parser's result: the word part, the filters written in the query, and notices about what was read differently from how it was typed.</summary>
public sealed record ParsedQuery(QueryNode Root, SearchFilters Filters, IReadOnlyList<QueryNotice> Notices)
{
    public string? Notice => QueryNotice.Join(Notices);
}

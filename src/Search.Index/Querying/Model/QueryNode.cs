namespace Search.Index.Querying.Model;

/// <summary>
/// A parsed query, before analysis: words are kept as the user typed them, because each language's analyzer
/// turns them into its own terms.
/// </summary>
public abstract record QueryNode;

/// <summary>One word as typed.</summary>
public sealed record WordQuery(string Text) : QueryNode;

/// <summary>A quoted phrase; <see cref="Slop"/> is how many positions the words may move ("..."~N).</summary>
public sealed record PhraseQuery(string Text, int Slop) : QueryNode;

/// <summary>A word ending with *: every term that starts with it.</summary>
public sealed record PrefixQuery(string Prefix) : QueryNode;

public enum Occur { Must, Should, MustNot }

public sealed record BooleanClause(Occur Occur, QueryNode Query);

/// <summary>Clauses combined: every Must matches, at least one Should when there is no Must, no MustNot.</summary>
public sealed record BooleanQuery(IReadOnlyList<BooleanClause> Clauses) : QueryNode;

/// <summary>No words: every paragraph the filters let through (browsing).</summary>
public sealed record MatchAllQuery : QueryNode;

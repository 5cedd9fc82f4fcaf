namespace Search.Index.Analysis;

/// <summary>One step of an analysis chain. Returning false removes the token; its position stays taken, so phrases keep their shape.</summary>
public interface ITokenFilter
{
    bool Apply(TokenState token);
}

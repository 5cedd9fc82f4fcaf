namespace Search.Index.Assistants;

/// <summary>
/// A request an assistant function cannot answer, with a message written for the caller (a person or a model) to
/// correct the request: a bad argument, or something the store does not hold.
/// </summary>
public sealed class AssistantException(string message) : Exception(message);

using System.Text.Json.Serialization;

namespace Search.Index.Suggestions;

/// <summary>What a suggestion completes the last word typed with.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SuggestionKind>))]
public enum SuggestionKind
{
    [JsonStringEnumMemberName("word")] Word,
    [JsonStringEnumMemberName("verb")] Verb,
    [JsonStringEnumMemberName("symbol")] Symbol,
}

/// <summary>
/// One suggestion: <see cref="Query"/> is the whole query with its last word completed (what the box would hold;
/// a symbol becomes a symbol: filter), <see cref="Completion"/> the word or symbol that completes it,
/// <see cref="Weight"/> how often it occurs.
/// </summary>
public sealed record Suggestion(string Query, string Completion, SuggestionKind Kind, int Weight);

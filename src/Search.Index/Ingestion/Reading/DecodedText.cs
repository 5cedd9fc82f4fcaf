namespace Search.Index.Ingestion.Reading;

/// <summary>A source file's text and how it was read; <see cref="Notice"/> says what a user should know (an encoding guess).</summary>
public sealed record DecodedText(string Text, string EncodingName, string? Notice);

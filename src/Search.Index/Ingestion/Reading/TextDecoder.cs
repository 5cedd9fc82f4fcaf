using System.Text;

namespace Search.Index.Ingestion.Reading;

/// <summary>
/// Turns bytes into text. UN documents arrive as UTF-8, but older exports come in Windows-1251 or KOI8-R (Russian)
/// or Latin-1/Windows-1252 (English, French); those are recognised (<see cref="CodePageGuess"/>) rather than
/// refused, and the guess is reported.
/// </summary>
public static class TextDecoder
{
    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
            return DecodeResult.Refuse("empty file");

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return DecodeResult.Ok(new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "UTF-16LE", null));
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return DecodeResult.Ok(new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "UTF-16BE", null));
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            bytes = bytes[3..];

        if (LooksBinary(bytes))
            return DecodeResult.Refuse("binary file (contains NUL or control bytes): not a text document");

        var strictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
        try
        {
            return DecodeResult.Ok(new DecodedText(strictUtf8.GetString(bytes), "UTF-8", null));
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: one of the legacy single-byte code pages UN texts were exported in.
        }

        var (name, encoding) = CodePageGuess.Combined(bytes);
        return DecodeResult.Ok(new DecodedText(encoding.GetString(bytes), name, $"not valid UTF-8: read as {name}"));
    }

    static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 64 * 1024)];
        int control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C)) control++;
        }
        return control > sample.Length / 100 + 2;
    }
}

public readonly record struct DecodeResult(DecodedText? Text, string? Refusal)
{
    public static DecodeResult Ok(DecodedText text) => new(text, null);
    public static DecodeResult Refuse(string reason) => new(null, reason);
}

using System.Text;

namespace Search.Index.Ingestion.Reading;

/// <summary>
/// Turns bytes into text. UN documents arrive as UTF-8, but older exports come in Windows-1251 (Russian)
/// or Latin-1/Windows-1252 (English, French); those are recognised rather than refused, and the guess is reported.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

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
            // Not UTF-8: decide between the two legacy code pages UN texts were exported in.
        }

        var (name, encoding) = LooksCyrillicSingleByte(bytes)
            ? ("Windows-1251", Encoding.GetEncoding(1251))
            : ("Windows-1252", Encoding.GetEncoding(1252));
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

    /// <summary>
    /// In Windows-1251 Russian text nearly every letter is a byte of 0xC0-0xFF; in Latin-1 French or English
    /// text such bytes are occasional accents between runs of ASCII letters.
    /// </summary>
    static bool LooksCyrillicSingleByte(ReadOnlySpan<byte> bytes)
    {
        int high = 0, asciiLetters = 0;
        foreach (var b in bytes)
        {
            if (b >= 0xC0) high++;
            else if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z') asciiLetters++;
        }
        return high > asciiLetters;
    }
}

public readonly record struct DecodeResult(DecodedText? Text, string? Refusal)
{
    public static DecodeResult Ok(DecodedText text) => new(text, null);
    public static DecodeResult Refuse(string reason) => new(null, reason);
}

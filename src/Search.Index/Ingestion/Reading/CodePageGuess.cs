using System.Text;
using UtfUnknown;

namespace Search.Index.Ingestion.Reading;

/// <summary>A legacy single-byte code page for bytes that are not UTF-8, and the name it is reported by.</summary>
public readonly record struct CodePage(string Name, Encoding Encoding);

/// <summary>Two ways to guess the code page of text that is not UTF-8; bench/Search.Bench `charset` measures them against each other.</summary>
public static class CodePageGuess
{
    static CodePageGuess() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static readonly CodePage Windows1251 = new("Windows-1251", Encoding.GetEncoding(1251));
    public static readonly CodePage Windows1252 = new("Windows-1252", Encoding.GetEncoding(1252));

    /// <summary>
    /// UTF.Unknown (Mozilla's universal charset detector): any single-byte code page it knows (KOI8-R, ISO-8859-5,
    /// IBM866 as well as Windows-1251 and -1252); Windows-1252 when it has no answer.
    /// </summary>
    public static CodePage ByDetector(ReadOnlySpan<byte> bytes)
    {
        var detected = CharsetDetector.DetectFromBytes(bytes).Detected;
        if (detected?.Encoding is not { } encoding || encoding is UTF8Encoding || encoding.IsSingleByte is false) return Windows1252;
        return encoding.CodePage switch
        {
            1251 => Windows1251,
            1252 or 28591 => Windows1252, // Latin-1 text reads the same as Windows-1252, which also has ’ “ ” – —
            _ => new CodePage(NameOf(detected.EncodingName ?? encoding.WebName), encoding),
        };
    }

    /// <summary>
    /// What <see cref="TextDecoder"/> uses: the letter-share rule tells Latin from Cyrillic text (it was right more
    /// often than the detector and 20 to 400 times faster on UN text, bench/RESULTS.md); for Cyrillic text the
    /// detector, on a sample, tells KOI8-R and the other Cyrillic code pages from Windows-1251, which the rule cannot.
    /// </summary>
    public static CodePage Combined(ReadOnlySpan<byte> bytes)
    {
        var byLetters = ByLetterShare(bytes);
        if (byLetters.Encoding.CodePage != 1251) return byLetters;
        var detected = ByDetector(bytes[..Math.Min(bytes.Length, DetectorSample)]);
        return detected.Encoding.CodePage is 20866 or 28595 or 866 or 10007 ? detected : byLetters;
    }

    /// <summary>Enough text for the detector to tell Cyrillic code pages apart, few enough bytes to keep it quick on a large file.</summary>
    const int DetectorSample = 64 * 1024;

    /// <summary>
    /// The hand-written rule, kept for the measurement: in Windows-1251 Russian text nearly every letter
    /// is a byte of 0xC0-0xFF; in Latin-1 French or English text such bytes are occasional accents between ASCII letters.
    /// </summary>
    public static CodePage ByLetterShare(ReadOnlySpan<byte> bytes)
    {
        int high = 0, asciiLetters = 0;
        foreach (var b in bytes)
        {
            if (b >= 0xC0) high++;
            else if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z') asciiLetters++;
        }
        return high > asciiLetters ? Windows1251 : Windows1252;
    }

    static string NameOf(string name) => name.ToUpperInvariant() switch
    {
        "KOI8-R" => "KOI8-R",
        "ISO-8859-5" => "ISO-8859-5",
        "IBM866" or "CP866" => "IBM866",
        "X-MAC-CYRILLIC" => "Mac Cyrillic",
        var other => other,
    };
}

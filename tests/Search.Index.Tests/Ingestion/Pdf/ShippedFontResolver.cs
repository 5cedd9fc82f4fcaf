using PdfSharp.Fonts;

namespace Search.Index.Tests.Ingestion.Pdf;

/// <summary>
/// Serves the Segoe WP faces PDFsharp ships in its own package, so the test PDFs need no system font (CI has
/// none). There is no italic face among them: italics are the regular face slanted by PDFsharp, which a reader
/// sees as slanted glyphs.
/// </summary>
public sealed class ShippedFontResolver : IFontResolver
{
    static readonly object Gate = new();

    public static void Install()
    {
        lock (Gate)
            if (GlobalFontSettings.FontResolver is not ShippedFontResolver)
                GlobalFontSettings.FontResolver = new ShippedFontResolver();
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "SegoeWP-Bold" : "SegoeWP", false, italic);

    public byte[]? GetFont(string faceName) => faceName == "SegoeWP-Bold"
        ? PdfSharp.WPFonts.FontDataHelper.SegoeWPBold
        : PdfSharp.WPFonts.FontDataHelper.SegoeWP;
}

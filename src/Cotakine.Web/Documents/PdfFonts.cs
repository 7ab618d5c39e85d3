namespace Cotakine.Web.Documents;

/// <summary>
/// The TrueType fonts embedded in Cotakine's PDFs. DejaVu Sans (Debian package <c>fonts-dejavu-core</c>) covers French
/// accents and €, which the 14 standard PDF fonts do not reliably; the bytes are read once when the app starts.
/// </summary>
public sealed class PdfFonts
{
    /// <summary>Where Debian installs DejaVu Sans.</summary>
    public const string DebianDirectory = "/usr/share/fonts/truetype/dejavu";

    private readonly Lazy<(byte[] Regular, byte[] Bold)> _fonts;

    /// <summary>Fonts read from <paramref name="regularPath"/> and <paramref name="boldPath"/> on first use.</summary>
    public PdfFonts(string regularPath, string boldPath)
    {
        RegularPath = regularPath;
        BoldPath = boldPath;
        _fonts = new Lazy<(byte[], byte[])>(() => (Read(regularPath), Read(boldPath)));
    }

    /// <summary>Path of the regular face.</summary>
    public string RegularPath { get; }

    /// <summary>Path of the bold face.</summary>
    public string BoldPath { get; }

    /// <summary>The regular face's bytes.</summary>
    public byte[] Regular => _fonts.Value.Regular;

    /// <summary>The bold face's bytes.</summary>
    public byte[] Bold => _fonts.Value.Bold;

    /// <summary>DejaVu Sans and DejaVu Sans Bold as Debian installs them.</summary>
    public static PdfFonts FromDebian() =>
        new(Path.Combine(DebianDirectory, "DejaVuSans.ttf"), Path.Combine(DebianDirectory, "DejaVuSans-Bold.ttf"));

    private static byte[] Read(string path) =>
        File.Exists(path)
            ? File.ReadAllBytes(path)
            : throw new PdfFontMissingException($"Police introuvable : {path}. Installez le paquet Debian « fonts-dejavu-core » pour produire les documents PDF.");
}

using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Cotakine.Web.Documents;

/// <summary>
/// A small top-to-bottom layout over PdfPig's <see cref="PdfDocumentBuilder"/>: titles, wrapped paragraphs, key/value
/// lines and tables on A4 pages, with a new page when the current one is full. Every Cotakine document (devis, facture,
/// avoir, note d'honoraires, DAP) is written with it, so they share margins, fonts and look.
/// </summary>
public sealed class PdfLayout
{
    private const double Margin = 50;
    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private PdfPageBuilder _page;
    private double _y;

    /// <summary>Starts a document titled <paramref name="title"/> with the given fonts.</summary>
    public PdfLayout(PdfFonts fonts, string title)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        _regular = _builder.AddTrueTypeFont(fonts.Regular);
        _bold = _builder.AddTrueTypeFont(fonts.Bold);
        _builder.DocumentInformation.Title = title;
        _builder.DocumentInformation.Producer = "Cotakine";
        _page = NewPage();
    }

    /// <summary>Usable width between the margins, in points.</summary>
    public double Width => PageWidth - (2 * Margin);

    private double PageWidth => _page.PageSize.Width;

    /// <summary>A bold title line.</summary>
    public PdfLayout Title(string text, double size = 18)
    {
        Line(text, size, bold: true);
        _y -= size * 0.4;
        return this;
    }

    /// <summary>A paragraph wrapped to the page width.</summary>
    public PdfLayout Paragraph(string text, double size = 10, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var line in Wrap(text, size, Width, bold ? _bold : _regular))
        {
            Line(line, size, bold);
        }

        return this;
    }

    /// <summary>A « label : value » line with the label in bold.</summary>
    public PdfLayout Field(string label, string value, double size = 10)
    {
        EnsureRoom(size * 1.4);
        var labelText = label + " : ";
        var labelWidth = TextWidth(labelText, size, _bold);
        _page.AddText(labelText, size, new PdfPoint(Margin, _y), _bold);
        _page.AddText(value, size, new PdfPoint(Margin + labelWidth, _y), _regular);
        _y -= size * 1.4;
        return this;
    }

    /// <summary>Vertical space.</summary>
    public PdfLayout Space(double points = 8)
    {
        _y -= points;
        return this;
    }

    /// <summary>A table: a bold header, a rule, then rows (cells wrap inside their column); repeated header on a new page.</summary>
    public PdfLayout Table(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<string>> rows, double size = 9)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var scale = Math.Min(1, Width / columns.Sum(c => c.Width));
        var widths = columns.Select(c => c.Width * scale).ToArray();
        Row(columns.Select(c => c.Header).ToList(), columns, widths, size, bold: true);
        Rule();
        foreach (var row in rows)
        {
            if (!Row(row, columns, widths, size, bold: false))
            {
                Row(columns.Select(c => c.Header).ToList(), columns, widths, size, bold: true);
                Rule();
                Row(row, columns, widths, size, bold: false);
            }
        }

        Rule();
        return this;
    }

    /// <summary>A horizontal rule across the page.</summary>
    public PdfLayout Rule()
    {
        _page.DrawLine(new PdfPoint(Margin, _y + 3), new PdfPoint(PageWidth - Margin, _y + 3), 0.5);
        _y -= 4;
        return this;
    }

    /// <summary>
    /// The PDF file, byte for byte a function of its content: the writer puts two random file identifiers in the
    /// trailer (<c>/ID [&lt;…&gt;&lt;…&gt;]</c>); they are replaced by a hash of the rest of the file, same length so no
    /// offset moves. The same invoice therefore gives the same PDF today, tomorrow and after a restore.
    /// </summary>
    public byte[] Build() => DeterministicId(_builder.Build());

    private static byte[] DeterministicId(byte[] pdf)
    {
        var marker = "/ID [ <"u8;
        var at = pdf.AsSpan().LastIndexOf(marker);
        const int hexLength = 32;
        var first = at + marker.Length;
        var second = first + hexLength + 2; // "><"
        if (at < 0 || second + hexLength > pdf.Length || pdf[first + hexLength] != (byte)'>' || pdf[first + hexLength + 1] != (byte)'<')
        {
            return pdf;
        }

        pdf.AsSpan(first, hexLength).Fill((byte)'0');
        pdf.AsSpan(second, hexLength).Fill((byte)'0');
        var id = System.Text.Encoding.ASCII.GetBytes(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(pdf), 0, hexLength / 2));
        id.CopyTo(pdf, first);
        id.CopyTo(pdf, second);
        return pdf;
    }

    private bool Row(IReadOnlyList<string> cells, IReadOnlyList<TableColumn> columns, double[] widths, double size, bool bold)
    {
        var font = bold ? _bold : _regular;
        var wrapped = cells.Select((c, i) => Wrap(c, size, widths[i] - 4, font)).ToList();
        var height = wrapped.Max(w => w.Count) * size * 1.3;
        var newPage = EnsureRoom(height);
        var x = Margin;
        for (var i = 0; i < columns.Count && i < wrapped.Count; i++)
        {
            var y = _y;
            foreach (var line in wrapped[i])
            {
                var lx = columns[i].AlignRight ? x + widths[i] - 4 - TextWidth(line, size, font) : x;
                _page.AddText(line, size, new PdfPoint(lx, y), font);
                y -= size * 1.3;
            }

            x += widths[i];
        }

        _y -= height + 2;
        return !newPage;
    }

    private void Line(string text, double size, bool bold)
    {
        EnsureRoom(size * 1.4);
        _page.AddText(text, size, new PdfPoint(Margin, _y), bold ? _bold : _regular);
        _y -= size * 1.4;
    }

    private bool EnsureRoom(double height)
    {
        if (_y - height >= Margin)
        {
            return false;
        }

        _page = NewPage();
        return true;
    }

    private PdfPageBuilder NewPage()
    {
        var page = _builder.AddPage(PageSize.A4);
        _y = page.PageSize.Height - Margin - 12;
        return page;
    }

    private double TextWidth(string text, double size, PdfDocumentBuilder.AddedFont font)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var letters = _page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    private List<string> Wrap(string text, double size, double width, PdfDocumentBuilder.AddedFont font)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var current = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && TextWidth(candidate, size, font) > width)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }

            lines.Add(current);
        }

        return lines;
    }
}

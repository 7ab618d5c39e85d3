namespace Cotakine.Web.Documents;

/// <summary>A column of a PDF table: its header, its width in points and whether amounts align right.</summary>
public sealed record TableColumn(string Header, double Width, bool AlignRight = false);

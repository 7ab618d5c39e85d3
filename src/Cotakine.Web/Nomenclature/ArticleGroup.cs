namespace Cotakine.Web.Nomenclature;

/// <summary>The acts of one NGAP article (« Titre XIV, chap. II, art. 1er — rachis »), as the nomenclature lists them.</summary>
public sealed record ArticleGroup(string Article, string Label, IReadOnlyList<ActRow> Rows);

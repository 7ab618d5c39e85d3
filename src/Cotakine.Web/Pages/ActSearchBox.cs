namespace Cotakine.Web.Pages;

/// <summary>
/// Settings of the reusable live act search partial (<c>_ActSearch</c>): later pages (plans, sessions) drop it in.
/// <see cref="Mode"/> <c>navigate</c> opens the picked act; <c>add</c> adds it to the form as a hidden <see cref="FieldName"/> input.
/// </summary>
public sealed record ActSearchBox(string InputId, string InputName, string Label, string Mode, string DateInput, string FieldName = "actes", string Value = "", bool Autofocus = false);

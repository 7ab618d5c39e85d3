namespace Cotakine.Practice.HorsNomenclature;

/// <summary>
/// What a devis and a note d'honoraires both describe: a patient of the practice, a date, the care in words and a
/// positive amount in euros to the cent. Checked here once, so that <c>/api/hn-quotes</c>, <c>/api/fee-notes</c> and the
/// « Hors nomenclature » form refuse the same input for the same reasons (fields named as in the API's JSON).
/// </summary>
public static class HnCare
{
    /// <summary>The problems of the care described; empty when a document may be written.</summary>
    public static Problems Check(bool patientKnown, DateOnly? date, string? label, decimal? amount)
    {
        var problems = new Problems();
        if (!patientKnown)
        {
            problems.Add("patientId", "patient inconnu dans ce cabinet");
        }

        if (date is null)
        {
            problems.Add("date", "champ obligatoire");
        }

        if (string.IsNullOrWhiteSpace(label))
        {
            problems.Add("label", "champ obligatoire");
        }

        if (amount is not > 0)
        {
            problems.Add("amount", "montant positif obligatoire");
        }
        else if (decimal.Round(amount.Value, 2) != amount.Value)
        {
            problems.Add("amount", "montant en euros au centime près (deux décimales au plus)");
        }

        return problems;
    }
}

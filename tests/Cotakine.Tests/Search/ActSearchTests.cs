using Cotakine.Catalog.Loading;
using Cotakine.Search;

namespace Cotakine.Tests.Search;

/// <summary>
/// Queries written the way a kiné types them, each with the act it must find. Queries and expected acts are our own,
/// reasoned from the NGAP labels in data/ngap/acts.json (Source: acts.json labels, key-letters.json meanings).
/// rank 1 = must be first (unambiguous); rank 3 = within the first three.
/// </summary>
public sealed class ActSearchTests
{
    private static readonly ActSearch Search = new(CatalogLoader.Embedded);

    private const string Y2025 = "2025-06-01";
    private const string Y2026 = "2026-02-01";
    private const string Y2023 = "2023-06-01";

    [Theory]
    // Abbreviation: PTG = prothèse totale de genou, the RIC act « arthroplastie du genou ».
    [InlineData("ptg", Y2025, "ric-ptg", 1)]
    // Abbreviation in capitals: PTH = prothèse totale de hanche.
    [InlineData("PTH", Y2025, "ric-pth", 1)]
    // LCA is an abbreviation; « opéré » points to the RIC letter (membre inférieur opéré) — the brief's example.
    [InlineData("lca opéré", Y2025, "ric-lca", 1)]
    // Same words in another order, without accent.
    [InlineData("opere lca", Y2025, "ric-lca", 1)]
    // Ligamentoplastie is what surgeons write for the LCA reconstruction.
    [InlineData("ligamentoplastie genou", Y2025, "ric-lca", 1)]
    // Negation: « non opérée » must prefer VSM (épaule ou bras non opéré) to VSC (opéré) — the brief's example.
    [InlineData("epaule non operee", Y2025, "vsm-epaule-bras", 1)]
    // Negation first, accents and capitals.
    [InlineData("NON OPÉRÉ épaule", Y2025, "vsm-epaule-bras", 1)]
    // « sans chirurgie » is the other way the NGAP says « non opéré ».
    [InlineData("épaule sans chirurgie", Y2025, "vsm-epaule-bras", 1)]
    // Affirmed surgery: the opposite act.
    [InlineData("épaule opérée", Y2025, "vsc-epaule-bras", 1)]
    // « chirurgie de l'épaule »: chirurgie is a synonym of opéré.
    [InlineData("chirurgie de l'épaule", Y2025, "vsc-epaule-bras", 1)]
    // Coiffe tendinopathy, written « tendinite » as kinés say; RSM non opéré.
    [InlineData("tendinite coiffe", Y2025, "rsm-tendinopathie-coiffe", 1)]
    // Operated rotator cuff: suture/réinsertion → RSC.
    [InlineData("coiffe des rotateurs opérée", Y2025, "rsc-coiffe-rotateurs-operee", 1)]
    // Typo on « épaule » and negation: still the non-operated shoulder.
    [InlineData("epaul non opéré", Y2025, "vsm-epaule-bras", 1)]
    // Common misspelling (one letter missing) of méniscectomie.
    [InlineData("menisectomie", Y2025, "ric-meniscectomie", 1)]
    // Typing the anatomy, not the operation: ménisque → méniscectomie.
    [InlineData("ménisque", Y2025, "ric-meniscectomie", 1)]
    // Ankle sprain without surgery: RIM (membre inférieur non opéré soumis à référentiel).
    [InlineData("entorse cheville", Y2025, "rim-entorse-cheville", 3)]
    // Operated ankle sprain: RIC.
    [InlineData("cheville entorse opérée", Y2025, "ric-entorse-cheville-operee", 1)]
    // Non-operated sprain said explicitly.
    [InlineData("entorse de cheville non opérée", Y2025, "rim-entorse-cheville", 1)]
    // One-letter typo on cheville (7 letters → one edit allowed).
    [InlineData("chevile entorse", Y2025, "rim-entorse-cheville", 3)]
    // Lombalgie commune, the RAM act au référentiel.
    [InlineData("lombalgie", Y2025, "ram-lombalgie-commune", 1)]
    // Adjective instead of noun: lombaire → lombalgie.
    [InlineData("lombaire", Y2025, "ram-lombalgie-commune", 1)]
    // Transposed letters (9 letters → two edits allowed).
    [InlineData("lombalgei", Y2025, "ram-lombalgie-commune", 1)]
    // Plain language: mal de dos.
    [InlineData("mal de dos", Y2025, "ram-lombalgie-commune", 1)]
    // Lombo-sacré without surgery (hors référentiel) when the kiné says rachis + sans chirurgie.
    [InlineData("rachis lombaire sans chirurgie", Y2025, "ram-rachis-lombo-sacre", 1)]
    // Cervicalgie non spécifique.
    [InlineData("cervicalgie", Y2025, "ram-cervicalgie-non-specifique", 1)]
    // « cou » → cervicalgie (the neck is the rachis cervical).
    [InlineData("cou", Y2025, "ram-cervicalgie-non-specifique", 3)]
    // Whiplash: traumatisme récent du rachis cervical.
    [InlineData("coup du lapin", Y2025, "ram-traumatisme-cervical-recent", 1)]
    // Operated cervical spine: RAO.
    [InlineData("rachis cervical opéré", Y2025, "rao-rachis-cervical", 1)]
    // AVC → hémiplégie (NMI 9).
    [InlineData("avc", Y2025, "nmi-hemiplegie", 1)]
    // Accented full word.
    [InlineData("hémiplégie", Y2025, "nmi-hemiplegie", 1)]
    // SEP → affections neurologiques stables ou évolutives.
    [InlineData("sep", Y2025, "nmi-neuro-un-membre", 3)]
    // BPCO → maladies respiratoires obstructives.
    [InlineData("bpco", Y2025, "arl-respiratoire", 1)]
    // « kiné respi » → rééducation respiratoire (general act, not the emergency one).
    [InlineData("kiné respi", Y2025, "arl-respiratoire", 3)]
    // Bronchiolite → désencombrement urgent.
    [InlineData("bronchiolite", Y2025, "arl-desencombrement-urgent", 1)]
    // Misspelt bronchiolite (y for i).
    [InlineData("bronchiolyte nourisson", Y2025, "arl-desencombrement-urgent", 1)]
    // Réhabilitation respiratoire, individual.
    [InlineData("réhabilitation respiratoire", Y2025, "arl-readaptation-individuelle", 3)]
    // Périnée → rééducation périnéale active.
    [InlineData("perinee", Y2025, "rab-perineale", 1)]
    // Incontinence → périnéale.
    [InlineData("incontinence urinaire", Y2025, "rab-perineale", 1)]
    // Post-partum written glued.
    [InlineData("postpartum abdos", Y2025, "rab-post-partum", 1)]
    // Several territories: TER without surgery.
    [InlineData("plusieurs territoires sans chirurgie", Y2025, "ter-plusieurs-territoires", 1)]
    // Bilan: BDK, the usual bilan of a series (AMK 10.7).
    [InlineData("bdk", Y2025, "bdk", 1)]
    // Wrist fracture, operated: the fracture of the distal forearm bones (RSC, au référentiel) before the generic
    // hors-référentiel wrist act (VSC), which stays second (vocabulary.json « fracture poignet », loose « poignet »).
    [InlineData("fracture poignet opérée", Y2026, "rsc-fracture-avant-bras-operee", 1)]
    [InlineData("fracture poignet opérée", Y2026, "vsc-poignet-main", 2)]
    [InlineData("pouteau colles opéré", Y2026, "rsc-fracture-avant-bras-operee", 1)]
    // Ankle sprain, surgery not said: the non-operated act (RIM, « entorse externe récente de cheville-pied non opérée »,
    // NGAP Titre XIV chap. II) before its operated twin (RIC); « non opérée » says what the act is not and does not
    // lengthen its label. Saying « opérée » (or « op ») puts RIC first.
    [InlineData("entorse cheville", Y2026, "rim-entorse-cheville", 1)]
    [InlineData("entorse cheville", Y2026, "ric-entorse-cheville-operee", 2)]
    [InlineData("entorse cheville opérée", Y2026, "ric-entorse-cheville-operee", 1)]
    [InlineData("entorse cheville op", Y2026, "ric-entorse-cheville-operee", 1)]
    [InlineData("entorse cheville non opérée", Y2026, "rim-entorse-cheville", 1)]
    // Carpal tunnel after release.
    [InlineData("canal carpien", Y2025, "rsc-canal-carpien", 1)]
    // Lymphatic drainage → lymphœdème.
    [InlineData("drainage lymphatique", Y2025, "rav-lymphoedeme-un-membre", 3)]
    // Vertigo → vestibulaire.
    [InlineData("vertiges", Y2025, "arl-vestibulaire", 1)]
    // Scoliosis → déviation du rachis (any segment): the dorsal one is among the first.
    [InlineData("scoliose dorsale", Y2025, "dra-rachis-dorsal", 1)]
    // Amputated leg → amputation du membre inférieur.
    [InlineData("amputation jambe", Y2025, "apm-membre-inferieur", 1)]
    // Polyarthrite → rhumatisme inflammatoire.
    [InlineData("polyarthrite un membre", Y2025, "nmi-rhumatisme-un-membre", 1)]
    // Full code with decimal point.
    [InlineData("RIC 7.48", Y2025, "ric-lca", 1)]
    // Code typed lower case, glued, decimal comma.
    [InlineData("ric7,48", Y2025, "ric-lca", 1)]
    // Date dependence: in 2026 the act is RIC 8.08, the former code still finds it.
    [InlineData("ric 7.48", Y2026, "ric-lca", 1)]
    // The 2026 code finds the same act in 2026.
    [InlineData("RIC 8.08", Y2026, "ric-lca", 1)]
    // ram 8,09 (2026 code of lombalgie commune) typed in 2025 still finds the act (then RAM 7.49).
    [InlineData("ram 8,09", Y2025, "ram-lombalgie-commune", 1)]
    // Code of a non-operated coiffe tendinopathy in 2025.
    [InlineData("RSM 7,49", Y2025, "rsm-tendinopathie-coiffe", 1)]
    // The BDK code.
    [InlineData("amk 10.7", Y2025, "bdk", 1)]
    // Legacy code before 22 February 2024.
    [InlineData("AMS 7.5", Y2023, "ancien-ams-7-5", 1)]
    // Legacy code on its last day (validTo inclusive).
    [InlineData("ams 7,5", "2024-02-21", "ancien-ams-7-5", 1)]
    // Number only: 7.48 is the coefficient of several acts in 2025, RIC 7.48 among them.
    [InlineData("7.48 genou", Y2025, "ric-lca", 1)]
    // Key letter + words: RIC with genou prothèse.
    [InlineData("ric prothese genou", Y2025, "ric-ptg", 1)]
    public void Finds_the_act_a_kine_means(string query, string date, string expectedId, int rank)
    {
        var results = Search.Search(query, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        var ids = results.Select(r => r.Version.Act.Id).ToList();
        var position = ids.IndexOf(expectedId);
        Assert.True(position >= 0 && position < rank, $"« {query} » au {date} : {expectedId} attendu dans les {rank} premiers, obtenu [{string.Join(", ", ids)}]");
    }

    [Fact]
    public void Negation_ranks_non_operated_shoulder_acts_above_the_operated_one()
    {
        // Source: the brief's rule: « epaule non operee » ranks VSM 7.48 / RSM acts above VSC.
        var ids = Search.Search("epaule non operee", new DateOnly(2025, 6, 1)).Select(r => r.Version.Act.Id).ToList();
        var vsc = ids.IndexOf("vsc-epaule-bras");
        Assert.Equal("vsm-epaule-bras", ids[0]);
        Assert.Contains("rsm-tendinopathie-coiffe", ids);
        Assert.True(vsc < 0 || vsc > ids.IndexOf("rsm-tendinopathie-coiffe"));
    }

    [Fact]
    public void The_same_act_carries_the_code_of_the_date()
    {
        // Source: acts.json ric-lca: RIC 7.48 until 2025-12-31, RIC 8.08 from 2026-01-01.
        var in2025 = Search.Search("ric 7.48", new DateOnly(2025, 6, 1))[0];
        var in2026 = Search.Search("ric 7.48", new DateOnly(2026, 2, 1))[0];
        Assert.Equal("RIC 7.48", in2025.Version.Code.ToString());
        Assert.Equal("RIC 8.08", in2026.Version.Code.ToString());
        Assert.Same(in2025.Version.Act, in2026.Version.Act);
    }

    [Theory]
    // Legacy acts end on 2024-02-21 (legacy-acts.json); from 2024-02-22 they never appear.
    [InlineData("AMS 7.5", "2024-02-22")]
    [InlineData("ams 7,5", "2025-06-01")]
    [InlineData("amc 10.7", "2026-02-01")]
    [InlineData("ams 9,5 plusieurs membres", "2024-03-01")]
    public void Legacy_acts_are_absent_after_the_2024_reform(string query, string date)
    {
        var results = Search.Search(query, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(results, r => r.Version.Act.Id.StartsWith("ancien-", StringComparison.Ordinal));
    }

    [Fact]
    public void New_acts_are_absent_before_the_2024_reform()
    {
        // RIC exists from 2024-02-22 (key-letters.json): a 2023 search for a LCA finds no RIC act.
        var results = Search.Search("lca opéré", new DateOnly(2023, 6, 1));
        Assert.DoesNotContain(results, r => r.Version.Act.Letter == "RIC");
    }

    public static TheoryData<string, string> MixedQueries => new()
    {
        { "genou", "2025-06-01" }, { "ric", "2026-02-01" }, { "7", "2025-06-01" }, { "bilan", "2023-06-01" },
        { "amk", "2023-06-01" }, { "non", "2025-06-01" }, { "rééducation", "2027-08-01" }, { "épaule opérée", "2024-02-22" },
        { "balneo", "2026-01-01" }, { "deambulation autonomie", "2026-03-01" }, { "a", "2025-06-01" },
    };

    [Theory]
    [MemberData(nameof(MixedQueries))]
    public void Results_are_in_force_unique_bounded_and_deterministic(string query, string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var first = Search.Search(query, day, 5);
        var again = new ActSearch(CatalogLoader.Embedded).Search(query, day, 5);
        Assert.True(first.Count <= 5);
        Assert.All(first, r => Assert.True(r.Version.Validity.Contains(day), $"{r.Version.Code} n'est pas en vigueur le {date}"));
        Assert.All(first, r => Assert.Same(r.Version.Act.On(day)!.Period, r.Version.Period));
        Assert.Equal(first.Count, first.Select(r => r.Version.Act.Id).Distinct().Count());
        Assert.Equal(first.Select(r => (r.Version.Act.Id, r.Score)), again.Select(r => (r.Version.Act.Id, r.Score)));
        Assert.True(first.Zip(first.Skip(1)).All(p => p.First.Score >= p.Second.Score), "ordre décroissant de score");
    }

    [Fact]
    public void Acts_ending_before_the_date_are_never_returned()
    {
        // rpe-deambulation-autonomie ends on 2025-12-31 (acts.json).
        Assert.Contains(Search.Search("deambulation autonomie", new DateOnly(2025, 12, 31)), r => r.Version.Act.Id == "rpe-deambulation-autonomie");
        Assert.DoesNotContain(Search.Search("deambulation autonomie", new DateOnly(2026, 1, 1)), r => r.Version.Act.Id == "rpe-deambulation-autonomie");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Empty_query_gives_no_result(string query) =>
        Assert.Empty(Search.Search(query, new DateOnly(2025, 6, 1)));

    [Fact]
    public void Words_without_meaning_give_no_result()
    {
        // Only stopwords / unknown words: nothing to match.
        Assert.Empty(Search.Search("de la du", new DateOnly(2025, 6, 1)));
        Assert.Empty(Search.Search("xyzzyq", new DateOnly(2025, 6, 1)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Limit_below_one_is_rejected(int limit) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Search.Search("ptg", new DateOnly(2025, 6, 1), limit));

    [Fact]
    public void Limit_bounds_the_results()
    {
        Assert.Single(Search.Search("ric", new DateOnly(2025, 6, 1), 1));
        Assert.Equal(3, Search.Search("ric", new DateOnly(2025, 6, 1), 3).Count);
    }

    [Fact]
    public void Dates_before_any_act_give_no_result() =>
        Assert.Empty(Search.Search("ams 7.5", new DateOnly(2000, 1, 1)));

    [Fact]
    public void Search_is_thread_safe()
    {
        var expected = Search.Search("lca opéré", new DateOnly(2025, 6, 1))[0].Version.Act.Id;
        Parallel.For(0, 200, i =>
        {
            var query = i % 2 == 0 ? "lca opéré" : "epaule non operee";
            var id = Search.Search(query, new DateOnly(2025, 6, 1))[0].Version.Act.Id;
            Assert.Equal(i % 2 == 0 ? expected : "vsm-epaule-bras", id);
        });
    }
}

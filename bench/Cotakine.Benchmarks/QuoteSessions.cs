using System.Text;

namespace Cotakine.Benchmarks;

/// <summary>
/// A realistic day of ten quote requests as the contract's JSON (CONTRACT.md, « cotakine quote »): cabinet and home
/// visits with IK, a DROM session, an urgent Sunday evening, article 11 B (ARL 8.49 + another act), a BDK due, a DAP
/// threshold, Alsace-Moselle, a fee.
/// </summary>
internal static class QuoteSessions
{
    /// <summary>The request bodies, UTF-8, as a client sends them.</summary>
    public static readonly byte[][] Requests =
    [
        Utf8("""{"date":"2026-03-12","time":"10:30","department":"75","place":"domicile","acts":["RAM 8.09","AMK 10.7"],"urgent":false,"travel":{"distanceKm":8.0,"zone":"plaine","sameAgglomeration":false},"series":{"sessionNumber":1,"sessionsLast12Months":0,"dapAgreed":false},"patient":{"coverage":"standard","regime":"general"}}"""),
        Utf8("""{"date":"2026-03-12","time":"11:00","department":"75","place":"cabinet","acts":["RIC 8.08"],"series":{"sessionNumber":12,"sessionsLast12Months":0,"dapAgreed":false}}"""),
        Utf8("""{"date":"2026-03-12","time":"11:30","department":"75","place":"cabinet","acts":["RAM 8.09"],"series":{"sessionNumber":16,"sessionsLast12Months":0,"dapAgreed":false}}"""),
        Utf8("""{"date":"2026-03-12","time":"14:00","department":"75","place":"domicile","acts":["NMI 9","AMK 10.8"],"travel":{"distanceKm":3,"zone":"plaine","sameAgglomeration":true},"series":{"sessionNumber":60,"sessionsLast12Months":0,"dapAgreed":false},"patient":{"coverage":"ald","regime":"general"}}"""),
        Utf8("""{"date":"2026-03-15","time":"21:00","department":"75","place":"domicile","acts":["ARL 8.49","RAM 8.09"],"urgent":true,"travel":{"distanceKm":4,"zone":"plaine","sameAgglomeration":false}}"""),
        Utf8("""{"date":"2026-03-12","department":"67","place":"cabinet","acts":["TER 9.49"],"patient":{"coverage":"standard","regime":"alsace-moselle"}}"""),
        Utf8("""{"date":"2026-03-12","department":"974","place":"domicile","acts":["RAV 8","RAV 1"],"travel":{"distanceKm":12,"zone":"montagne","sameAgglomeration":false}}"""),
        Utf8("""{"date":"2026-03-12","department":"75","place":"cabinet","acts":["RIC 7.48"]}"""),
        Utf8("""{"date":"2026-03-12","department":"75","place":"cabinet","acts":["RSC 8.09"],"series":{"sessionNumber":1,"sessionsLast12Months":0,"dapAgreed":true},"fees":[{"kind":"depassement","amount":15}]}"""),
        Utf8("""{"date":"2026-03-12","department":"75","place":"etablissement","acts":["PLL 12"],"travel":{"distanceKm":1.5,"zone":"plaine","sameAgglomeration":false}}"""),
    ];

    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);
}

namespace Cotakine.Cli.Tests; public class P { [Fact] public void T() => Assert.True(true); }

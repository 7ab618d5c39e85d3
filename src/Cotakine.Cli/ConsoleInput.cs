namespace Cotakine.Cli;

/// <summary>
/// Standard input, opened on first read: only <c>quote</c> reads it, and opening <see cref="Console.In"/> (encoding
/// lookup, reader) cost every other command's start-up.
/// </summary>
internal sealed class ConsoleInput : TextReader
{
    private static TextReader In => Console.In;

    public override int Peek() => In.Peek();

    public override int Read() => In.Read();

    public override int Read(char[] buffer, int index, int count) => In.Read(buffer, index, count);

    public override int Read(Span<char> buffer) => In.Read(buffer);

    public override int ReadBlock(char[] buffer, int index, int count) => In.ReadBlock(buffer, index, count);

    public override string? ReadLine() => In.ReadLine();

    public override string ReadToEnd() => In.ReadToEnd();
}

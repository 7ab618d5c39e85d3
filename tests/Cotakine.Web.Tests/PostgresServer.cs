using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Cotakine.Web.Tests;

/// <summary>
/// A throw-away PostgreSQL 15 cluster owned by the test run: initdb into a temp dir, pg_ctl start on 127.0.0.1 and a
/// free port, stopped and deleted at the end. Debian's binaries (<c>apt-get install postgresql</c>, done by test.sh);
/// run as the <c>postgres</c> user when the tests run as root (initdb refuses root).
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private readonly string _dir;
    private readonly bool _asPostgres;

    public PostgresServer()
    {
        _dir = Path.Combine(Path.GetTempPath(), "cotakine-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_dir);
        _asPostgres = Environment.UserName == "root";
        if (_asPostgres)
        {
            Run("chown", $"postgres {_dir}", asPostgres: false);
        }

        Port = FreePort();
        Run($"{Bin}/initdb", $"-D {_dir}/data -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8");
        Start();
    }

    /// <summary>The directory of the server's binaries (pg_dump of the same major version is there).</summary>
    public static string BinDirectory => Bin;

    /// <summary>Starts the cluster (again) on the same port and data; waits until it accepts connections.</summary>
    public void Start()
    {
        Run($"{Bin}/pg_ctl", $"-D {_dir}/data -l {_dir}/log.txt -w -o \"-c listen_addresses=127.0.0.1 -p {Port} -k {_dir} -c fsync=off\" start");
        _running = true;
    }

    /// <summary>Stops the cluster like a crash or a pulled plug (<c>-m immediate</c>): connections are cut, nothing is flushed politely.</summary>
    public void StopImmediately()
    {
        Run($"{Bin}/pg_ctl", $"-D {_dir}/data -m immediate -w stop");
        _running = false;
    }

    private bool _running;

    public int Port { get; }

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=50";

    private bool _disposed;

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            if (_running)
            {
                Run($"{Bin}/pg_ctl", $"-D {_dir}/data -m immediate -w stop");
            }
        }
        finally
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private void Run(string file, string args, bool? asPostgres = null)
    {
        var wrap = asPostgres ?? _asPostgres;
        var info = wrap
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", "sh", "-c", $"{file} {args}"])
            : new ProcessStartInfo("sh", ["-c", $"{file} {args}"]);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {args} a échoué ({process.ExitCode}) : {error} {output.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

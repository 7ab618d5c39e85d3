namespace Cotakine.Persistence;

/// <summary>
/// The practice's files (the SQLite database, and so its <c>-wal</c> and <c>-shm</c>, which SQLite creates with the
/// database file's permissions; backups; the copy kept before a restore) are readable and writable by their owner only
/// (0600). They hold patients' health data; with the usual umask they were created 0644, readable by every account of
/// the machine. Nothing to do on Windows, where a new file inherits its folder's access list.
/// </summary>
public static class OwnerOnlyFiles
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates <paramref name="path"/> empty and owner-only if it does not exist; else takes group and others' rights away.</summary>
    public static void Prepare(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (!File.Exists(path))
        {
            try
            {
                using var created = new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnly });
                return;
            }
            catch (IOException) when (File.Exists(path))
            {
                // Created meanwhile by another process: tightened below.
            }
            catch (Exception e) when (e is UnauthorizedAccessException or DirectoryNotFoundException)
            {
                return; // The folder refuses: the open that follows says so, naming the file.
            }
        }

        Restrict(path);
    }

    /// <summary>Takes group and others' rights away from an existing file (its owner's stay as they are).</summary>
    public static void Restrict(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsWindows() || !File.Exists(path))
        {
            return;
        }

        try
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & ~(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute)) != 0)
            {
                File.SetUnixFileMode(path, mode & (UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
            }
        }
        catch (UnauthorizedAccessException)
        {
            // Not the file's owner (a database shared on purpose): left as its owner set it.
        }
    }
}

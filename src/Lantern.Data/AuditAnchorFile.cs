using Lantern.Core.Audit;
using Microsoft.Extensions.Logging;

namespace Lantern.Data;

/// <summary>
/// keys/audit-chain.head: the <see cref="AuditAnchor"/> of the chain's head, kept beside the key and outside
/// the database. Every commit that seals events moves it on. Audit events are written on every view of review
/// content, so this is on the hot path: a commit only notes its head in memory, and one write a little later
/// replaces the file by a rename (atomic, never half-written) with no fsync. The file may therefore lag the
/// database, after a crash too, which verification allows; it never leads it. A failed write is logged and
/// never fails the request that caused it: the next commit tries again.
/// </summary>
public sealed class AuditAnchorFile : IDisposable
{
    public const string FileName = "audit-chain.head";

    /// <summary>Heads committed this close together are written as one: on a busy day a few small writes a second
    /// rather than one per page view (measured at about 1 ms each on a loaded 2-core machine), and a crash loses at
    /// most this much of the anchor's progress.</summary>
    public static readonly TimeSpan WriteDelay = TimeSpan.FromMilliseconds(100);

    private readonly AuditKey key;
    private readonly ILogger<AuditAnchorFile> logger;
    private readonly string path;
    private readonly Lock gate = new();
    private readonly Lock writeGate = new();
    private AuditAnchor? known;
    private bool knownLoaded;
    private (long Sequence, string Hash)? pending;
    private long written;
    private int failing;
    private int diverged;
    private bool writeScheduled;
    private bool disposed;

    public AuditAnchorFile(string path, AuditKey key, ILogger<AuditAnchorFile> logger)
    {
        this.path = Path.GetFullPath(path);
        this.key = key;
        this.logger = logger;
    }

    public string FilePath => path;

    /// <summary>What the file holds now, for verification: no anchor (not written yet), an anchor (whose seal the
    /// verifier checks), or a problem when the file is there but is not an anchor.</summary>
    public (AuditAnchor? Anchor, string? Problem) Read()
    {
        try
        {
            if (!File.Exists(path))
            {
                return (null, null);
            }

            return AuditAnchor.Parse(File.ReadAllText(path)) is { } anchor
                ? (anchor, null)
                : (null, $"The anchor kept outside the database ({AuditChainVerifier.AnchorFile}) is not an audit anchor: it has been damaged or replaced. Restore it from the backup made with the database, then check again.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"The anchor kept outside the database ({AuditChainVerifier.AnchorFile}) cannot be read: {e.Message}");
        }
    }

    /// <summary>The furthest point of the chain this process knows to be genuine: what the file held when first
    /// read, or what this process has committed since. A new seal must continue the chain through it.</summary>
    public AuditAnchor? Known
    {
        get
        {
            lock (gate)
            {
                if (!knownLoaded)
                {
                    known = Trusted(Read().Anchor);
                    written = known?.Sequence ?? 0;
                    knownLoaded = true;
                }

                return known;
            }
        }
    }

    /// <summary>Notes a head that has been committed; it is written shortly, unless a later one is written first.</summary>
    public void Record(long sequence, string hash)
    {
        _ = Known;
        lock (gate)
        {
            if (sequence > (pending?.Sequence ?? 0))
            {
                pending = (sequence, hash);
            }

            if (sequence > (known?.Sequence ?? 0))
            {
                known = AuditAnchor.For(sequence, hash, key);
            }

            if (writeScheduled || disposed)
            {
                return;
            }

            writeScheduled = true;
        }

        _ = WriteSoonAsync();
    }

    /// <summary>Writes the newest committed head now: before verifying, before a backup and at shutdown.</summary>
    public void Flush()
    {
        lock (writeGate)
        {
            WritePending();
        }
    }

    /// <summary>At shutdown: writes what is still pending and schedules nothing more.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
        }

        Flush();
    }

    private async Task WriteSoonAsync()
    {
        await Task.Delay(WriteDelay).ConfigureAwait(false);
        lock (gate)
        {
            // Cleared before writing, so a head noted during the write schedules the next one.
            writeScheduled = false;
        }

        Flush();
    }

    /// <summary>Says, once per process and without any values, that the database's chain no longer continues
    /// the anchored one, so the anchor is being left where it is as evidence.</summary>
    public void ReportDiverged()
    {
        if (Interlocked.Exchange(ref diverged, 1) == 0)
        {
            logger.LogWarning("The audit trail in the database does not continue the trail anchored outside it, so the anchor is left as it is. Run `audit verify` to see what is missing.");
        }
    }

    /// <summary>Copies the anchor beside a backup of the database, so that restoring both keeps them in step.</summary>
    /// <returns>The copy made, or null when there is no anchor yet.</returns>
    public string? CopyTo(string target)
    {
        Flush();
        if (!File.Exists(path))
        {
            return null;
        }

        File.Copy(path, target, overwrite: false);
        return target;
    }

    private void WritePending()
    {
        (long Sequence, string Hash) target;
        lock (gate)
        {
            if (pending is not { } head || head.Sequence <= written)
            {
                return;
            }

            target = head;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);

            // Other Lantern processes may share the keys folder: the lock makes their read-compare-replace and ours
            // take turns, so the larger head always wins. If another holds it, our head waits for the next write.
            using var exclusive = new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            var (onDisk, problem) = Read();
            if (problem is not null || (onDisk is not null && !onDisk.IsSealedBy(key)))
            {
                // Someone else's file: leave it for `audit verify` to report rather than overwrite the evidence.
                ReportUntrusted();
                return;
            }

            if (onDisk is not null && onDisk.Sequence >= target.Sequence)
            {
                Advanced(onDisk.Sequence, onDisk);
                return;
            }

            var temporary = path + ".tmp";
            File.WriteAllText(temporary, AuditAnchor.For(target.Sequence, target.Hash, key).Format());
            File.Move(temporary, path, overwrite: true);
            Advanced(target.Sequence, null);
            Interlocked.Exchange(ref failing, 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (Interlocked.Exchange(ref failing, 1) == 0)
            {
                logger.LogWarning("The audit anchor file could not be written; it will lag the database until a later write succeeds.");
            }
        }
    }

    private void Advanced(long sequence, AuditAnchor? fromAnotherProcess)
    {
        lock (gate)
        {
            written = Math.Max(written, sequence);
            if (fromAnotherProcess is not null && fromAnotherProcess.Sequence > (known?.Sequence ?? 0))
            {
                known = fromAnotherProcess;
            }
        }
    }

    private void ReportUntrusted()
    {
        if (Interlocked.Exchange(ref failing, 1) == 0)
        {
            logger.LogWarning("The audit anchor file is not one this Lantern sealed, so it is left as it is. Run `audit verify`.");
        }
    }

    private AuditAnchor? Trusted(AuditAnchor? anchor) => anchor is not null && anchor.IsSealedBy(key) ? anchor : null;
}

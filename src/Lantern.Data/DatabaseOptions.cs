namespace Lantern.Data;

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite, a relative Data Source is resolved against the current directory. When not set,
    /// the host uses lantern.db in its data directory.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where SQLite copies the database before applying a new migration.</summary>
    public string BackupDirectory { get; set; } = "data/backups";
}

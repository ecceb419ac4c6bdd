namespace Lantern.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

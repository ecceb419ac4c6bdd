using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Data.Postgres.Migrations
{
    /// <summary>The audit trail can only grow: updates, deletes and truncation are refused by the database
    /// itself. (A superuser can still drop the triggers; the hash chain catches that.)</summary>
    public partial class AuditTrailAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION lantern_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'The audit trail is append-only';
                END
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEvents_AppendOnly" BEFORE UPDATE OR DELETE ON "AuditEvents"
                FOR EACH ROW EXECUTE FUNCTION lantern_audit_append_only();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEvents_NoTruncate" BEFORE TRUNCATE ON "AuditEvents"
                FOR EACH STATEMENT EXECUTE FUNCTION lantern_audit_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEvents_NoTruncate" ON "AuditEvents";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEvents_AppendOnly" ON "AuditEvents";""");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS lantern_audit_append_only();");
        }
    }
}

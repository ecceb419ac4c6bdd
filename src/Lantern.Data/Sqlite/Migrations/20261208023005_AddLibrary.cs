using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LibraryEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FindingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewLabel = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    IsGoodPractice = table.Column<bool>(type: "INTEGER", nullable: false),
                    IncidentYear = table.Column<int>(type: "INTEGER", nullable: true),
                    PublishedYear = table.Column<int>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LibraryEntries_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LibraryFacetValues",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Facet = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryFacetValues", x => new { x.EntryId, x.Facet, x.Value });
                    table.ForeignKey(
                        name: "FK_LibraryFacetValues_LibraryEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "LibraryEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryEntries_FindingId",
                table: "LibraryEntries",
                column: "FindingId");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryEntries_PartnershipId_Key",
                table: "LibraryEntries",
                columns: new[] { "PartnershipId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LibraryFacetValues_Facet_Value",
                table: "LibraryFacetValues",
                columns: new[] { "Facet", "Value" });

            // The library's full-text index: SQLite's own FTS5, with the Porter stemmer, kept in step with the rows by
            // triggers that run inside the transaction that writes them.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "LibrarySearch" USING fts5("EntryId" UNINDEXED, "Title", "Text", tokenize = 'porter unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "LibraryEntries_SearchInsert" AFTER INSERT ON "LibraryEntries" BEGIN
                    INSERT INTO "LibrarySearch" ("EntryId", "Title", "Text") VALUES (new."Id", new."Title", new."Text");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "LibraryEntries_SearchUpdate" AFTER UPDATE OF "Title", "Text" ON "LibraryEntries" BEGIN
                    DELETE FROM "LibrarySearch" WHERE "EntryId" = old."Id";
                    INSERT INTO "LibrarySearch" ("EntryId", "Title", "Text") VALUES (new."Id", new."Title", new."Text");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "LibraryEntries_SearchDelete" AFTER DELETE ON "LibraryEntries" BEGIN
                    DELETE FROM "LibrarySearch" WHERE "EntryId" = old."Id";
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "LibraryEntries_SearchDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "LibraryEntries_SearchUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "LibraryEntries_SearchInsert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "LibrarySearch";""");

            migrationBuilder.DropTable(
                name: "LibraryFacetValues");

            migrationBuilder.DropTable(
                name: "LibraryEntries");
        }
    }
}

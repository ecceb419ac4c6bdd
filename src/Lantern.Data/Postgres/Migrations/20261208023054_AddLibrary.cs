using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Data.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: true),
                    FindingId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewLabel = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    IsGoodPractice = table.Column<bool>(type: "boolean", nullable: false),
                    IncidentYear = table.Column<int>(type: "integer", nullable: true),
                    PublishedYear = table.Column<int>(type: "integer", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Facet = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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

            // The library's full-text index: PostgreSQL's own text search, a stored generated column (title weighted
            // above text) with a GIN index, so every write keeps it in step.
            migrationBuilder.Sql("""
                ALTER TABLE "LibraryEntries" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', coalesce("Title", '')), 'A') || setweight(to_tsvector('english', coalesce("Text", '')), 'B')) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_LibraryEntries_SearchVector" ON "LibraryEntries" USING GIN ("SearchVector");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_LibraryEntries_SearchVector";""");

            migrationBuilder.DropTable(
                name: "LibraryFacetValues");

            migrationBuilder.DropTable(
                name: "LibraryEntries");
        }
    }
}

using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ChronologiesAsSent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "CorrectedAt",
                table: "ImportRows",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CorrectedByUserId",
                table: "ImportRows",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "OriginalCells",
                table: "ImportRows",
                type: "text[]",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Flags",
                table: "ChronologyEntries",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "MappedType",
                table: "ChronologyEntries",
                type: "character varying(80)",
                maxLength: 80,
                nullable: true);

            // Entries already held whose words are one of the listed types keep meaning that type.
            migrationBuilder.Sql(
                "UPDATE \"ChronologyEntries\" SET \"MappedType\" = \"EventType\" WHERE \"EventType\" IN ('Strategy discussion', 'Child protection conference', 'Core group meeting', 'Multi-agency meeting', 'Home visit', 'Appointment', 'Phone call', 'Referral', 'Assessment', 'Hospital attendance', 'Police call-out', 'School contact', 'Letter or email', 'Other');");

            migrationBuilder.CreateTable(
                name: "EventTypeMappings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: true),
                    Words = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    WordsKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    TypeName = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    AddedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventTypeMappings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventTypeMappings_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventTypeMappings_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingAttendance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    Target = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAttendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingAttendance_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingAttendance_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PeopleImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Headers = table.Column<List<string>>(type: "text[]", nullable: false),
                    Mapping = table.Column<string>(type: "text", nullable: false),
                    PeopleAdded = table.Column<int>(type: "integer", nullable: false),
                    UploadedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AppliedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    AppliedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeopleImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PeopleImports_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PeopleImportRows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ImportId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    RowNumber = table.Column<int>(type: "integer", nullable: false),
                    Cells = table.Column<List<string>>(type: "text[]", nullable: false),
                    Problems = table.Column<string>(type: "text", nullable: false),
                    ExclusionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OriginalCells = table.Column<List<string>>(type: "text[]", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeopleImportRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PeopleImportRows_PeopleImports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "PeopleImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EventTypeMappings_AgencyId",
                table: "EventTypeMappings",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_EventTypeMappings_PartnershipId_WordsKey",
                table: "EventTypeMappings",
                columns: new[] { "PartnershipId", "WordsKey" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendance_PersonId",
                table: "MeetingAttendance",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendance_ReviewId",
                table: "MeetingAttendance",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendance_ReviewId_MeetingId_PersonId",
                table: "MeetingAttendance",
                columns: new[] { "ReviewId", "MeetingId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PeopleImportRows_ImportId_RowNumber",
                table: "PeopleImportRows",
                columns: new[] { "ImportId", "RowNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PeopleImports_ReviewId",
                table: "PeopleImports",
                column: "ReviewId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EventTypeMappings");

            migrationBuilder.DropTable(
                name: "MeetingAttendance");

            migrationBuilder.DropTable(
                name: "PeopleImportRows");

            migrationBuilder.DropTable(
                name: "PeopleImports");

            migrationBuilder.DropColumn(
                name: "CorrectedAt",
                table: "ImportRows");

            migrationBuilder.DropColumn(
                name: "CorrectedByUserId",
                table: "ImportRows");

            migrationBuilder.DropColumn(
                name: "OriginalCells",
                table: "ImportRows");

            migrationBuilder.DropColumn(
                name: "Flags",
                table: "ChronologyEntries");

            migrationBuilder.DropColumn(
                name: "MappedType",
                table: "ChronologyEntries");
        }
    }
}

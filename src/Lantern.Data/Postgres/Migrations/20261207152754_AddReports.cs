using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IdentifyingDetails",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Replacement = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdentifyingDetails", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IdentifyingDetails_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    DateStyle = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SharedWithCaseGroup = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    StatusChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StatusChangedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportVersions_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportDraftResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reader = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FamilyMemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    RespondentUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    GivenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Response = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    RespondedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportDraftResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportDraftResponses_ReportVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "ReportVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportEditions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CheckedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HitsJson = table.Column<string>(type: "text", nullable: false),
                    HighUnresolved = table.Column<int>(type: "integer", nullable: false),
                    ReadyAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReadyByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    OverrideReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    OverrideByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    OverrideAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportEditions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportEditions_ReportVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "ReportVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportSections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Heading = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    SourceJson = table.Column<string>(type: "text", nullable: false),
                    SourceFingerprint = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    WrittenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    WrittenByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportSections_ReportVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "ReportVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportStatusChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    To = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportStatusChanges_ReportVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "ReportVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportHitResolutions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EditionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Rule = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Words = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Occurrence = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Replacement = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportHitResolutions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportHitResolutions_ReportEditions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "ReportEditions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    SectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnsweredByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResolvedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ResolvedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportComments_ReportSections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "ReportSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IdentifyingDetails_ReviewId",
                table: "IdentifyingDetails",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportComments_ReviewId",
                table: "ReportComments",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportComments_SectionId",
                table: "ReportComments",
                column: "SectionId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportComments_VersionId",
                table: "ReportComments",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportDraftResponses_ReviewId",
                table: "ReportDraftResponses",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportDraftResponses_VersionId",
                table: "ReportDraftResponses",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportEditions_ReviewId",
                table: "ReportEditions",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportEditions_VersionId_Kind",
                table: "ReportEditions",
                columns: new[] { "VersionId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportHitResolutions_EditionId_Rule_Words_Occurrence",
                table: "ReportHitResolutions",
                columns: new[] { "EditionId", "Rule", "Words", "Occurrence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportSections_ReviewId",
                table: "ReportSections",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportSections_VersionId_Key",
                table: "ReportSections",
                columns: new[] { "VersionId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportStatusChanges_VersionId",
                table: "ReportStatusChanges",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportVersions_ReviewId",
                table: "ReportVersions",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportVersions_ReviewId_Number",
                table: "ReportVersions",
                columns: new[] { "ReviewId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IdentifyingDetails");

            migrationBuilder.DropTable(
                name: "ReportComments");

            migrationBuilder.DropTable(
                name: "ReportDraftResponses");

            migrationBuilder.DropTable(
                name: "ReportHitResolutions");

            migrationBuilder.DropTable(
                name: "ReportStatusChanges");

            migrationBuilder.DropTable(
                name: "ReportSections");

            migrationBuilder.DropTable(
                name: "ReportEditions");

            migrationBuilder.DropTable(
                name: "ReportVersions");
        }
    }
}

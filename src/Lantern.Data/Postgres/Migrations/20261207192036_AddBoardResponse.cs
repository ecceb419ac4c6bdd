using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddBoardResponse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "WeeksFromPresentationToPublication",
                table: "Partnerships",
                type: "integer",
                nullable: false,
                defaultValue: 6);

            migrationBuilder.CreateTable(
                name: "BoardPresentations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PresentedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Attendees = table.Column<string>(type: "text", nullable: false),
                    Minutes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardPresentations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoardPresentations_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FindingResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    FindingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reasons = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PriorityId = table.Column<Guid>(type: "uuid", nullable: true),
                    BoardWillDo = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AgenciesWillDo = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AgencyIds = table.Column<string>(type: "text", nullable: false),
                    Monitoring = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    NationalActionNeeded = table.Column<bool>(type: "boolean", nullable: false),
                    NationalRecommendationId = table.Column<Guid>(type: "uuid", nullable: true),
                    IssueAnswers = table.Column<string>(type: "text", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FindingResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FindingResponses_Findings_FindingId",
                        column: x => x.FindingId,
                        principalTable: "Findings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FindingResponses_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearningPriorities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningPriorities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningPriorities_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BoardPresentations_ReviewId",
                table: "BoardPresentations",
                column: "ReviewId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FindingResponses_FindingId",
                table: "FindingResponses",
                column: "FindingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FindingResponses_ReviewId",
                table: "FindingResponses",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningPriorities_PartnershipId",
                table: "LearningPriorities",
                column: "PartnershipId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BoardPresentations");

            migrationBuilder.DropTable(
                name: "FindingResponses");

            migrationBuilder.DropTable(
                name: "LearningPriorities");

            migrationBuilder.DropColumn(
                name: "WeeksFromPresentationToPublication",
                table: "Partnerships");
        }
    }
}

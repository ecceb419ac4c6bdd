using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WithdrawAgreeAndDeadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Recommendations_Findings_FindingId",
                table: "Recommendations");

            migrationBuilder.DropIndex(
                name: "IX_Recommendations_FindingId",
                table: "Recommendations");

            migrationBuilder.DropIndex(
                name: "IX_Recommendations_ReviewId_Number",
                table: "Recommendations");

            migrationBuilder.DropIndex(
                name: "IX_NarrativeSections_ReviewId_Number",
                table: "NarrativeSections");

            migrationBuilder.DropIndex(
                name: "IX_Findings_ReviewId_Number",
                table: "Findings");

            migrationBuilder.DropIndex(
                name: "IX_Episodes_ReviewId_Number",
                table: "Episodes");

            migrationBuilder.DropIndex(
                name: "IX_Discrepancies_ReviewId_Number",
                table: "Discrepancies");

            migrationBuilder.DropIndex(
                name: "IX_Conversations_ReviewId_Number",
                table: "Conversations");

            migrationBuilder.AddColumn<Guid>(
                name: "WithdrawnByUserId",
                table: "Recommendations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PanelReportSentOn",
                table: "ScopingMeetings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParticipantAgencyIds",
                table: "ScopingMeetings",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "StatusBeforeWithdrawal",
                table: "Reviews",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "Reviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "WithdrawnByUserId",
                table: "Reviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnReason",
                table: "Reviews",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "Recommendations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnReason",
                table: "Recommendations",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "Perspectives",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "WithdrawnByUserId",
                table: "Perspectives",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnReason",
                table: "Perspectives",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AgreedAt",
                table: "NarrativeSections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AgreedByUserId",
                table: "NarrativeSections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AgreedText",
                table: "NarrativeSections",
                type: "TEXT",
                maxLength: 60000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "NarrativeSections",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                defaultValue: "Proposed");

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "NarrativeSections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "WithdrawnByUserId",
                table: "NarrativeSections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnReason",
                table: "NarrativeSections",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Role",
                table: "Milestones",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "Meetings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "WithdrawnByUserId",
                table: "Meetings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnReason",
                table: "Meetings",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AgreedAt",
                table: "Findings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AgreedByUserId",
                table: "Findings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AgreedText",
                table: "Findings",
                type: "TEXT",
                maxLength: 60000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "Findings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "WithdrawnByUserId",
                table: "Findings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnReason",
                table: "Findings",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AgreedAt",
                table: "Episodes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AgreedByUserId",
                table: "Episodes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AgreedText",
                table: "Episodes",
                type: "TEXT",
                maxLength: 60000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "Episodes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "WithdrawnByUserId",
                table: "Episodes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnReason",
                table: "Episodes",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "Discrepancies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "WithdrawnByUserId",
                table: "Discrepancies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnReason",
                table: "Discrepancies",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeadlineKey",
                table: "Delays",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "Conversations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "WithdrawnByUserId",
                table: "Conversations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnReason",
                table: "Conversations",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsMain",
                table: "AnalysisCodes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "AnalysisCodes",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RecommendationFindings",
                columns: table => new
                {
                    RecommendationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FindingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationFindings", x => new { x.RecommendationId, x.FindingId });
                    table.ForeignKey(
                        name: "FK_RecommendationFindings_Findings_FindingId",
                        column: x => x.FindingId,
                        principalTable: "Findings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RecommendationFindings_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationIssues",
                columns: table => new
                {
                    RecommendationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoardIssueId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationIssues", x => new { x.RecommendationId, x.BoardIssueId });
                    table.ForeignKey(
                        name: "FK_RecommendationIssues_BoardIssues_BoardIssueId",
                        column: x => x.BoardIssueId,
                        principalTable: "BoardIssues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RecommendationIssues_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_ReviewId_Number",
                table: "Recommendations",
                columns: new[] { "ReviewId", "Number" },
                unique: true,
                filter: "\"WithdrawnAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_NarrativeSections_ReviewId_Number",
                table: "NarrativeSections",
                columns: new[] { "ReviewId", "Number" },
                unique: true,
                filter: "\"WithdrawnAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_ReviewId_Number",
                table: "Findings",
                columns: new[] { "ReviewId", "Number" },
                unique: true,
                filter: "\"WithdrawnAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Episodes_ReviewId_Number",
                table: "Episodes",
                columns: new[] { "ReviewId", "Number" },
                unique: true,
                filter: "\"WithdrawnAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Discrepancies_ReviewId_Number",
                table: "Discrepancies",
                columns: new[] { "ReviewId", "Number" },
                unique: true,
                filter: "\"WithdrawnAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_ReviewId_Number",
                table: "Conversations",
                columns: new[] { "ReviewId", "Number" },
                unique: true,
                filter: "\"WithdrawnAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationFindings_FindingId",
                table: "RecommendationFindings",
                column: "FindingId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationFindings_ReviewId",
                table: "RecommendationFindings",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationIssues_BoardIssueId",
                table: "RecommendationIssues",
                column: "BoardIssueId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationIssues_ReviewId",
                table: "RecommendationIssues",
                column: "ReviewId");

            // A recommendation drew on one finding; it now draws on any number, so carry each existing link over.
            migrationBuilder.Sql(
                "INSERT INTO \"RecommendationFindings\" (\"RecommendationId\", \"FindingId\", \"ReviewId\") " +
                "SELECT \"Id\", \"FindingId\", \"ReviewId\" FROM \"Recommendations\" WHERE \"FindingId\" IS NOT NULL");

            migrationBuilder.DropColumn(
                name: "FindingId",
                table: "Recommendations");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RecommendationFindings");

            migrationBuilder.DropTable(
                name: "RecommendationIssues");

            migrationBuilder.DropIndex(
                name: "IX_Recommendations_ReviewId_Number",
                table: "Recommendations");

            migrationBuilder.DropIndex(
                name: "IX_NarrativeSections_ReviewId_Number",
                table: "NarrativeSections");

            migrationBuilder.DropIndex(
                name: "IX_Findings_ReviewId_Number",
                table: "Findings");

            migrationBuilder.DropIndex(
                name: "IX_Episodes_ReviewId_Number",
                table: "Episodes");

            migrationBuilder.DropIndex(
                name: "IX_Discrepancies_ReviewId_Number",
                table: "Discrepancies");

            migrationBuilder.DropIndex(
                name: "IX_Conversations_ReviewId_Number",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "PanelReportSentOn",
                table: "ScopingMeetings");

            migrationBuilder.DropColumn(
                name: "ParticipantAgencyIds",
                table: "ScopingMeetings");

            migrationBuilder.DropColumn(
                name: "StatusBeforeWithdrawal",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "WithdrawnByUserId",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "WithdrawnReason",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "WithdrawnReason",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "Perspectives");

            migrationBuilder.DropColumn(
                name: "WithdrawnByUserId",
                table: "Perspectives");

            migrationBuilder.DropColumn(
                name: "WithdrawnReason",
                table: "Perspectives");

            migrationBuilder.DropColumn(
                name: "AgreedAt",
                table: "NarrativeSections");

            migrationBuilder.DropColumn(
                name: "AgreedByUserId",
                table: "NarrativeSections");

            migrationBuilder.DropColumn(
                name: "AgreedText",
                table: "NarrativeSections");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "NarrativeSections");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "NarrativeSections");

            migrationBuilder.DropColumn(
                name: "WithdrawnByUserId",
                table: "NarrativeSections");

            migrationBuilder.DropColumn(
                name: "WithdrawnReason",
                table: "NarrativeSections");

            migrationBuilder.DropColumn(
                name: "Role",
                table: "Milestones");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "WithdrawnByUserId",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "WithdrawnReason",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "AgreedAt",
                table: "Findings");

            migrationBuilder.DropColumn(
                name: "AgreedByUserId",
                table: "Findings");

            migrationBuilder.DropColumn(
                name: "AgreedText",
                table: "Findings");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "Findings");

            migrationBuilder.DropColumn(
                name: "WithdrawnByUserId",
                table: "Findings");

            migrationBuilder.DropColumn(
                name: "WithdrawnReason",
                table: "Findings");

            migrationBuilder.DropColumn(
                name: "AgreedAt",
                table: "Episodes");

            migrationBuilder.DropColumn(
                name: "AgreedByUserId",
                table: "Episodes");

            migrationBuilder.DropColumn(
                name: "AgreedText",
                table: "Episodes");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "Episodes");

            migrationBuilder.DropColumn(
                name: "WithdrawnByUserId",
                table: "Episodes");

            migrationBuilder.DropColumn(
                name: "WithdrawnReason",
                table: "Episodes");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "Discrepancies");

            migrationBuilder.DropColumn(
                name: "WithdrawnByUserId",
                table: "Discrepancies");

            migrationBuilder.DropColumn(
                name: "WithdrawnReason",
                table: "Discrepancies");

            migrationBuilder.DropColumn(
                name: "DeadlineKey",
                table: "Delays");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "WithdrawnByUserId",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "WithdrawnReason",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "IsMain",
                table: "AnalysisCodes");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "AnalysisCodes");

            migrationBuilder.DropColumn(
                name: "WithdrawnByUserId",
                table: "Recommendations");

            migrationBuilder.AddColumn<Guid>(
                name: "FindingId",
                table: "Recommendations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_FindingId",
                table: "Recommendations",
                column: "FindingId");

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_ReviewId_Number",
                table: "Recommendations",
                columns: new[] { "ReviewId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NarrativeSections_ReviewId_Number",
                table: "NarrativeSections",
                columns: new[] { "ReviewId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Findings_ReviewId_Number",
                table: "Findings",
                columns: new[] { "ReviewId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Episodes_ReviewId_Number",
                table: "Episodes",
                columns: new[] { "ReviewId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Discrepancies_ReviewId_Number",
                table: "Discrepancies",
                columns: new[] { "ReviewId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_ReviewId_Number",
                table: "Conversations",
                columns: new[] { "ReviewId", "Number" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Recommendations_Findings_FindingId",
                table: "Recommendations",
                column: "FindingId",
                principalTable: "Findings",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }
    }
}

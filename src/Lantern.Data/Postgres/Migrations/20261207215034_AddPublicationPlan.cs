using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddPublicationPlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MonthsPublished",
                table: "Partnerships",
                type: "integer",
                nullable: false,
                defaultValue: 12);

            migrationBuilder.CreateTable(
                name: "ProfessionalsNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ToldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Support = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ConfirmedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConfirmedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProfessionalsNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProfessionalsNotices_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProfessionalsNotices_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PublicationPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    PanelSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SecretaryOfStateSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OfstedSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FamilyToldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FamilyToldBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FamilyOfferedMeeting = table.Column<bool>(type: "boolean", nullable: false),
                    FamilySupport = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PressLead = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    HoldingStatement = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ExpectedQuestions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ApprovedLines = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedWhere = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Editions = table.Column<int>(type: "integer", nullable: false),
                    RemoveOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LateReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    BoardToldOfLatenessOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RemovalTaskId = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicationPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicationPlans_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProfessionalsNotices_AgencyId",
                table: "ProfessionalsNotices",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_ProfessionalsNotices_ReviewId",
                table: "ProfessionalsNotices",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ProfessionalsNotices_ReviewId_AgencyId",
                table: "ProfessionalsNotices",
                columns: new[] { "ReviewId", "AgencyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicationPlans_ReviewId",
                table: "PublicationPlans",
                column: "ReviewId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProfessionalsNotices");

            migrationBuilder.DropTable(
                name: "PublicationPlans");

            migrationBuilder.DropColumn(
                name: "MonthsPublished",
                table: "Partnerships");
        }
    }
}

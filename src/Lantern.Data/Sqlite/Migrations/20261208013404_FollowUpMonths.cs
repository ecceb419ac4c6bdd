using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FollowUpMonths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FollowUpChecks_ActionId_MonthsAfterCompletion",
                table: "FollowUpChecks");

            migrationBuilder.AddColumn<string>(
                name: "FollowUpMonths",
                table: "Partnerships",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "FollowUpMonths",
                table: "ImprovementActions",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpChecks_ActionId_MonthsAfterCompletion_DueOn",
                table: "FollowUpChecks",
                columns: new[] { "ActionId", "MonthsAfterCompletion", "DueOn" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FollowUpChecks_ActionId_MonthsAfterCompletion_DueOn",
                table: "FollowUpChecks");

            migrationBuilder.DropColumn(
                name: "FollowUpMonths",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "FollowUpMonths",
                table: "ImprovementActions");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpChecks_ActionId_MonthsAfterCompletion",
                table: "FollowUpChecks",
                columns: new[] { "ActionId", "MonthsAfterCompletion" },
                unique: true);
        }
    }
}

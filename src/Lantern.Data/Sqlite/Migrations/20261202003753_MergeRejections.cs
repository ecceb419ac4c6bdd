using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MergeRejections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MergeRejections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstLineageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SecondLineageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RejectedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RejectedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MergeRejections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MergeRejections_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MergeRejections_ReviewId",
                table: "MergeRejections",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_MergeRejections_ReviewId_FirstLineageId_SecondLineageId",
                table: "MergeRejections",
                columns: new[] { "ReviewId", "FirstLineageId", "SecondLineageId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MergeRejections");
        }
    }
}

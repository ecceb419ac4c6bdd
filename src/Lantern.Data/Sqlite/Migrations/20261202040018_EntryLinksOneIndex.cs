using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EntryLinksOneIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EntryPeople_ReviewId_PersonId",
                table: "EntryPeople");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_EntryPeople_ReviewId_PersonId",
                table: "EntryPeople",
                columns: new[] { "ReviewId", "PersonId" });
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kawasaki.Tabunka.Staff.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlacesPublishRecoveryBoundedAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Revisions_GuideId_Language_At",
                table: "Revisions");

            migrationBuilder.DropIndex(
                name: "IX_Drafts_GuideId_Language",
                table: "Drafts");

            migrationBuilder.DropIndex(
                name: "IX_Autosaves_UserId_GuideId_Language",
                table: "Autosaves");

            migrationBuilder.AddColumn<string>(
                name: "DraftBy",
                table: "Revisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Pending",
                table: "Revisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ReplacesHash",
                table: "Revisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_Pending",
                table: "Revisions",
                column: "Pending");

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_Topic_GuideId_Language_At",
                table: "Revisions",
                columns: new[] { "Topic", "GuideId", "Language", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Drafts_Topic_GuideId_Language",
                table: "Drafts",
                columns: new[] { "Topic", "GuideId", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Autosaves_UserId_Topic_GuideId_Language",
                table: "Autosaves",
                columns: new[] { "UserId", "Topic", "GuideId", "Language" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Revisions_Pending",
                table: "Revisions");

            migrationBuilder.DropIndex(
                name: "IX_Revisions_Topic_GuideId_Language_At",
                table: "Revisions");

            migrationBuilder.DropIndex(
                name: "IX_Drafts_Topic_GuideId_Language",
                table: "Drafts");

            migrationBuilder.DropIndex(
                name: "IX_Autosaves_UserId_Topic_GuideId_Language",
                table: "Autosaves");

            migrationBuilder.DropColumn(
                name: "DraftBy",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "Pending",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "ReplacesHash",
                table: "Revisions");

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_GuideId_Language_At",
                table: "Revisions",
                columns: new[] { "GuideId", "Language", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Drafts_GuideId_Language",
                table: "Drafts",
                columns: new[] { "GuideId", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Autosaves_UserId_GuideId_Language",
                table: "Autosaves",
                columns: new[] { "UserId", "GuideId", "Language" },
                unique: true);
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ioc.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddAdminCalendarAndContacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "contacts_edited_at_utc",
                table: "agencies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contacts_edited_by",
                table: "agencies",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "focal_officer_preferred_channel",
                table: "agencies",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "head_preferred_channel",
                table: "agencies",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "leader_preferred_channel",
                table: "agencies",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "calendar_overrides",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    first_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    last_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calendar_overrides", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_calendar_overrides_first_date",
                table: "calendar_overrides",
                column: "first_date");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calendar_overrides");

            migrationBuilder.DropColumn(
                name: "contacts_edited_at_utc",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "contacts_edited_by",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "focal_officer_preferred_channel",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "head_preferred_channel",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "leader_preferred_channel",
                table: "agencies");
        }
    }
}

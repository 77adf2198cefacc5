using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ioc.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddKioskDisplays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "kiosk_displays",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    token_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    revoked_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    revoked_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    last_seen_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_connection = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    panels = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    rotate_seconds = table.Column<int>(type: "INTEGER", nullable: false),
                    map_window = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    chime = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kiosk_displays", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_kiosk_displays_token_hash",
                table: "kiosk_displays",
                column: "token_hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "kiosk_displays");
        }
    }
}

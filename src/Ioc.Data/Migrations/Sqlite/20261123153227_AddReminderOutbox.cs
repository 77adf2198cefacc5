using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ioc.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddReminderOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "announced_at_utc",
                table: "reminders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "automatic",
                table: "reminders",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "reason",
                table: "reminders",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "recipient_name",
                table: "reminders",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "lease_owner",
                table: "outbox_messages",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "lease_until_utc",
                table: "outbox_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "read_at_utc",
                table: "outbox_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "recipient_role",
                table: "outbox_messages",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "message_templates",
                columns: table => new
                {
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_message_templates", x => new { x.kind, x.channel });
                });

            migrationBuilder.CreateTable(
                name: "reminder_cases",
                columns: table => new
                {
                    reminder_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminder_cases", x => new { x.reminder_id, x.case_id });
                    table.ForeignKey(
                        name: "FK_reminder_cases_reminders_reminder_id",
                        column: x => x.reminder_id,
                        principalTable: "reminders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reminders_announced_at_utc",
                table: "reminders",
                column: "announced_at_utc");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_external_id",
                table: "outbox_messages",
                column: "external_id");

            migrationBuilder.CreateIndex(
                name: "IX_reminder_cases_case_id_created_at_utc",
                table: "reminder_cases",
                columns: new[] { "case_id", "created_at_utc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "message_templates");

            migrationBuilder.DropTable(
                name: "reminder_cases");

            migrationBuilder.DropIndex(
                name: "IX_reminders_announced_at_utc",
                table: "reminders");

            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_external_id",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "announced_at_utc",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "automatic",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "reason",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "recipient_name",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "lease_owner",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "lease_until_utc",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "read_at_utc",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "recipient_role",
                table: "outbox_messages");
        }
    }
}

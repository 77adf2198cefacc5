using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ioc.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddKpiDailyStats : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "daily_stats",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    profile_id = table.Column<string>(type: "text", nullable: false),
                    agency_id = table.Column<string>(type: "text", nullable: false),
                    field_code = table.Column<string>(type: "text", nullable: false),
                    channel = table.Column<string>(type: "text", nullable: false),
                    admin_unit_code = table.Column<string>(type: "text", nullable: false),
                    is_state_secret = table.Column<bool>(type: "boolean", nullable: false),
                    received = table.Column<long>(type: "bigint", nullable: false),
                    resolved = table.Column<long>(type: "bigint", nullable: false),
                    resolved_on_time = table.Column<long>(type: "bigint", nullable: false),
                    rejected = table.Column<long>(type: "bigint", nullable: false),
                    forwarded = table.Column<long>(type: "bigint", nullable: false),
                    reopened = table.Column<long>(type: "bigint", nullable: false),
                    first_contact = table.Column<long>(type: "bigint", nullable: false),
                    rated1 = table.Column<long>(type: "bigint", nullable: false),
                    rated2 = table.Column<long>(type: "bigint", nullable: false),
                    rated3 = table.Column<long>(type: "bigint", nullable: false),
                    rated4 = table.Column<long>(type: "bigint", nullable: false),
                    handling_minutes = table.Column<long>(type: "bigint", nullable: false),
                    handling_up_to30_min = table.Column<long>(type: "bigint", nullable: false),
                    handling_up_to1_hour = table.Column<long>(type: "bigint", nullable: false),
                    handling_up_to2_hours = table.Column<long>(type: "bigint", nullable: false),
                    handling_up_to4_hours = table.Column<long>(type: "bigint", nullable: false),
                    handling_up_to1_day = table.Column<long>(type: "bigint", nullable: false),
                    handling_up_to2_days = table.Column<long>(type: "bigint", nullable: false),
                    handling_up_to3_days = table.Column<long>(type: "bigint", nullable: false),
                    handling_up_to5_days = table.Column<long>(type: "bigint", nullable: false),
                    handling_up_to7_days = table.Column<long>(type: "bigint", nullable: false),
                    handling_up_to10_days = table.Column<long>(type: "bigint", nullable: false),
                    handling_up_to15_days = table.Column<long>(type: "bigint", nullable: false),
                    handling_up_to20_days = table.Column<long>(type: "bigint", nullable: false),
                    handling_up_to30_days = table.Column<long>(type: "bigint", nullable: false),
                    handling_over30_days = table.Column<long>(type: "bigint", nullable: false),
                    acknowledged = table.Column<long>(type: "bigint", nullable: false),
                    acknowledge_minutes = table.Column<long>(type: "bigint", nullable: false),
                    emergencies = table.Column<long>(type: "bigint", nullable: false),
                    emergency_minutes = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_daily_stats", x => new { x.profile_id, x.day, x.agency_id, x.field_code, x.channel, x.admin_unit_code, x.is_state_secret });
                });

            migrationBuilder.CreateTable(
                name: "generated_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    profile_id = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: false),
                    generated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    xlsx = table.Column<byte[]>(type: "bytea", nullable: false),
                    csv = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_generated_reports", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_generated_reports_profile_id_kind_from_to",
                table: "generated_reports",
                columns: new[] { "profile_id", "kind", "from", "to" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "daily_stats");

            migrationBuilder.DropTable(
                name: "generated_reports");
        }
    }
}

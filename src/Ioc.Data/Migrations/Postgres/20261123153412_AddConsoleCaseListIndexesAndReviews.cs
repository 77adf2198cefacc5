using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ioc.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddConsoleCaseListIndexesAndReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "integrity_reviews",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    flag = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reviewed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    reviewed_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integrity_reviews", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cases_closed_at_utc_received_at_utc",
                table: "cases",
                columns: new[] { "closed_at_utc", "received_at_utc" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_lead_agency_id_received_at_utc",
                table: "cases",
                columns: new[] { "lead_agency_id", "received_at_utc" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_received_at_utc",
                table: "cases",
                column: "received_at_utc");

            migrationBuilder.CreateIndex(
                name: "IX_cases_resolved_at_utc",
                table: "cases",
                column: "resolved_at_utc");

            migrationBuilder.CreateIndex(
                name: "IX_integrity_reviews_case_id_flag",
                table: "integrity_reviews",
                columns: new[] { "case_id", "flag" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "integrity_reviews");

            migrationBuilder.DropIndex(
                name: "IX_cases_closed_at_utc_received_at_utc",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_lead_agency_id_received_at_utc",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_received_at_utc",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_resolved_at_utc",
                table: "cases");
        }
    }
}

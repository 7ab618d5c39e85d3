using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cotakine.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InvoiceBalances : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "IssuedAtUnixMicroseconds",
                table: "Invoices",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "InvoiceBalances",
                columns: table => new
                {
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmoPaidCents = table.Column<long>(type: "INTEGER", nullable: false),
                    AmcPaidCents = table.Column<long>(type: "INTEGER", nullable: false),
                    PatientPaidCents = table.Column<long>(type: "INTEGER", nullable: false),
                    DueCents = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceBalances", x => x.InvoiceId);
                    table.ForeignKey(
                        name: "FK_InvoiceBalances_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InvoiceBalances_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Existing documents: their sortable instant, and their balances from the payments and credit notes already saved.
            migrationBuilder.Sql(InvoiceBalanceBackfill.IssuedAtSql(postgres: false));
            migrationBuilder.Sql(InvoiceBalanceBackfill.BalancesSql);

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_PracticeId_IssuedAtUnixMicroseconds_Number",
                table: "Invoices",
                columns: new[] { "PracticeId", "IssuedAtUnixMicroseconds", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceBalances_PracticeId_State",
                table: "InvoiceBalances",
                columns: new[] { "PracticeId", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InvoiceBalances");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_PracticeId_IssuedAtUnixMicroseconds_Number",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "IssuedAtUnixMicroseconds",
                table: "Invoices");
        }
    }
}

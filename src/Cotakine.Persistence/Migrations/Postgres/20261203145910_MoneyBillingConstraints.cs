using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cotakine.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MoneyBillingConstraints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BilledSessions",
                columns: table => new
                {
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BilledSessions", x => x.SessionId);
                    table.ForeignKey(
                        name: "FK_BilledSessions_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BilledSessions_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvoiceCancellations",
                columns: table => new
                {
                    InvoiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreditNoteId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceCancellations", x => x.InvoiceId);
                    table.ForeignKey(
                        name: "FK_InvoiceCancellations_Invoices_CreditNoteId",
                        column: x => x.CreditNoteId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InvoiceCancellations_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BilledSessions_InvoiceId",
                table: "BilledSessions",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceCancellations_CreditNoteId",
                table: "InvoiceCancellations",
                column: "CreditNoteId",
                unique: true);

            // Existing billings and cancellations, duplicates of earlier races included (see BillingLinksBackfill).
            migrationBuilder.Sql(BillingLinksBackfill.Sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BilledSessions");

            migrationBuilder.DropTable(
                name: "InvoiceCancellations");
        }
    }
}

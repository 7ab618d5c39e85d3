using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cotakine.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PracticeQueryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Sessions_InvoiceId",
                table: "Sessions",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_PracticeId_Date",
                table: "Sessions",
                columns: new[] { "PracticeId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Payments_PracticeId_Date",
                table: "Payments",
                columns: new[] { "PracticeId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_PracticeId_Year",
                table: "Invoices",
                columns: new[] { "PracticeId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_FeeNotes_PracticeId_Date",
                table: "FeeNotes",
                columns: new[] { "PracticeId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_PracticeId_EntityId",
                table: "AuditLog",
                columns: new[] { "PracticeId", "EntityId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sessions_InvoiceId",
                table: "Sessions");

            migrationBuilder.DropIndex(
                name: "IX_Sessions_PracticeId_Date",
                table: "Sessions");

            migrationBuilder.DropIndex(
                name: "IX_Payments_PracticeId_Date",
                table: "Payments");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_PracticeId_Year",
                table: "Invoices");

            migrationBuilder.DropIndex(
                name: "IX_FeeNotes_PracticeId_Date",
                table: "FeeNotes");

            migrationBuilder.DropIndex(
                name: "IX_AuditLog_PracticeId_EntityId",
                table: "AuditLog");
        }
    }
}

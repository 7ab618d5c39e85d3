using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cotakine.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InvoiceIssueDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "IssuedOn",
                table: "Invoices",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.Sql(InvoiceIssueDateBackfill.Sql(postgres: true, Catalog.Loading.CatalogLoader.Embedded));

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_PracticeId_IssuedOn",
                table: "Invoices",
                columns: new[] { "PracticeId", "IssuedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Invoices_PracticeId_IssuedOn",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "IssuedOn",
                table: "Invoices");
        }
    }
}

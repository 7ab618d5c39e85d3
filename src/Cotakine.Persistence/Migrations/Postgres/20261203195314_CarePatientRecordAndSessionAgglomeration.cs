using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cotakine.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CarePatientRecordAndSessionAgglomeration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "SameAgglomeration",
                table: "Sessions",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Address",
                table: "Patients",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AmcMemberNumber",
                table: "Patients",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AmcName",
                table: "Patients",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AmcPercent",
                table: "Patients",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Caisse",
                table: "Patients",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Commune",
                table: "Patients",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Patients",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Nir",
                table: "Patients",
                type: "character varying(15)",
                maxLength: 15,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "Patients",
                type: "character varying(25)",
                maxLength: 25,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostalCode",
                table: "Patients",
                type: "character varying(5)",
                maxLength: 5,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrimaryCarePhysician",
                table: "Patients",
                type: "character varying(150)",
                maxLength: 150,
                nullable: true);

            // Sessions recorded away from the practice with a distance were billed as not in the same agglomeration.
            migrationBuilder.Sql("UPDATE \"Sessions\" SET \"SameAgglomeration\" = FALSE WHERE \"TravelKm\" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SameAgglomeration",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "Address",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "AmcMemberNumber",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "AmcName",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "AmcPercent",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Caisse",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Commune",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Nir",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "PostalCode",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "PrimaryCarePhysician",
                table: "Patients");
        }
    }
}

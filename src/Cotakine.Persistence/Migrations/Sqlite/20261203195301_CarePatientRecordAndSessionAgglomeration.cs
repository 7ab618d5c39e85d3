using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cotakine.Persistence.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Address",
                table: "Patients",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AmcMemberNumber",
                table: "Patients",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AmcName",
                table: "Patients",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AmcPercent",
                table: "Patients",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Caisse",
                table: "Patients",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Commune",
                table: "Patients",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Patients",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Nir",
                table: "Patients",
                type: "TEXT",
                maxLength: 15,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "Patients",
                type: "TEXT",
                maxLength: 25,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostalCode",
                table: "Patients",
                type: "TEXT",
                maxLength: 5,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrimaryCarePhysician",
                table: "Patients",
                type: "TEXT",
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

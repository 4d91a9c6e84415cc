using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gantry.Core.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PaymentRejectionAndTicket : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RejectedAt",
                table: "PaymentRequests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RejectedBy",
                table: "PaymentRequests",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectionReason",
                table: "PaymentRequests",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TicketId",
                table: "PaymentRequests",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentRequests_TicketId",
                table: "PaymentRequests",
                column: "TicketId");

            migrationBuilder.AddForeignKey(
                name: "FK_PaymentRequests_DayLabourTickets_TicketId",
                table: "PaymentRequests",
                column: "TicketId",
                principalTable: "DayLabourTickets",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PaymentRequests_DayLabourTickets_TicketId",
                table: "PaymentRequests");

            migrationBuilder.DropIndex(
                name: "IX_PaymentRequests_TicketId",
                table: "PaymentRequests");

            migrationBuilder.DropColumn(
                name: "RejectedAt",
                table: "PaymentRequests");

            migrationBuilder.DropColumn(
                name: "RejectedBy",
                table: "PaymentRequests");

            migrationBuilder.DropColumn(
                name: "RejectionReason",
                table: "PaymentRequests");

            migrationBuilder.DropColumn(
                name: "TicketId",
                table: "PaymentRequests");
        }
    }
}

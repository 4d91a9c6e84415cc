using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gantry.Core.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WageCovers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsReversed",
                table: "WagePayments",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "ReversesId",
                table: "WagePayments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "WageCovers",
                columns: table => new
                {
                    LineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TicketId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TicketNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WorkerName = table.Column<string>(type: "TEXT", maxLength: 70, nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    WagePaymentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PaymentRequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PaymentRequestNumber = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WageCovers", x => x.LineId);
                    table.ForeignKey(
                        name: "FK_WageCovers_DayLabourLines_LineId",
                        column: x => x.LineId,
                        principalTable: "DayLabourLines",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_WageCovers_PaymentRequests_PaymentRequestId",
                        column: x => x.PaymentRequestId,
                        principalTable: "PaymentRequests",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_WageCovers_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WageCovers_WagePayments_WagePaymentId",
                        column: x => x.WagePaymentId,
                        principalTable: "WagePayments",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_WageCovers_PaymentRequestId",
                table: "WageCovers",
                column: "PaymentRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_WageCovers_ProjectId_Month_WorkerId",
                table: "WageCovers",
                columns: new[] { "ProjectId", "Month", "WorkerId" });

            migrationBuilder.CreateIndex(
                name: "IX_WageCovers_WagePaymentId",
                table: "WageCovers",
                column: "WagePaymentId");

            // Wages paid or requested before this migration take their ticket lines, so nothing already paid can be paid again:
            // first the live ticket requests, then every worker-month with a wage payment.
            migrationBuilder.Sql(@"INSERT INTO ""WageCovers"" (""LineId"", ""ProjectId"", ""TicketId"", ""TicketNumber"", ""WorkerId"", ""WorkerName"", ""Month"", ""Amount"", ""WagePaymentId"", ""PaymentRequestId"", ""PaymentRequestNumber"")
SELECT l.""Id"", t.""ProjectId"", t.""Id"", t.""Number"", l.""WorkerId"", COALESCE(w.""Name"", l.""Trade"" || ' ×' || l.""Headcount""), substr(t.""Date"", 1, 7) || '-01', l.""Amount"", NULL, r.""Id"", r.""Number""
FROM ""PaymentRequests"" r
JOIN ""DayLabourTickets"" t ON t.""Id"" = r.""TicketId""
JOIN ""DayLabourLines"" l ON l.""TicketId"" = t.""Id""
LEFT JOIN ""Workers"" w ON w.""Id"" = l.""WorkerId""
WHERE r.""Status"" <> 'Rejected' AND t.""Status"" = 'Approved'
  AND NOT EXISTS (SELECT 1 FROM ""WageCovers"" c WHERE c.""LineId"" = l.""Id"");");
            migrationBuilder.Sql(@"INSERT INTO ""WageCovers"" (""LineId"", ""ProjectId"", ""TicketId"", ""TicketNumber"", ""WorkerId"", ""WorkerName"", ""Month"", ""Amount"", ""WagePaymentId"", ""PaymentRequestId"", ""PaymentRequestNumber"")
SELECT l.""Id"", t.""ProjectId"", t.""Id"", t.""Number"", l.""WorkerId"", COALESCE(w.""Name"", l.""Trade"" || ' ×' || l.""Headcount""), substr(t.""Date"", 1, 7) || '-01',
       l.""Amount"", (SELECT p.""Id"" FROM ""WagePayments"" p WHERE p.""WorkerId"" = l.""WorkerId"" AND p.""Month"" = substr(t.""Date"", 1, 7) || '-01' ORDER BY p.""Id"" LIMIT 1), NULL, NULL
FROM ""DayLabourLines"" l
JOIN ""DayLabourTickets"" t ON t.""Id"" = l.""TicketId""
LEFT JOIN ""Workers"" w ON w.""Id"" = l.""WorkerId""
WHERE t.""Status"" = 'Approved'
  AND EXISTS (SELECT 1 FROM ""WagePayments"" p WHERE p.""WorkerId"" = l.""WorkerId"" AND p.""Month"" = substr(t.""Date"", 1, 7) || '-01')
  AND NOT EXISTS (SELECT 1 FROM ""WageCovers"" c WHERE c.""LineId"" = l.""Id"");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WageCovers");

            migrationBuilder.DropColumn(
                name: "IsReversed",
                table: "WagePayments");

            migrationBuilder.DropColumn(
                name: "ReversesId",
                table: "WagePayments");
        }
    }
}

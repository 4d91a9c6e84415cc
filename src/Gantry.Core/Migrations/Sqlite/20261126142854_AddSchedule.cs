using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gantry.Core.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddSchedule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Baselines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SavedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SavedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApprovedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApprovedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Baselines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Baselines_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectCalendars",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BaseCalendarId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IncludeChinaHolidays = table.Column<bool>(type: "INTEGER", nullable: false),
                    MinutesPerDay = table.Column<int>(type: "INTEGER", nullable: false),
                    MinutesPerWeek = table.Column<int>(type: "INTEGER", nullable: false),
                    MinutesPerMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    RulesJson = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectCalendars", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectCalendars_ProjectCalendars_BaseCalendarId",
                        column: x => x.BaseCalendarId,
                        principalTable: "ProjectCalendars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectCalendars_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WbsNodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WbsNodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WbsNodes_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WbsNodes_WbsNodes_ParentId",
                        column: x => x.ParentId,
                        principalTable: "WbsNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BaselineActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BaselineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Start = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Finish = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DurationMinutes = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BaselineActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BaselineActivities_Baselines_BaselineId",
                        column: x => x.BaselineId,
                        principalTable: "Baselines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScheduleSettings",
                columns: table => new
                {
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectStart = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DataDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MustFinishBy = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FloatType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CriticalFloatThresholdMinutes = table.Column<long>(type: "INTEGER", nullable: false),
                    CriticalByLongestPath = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProgressRule = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LagCalendar = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Convention = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MakeOpenEndedActivitiesCritical = table.Column<bool>(type: "INTEGER", nullable: false),
                    UseExpectedFinish = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartToStartLagFromEarlyStart = table.Column<bool>(type: "INTEGER", nullable: false),
                    DefaultCalendarId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ComparisonBaselineId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Finish = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduleSettings", x => x.ProjectId);
                    table.ForeignKey(
                        name: "FK_ScheduleSettings_Baselines_ComparisonBaselineId",
                        column: x => x.ComparisonBaselineId,
                        principalTable: "Baselines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ScheduleSettings_ProjectCalendars_DefaultCalendarId",
                        column: x => x.DefaultCalendarId,
                        principalTable: "ProjectCalendars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScheduleSettings_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Activities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    WbsId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CalendarId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OriginalDurationMinutes = table.Column<long>(type: "INTEGER", nullable: false),
                    RemainingDurationMinutes = table.Column<long>(type: "INTEGER", nullable: true),
                    ElapsedDuration = table.Column<bool>(type: "INTEGER", nullable: false),
                    PercentComplete = table.Column<double>(type: "REAL", nullable: false),
                    ActualStart = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ActualFinish = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SuspendDate = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResumeDate = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConstraintType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ConstraintDate = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SecondaryConstraintType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SecondaryConstraintDate = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Deadline = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ExpectedFinish = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SummaryActivityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignmentsJson = table.Column<string>(type: "TEXT", nullable: true),
                    ResponsibleOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResponsiblePersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    EarlyStart = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EarlyFinish = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LateStart = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LateFinish = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TotalFloatMinutes = table.Column<long>(type: "INTEGER", nullable: true),
                    FreeFloatMinutes = table.Column<long>(type: "INTEGER", nullable: true),
                    Critical = table.Column<bool>(type: "INTEGER", nullable: false),
                    OnLongestPath = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Activities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Activities_Organisations_ResponsibleOrganisationId",
                        column: x => x.ResponsibleOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Activities_ProjectCalendars_CalendarId",
                        column: x => x.CalendarId,
                        principalTable: "ProjectCalendars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Activities_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Activities_Users_ResponsiblePersonId",
                        column: x => x.ResponsiblePersonId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Activities_WbsNodes_WbsId",
                        column: x => x.WbsId,
                        principalTable: "WbsNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ActivityLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PredecessorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SuccessorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Lag = table.Column<double>(type: "REAL", nullable: false),
                    LagKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Driving = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActivityLinks_Activities_PredecessorId",
                        column: x => x.PredecessorId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActivityLinks_Activities_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActivityLinks_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_CalendarId",
                table: "Activities",
                column: "CalendarId");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_ProjectId_Code",
                table: "Activities",
                columns: new[] { "ProjectId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Activities_ResponsibleOrganisationId",
                table: "Activities",
                column: "ResponsibleOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_ResponsiblePersonId",
                table: "Activities",
                column: "ResponsiblePersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_WbsId",
                table: "Activities",
                column: "WbsId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityLinks_PredecessorId_SuccessorId_Type",
                table: "ActivityLinks",
                columns: new[] { "PredecessorId", "SuccessorId", "Type" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActivityLinks_ProjectId",
                table: "ActivityLinks",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityLinks_SuccessorId",
                table: "ActivityLinks",
                column: "SuccessorId");

            migrationBuilder.CreateIndex(
                name: "IX_BaselineActivities_BaselineId_ActivityId",
                table: "BaselineActivities",
                columns: new[] { "BaselineId", "ActivityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Baselines_ProjectId",
                table: "Baselines",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectCalendars_BaseCalendarId",
                table: "ProjectCalendars",
                column: "BaseCalendarId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectCalendars_ProjectId",
                table: "ProjectCalendars",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduleSettings_ComparisonBaselineId",
                table: "ScheduleSettings",
                column: "ComparisonBaselineId");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduleSettings_DefaultCalendarId",
                table: "ScheduleSettings",
                column: "DefaultCalendarId");

            migrationBuilder.CreateIndex(
                name: "IX_WbsNodes_ParentId",
                table: "WbsNodes",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_WbsNodes_ProjectId_Code",
                table: "WbsNodes",
                columns: new[] { "ProjectId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActivityLinks");

            migrationBuilder.DropTable(
                name: "BaselineActivities");

            migrationBuilder.DropTable(
                name: "ScheduleSettings");

            migrationBuilder.DropTable(
                name: "Activities");

            migrationBuilder.DropTable(
                name: "Baselines");

            migrationBuilder.DropTable(
                name: "ProjectCalendars");

            migrationBuilder.DropTable(
                name: "WbsNodes");
        }
    }
}

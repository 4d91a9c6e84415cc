using Gantry.Core.Auditing;
using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.DayLabour;
using Gantry.Core.Funds;
using Gantry.Core.Members;
using Gantry.Core.Organisations;
using Gantry.Core.Plans;
using Gantry.Core.Projects;
using Gantry.Core.Scenarios;
using Gantry.Core.Schedules;
using Gantry.Core.Tokens;
using Gantry.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Data;

/// <summary>
/// The one EF Core model of Gantry. Each database has a thin subclass
/// (<see cref="SqliteGantryDbContext"/>, <see cref="PostgresGantryDbContext"/>) that owns its
/// migrations folder; code everywhere else asks for this base type.
/// </summary>
public abstract class GantryDbContext : DbContext
{
    protected GantryDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<User> Users => Set<User>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<ProjectMembership> Memberships => Set<ProjectMembership>();

    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ScheduleSettings> ScheduleSettings => Set<ScheduleSettings>();

    public DbSet<ProjectCalendar> Calendars => Set<ProjectCalendar>();

    public DbSet<WbsNode> WbsNodes => Set<WbsNode>();

    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<ActivityLink> ActivityLinks => Set<ActivityLink>();

    public DbSet<Baseline> Baselines => Set<Baseline>();

    public DbSet<BaselineActivity> BaselineActivities => Set<BaselineActivity>();

    public DbSet<Scenario> Scenarios => Set<Scenario>();

    public DbSet<CostCode> CostCodes => Set<CostCode>();

    public DbSet<BudgetVersion> BudgetVersions => Set<BudgetVersion>();

    public DbSet<BudgetLine> BudgetLines => Set<BudgetLine>();

    public DbSet<Contract> Contracts => Set<Contract>();

    public DbSet<ContractVariation> ContractVariations => Set<ContractVariation>();

    public DbSet<CostRecord> CostRecords => Set<CostRecord>();

    public DbSet<ClosedMonth> ClosedMonths => Set<ClosedMonth>();

    public DbSet<MoneySettings> MoneySettings => Set<MoneySettings>();

    public DbSet<Worker> Workers => Set<Worker>();

    public DbSet<DayLabourTicket> DayLabourTickets => Set<DayLabourTicket>();

    public DbSet<DayLabourLine> DayLabourLines => Set<DayLabourLine>();

    public DbSet<DayLabourPhoto> DayLabourPhotos => Set<DayLabourPhoto>();

    public DbSet<WagePayment> WagePayments => Set<WagePayment>();

    public DbSet<WageCover> WageCovers => Set<WageCover>();

    public DbSet<PaymentApplication> PaymentApplications => Set<PaymentApplication>();

    public DbSet<Receipt> Receipts => Set<Receipt>();

    public DbSet<PaymentRequest> PaymentRequests => Set<PaymentRequest>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<PlanItem> PlanItems => Set<PlanItem>();

    public DbSet<PlanTask> PlanTasks => Set<PlanTask>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var entityName = ex.Entries.Count > 0 ? ex.Entries[0].Metadata.ClrType.Name : nameof(Project);
            throw new ConcurrencyConflictException("Entity_" + entityName, ex);
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var entityName = ex.Entries.Count > 0 ? ex.Entries[0].Metadata.ClrType.Name : nameof(Project);
            throw new ConcurrencyConflictException("Entity_" + entityName, ex);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GantryDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and in the audit trail, and safe to reorder.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}

using Gantry.Core.Demo;

namespace Gantry.Core.Data;

/// <summary>
/// What the first start created, for the host to print once. <see cref="AdminPassword"/> is null on
/// later starts: it was never stored in plain text.
/// </summary>
public sealed record FirstStartReport(string? AdminUserName, string? AdminPassword, IReadOnlyList<DemoAccount> DemoAccounts);

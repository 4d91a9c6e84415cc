namespace Gantry.Web;

/// <summary>
/// Marker type for the funds pages' text (contracts, applications, payments, ledgers, cash flow) in
/// Resources/FundsResource(.zh-Hans).resx, in the root namespace like <see cref="SharedResource"/>.
/// </summary>
public sealed class FundsResource;

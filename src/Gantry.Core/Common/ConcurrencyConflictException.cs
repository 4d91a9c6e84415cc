using Gantry.Core.Localization;

namespace Gantry.Core.Common;

/// <summary>
/// Someone saved the record after this user loaded it. We refuse instead of merging, because a
/// silent last-writer-wins would lose the other person's change.
/// </summary>
public sealed class ConcurrencyConflictException : GantryException
{
    public ConcurrencyConflictException(string entityKey, Exception? inner = null)
        : base(Text.Get("ChangedBySomeoneElse", Text.Get(entityKey)), inner ?? new InvalidOperationException(entityKey))
    {
    }
}

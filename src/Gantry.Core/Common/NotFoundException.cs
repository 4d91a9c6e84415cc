using Gantry.Core.Localization;

namespace Gantry.Core.Common;

/// <summary>
/// The record does not exist, or the user may not know that it does: a non-member asking for a
/// project gets exactly this, so the answer never tells which projects exist.
/// </summary>
public sealed class NotFoundException : GantryException
{
    public NotFoundException(string entityKey) : base(Text.Get("NotFound", Text.Get(entityKey)))
    {
    }
}

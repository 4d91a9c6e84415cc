using Gantry.Core.Localization;

namespace Gantry.Core.Common;

/// <summary>The user may see the record but their role does not allow this action.</summary>
public sealed class ForbiddenException : GantryException
{
    public ForbiddenException() : base(Text.Get("Forbidden"))
    {
    }
}

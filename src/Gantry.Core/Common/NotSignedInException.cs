using Gantry.Core.Localization;

namespace Gantry.Core.Common;

/// <summary>No signed-in (and active) user is behind this request.</summary>
public sealed class NotSignedInException : GantryException
{
    public NotSignedInException() : base(Text.Get("NotSignedIn"))
    {
    }
}

namespace Gantry.Core.Common;

/// <summary>
/// A business rule said no. The message is already in the user's language (CurrentUICulture at the
/// time it was thrown), so pages and the API can show it as it is.
/// </summary>
public abstract class GantryException : Exception
{
    protected GantryException(string message) : base(message)
    {
    }

    protected GantryException(string message, Exception inner) : base(message, inner)
    {
    }
}

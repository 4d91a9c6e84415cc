using Gantry.Core.Common;

namespace Gantry.Web.Plans;

/// <summary>
/// Runs a plan command from a page form: a refusal the user can act on (a field rule, a conflict, a
/// forbidden step) becomes the page's error banner after the redirect; anything else is a real error.
/// </summary>
public static class PlanRefusal
{
    public static async Task<string?> TryAsync(Func<Task> command)
    {
        try
        {
            await command();
            return null;
        }
        catch (ValidationFailedException failure)
        {
            return string.Join(" ", failure.Errors.Select(e => e.Message));
        }
        catch (GantryException refused) when (refused is ConcurrencyConflictException or ForbiddenException)
        {
            return refused.Message;
        }
    }
}

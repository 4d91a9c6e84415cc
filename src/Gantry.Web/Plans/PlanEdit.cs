using Gantry.Core.Common;

namespace Gantry.Web.Plans;

/// <summary>
/// What became of an inline edit of a plan row: saved, refused for a field (the message names it), or
/// refused because the plan moved on since the page was loaded (stale). A stale edit is never retried
/// or merged: the editor reopens on the current values and the entry the user typed is shown beside them.
/// A forbidden edit has no editor to reopen (the page offers none to that user), so it is the page's error.
/// </summary>
public sealed record PlanEdit(string? Error, bool Stale, bool Forbidden = false)
{
    public static async Task<PlanEdit> TryAsync(Func<Task> command)
    {
        try
        {
            await command();
            return new PlanEdit(null, false);
        }
        catch (ConcurrencyConflictException stale)
        {
            return new PlanEdit(stale.Message, true);
        }
        catch (ValidationFailedException failure)
        {
            return new PlanEdit(string.Join(" ", failure.Errors.Select(e => e.Message)), false);
        }
        catch (ForbiddenException forbidden)
        {
            return new PlanEdit(forbidden.Message, false, Forbidden: true);
        }
    }
}

using Gantry.Core.Common;
using Gantry.Core.Tokens;
using Gantry.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Pages.Account;

/// <summary>The user's personal access tokens for API clients: create (shown once) and revoke.</summary>
public sealed class TokensModel(ListTokens listTokens, IssueToken issueToken, RevokeToken revokeToken, TimeProvider clock,
    IStringLocalizer<SharedResource> text) : PageModel
{
    private static readonly IReadOnlySet<string> FormFields = ModelStateExtensions.FieldsOf<TokenForm>();

    [BindProperty]
    public TokenForm Input { get; set; } = new();

    public IReadOnlyList<TokenSummary> Tokens { get; private set; } = [];

    /// <summary>The plain token, only in the answer to the request that created it; it is never stored.</summary>
    public string? IssuedToken { get; private set; }

    public DateTime Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var issued = await issueToken.ExecuteAsync(new IssueTokenInput
                {
                    Name = Input.Name,
                    ExpiresAt = Input.ExpiresInDays is { } days ? now.AddDays(days) : null,
                }, cancellationToken);
                IssuedToken = issued.Token;
                // A new, empty form under the token, so a second click does not create a twin.
                ModelState.Clear();
                Input = new TokenForm();
            }
            catch (ValidationFailedException failure)
            {
                ModelState.AddFieldErrors(failure, nameof(Input), FormFields);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid tokenId, CancellationToken cancellationToken)
    {
        await revokeToken.ExecuteAsync(tokenId, cancellationToken);
        TempData["Flash"] = text["Tokens.RevokedDone"].Value;

        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Tokens = await listTokens.ExecuteAsync(cancellationToken);
    }
}

namespace Gantry.Web.Ui;

/// <summary>What the error page shows: the HTTP status and a message in the user's language.</summary>
public sealed record ErrorViewModel(int Status, string Title, string Message);

namespace Gantry.Core.Common;

/// <summary>One invalid input: <see cref="Field"/> is the API/form field name (camelCase), the message names it in the user's language.</summary>
public sealed record FieldError(string Field, string Message);

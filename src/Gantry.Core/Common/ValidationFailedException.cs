using Gantry.Core.Localization;

namespace Gantry.Core.Common;

/// <summary>The input broke one or more field rules; every broken field is listed, not just the first.</summary>
public sealed class ValidationFailedException : GantryException
{
    public ValidationFailedException(IReadOnlyList<FieldError> errors)
        : base(errors.Count == 1 ? errors[0].Message : Text.Get("ValidationFailed"))
    {
        Errors = errors;
        Summary = Text.Get("ValidationFailed");
    }

    /// <summary>"Some fields are not valid", in the language of the user at the time of the request.</summary>
    public string Summary { get; }

    public IReadOnlyList<FieldError> Errors { get; }

    public static ValidationFailedException For(string field, string message) => new([new FieldError(field, message)]);
}

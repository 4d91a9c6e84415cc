namespace Gantry.Web.Api;

/// <summary>Body of <c>POST /api/v1/auth/sign-in</c>; <see cref="UserName"/> may also be the e-mail address.</summary>
public sealed record SignInRequest(string? UserName, string? Password);

/// <summary>Body of <c>PUT /api/v1/me/password</c>.</summary>
public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

/// <summary>Body of <c>PUT /api/v1/me/language</c>: "zh-Hans", "en", or null to follow the browser.</summary>
public sealed record LanguageRequest(string? Language);

/// <summary>Body of archive/restore: the version the user loaded.</summary>
public sealed record VersionRequest(int? Version);

/// <summary>Body of <c>PUT /api/v1/users/{id}/password</c> (administrators).</summary>
public sealed record ResetPasswordRequest(string? NewPassword);

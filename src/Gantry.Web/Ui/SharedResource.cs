namespace Gantry.Web;

/// <summary>
/// Marker type for the UI text in Resources/SharedResource(.zh-Hans).resx. It lives in the root
/// namespace, outside Resources/, because a .cs file next to the .resx would rename the embedded
/// resource after the class and the localizer would no longer find it.
/// </summary>
public sealed class SharedResource;

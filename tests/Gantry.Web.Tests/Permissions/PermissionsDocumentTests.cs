using Xunit;

namespace Gantry.Web.Tests.Permissions;

public sealed class PermissionsDocumentTests
{
    [Fact]
    public void PermissionsDocumentShowsTheMatrixTheTestsEnforce()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Gantry.slnx")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var document = File.ReadAllText(Path.Combine(directory.FullName, "docs", "permissions.md")).ReplaceLineEndings("\n");
        var begin = document.IndexOf(PermissionsDocument.Begin, StringComparison.Ordinal);
        var end = document.IndexOf(PermissionsDocument.End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, "docs/permissions.md lacks the generated section markers");
        var generated = document[(begin + PermissionsDocument.Begin.Length)..end].Trim('\n');
        var expected = PermissionsDocument.Render().Trim('\n');
        Assert.True(expected == generated, "docs/permissions.md is out of date; its generated section should be:\n" + expected);
    }
}

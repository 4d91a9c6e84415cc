using Gantry.Core.Common;

namespace Gantry.Core.Organisations;

/// <summary>A company or agency taking part in projects: owner, supervisor, contractors, suppliers, designers.</summary>
public sealed class Organisation : IVersioned
{
    public const int NameMaxLength = 200;
    public const int CodeMaxLength = 50;

    private Organisation()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>Short code, e.g. the unified social credit code or an internal abbreviation; optional.</summary>
    public string? Code { get; private set; }

    public string Name { get; private set; }

    public OrganisationType Type { get; private set; }

    public int Version { get; set; }

    public static Organisation Create(string? name, OrganisationType? type, string? code)
    {
        var organisation = new Organisation { Id = Guid.CreateVersion7() };
        organisation.Change(name, type, code);
        return organisation;
    }

    public void Change(string? name, OrganisationType? type, string? code)
    {
        var v = new Validation();
        var trimmedName = v.Trimmed("name", name, NameMaxLength);
        var checkedType = v.Enum("type", type);
        var trimmedCode = v.Trimmed("code", code, CodeMaxLength, required: false);
        v.ThrowIfAny();
        Name = trimmedName;
        Type = checkedType;
        Code = trimmedCode.Length == 0 ? null : trimmedCode;
    }
}

namespace Gantry.Core.Organisations;

/// <summary>
/// The kind of party an organisation is on Chinese building sites. The same list is used for the
/// party role an organisation plays in one project (a general contractor may be the owner of another).
/// </summary>
public enum OrganisationType
{
    /// <summary>建设单位 / 业主: pays for the works.</summary>
    Owner = 1,

    /// <summary>监理单位: supervises quality and safety on the owner's behalf.</summary>
    Supervisor = 2,

    /// <summary>总包单位: holds the main construction contract.</summary>
    GeneralContractor = 3,

    /// <summary>分包单位: carries out a trade package under the general contractor.</summary>
    Subcontractor = 4,

    /// <summary>供应商: delivers materials and equipment.</summary>
    Supplier = 5,

    /// <summary>设计单位: produces the drawings.</summary>
    Designer = 6,
}

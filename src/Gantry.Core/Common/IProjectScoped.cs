namespace Gantry.Core.Common;

/// <summary>Data that belongs to one project; its audit rows carry the project so project managers can read them.</summary>
public interface IProjectScoped
{
    Guid ProjectId { get; }
}

namespace Gantry.Core.Projects;

/// <summary>What is being delivered; drives defaults of later modules (calendars, cost codes).</summary>
public enum ProjectType
{
    /// <summary>房屋建筑: residential, commercial and public buildings.</summary>
    Building = 1,

    /// <summary>基础设施: roads, bridges, tunnels, pipelines, utilities.</summary>
    Infrastructure = 2,

    /// <summary>工业: plants and factories.</summary>
    Industrial = 3,

    /// <summary>装饰装修: interior fit-out.</summary>
    FitOut = 4,

    /// <summary>信息化: engineering software and IT delivery.</summary>
    It = 5,

    Other = 6,
}

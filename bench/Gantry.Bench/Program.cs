using BenchmarkDotNet.Running;
using Gantry.Bench;

if (args.Length > 0 && args[0] == "engine")
{
    PlainEngineRun.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 7, args.Length > 2 ? args[2] : null);
    return;
}

if (args.Length > 0 && args[0] == "gantt")
{
    await GanttBench.RunAsync();
    return;
}

if (args.Length > 0 && args[0] == "schedule-edit")
{
    await ScheduleEditRun.RunAsync(args.Length > 1 ? args[1] : XerBenchmarks.FindOracleProgramme(),
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20);
    return;
}

if (args.Length > 0 && args[0] == "schedule-page")
{
    await SchedulePageRun.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}

if (args.Length > 1 && args[0] == "money")
{
    await MoneyRun.RunAsync(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 7);
    return;
}

if (args.Length > 0 && args[0] == "write-xer")
{
    PlainXerWriteRun.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}

if (args.Length > 0 && args[0] == "mspdi-write")
{
    PlainMspdiWrite.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(NetworkGenerator).Assembly).Run(args);

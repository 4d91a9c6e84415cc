using BenchmarkDotNet.Running;
using Gantry.Bench;

if (args.Length > 0 && args[0] == "engine")
{
    PlainEngineRun.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 7);
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

using BenchmarkDotNet.Attributes;
using Gantry.Scheduling;

namespace Gantry.Bench;

/// <summary>Full forward and backward pass with float on generated programmes.</summary>
[MemoryDiagnoser]
public class FullPassBenchmarks
{
    private ScheduleNetwork network = null!;

    [Params(100_000, 1_000_000)]
    public int Activities { get; set; }

    [GlobalSetup]
    public void Setup() => network = NetworkGenerator.Programme(Activities);

    [Benchmark]
    public DateTime Schedule() => Scheduler.Schedule(network, NetworkGenerator.Options).ProjectFinish;
}

/// <summary>The adversarial shapes: a 100,000-long chain and a hub with 10,000 predecessors.</summary>
[MemoryDiagnoser]
public class AdversarialBenchmarks
{
    private readonly ScheduleNetwork chain = NetworkGenerator.Chain(100_000);
    private readonly ScheduleNetwork hub = NetworkGenerator.Hub(10_000);

    [Benchmark]
    public DateTime Chain() => Scheduler.Schedule(chain, NetworkGenerator.Options).ProjectFinish;

    [Benchmark]
    public DateTime Hub() => Scheduler.Schedule(hub, NetworkGenerator.Options).ProjectFinish;
}

/// <summary>One duration edit on a 100,000-activity programme, rescheduled incrementally.</summary>
[MemoryDiagnoser]
public class IncrementalBenchmarks
{
    private ScheduleSession session = null!;
    private string[] ids = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        var network = NetworkGenerator.Programme(100_000);
        session = new ScheduleSession(network, NetworkGenerator.Options);
        ids = network.Activities.Where(a => a.Type == ActivityType.Task).Select(a => a.Id).ToArray();
    }

    [Benchmark]
    public DateTime EditOneDuration()
    {
        var id = ids[next++ % ids.Length];
        session.SetDuration(id, 480L * (1 + (next % 10)));
        return session[id].EarlyFinish;
    }
}

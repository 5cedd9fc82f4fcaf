using System.Diagnostics;

namespace Search.Bench;

/// <summary>The web app's resident memory, once a second over the measured run.</summary>
public sealed class MemorySampler(int processId)
{
    readonly List<(TimeSpan At, long Bytes)> _samples = [];

    public IReadOnlyList<(TimeSpan At, long Bytes)> Samples => _samples;

    public async Task Run(CancellationToken stop)
    {
        using var process = Process.GetProcessById(processId);
        var clock = Stopwatch.StartNew();
        try
        {
            while (true)
            {
                process.Refresh();
                lock (_samples) _samples.Add((clock.Elapsed, process.WorkingSet64));
                await Task.Delay(1000, stop);
            }
        }
        catch (OperationCanceledException) { }
        process.Refresh();
        lock (_samples) _samples.Add((clock.Elapsed, process.WorkingSet64));
    }

    /// <summary>
    /// The first and last fifth of the run, averaged: growth between them, rather than between two single
    /// samples, so one garbage collection at either end does not decide the figure.
    /// </summary>
    public (long Start, long End, long Peak) Summary()
    {
        lock (_samples)
        {
            if (_samples.Count == 0) return (0, 0, 0);
            int fifth = Math.Max(1, _samples.Count / 5);
            return ((long)_samples.Take(fifth).Average(s => s.Bytes), (long)_samples.TakeLast(fifth).Average(s => s.Bytes), _samples.Max(s => s.Bytes));
        }
    }
}

using System.Diagnostics;

namespace Search.Bench;

/// <summary>
/// The web app's resident memory, once a second over the measured run, with its file-backed part apart where the
/// system tells it (Linux): pages of the memory-mapped index count as resident once read, and grow as queries
/// reach more of it, up to the index's size, which is not the process holding more.
/// </summary>
public sealed class MemorySampler(int processId)
{
    readonly List<(TimeSpan At, long Bytes)> _samples = [];
    readonly List<long> _fileBacked = [];

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
                long file = FileBacked();
                lock (_samples) { _samples.Add((clock.Elapsed, process.WorkingSet64)); if (file >= 0) _fileBacked.Add(file); }
                await Task.Delay(1000, stop);
            }
        }
        catch (OperationCanceledException) { }
        process.Refresh();
        lock (_samples) _samples.Add((clock.Elapsed, process.WorkingSet64));
    }

    /// <summary>RssFile of /proc/PID/status in bytes, or -1 where there is none.</summary>
    long FileBacked()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
                if (line.StartsWith("RssFile:", StringComparison.Ordinal))
                    return long.Parse(line["RssFile:".Length..].Trim().Split(' ')[0]) * 1024;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return -1;
    }

    /// <summary>The file-backed part of <see cref="Summary"/>: first fifth and last fifth averaged, or null where unknown.</summary>
    public (long Start, long End)? FileBackedSummary()
    {
        lock (_samples)
        {
            if (_fileBacked.Count == 0) return null;
            int fifth = Math.Max(1, _fileBacked.Count / 5);
            return ((long)_fileBacked.Take(fifth).Average(), (long)_fileBacked.TakeLast(fifth).Average());
        }
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

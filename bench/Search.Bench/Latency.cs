namespace Search.Bench;

public sealed class Latency
{
    readonly List<double> _ms = [];

    public void Add(double ms) => _ms.Add(ms);

    public int Count => _ms.Count;

    public double Percentile(double p)
    {
        if (_ms.Count == 0) return double.NaN;
        var sorted = _ms.Order().ToList();
        int index = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
    }

    public IEnumerable<double> Samples => _ms;
}

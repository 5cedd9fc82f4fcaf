namespace Search.Index.Paragraphs;

/// <summary>
/// The best k documents seen so far, as a min-heap on (key, then lower document number first), so that ties are
/// broken the same way on every run. Keys are doubles: a float cannot tell neighbouring yyyymmdd dates apart
/// (20131204 and 20131205 are the same float), which sorting by date needs.
/// </summary>
public sealed class BestDocs(int capacity)
{
    readonly PriorityQueue<int, (double Key, int Doc)> _heap = new(capacity + 1, Comparer<(double Key, int Doc)>.Create(
        (a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : b.Doc.CompareTo(a.Doc)));

    public int Count => _heap.Count;
    public bool IsFull => _heap.Count >= capacity;

    /// <summary>The key a new document must beat once the heap is full.</summary>
    public double Threshold => _heap.TryPeek(out _, out var min) ? min.Key : double.NegativeInfinity;

    public void Offer(int doc, double key)
    {
        if (capacity == 0) return;
        if (_heap.Count < capacity) { _heap.Enqueue(doc, (key, doc)); return; }
        _heap.TryPeek(out _, out var min);
        if (key > min.Key || (key == min.Key && doc < min.Doc)) _heap.EnqueueDequeue(doc, (key, doc));
    }

    /// <summary>Best first.</summary>
    public List<(int Doc, double Key)> Drain()
    {
        var list = new List<(int, double)>(_heap.Count);
        while (_heap.TryDequeue(out var doc, out var key)) list.Add((doc, key.Key));
        list.Reverse();
        return list;
    }
}

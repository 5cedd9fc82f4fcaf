namespace Search.Index.Indexing;

/// <summary>An append-only int buffer, so that building postings allocates arrays rather than an object per posting.</summary>
internal sealed class GrowableInts(int capacity = 4)
{
    int[] _items = new int[Math.Max(1, capacity)];
    public int Count { get; private set; }

    public void Add(int value)
    {
        if (Count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        _items[Count++] = value;
    }

    public int this[int index] => _items[index];

    public void Clear() => Count = 0;

    public int[] ToArray() => _items.AsSpan(0, Count).ToArray();
}

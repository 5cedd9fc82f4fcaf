using System.Text;
using Search.Index.Documents;
using SQLitePCL;

namespace Search.Index.Storage;

/// <summary>The bulk read an index build starts from.</summary>
public sealed partial class ResolutionStore
{
    /// <summary>
    /// All paragraphs with their resolution's metadata, in index order (symbol, language, then document order),
    /// through SQLite's own row interface, so that each text's UTF-8 bytes go straight into one array without a
    /// string a row. The table is read in storage order, where each resolution's paragraphs lie together, and
    /// every row is put directly in its final place, which the paragraph counts and text sizes of the resolutions
    /// give; should the rows not lie that way, the resolutions are read one by one in index order instead.
    /// </summary>
    public StoredParagraphs ReadParagraphs()
    {
        lock (_gate)
        {
            var resolutions = ReadResolutions("")
                .OrderBy(r => r.Resolution.Symbol, StringComparer.Ordinal).ThenBy(r => r.Resolution.Language, StringComparer.Ordinal).ToList();
            var order = new Dictionary<long, int>(resolutions.Count);
            for (int r = 0; r < resolutions.Count; r++) order[resolutions[r].Id] = r;
            var counts = new int[resolutions.Count];
            var bytes = new long[resolutions.Count];
            using (var cmd = Command(null, "SELECT r.id, r.text_bytes, (SELECT count(*) FROM paragraphs p WHERE p.resolution_id = r.id) FROM resolutions r"))
            using (var reader = cmd.ExecuteReader())
                while (reader.Read())
                {
                    int r = order[reader.GetInt64(0)];
                    bytes[r] = reader.GetInt64(1);
                    counts[r] = reader.GetInt32(2);
                }
            var metadata = resolutions.Select(r => r.Resolution).ToArray();
            var db = _connection.Handle!;
            return ReadInStorageOrder(db, order, counts, bytes, metadata)
                ?? ReadResolutionByResolution(db, resolutions.Select(r => r.Id).ToList(), counts.Sum(), bytes.Sum(), metadata);
        }
    }

    StoredParagraphs? ReadInStorageOrder(sqlite3 db, Dictionary<long, int> order, int[] counts, long[] bytes, Resolution[] metadata)
    {
        int resolutions = counts.Length;
        var firstSlot = new int[resolutions + 1];
        var textStart = new long[resolutions + 1];
        for (int r = 0; r < resolutions; r++)
        {
            firstSlot[r + 1] = firstSlot[r] + counts[r];
            textStart[r + 1] = textStart[r] + bytes[r];
        }
        var nextOrdinal = new int[resolutions];
        var textAt = textStart[..^1];
        var builder = new StoredParagraphs.Builder(firstSlot[^1], textStart[^1]);
        var (keys, verbs, types) = (new Utf8Interner(), new Utf8Interner(), new Utf8Interner());
        Check(db, raw.sqlite3_prepare_v2(db, "SELECT resolution_id, ordinal, key, type, number, verb, text FROM paragraphs", out var statement));
        using (statement)
        {
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                if (!order.TryGetValue(raw.sqlite3_column_int64(statement, 0), out var r)) return null;
                int ordinal = raw.sqlite3_column_int(statement, 1);
                var text = raw.sqlite3_column_blob(statement, 6);
                if (ordinal != nextOrdinal[r] || ordinal >= counts[r] || textAt[r] + text.Length > textStart[r + 1]) return null;
                ClauseTypeNames.TryParse(types.Get(raw.sqlite3_column_blob(statement, 3)), out var type);
                builder.Place(firstSlot[r] + ordinal, textAt[r], r, ordinal, keys.Get(raw.sqlite3_column_blob(statement, 2)), type,
                    raw.sqlite3_column_int(statement, 4), verbs.Get(raw.sqlite3_column_blob(statement, 5)), text);
                nextOrdinal[r]++;
                textAt[r] += text.Length;
            }
            if (rc != raw.SQLITE_DONE) Check(db, rc);
        }
        for (int r = 0; r < resolutions; r++)
            if (nextOrdinal[r] != counts[r] || textAt[r] != textStart[r + 1]) return null;
        builder.Placed(firstSlot[^1]);
        return builder.Finish(metadata);
    }

    StoredParagraphs ReadResolutionByResolution(sqlite3 db, IReadOnlyList<long> ids, int expectedCount, long expectedBytes, Resolution[] metadata)
    {
        var builder = new StoredParagraphs.Builder(expectedCount, expectedBytes);
        var (keys, verbs, types) = (new Utf8Interner(), new Utf8Interner(), new Utf8Interner());
        Check(db, raw.sqlite3_prepare_v2(db, "SELECT ordinal, key, type, number, verb, text FROM paragraphs WHERE resolution_id = ?1 ORDER BY ordinal", out var statement));
        using (statement)
        {
            for (int r = 0; r < ids.Count; r++)
            {
                Check(db, raw.sqlite3_bind_int64(statement, 1, ids[r]));
                int rc;
                while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
                {
                    ClauseTypeNames.TryParse(types.Get(raw.sqlite3_column_blob(statement, 2)), out var type);
                    builder.Add(r, raw.sqlite3_column_int(statement, 0), keys.Get(raw.sqlite3_column_blob(statement, 1)), type,
                        raw.sqlite3_column_int(statement, 3), verbs.Get(raw.sqlite3_column_blob(statement, 4)), raw.sqlite3_column_blob(statement, 5));
                }
                if (rc != raw.SQLITE_DONE) Check(db, rc);
                Check(db, raw.sqlite3_reset(statement));
            }
        }
        return builder.Finish(metadata);
    }

    static void Check(sqlite3 db, int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_ROW or raw.SQLITE_DONE))
            throw new StoreException($"reading the store failed: {raw.sqlite3_errmsg(db).utf8_to_string()}");
    }

    /// <summary>One string for each distinct short value (clause keys, verbs, types), found without decoding to a new string.</summary>
    sealed class Utf8Interner
    {
        readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

        public string Get(ReadOnlySpan<byte> utf8)
        {
            if (utf8.Length > 256) return Encoding.UTF8.GetString(utf8);
            Span<char> chars = stackalloc char[256];
            int length = Encoding.UTF8.GetChars(utf8, chars);
            var lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(chars[..length], out var value)) return value;
            value = new string(chars[..length]);
            _values[value] = value;
            return value;
        }
    }
}

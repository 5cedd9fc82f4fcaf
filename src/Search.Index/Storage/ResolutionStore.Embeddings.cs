using System.Runtime.InteropServices;

namespace Search.Index.Storage;

/// <summary>
/// Vectors by model and text hash, and trained local models by id. Derived data kept so that it is not computed
/// twice: an unchanged paragraph is never sent to a model again, a restart on an unchanged corpus does not retrain.
/// </summary>
public sealed partial class ResolutionStore
{
    /// <summary>Every stored vector of a model, given to <paramref name="take"/> as (text hash, vector) in hash order.</summary>
    public void ReadEmbeddings(string model, Action<string, ReadOnlySpan<float>> take)
    {
        lock (_gate)
        {
            using var cmd = Command(null, "SELECT text_hash, vector FROM embeddings WHERE model = $m", ("$m", model));
            using var reader = cmd.ExecuteReader();
            byte[] buffer = [];
            while (reader.Read())
            {
                int length = (int)reader.GetBytes(1, 0, null, 0, 0);
                if (buffer.Length < length) buffer = new byte[length];
                reader.GetBytes(1, 0, buffer, 0, length);
                take(reader.GetString(0), MemoryMarshal.Cast<byte, float>(buffer.AsSpan(0, length)));
            }
        }
    }

    public void SaveEmbeddings(string model, IEnumerable<(string Hash, float[] Vector)> vectors)
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            using var cmd = Command(tx, "INSERT OR REPLACE INTO embeddings VALUES ($m, $h, $v)", ("$m", model), ("$h", ""), ("$v", Array.Empty<byte>()));
            foreach (var (hash, vector) in vectors)
            {
                cmd.Parameters["$h"].Value = hash;
                cmd.Parameters["$v"].Value = MemoryMarshal.AsBytes(vector.AsSpan()).ToArray();
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    public byte[]? LoadModel(string id)
    {
        lock (_gate)
        {
            using var cmd = Command(null, "SELECT data FROM models WHERE id = $id", ("$id", id));
            return cmd.ExecuteScalar() as byte[];
        }
    }

    /// <summary>
    /// Keeps a newly trained model. Earlier models whose id starts with <paramref name="family"/> are stale once the
    /// corpus has changed, so they and their vectors are dropped in the same transaction.
    /// </summary>
    public void SaveModel(string id, byte[] data, string family)
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            Run(tx, "DELETE FROM embeddings WHERE substr(model, 1, length($family)) = $family AND model <> $id", ("$family", family), ("$id", id));
            Run(tx, "DELETE FROM models WHERE substr(id, 1, length($family)) = $family AND id <> $id", ("$family", family), ("$id", id));
            Run(tx, "INSERT OR REPLACE INTO models VALUES ($id, $data)", ("$id", id), ("$data", data));
            tx.Commit();
        }
    }
}

using System.Runtime.InteropServices;
using System.Text;

namespace Search.Index.Semantics;

/// <summary>
/// A trained <see cref="CrossLingualLsi"/> as bytes for the store: a header, the terms in id order with their idf,
/// then the term vectors. Read back only when everything checks out; otherwise the model is trained again.
/// </summary>
public static class LsiModelFormat
{
    const string Magic = "UNLSI1";

    public static byte[] Write(CrossLingualLsi model)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(model.Id);
            writer.Write(model.Dimensions);
            writer.Write(model.Terms.Count);
            foreach (var (term, _) in model.Terms.OrderBy(t => t.Value)) writer.Write(term);
            writer.Write(MemoryMarshal.AsBytes(model.Idf.AsSpan()));
            writer.Write(MemoryMarshal.AsBytes(model.TermVectors.AsSpan()));
        }
        return stream.ToArray();
    }

    /// <summary>The model in <paramref name="data"/> if it is whole and is the one named <paramref name="expectedId"/>.</summary>
    public static CrossLingualLsi? TryRead(byte[] data, string expectedId)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(data), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadString() != expectedId) return null;
            int dimensions = reader.ReadInt32(), count = reader.ReadInt32();
            if (dimensions < 1 || count < 0 || (long)count * (dimensions + 1) * sizeof(float) > data.Length) return null;
            var terms = new Dictionary<string, int>(count, StringComparer.Ordinal);
            for (int i = 0; i < count; i++) terms.Add(reader.ReadString(), i);
            var idf = ReadFloats(reader, count);
            var vectors = ReadFloats(reader, count * dimensions);
            if (idf is null || vectors is null || reader.BaseStream.Position != data.Length) return null;
            return new CrossLingualLsi { Id = expectedId, Dimensions = dimensions, Terms = terms, Idf = idf, TermVectors = vectors };
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    static float[]? ReadFloats(BinaryReader reader, int count)
    {
        var bytes = reader.ReadBytes(count * sizeof(float));
        return bytes.Length == count * sizeof(float) ? MemoryMarshal.Cast<byte, float>(bytes).ToArray() : null;
    }
}

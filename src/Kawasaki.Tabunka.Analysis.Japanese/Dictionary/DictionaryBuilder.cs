using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Kawasaki.Tabunka.Analysis.Japanese.Dictionary;

/// <summary>
/// Compiles IPADIC's source into the one binary the library embeds. Every ordering is
/// ordinal and every table is filled in first-seen order, so the same source always gives
/// the same bytes.
/// </summary>
public static class DictionaryBuilder
{
    internal const string Magic = "TBKJDIC1";

    /// <summary>Reads the source directory and returns the Brotli-compressed dictionary.</summary>
    public static byte[] BuildCompressed(string sourceDirectory)
    {
        var raw = Build(DictionarySource.Read(sourceDirectory));
        using var output = new MemoryStream();
        using (var encoder = new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            encoder.Write(raw);
        }

        return output.ToArray();
    }

    internal static byte[] Build(DictionarySource source)
    {
        // A stable sort keeps homographs in file order, as MeCab's compiler does; the first
        // of two otherwise equal rows then wins a tie in both.
        var rows = source.Rows.OrderBy(r => r.Surface, StringComparer.Ordinal).ToList();

        var posTable = new Interner();
        var strings = new Interner();
        var n = rows.Count;
        var left = new short[n];
        var right = new short[n];
        var cost = new short[n];
        var pos = new int[n];
        var baseForm = new int[n];
        var reading = new int[n];
        var pronunciation = new int[n];
        for (var i = 0; i < n; i++)
        {
            var row = rows[i];
            var f = row.Features;
            left[i] = row.Left;
            right[i] = row.Right;
            cost[i] = row.Cost;
            pos[i] = posTable.Id(string.Join(',', f[0], f[1], f[2], f[3], f[4], f[5]));
            baseForm[i] = f[6] == row.Surface ? -1 : strings.Id(f[6]);
            reading[i] = strings.Id(f[7]);
            pronunciation[i] = f[8] == f[7] ? -1 : strings.Id(f[8]);
        }

        var trie = TrieBuilder.Build(rows);

        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(System.Text.Encoding.ASCII.GetBytes(Magic));
            w.Write(source.Categories.Count);
            foreach (var category in source.Categories)
            {
                w.Write(category.Name);
                w.Write(category.Invoke);
                w.Write(category.Group);
                w.Write(category.Length);
            }

            w.Write(source.PrimaryClass);
            WriteArray(w, source.ClassMask);
            w.Write(source.Unknown.Count);
            foreach (var unknown in source.Unknown)
            {
                w.Write(unknown.Category);
                w.Write(unknown.Left);
                w.Write(unknown.Right);
                w.Write(unknown.Cost);
                w.Write(unknown.Feature);
            }

            w.Write(source.MatrixRight);
            w.Write(source.MatrixLeft);
            WriteArray(w, source.Matrix);
            posTable.Write(w);
            strings.Write(w);
            w.Write(n);
            WriteArray(w, left);
            WriteArray(w, right);
            WriteArray(w, cost);
            WriteArray(w, pos);
            WriteArray(w, baseForm);
            WriteArray(w, reading);
            WriteArray(w, pronunciation);
            w.Write(trie.NodeCount);
            WriteArray(w, trie.EdgeStart);
            WriteArray(w, trie.WordStart);
            w.Write(trie.Labels.Length);
            WriteArray(w, trie.Labels);
            WriteArray(w, trie.Targets);
        }

        return buffer.ToArray();
    }

    internal static void WriteArray<T>(BinaryWriter w, T[] values)
        where T : struct
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("the dictionary format is little-endian");
        }

        w.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    /// <summary>Gives each distinct string an id in first-seen order.</summary>
    private sealed class Interner
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _values = [];

        public int Id(string value)
        {
            if (!_ids.TryGetValue(value, out var id))
            {
                id = _values.Count;
                _ids.Add(value, id);
                _values.Add(value);
            }

            return id;
        }

        /// <summary>One char pool with offsets, so that loading is two array reads.</summary>
        public void Write(BinaryWriter w)
        {
            var offsets = new int[_values.Count + 1];
            var length = 0;
            for (var i = 0; i < _values.Count; i++)
            {
                offsets[i] = length;
                length += _values[i].Length;
            }

            offsets[^1] = length;
            var pool = new char[length];
            for (var i = 0; i < _values.Count; i++)
            {
                _values[i].CopyTo(pool.AsSpan(offsets[i]));
            }

            w.Write(_values.Count);
            WriteArray(w, offsets);
            WriteArray(w, pool);
        }
    }
}

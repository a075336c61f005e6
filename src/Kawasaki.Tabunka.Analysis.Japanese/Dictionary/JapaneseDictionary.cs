using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Kawasaki.Tabunka.Analysis.Japanese.Dictionary;

/// <summary>
/// The compiled IPADIC: surface trie, word entries, connection costs, character classes and
/// unknown-word entries. Immutable once loaded, so one instance serves every tokenizer on
/// every thread; load it through <see cref="Shared"/>, never per analyzer.
/// </summary>
public sealed class JapaneseDictionary
{
    private static readonly Lazy<JapaneseDictionary> SharedInstance = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly int[] _rootChild = new int[65536];
    private readonly int[] _edgeStart;
    private readonly int[] _wordStart;
    private readonly char[] _labels;
    private readonly int[] _targets;
    private readonly short[] _matrix;
    private readonly int _matrixRight;
    private readonly string[] _posTable;
    private readonly int[] _stringOffsets;
    private readonly char[] _stringPool;
    private readonly int[] _pos;
    private readonly int[] _baseForm;
    private readonly int[] _reading;
    private readonly int[] _pronunciation;

    private JapaneseDictionary(byte[] data)
    {
        var reader = new SpanReader(data);
        if (reader.Ascii(DictionaryBuilder.Magic.Length) != DictionaryBuilder.Magic)
        {
            throw new InvalidDataException("not a Kawasaki Tabunka Japanese dictionary (bad magic)");
        }

        var categoryCount = reader.Int32();
        var categories = new CharCategory[categoryCount];
        for (var i = 0; i < categoryCount; i++)
        {
            categories[i] = new CharCategory(reader.String(), reader.Bool(), reader.Bool(), reader.Int32());
        }

        Categories = categories;
        PrimaryClass = reader.Array<byte>(65536);
        ClassMask = reader.Array<ushort>(65536);
        var unknownCount = reader.Int32();
        var unknownByCategory = new List<UnknownEntry>[categoryCount];
        for (var i = 0; i < categoryCount; i++)
        {
            unknownByCategory[i] = [];
        }

        for (var i = 0; i < unknownCount; i++)
        {
            var category = reader.Int32();
            unknownByCategory[category].Add(new UnknownEntry(reader.Int16(), reader.Int16(), reader.Int16(), reader.String()));
        }

        UnknownEntries = [.. unknownByCategory.Select(l => l.ToArray())];
        _matrixRight = reader.Int32();
        var matrixLeft = reader.Int32();
        _matrix = reader.Array<short>(_matrixRight * matrixLeft);
        var posCount = reader.Int32();
        var posOffsets = reader.Array<int>(posCount + 1);
        var posPool = reader.Array<char>(posOffsets[^1]);
        _posTable = new string[posCount];
        for (var i = 0; i < posCount; i++)
        {
            _posTable[i] = new string(posPool, posOffsets[i], posOffsets[i + 1] - posOffsets[i]);
        }

        var stringCount = reader.Int32();
        _stringOffsets = reader.Array<int>(stringCount + 1);
        _stringPool = reader.Array<char>(_stringOffsets[^1]);
        EntryCount = reader.Int32();
        LeftId = reader.Array<short>(EntryCount);
        RightId = reader.Array<short>(EntryCount);
        WordCost = reader.Array<short>(EntryCount);
        _pos = reader.Array<int>(EntryCount);
        _baseForm = reader.Array<int>(EntryCount);
        _reading = reader.Array<int>(EntryCount);
        _pronunciation = reader.Array<int>(EntryCount);
        NodeCount = reader.Int32();
        _edgeStart = reader.Array<int>(NodeCount + 1);
        _wordStart = reader.Array<int>(NodeCount + 1);
        var edgeCount = reader.Int32();
        _labels = reader.Array<char>(edgeCount);
        _targets = reader.Array<int>(edgeCount);
        if (!reader.AtEnd)
        {
            throw new InvalidDataException("the dictionary has trailing bytes");
        }

        // The root has thousands of children; a direct table makes the first step of every
        // lookup one array read.
        Array.Fill(_rootChild, -1);
        for (var e = _edgeStart[0]; e < _edgeStart[1]; e++)
        {
            _rootChild[_labels[e]] = _targets[e];
        }
    }

    /// <summary>The dictionary embedded in this library, loaded once per process.</summary>
    public static JapaneseDictionary Shared => SharedInstance.Value;

    public int EntryCount { get; }

    public int NodeCount { get; }

    internal IReadOnlyList<CharCategory> Categories { get; }

    internal byte[] PrimaryClass { get; }

    internal ushort[] ClassMask { get; }

    internal UnknownEntry[][] UnknownEntries { get; }

    internal short[] LeftId { get; }

    internal short[] RightId { get; }

    internal short[] WordCost { get; }

    /// <summary>Loads a dictionary from compressed bytes, as <c>build-dictionary</c> writes them.</summary>
    public static JapaneseDictionary Load(Stream compressed)
    {
        using var brotli = new BrotliStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        brotli.CopyTo(raw);
        return new JapaneseDictionary(raw.ToArray());
    }

    /// <summary>The uncompressed dictionary the build puts beside the assembly.</summary>
    internal const string UncompressedFileName = "ipadic.dic";

    /// <summary>Loads the dictionary from uncompressed bytes (<see cref="UncompressedFileName"/>).</summary>
    internal static JapaneseDictionary LoadUncompressed(byte[] data) => new(data);

    private static JapaneseDictionary LoadEmbedded()
    {
        // The uncompressed copy reads in a few milliseconds; decompressing the embedded one
        // takes about 190 ms, paid by every start of the site and of every tool verb.
        var beside = Path.Combine(AppContext.BaseDirectory, UncompressedFileName);
        if (File.Exists(beside))
        {
            try
            {
                return new JapaneseDictionary(File.ReadAllBytes(beside));
            }
            catch (InvalidDataException)
            {
                // A damaged copy: the embedded dictionary is the reference.
            }
        }

        using var stream = typeof(JapaneseDictionary).Assembly.GetManifestResourceStream("ipadic.dic.br")
            ?? throw new InvalidOperationException("the embedded dictionary ipadic.dic.br is missing from the build");
        return Load(stream);
    }

    /// <summary>Connection cost from a word with right id <paramref name="prevRight"/> to a word with left id <paramref name="nextLeft"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Connection(int prevRight, int nextLeft) => _matrix[(nextLeft * _matrixRight) + prevRight];

    /// <summary>The trie node reached from <paramref name="node"/> by <paramref name="label"/>, or -1. Node 0 is the root.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Step(int node, char label)
    {
        if (node == 0)
        {
            return _rootChild[label];
        }

        var lo = _edgeStart[node];
        var hi = _edgeStart[node + 1] - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var l = _labels[mid];
            if (l == label)
            {
                return _targets[mid];
            }

            if (l < label)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>The entries whose surface ends at <paramref name="node"/>: [start, end).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (int Start, int End) Words(int node) => (_wordStart[node], _wordStart[node + 1]);

    /// <summary>Part of speech levels 1–4, conjugation type and form, comma-separated as in IPADIC.</summary>
    public string PosAndInflection(int entry) => _posTable[_pos[entry]];

    /// <summary>The base form, or null when it equals the surface.</summary>
    public string? BaseForm(int entry) => _baseForm[entry] < 0 ? null : PoolString(_baseForm[entry]);

    public string Reading(int entry) => PoolString(_reading[entry]);

    public string Pronunciation(int entry) => _pronunciation[entry] < 0 ? Reading(entry) : PoolString(_pronunciation[entry]);

    /// <summary>The nine IPADIC features as MeCab prints them.</summary>
    public string Features(int entry, ReadOnlySpan<char> surface) =>
        string.Join(',', PosAndInflection(entry), BaseForm(entry) ?? surface.ToString(), Reading(entry), Pronunciation(entry));

    private string PoolString(int id) => new(_stringPool, _stringOffsets[id], _stringOffsets[id + 1] - _stringOffsets[id]);

    private ref struct SpanReader(ReadOnlySpan<byte> data)
    {
        private ReadOnlySpan<byte> _rest = data;

        public readonly bool AtEnd => _rest.IsEmpty;

        public int Int32() => BitConverter.ToInt32(Take(4));

        public short Int16() => BitConverter.ToInt16(Take(2));

        public bool Bool() => Take(1)[0] != 0;

        public string Ascii(int length) => System.Text.Encoding.ASCII.GetString(Take(length));

        /// <summary>A string as <see cref="BinaryWriter.Write(string)"/> writes it: 7-bit encoded length, UTF-8.</summary>
        public string String()
        {
            var length = 0;
            var shift = 0;
            byte b;
            do
            {
                b = Take(1)[0];
                length |= (b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            return System.Text.Encoding.UTF8.GetString(Take(length));
        }

        public T[] Array<T>(int count)
            where T : struct
        {
            var bytes = Take(checked(count * Unsafe.SizeOf<T>()));
            return MemoryMarshal.Cast<byte, T>(bytes).ToArray();
        }

        private ReadOnlySpan<byte> Take(int count)
        {
            if (count < 0 || count > _rest.Length)
            {
                throw new InvalidDataException("the dictionary is truncated");
            }

            var head = _rest[..count];
            _rest = _rest[count..];
            return head;
        }
    }
}

/// <summary>An unknown-word entry of one character category (a row of unk.def).</summary>
internal sealed record UnknownEntry(short Left, short Right, short Cost, string Feature);

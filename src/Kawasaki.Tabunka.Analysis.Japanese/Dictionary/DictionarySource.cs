using System.Globalization;

namespace Kawasaki.Tabunka.Analysis.Japanese.Dictionary;

/// <summary>One row of an IPADIC CSV file: surface, context ids, cost and nine features.</summary>
internal sealed record DictionaryRow(string Surface, short Left, short Right, short Cost, string[] Features);

/// <summary>A category line of <c>char.def</c>: whether unknown-word processing runs even
/// where dictionary words start (invoke), whether a run is proposed (group), and how many
/// prefixes of 1..length characters are proposed.</summary>
internal sealed record CharCategory(string Name, bool Invoke, bool Group, int Length);

/// <summary>A row of <c>unk.def</c>: the costs and features of an unknown word of one category.</summary>
internal sealed record UnknownRow(int Category, short Left, short Right, short Cost, string Feature);

/// <summary>
/// The IPADIC source files as the seed package carries them (UTF-8), read and checked.
/// Errors name the file and line, because a broken source must not produce a dictionary.
/// </summary>
internal sealed class DictionarySource
{
    /// <summary>The row Debian's IPADIC and Lucene's build add for the 2019 era name; the
    /// seed predates it.</summary>
    public const string ReiwaRow = "令和,1288,1288,5904,名詞,固有名詞,一般,*,*,*,令和,レイワ,レイワ";

    private DictionarySource(
        IReadOnlyList<DictionaryRow> rows,
        IReadOnlyList<CharCategory> categories,
        byte[] primaryClass,
        ushort[] classMask,
        IReadOnlyList<UnknownRow> unknown,
        int matrixRight,
        int matrixLeft,
        short[] matrix)
    {
        Rows = rows;
        Categories = categories;
        PrimaryClass = primaryClass;
        ClassMask = classMask;
        Unknown = unknown;
        MatrixRight = matrixRight;
        MatrixLeft = matrixLeft;
        Matrix = matrix;
    }

    /// <summary>Every CSV row, files in ordinal name order, rows in file order.</summary>
    public IReadOnlyList<DictionaryRow> Rows { get; }

    public IReadOnlyList<CharCategory> Categories { get; }

    /// <summary>Primary category of every UTF-16 unit.</summary>
    public byte[] PrimaryClass { get; }

    /// <summary>Bitmask of every category a UTF-16 unit is listed under.</summary>
    public ushort[] ClassMask { get; }

    public IReadOnlyList<UnknownRow> Unknown { get; }

    public int MatrixRight { get; }

    public int MatrixLeft { get; }

    /// <summary>Connection costs, indexed <c>[nextLeft * MatrixRight + prevRight]</c>.</summary>
    public short[] Matrix { get; }

    public static DictionarySource Read(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DictionarySourceException($"{directory}: no such directory");
        }

        var csvFiles = Directory.GetFiles(directory, "*.csv")
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .ToList();
        if (csvFiles.Count == 0)
        {
            throw new DictionarySourceException($"{directory}: no *.csv files; expected IPADIC's source");
        }

        var rows = new List<DictionaryRow>(400_000);
        var hasReiwa = false;
        foreach (var file in csvFiles)
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                if (line.Length == 0)
                {
                    continue;
                }

                var row = ParseRow(line, file, lineNumber);
                hasReiwa |= row.Surface == "令和";
                rows.Add(row);
            }

            if (!hasReiwa && Path.GetFileName(file) == "Noun.proper.csv")
            {
                rows.Add(ParseRow(ReiwaRow, "(added)", 1));
                hasReiwa = true;
            }
        }

        if (!hasReiwa)
        {
            rows.Add(ParseRow(ReiwaRow, "(added)", 1));
        }

        var (categories, primary, mask) = ReadCharDef(Path.Combine(directory, "char.def"));
        var unknown = ReadUnknown(Path.Combine(directory, "unk.def"), categories);
        var (right, left, matrix) = ReadMatrix(Path.Combine(directory, "matrix.def"));
        return new DictionarySource(rows, categories, primary, mask, unknown, right, left, matrix);
    }

    private static DictionaryRow ParseRow(string line, string file, int lineNumber)
    {
        var fields = line.Split(',');
        if (fields.Length != 13)
        {
            throw new DictionarySourceException($"{file}:{lineNumber}: expected 13 fields, found {fields.Length}");
        }

        return new DictionaryRow(
            fields[0],
            ParseShort(fields[1], file, lineNumber),
            ParseShort(fields[2], file, lineNumber),
            ParseShort(fields[3], file, lineNumber),
            fields[4..]);
    }

    private static short ParseShort(string text, string file, int lineNumber) =>
        short.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DictionarySourceException($"{file}:{lineNumber}: '{text}' is not a 16-bit number");

    private static (List<CharCategory>, byte[], ushort[]) ReadCharDef(string path)
    {
        if (!File.Exists(path))
        {
            throw new DictionarySourceException($"{path}: missing");
        }

        var categories = new List<CharCategory>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var primary = new byte[65536];
        var mask = new ushort[65536];
        var mappings = new List<(int Lo, int Hi, string[] Names, int Line)>();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts[0].StartsWith("0x", StringComparison.Ordinal))
            {
                var range = parts[0].Split("..");
                var lo = int.Parse(range[0].AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                var hi = range.Length > 1 ? int.Parse(range[1].AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) : lo;
                mappings.Add((lo, hi, parts[1..], lineNumber));
            }
            else
            {
                if (parts.Length != 4)
                {
                    throw new DictionarySourceException($"{path}:{lineNumber}: expected NAME INVOKE GROUP LENGTH");
                }

                ids[parts[0]] = categories.Count;
                categories.Add(new CharCategory(
                    parts[0],
                    parts[1] == "1",
                    parts[2] == "1",
                    int.Parse(parts[3], CultureInfo.InvariantCulture)));
            }
        }

        if (!ids.TryGetValue("DEFAULT", out var defaultId) || categories.Count > 16)
        {
            throw new DictionarySourceException($"{path}: needs a DEFAULT category and at most 16 categories");
        }

        Array.Fill(primary, (byte)defaultId);
        Array.Fill(mask, (ushort)(1 << defaultId));
        foreach (var (lo, hi, names, line) in mappings)
        {
            ushort bits = 0;
            foreach (var name in names)
            {
                if (!ids.TryGetValue(name, out var id))
                {
                    throw new DictionarySourceException($"{path}:{line}: unknown category {name}");
                }

                bits |= (ushort)(1 << id);
            }

            // Later lines overwrite earlier ones, as in MeCab; coverage is the BMP only.
            for (var c = lo; c <= Math.Min(hi, 0xFFFF); c++)
            {
                primary[c] = (byte)ids[names[0]];
                mask[c] = bits;
            }
        }

        return (categories, primary, mask);
    }

    private static List<UnknownRow> ReadUnknown(string path, List<CharCategory> categories)
    {
        if (!File.Exists(path))
        {
            throw new DictionarySourceException($"{path}: missing");
        }

        var rows = new List<UnknownRow>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(',', 5);
            var category = categories.FindIndex(c => c.Name == fields[0]);
            if (fields.Length != 5 || category < 0)
            {
                throw new DictionarySourceException($"{path}:{lineNumber}: expected CATEGORY,left,right,cost,features");
            }

            rows.Add(new UnknownRow(
                category,
                ParseShort(fields[1], path, lineNumber),
                ParseShort(fields[2], path, lineNumber),
                ParseShort(fields[3], path, lineNumber),
                fields[4]));
        }

        return rows;
    }

    private static (int, int, short[]) ReadMatrix(string path)
    {
        if (!File.Exists(path))
        {
            throw new DictionarySourceException($"{path}: missing");
        }

        using var reader = new StreamReader(path);
        var header = reader.ReadLine()?.Split(' ') ?? [];
        if (header.Length != 2
            || !int.TryParse(header[0], CultureInfo.InvariantCulture, out var rightSize)
            || !int.TryParse(header[1], CultureInfo.InvariantCulture, out var leftSize))
        {
            throw new DictionarySourceException($"{path}:1: expected 'rightSize leftSize'");
        }

        var matrix = new short[rightSize * leftSize];
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var span = line.AsSpan();
            var first = span.IndexOf(' ');
            var second = first < 0 ? -1 : span[(first + 1)..].IndexOf(' ') + first + 1;
            if (first < 0 || second <= first
                || !int.TryParse(span[..first], CultureInfo.InvariantCulture, out var prevRight)
                || !int.TryParse(span[(first + 1)..second], CultureInfo.InvariantCulture, out var nextLeft)
                || !short.TryParse(span[(second + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var cost)
                || prevRight >= rightSize || nextLeft >= leftSize)
            {
                throw new DictionarySourceException($"{path}:{lineNumber}: expected 'prevRight nextLeft cost'");
            }

            matrix[(nextLeft * rightSize) + prevRight] = cost;
        }

        return (rightSize, leftSize, matrix);
    }
}

/// <summary>The dictionary source is missing or malformed.</summary>
public sealed class DictionarySourceException(string message) : Exception(message);

using System.Globalization;

namespace Kawasaki.Tabunka.Analysis.Japanese;

/// <summary>
/// City terms the system dictionary splits badly, in Lucene's CSV format:
/// <c>surface,segments,readings,part of speech</c>, segments and readings separated by
/// spaces, <c>#</c> starting a comment. A match always wins over the system dictionary at
/// its start and is emitted as its segments. Everything is validated at load, with the
/// line number in the error, because a bad entry would otherwise corrupt every search.
/// </summary>
public sealed class UserDictionary
{
    /// <summary>Cost and context ids that Lucene gives every user entry: cheap enough to win.</summary>
    internal const int EntryCost = -100000;
    internal const short ContextId = 5;

    private readonly Dictionary<long, int> _children = [];
    private readonly List<int> _entryAt = [-1];

    private UserDictionary(IReadOnlyList<UserEntry> entries)
    {
        Entries = entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var node = 0;
            foreach (var c in entries[i].Surface)
            {
                var key = ((long)node << 16) | c;
                if (!_children.TryGetValue(key, out var child))
                {
                    child = _entryAt.Count;
                    _entryAt.Add(-1);
                    _children.Add(key, child);
                }

                node = child;
            }

            _entryAt[node] = i;
        }
    }

    public IReadOnlyList<UserEntry> Entries { get; }

    public static UserDictionary Parse(TextReader reader)
    {
        var entries = new List<UserEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length != 4)
            {
                throw new FormatException($"user dictionary line {lineNumber}: expected surface,segments,readings,part of speech");
            }

            var surface = fields[0].Trim();
            var segments = fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var readings = fields[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var pos = fields[3].Trim();
            if (surface.Length == 0 || segments.Length == 0 || pos.Length == 0)
            {
                throw new FormatException($"user dictionary line {lineNumber}: surface, segments and part of speech must not be empty");
            }

            if (segments.Length != readings.Length)
            {
                throw new FormatException($"user dictionary line {lineNumber}: {segments.Length} segments but {readings.Length} readings");
            }

            if (string.Concat(segments) != surface)
            {
                throw new FormatException($"user dictionary line {lineNumber}: the segments do not spell '{surface}'");
            }

            if (segments.Any(s => char.IsLowSurrogate(s[0]) || char.IsHighSurrogate(s[^1])))
            {
                throw new FormatException($"user dictionary line {lineNumber}: a segment splits a surrogate pair");
            }

            if (!seen.Add(surface))
            {
                throw new FormatException($"user dictionary line {lineNumber}: '{surface}' is already defined");
            }

            entries.Add(new UserEntry(surface, segments, readings, pos));
        }

        return new UserDictionary(entries);
    }

    public static UserDictionary Parse(string text) => Parse(new StringReader(text));

    /// <summary>Adds (entry, length) to <paramref name="found"/> for each entry that starts at <paramref name="start"/>.</summary>
    internal void Matches(ReadOnlySpan<char> text, int start, List<(int Entry, int Length)> found)
    {
        var node = 0;
        for (var i = start; i < text.Length; i++)
        {
            if (!_children.TryGetValue(((long)node << 16) | text[i], out node))
            {
                return;
            }

            if (_entryAt[node] >= 0)
            {
                found.Add((_entryAt[node], i - start + 1));
            }
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Entries.Count} user entries");
}

/// <summary>A user dictionary entry: the surface and how to emit it.</summary>
public sealed record UserEntry(string Surface, IReadOnlyList<string> Segments, IReadOnlyList<string> Readings, string PartOfSpeech);

namespace Kawasaki.Tabunka.Analysis.Japanese.Dictionary;

/// <summary>
/// Builds the surface trie from rows sorted by surface. Nodes are numbered in depth-first
/// preorder with children in label order, so the k-th node that ends a surface is the k-th
/// distinct surface: a node's words are the rows between two running counts and need no
/// pointer of their own.
/// </summary>
internal static class TrieBuilder
{
    internal sealed record Result(int NodeCount, int[] EdgeStart, int[] WordStart, char[] Labels, int[] Targets);

    public static Result Build(IReadOnlyList<DictionaryRow> sortedRows)
    {
        // Distinct surfaces with the number of rows of each.
        var surfaces = new List<string>();
        var counts = new List<int>();
        foreach (var row in sortedRows)
        {
            if (surfaces.Count > 0 && surfaces[^1] == row.Surface)
            {
                counts[^1]++;
            }
            else
            {
                surfaces.Add(row.Surface);
                counts.Add(1);
            }
        }

        var edgeStart = new List<int>();
        var words = new List<int>();
        var labels = new List<char>();
        var targets = new List<int>();

        int AddNode(int lo, int hi, int depth)
        {
            var node = edgeStart.Count;
            var ownWords = 0;
            if (surfaces[lo].Length == depth)
            {
                ownWords = counts[lo];
                lo++;
            }

            words.Add(ownWords);

            // Reserve this node's edges before any child is numbered, so that edge ranges
            // follow node order.
            var groups = new List<(char Label, int Lo, int Hi)>();
            for (var i = lo; i < hi;)
            {
                var label = surfaces[i][depth];
                var j = i + 1;
                while (j < hi && surfaces[j][depth] == label)
                {
                    j++;
                }

                groups.Add((label, i, j));
                i = j;
            }

            edgeStart.Add(labels.Count);
            var first = labels.Count;
            foreach (var group in groups)
            {
                labels.Add(group.Label);
                targets.Add(-1);
            }

            for (var g = 0; g < groups.Count; g++)
            {
                targets[first + g] = AddNode(groups[g].Lo, groups[g].Hi, depth + 1);
            }

            return node;
        }

        // The root has no surface of its own; an empty surface cannot occur in IPADIC.
        surfaces.Insert(0, "");
        counts.Insert(0, 0);
        AddNode(0, surfaces.Count, 0);

        var nodeCount = edgeStart.Count;
        var edgeStartArray = new int[nodeCount + 1];
        edgeStart.CopyTo(edgeStartArray);
        edgeStartArray[nodeCount] = labels.Count;
        var wordStart = new int[nodeCount + 1];
        for (var i = 0; i < nodeCount; i++)
        {
            wordStart[i + 1] = wordStart[i] + words[i];
        }

        return new Result(nodeCount, edgeStartArray, wordStart, [.. labels], [.. targets]);
    }
}

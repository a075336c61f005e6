using Kawasaki.Tabunka.Analysis.Japanese.TokenAttributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Kawasaki.Tabunka.Analysis.Japanese.Tests;

/// <summary>Runs token streams and tokenizers for assertions.</summary>
internal static class TestText
{
    public static List<string> Terms(Analyzer analyzer, string text) => Tokens(analyzer, text).Select(t => t.Term).ToList();

    public static List<(string Term, int Increment, int Length, int Start, int End)> Tokens(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream("f", new StringReader(text));
        return Drain(stream);
    }

    public static List<(string Term, int Increment, int Length, int Start, int End)> Drain(TokenStream stream)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var length = stream.AddAttribute<IPositionLengthAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var result = new List<(string, int, int, int, int)>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            result.Add((term.ToString(), increment.PositionIncrement, length.PositionLength, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return result;
    }

    public static List<string> Surfaces(string text, TokenizerMode mode = TokenizerMode.Normal, UnknownWordRules rules = UnknownWordRules.Lucene, UserDictionary? user = null, bool discardPunctuation = true)
    {
        using var tokenizer = new JapaneseTokenizer(new StringReader(text), user, discardPunctuation, mode, rules);
        return Drain(tokenizer).Select(t => t.Term).ToList();
    }

    /// <summary>The tokenizer's tokens with their attributes.</summary>
    public static List<(string Surface, string? BaseForm, string? Pos, string? Reading, string? Pronunciation, string? InflectionType, string? InflectionForm)> Details(string text, TokenizerMode mode = TokenizerMode.Normal)
    {
        using var tokenizer = new JapaneseTokenizer(new StringReader(text), mode: mode);
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        var baseForm = tokenizer.AddAttribute<IBaseFormAttribute>();
        var pos = tokenizer.AddAttribute<IPartOfSpeechAttribute>();
        var reading = tokenizer.AddAttribute<IReadingAttribute>();
        var inflection = tokenizer.AddAttribute<IInflectionAttribute>();
        var result = new List<(string, string?, string?, string?, string?, string?, string?)>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken())
        {
            result.Add((term.ToString(), baseForm.BaseForm, pos.PartOfSpeech, reading.Reading, reading.Pronunciation, inflection.InflectionType, inflection.InflectionForm));
        }

        tokenizer.End();
        return result;
    }

    /// <summary>The repository root: the folder holding Kawasaki.Tabunka.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kawasaki.Tabunka.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Kawasaki.Tabunka.sln not found above " + AppContext.BaseDirectory);
    }
}

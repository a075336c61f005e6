using Kawasaki.Tabunka.Search;

namespace Kawasaki.Tabunka.Search.Tests;

public class QueryTextTests
{
    [Theory]
    [InlineData("  shelter  ", "shelter")]
    [InlineData("dong\t\tdat\n", "dong dat")]
    [InlineData("a\u0000b\u0007c", "a b c")]
    [InlineData("避難所\u200B", "避難所")]
    [InlineData("title:x OR y*", "title x OR y*")]
    public void Whitespace_and_control_characters_are_cleaned(string raw, string expected)
    {
        Assert.Equal((expected, QueryProblem.None), QueryText.Normalize(raw));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \u0000\t ")]
    public void Nothing_to_search_is_empty(string? raw)
    {
        Assert.Equal(QueryProblem.Empty, QueryText.Normalize(raw).Problem);
    }

    [Fact]
    public void More_than_two_hundred_characters_is_too_long()
    {
        Assert.Equal(QueryProblem.TooLong, QueryText.Normalize(new string('x', 201)).Problem);
        Assert.Equal(QueryProblem.TooLong, QueryText.Normalize(new string('(', 20_000)).Problem);
        Assert.Equal(QueryProblem.None, QueryText.Normalize(new string('x', 200)).Problem);
    }
}

using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;

namespace Kawasaki.Tabunka.Core.Tests.Content;

public sealed class GuideTests : IDisposable
{
    private static readonly LanguageRegistry Languages = new();
    private readonly ContentFolder _content = new();

    public void Dispose() => _content.Dispose();

    private Guide Load()
    {
        var library = new ContentLoader(Languages).Load(_content.Root);
        return Assert.Single(library.Guides);
    }

    private string SourceRevision() => Revision.Of(GuideFile.Parse(File.ReadAllText(Path.Combine(_content.Root, "disaster/call-119/ja-easy.md"))).Body);

    [Fact]
    public void A_translation_from_the_current_source_is_current_and_an_older_one_outdated()
    {
        _content.Write("disaster/call-119/ja-easy.md", ContentFolder.Guide(body: "{火事|かじ}です。"));
        var revision = SourceRevision();
        _content.Write("disaster/call-119/en.md", ContentFolder.Guide(source: revision));
        _content.Write("disaster/call-119/vi.md", ContentFolder.Guide(source: "00000000"));
        _content.Write("disaster/call-119/th.md", ContentFolder.Guide());

        var guide = Load();

        Assert.Equal(TranslationState.Source, guide.StateOf("ja-easy"));
        Assert.Equal(TranslationState.Current, guide.StateOf("en"));
        Assert.Equal(TranslationState.Outdated, guide.StateOf("vi"));
        Assert.Equal(TranslationState.Outdated, guide.StateOf("th"));
        Assert.Equal(TranslationState.Missing, guide.StateOf("ne"));
    }

    [Fact]
    public void Changing_the_source_text_outdates_its_translations()
    {
        _content.Write("disaster/call-119/ja-easy.md", ContentFolder.Guide(body: "{火事|かじ}です。"));
        _content.Write("disaster/call-119/en.md", ContentFolder.Guide(source: SourceRevision()));
        _content.Write("disaster/call-119/ja-easy.md", ContentFolder.Guide(body: "{火事|かじ}です。119に {電話|でんわ}します。"));

        Assert.Equal(TranslationState.Outdated, Load().StateOf("en"));
    }

    [Theory]
    [InlineData("vi", "vi")]
    [InlineData("ne", "ja-easy")]
    [InlineData("ja", "ja-easy")]
    public void A_reader_gets_their_language_else_the_first_of_its_fallback_chain(string reader, string shown)
    {
        _content.Write("disaster/call-119/ja-easy.md", ContentFolder.Guide());
        _content.Write("disaster/call-119/en.md", ContentFolder.Guide());
        _content.Write("disaster/call-119/vi.md", ContentFolder.Guide());

        Assert.Equal(shown, Load().BestFor(Languages.Get(reader), Languages).Language);
    }

    [Fact]
    public void Without_easy_japanese_the_fallback_goes_on_to_english()
    {
        _content.Write("disaster/call-119/en.md", ContentFolder.Guide());
        _content.Write("disaster/call-119/th.md", ContentFolder.Guide());

        Assert.Equal("en", Load().BestFor(Languages.Get("ne"), Languages).Language);
    }

    [Fact]
    public void A_guide_in_a_language_outside_every_chain_is_still_shown()
    {
        _content.Write("disaster/call-119/th.md", ContentFolder.Guide());

        Assert.Equal("th", Load().BestFor(Languages.Get("vi"), Languages).Language);
    }
}

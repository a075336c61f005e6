using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;

namespace Kawasaki.Tabunka.Core.Tests.Content;

/// <summary>
/// The checks across files: a translation that claims the current source keeps its outline,
/// and no guide writes a phone number outside the places directory.
/// </summary>
public sealed class ContentValidatorTests : IDisposable
{
    private const string Source = """
        ## {地震|じしん}の とき

        > [!WARNING]
        > {外|そと}に {出|で}ないで ください。

        - {机|つくえ}の {下|した}に {入|はい}ります。
        - [119](guide:call-119)を {見|み}ます。

        ## {聞|き}く ところ

        [{区役所|くやくしょ}](place:ward-office)で {聞|き}きます。{急|きゅう}な ときは [119](tel:119)。
        """;

    private readonly ContentFolder _content = new();
    private readonly ContentLoader _loader = new(new LanguageRegistry());

    public ContentValidatorTests()
    {
        _content.Write("places/ward-office/place.yml", "kind: ward-office\nofficial_name: 区役所\nsource: s\n");
        _content.Write("places/ward-office/ja-easy.yml", "name: \"{区役所|くやくしょ}\"\n");
        _content.Write("disaster/call-119/ja-easy.md", ContentFolder.Guide("119"));
        _content.Write("disaster/quake/ja-easy.md", ContentFolder.Guide("{地震|じしん}", Source, extra: "places:\n  - id: ward-office\n"));
    }

    public void Dispose() => _content.Dispose();

    private string Revision => Core.Content.Revision.Of(GuideFile.Parse(File.ReadAllText(Path.Combine(_content.Root, "disaster/quake/ja-easy.md"))).Body);

    private List<string> Problems(string translationBody, string? source = null, string places = "places:\n  - id: ward-office\n")
    {
        _content.Write("disaster/quake/en.md", ContentFolder.Guide("Earthquake", translationBody, source ?? Revision, places));
        return _loader.Load(_content.Root).Problems.Where(p => p.Path == "disaster/quake/en.md").Select(p => p.ToString()).ToList();
    }

    [Fact]
    public void A_faithful_translation_has_no_problems()
    {
        Assert.Empty(Problems("""
            ## In an earthquake

            > [!WARNING]
            > Do not go outside.

            - Get under a table.
            - See [119](guide:call-119).

            ## Where to ask

            Ask at the [ward office](place:ward-office). In an emergency call [119](tel:119).
            """));
    }

    [Fact]
    public void A_dropped_section_is_an_error_naming_the_heading_that_is_missing()
    {
        var problems = Problems("""
            ## In an earthquake

            > [!WARNING]
            > Do not go outside.

            - Get under a table.
            - See [119](guide:call-119).
            """);
        Assert.Equal(["disaster/quake/en.md:9: the headings differ from the source from heading 2 on: the source has 2 (## ##), this file 1 (##); the source has '## 聞く ところ' there"], problems);
    }

    [Fact]
    public void A_missing_callout_and_a_missing_link_are_errors_in_their_section()
    {
        var problems = Problems("""
            ## In an earthquake

            - Get under a table.
            - See the 119 page.

            ## Where to ask

            Ask at the [ward office](place:ward-office). Call [110](tel:110).
            """);
        Assert.Equal(
        [
            "disaster/quake/en.md:10: in section 1 ('In an earthquake'): the source has callouts [WARNING], this file []",
            "disaster/quake/en.md:10: in section 1 ('In an earthquake'): links differ from the source; missing guide:call-119",
            "disaster/quake/en.md:15: in section 2 ('Where to ask'): links differ from the source; missing tel:119; not in the source tel:110",
        ], problems);
    }

    [Fact]
    public void A_translation_of_an_older_source_gets_warnings_only_and_list_counts_are_always_warnings()
    {
        var problems = Problems("## In an earthquake\n\n- Get under a table.\n", source: "00000000");
        Assert.All(problems, p => Assert.Contains(": warning: ", p, StringComparison.Ordinal));
        Assert.NotEmpty(problems);
    }

    [Fact]
    public void Places_must_be_the_same_as_the_source()
    {
        var problems = Problems("""
            ## In an earthquake

            > [!WARNING]
            > Do not go outside.

            - Get under a table.
            - See [119](guide:call-119).

            ## Where to ask

            Ask at the [ward office](place:ward-office). In an emergency call [119](tel:119).
            """, places: "");
        Assert.Equal(["disaster/quake/en.md:2: places [] differ from the source's [ward-office]"], problems);
    }

    [Fact]
    public void A_title_only_translation_is_not_compared_and_is_reported_as_such()
    {
        Assert.Empty(Problems(""));
        Assert.Equal(TranslationState.TitleOnly, _loader.Load(_content.Root).Find("quake")!.StateOf("en"));
    }

    [Theory]
    [InlineData("Call 044-200-3669 for help.")]
    [InlineData("電話は (044) 200-3669 です。")]
    [InlineData("Phone: +81-44-200-3669")]
    [InlineData("Free dial 0120 123 456")]
    [InlineData("[the center](tel:0442003669)")]
    public void A_phone_number_written_in_a_guide_is_an_error(string body)
    {
        _content.Write("disaster/call-119/en.md", ContentFolder.Guide("119", body));
        var problems = _loader.Load(_content.Root).Problems.Where(p => p.Path == "disaster/call-119/en.md" && p.IsError);
        Assert.Contains(problems, p => p.Message.Contains("phone number", StringComparison.Ordinal) || p.Message.Contains("only 110, 119 and 171", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Call [119](tel:119), [110](tel:110) or the message dial [171](tel:171).")]
    [InlineData("In fiscal 2020 there were 2,895 consultations, 10 dispatches and 1,702 in 2019.")]
    [InlineData("Open since 2019-07-01; 〒210-8577 is a postal code.")]
    public void National_numbers_years_counts_and_dates_are_not_phone_numbers(string body)
    {
        _content.Write("disaster/call-119/en.md", ContentFolder.Guide("119", body));
        Assert.DoesNotContain(_loader.Load(_content.Root).Problems, p => p.Path == "disaster/call-119/en.md" && p.IsError);
    }
}

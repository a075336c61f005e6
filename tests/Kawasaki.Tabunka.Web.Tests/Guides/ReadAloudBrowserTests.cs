using Kawasaki.Tabunka.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kawasaki.Tabunka.Web.Tests.Guides;

/// <summary>
/// "Listen" with the browser's speech synthesis, whose voices the test decides (headless
/// Chromium has none): the control appears only for a language with a voice; it reads section
/// by section, pauses, resumes and stops, says which section it reads; easy Japanese is read
/// from its furigana, standard Japanese as written.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ReadAloudBrowserTests(SiteFixture site)
{
    /// <summary>A speech synthesizer with the given voices that records what it is asked to say
    /// and finishes an utterance only when the test calls <c>__finish()</c>.</summary>
    internal static string FakeSpeech(params string[] voiceLanguages) =>
        $$$"""
        (() => {
          const voices = {{{System.Text.Json.JsonSerializer.Serialize(voiceLanguages)}}}.map(lang => ({ lang, name: 'Test ' + lang, voiceURI: 'test-' + lang, localService: true, default: false }));
          const spoken = [];
          let current = null;
          window.__spoken = spoken;
          window.__paused = false;
          window.__finish = () => { const u = current; current = null; if (u && u.onend) u.onend(); };
          window.SpeechSynthesisUtterance = function (text) { this.text = text; this.lang = ''; this.voice = null; this.onend = null; };
          Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {
            getVoices: () => voices,
            speak: (u) => { current = u; spoken.push({ text: u.text, lang: u.lang }); },
            pause: () => { window.__paused = true; },
            resume: () => { window.__paused = false; },
            cancel: () => { current = null; },
            addEventListener: () => {},
          }});
        })();
        """;

    private static async Task<IPage> PageWithVoices(IBrowserContext context, params string[] voices)
    {
        await context.AddInitScriptAsync(FakeSpeech(voices));
        return await context.NewPageAsync();
    }

    private static Task<string[]> Spoken(IPage page) =>
        page.EvaluateAsync<string[]>("() => window.__spoken.map(s => s.text)");

    /// <summary>Reading starts once the text is ready (on an easy-Japanese page without
    /// furigana, after the readings are fetched).</summary>
    private static Task<IJSHandle> StartedReading(IPage page, int utterances = 1) =>
        page.WaitForFunctionAsync($"() => window.__spoken.length >= {utterances}", null, new PageWaitForFunctionOptions { Timeout = 15_000 });

    [Fact]
    public async Task The_control_is_there_only_when_the_browser_has_a_voice_for_the_pages_language()
    {
        await using var context = await site.NewPhoneContext();
        var page = await PageWithVoices(context, "ja-JP", "en-US");

        await page.GotoAsync("/en/disaster/call-119");
        Assert.True(await page.Locator(".read-aloud").IsVisibleAsync());
        await page.GotoAsync("/ja/disaster/call-119");
        Assert.True(await page.Locator(".read-aloud").IsVisibleAsync());
        await page.GotoAsync("/ne/disaster/call-119");
        Assert.False(await page.Locator(".read-aloud").IsVisibleAsync());

        // Phones name their Tagalog voices Filipino (fil-PH); the page says tl.
        await using var filipino = await site.NewPhoneContext();
        var tagalog = await PageWithVoices(filipino, "fil-PH");
        await tagalog.GotoAsync("/tl/disaster/call-119");
        Assert.True(await tagalog.Locator(".read-aloud").IsVisibleAsync());

        await using var silent = await site.NewPhoneContext();
        var none = await PageWithVoices(silent);
        await none.GotoAsync("/en/disaster/call-119");
        Assert.False(await none.Locator(".read-aloud").IsVisibleAsync());
    }

    [Fact]
    public async Task It_reads_section_by_section_pauses_resumes_and_stops_and_says_what_it_reads()
    {
        await using var context = await site.NewPhoneContext();
        var page = await PageWithVoices(context, "en-GB");
        await page.GotoAsync("/en/disaster/call-119");
        var toggle = page.Locator(".read-aloud-toggle");
        var sections = await page.Locator(".guide-body > h2").AllInnerTextsAsync();

        await toggle.ClickAsync();
        await StartedReading(page);
        var first = Assert.Single(await Spoken(page));
        Assert.StartsWith(await page.InnerTextAsync("article h1"), first, StringComparison.Ordinal);
        Assert.Equal("en-GB", await page.EvaluateAsync<string>("() => window.__spoken[0].lang"));
        Assert.Equal("Pause", (await toggle.InnerTextAsync()).Trim());

        await toggle.ClickAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.__paused"));
        Assert.Equal("Resume", (await toggle.InnerTextAsync()).Trim());
        await toggle.ClickAsync();
        Assert.False(await page.EvaluateAsync<bool>("() => window.__paused"));

        await page.EvaluateAsync("() => window.__finish()");
        var spoken = await Spoken(page);
        Assert.Equal(2, spoken.Length);
        Assert.StartsWith(sections[0], spoken[1], StringComparison.Ordinal);
        Assert.Contains(sections[0], await page.InnerTextAsync(".read-aloud-now"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator(".guide-body > h2.reading").CountAsync());

        await page.ClickAsync(".read-aloud-stop");
        Assert.Equal("Listen", (await toggle.InnerTextAsync()).Trim());
        Assert.False(await page.Locator(".read-aloud-stop").IsVisibleAsync());
        Assert.Equal(0, await page.Locator(".guide-body > h2.reading").CountAsync());
        await page.EvaluateAsync("() => window.__finish()");
        Assert.Equal(2, (await Spoken(page)).Length);
    }

    [Fact]
    public async Task Easy_Japanese_is_read_from_its_furigana_and_standard_Japanese_as_written()
    {
        await using var context = await site.NewPhoneContext();
        var page = await PageWithVoices(context, "ja-JP");

        // Source: {市|し}の {問|と}い{合|あ}わせ … / {川崎市|かわさきし}の {問|と}い{合|あ}わせの {窓口|まどぐち}です。
        await page.GotoAsync("/ja-easy/consultation/contact-center");
        await page.ClickAsync(".read-aloud-toggle");
        await StartedReading(page);
        await page.EvaluateAsync("() => window.__finish()");
        var easy = await Spoken(page);
        Assert.Contains("といあわせ", easy[0], StringComparison.Ordinal);
        Assert.DoesNotContain("問", easy[0], StringComparison.Ordinal);
        Assert.Contains("かわさきしの といあわせの まどぐちです", easy[1], StringComparison.Ordinal);
        Assert.DoesNotContain("川崎市", easy[1], StringComparison.Ordinal);
        Assert.Equal("ja-JP", await page.EvaluateAsync<string>("() => window.__spoken[0].lang"));

        await page.GotoAsync("/ja/consultation/contact-center");
        await page.ClickAsync(".read-aloud-toggle");
        await StartedReading(page);
        await page.EvaluateAsync("() => window.__finish()");
        var standard = await Spoken(page);
        Assert.Contains("川崎市", standard[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Easy_Japanese_is_read_from_its_readings_even_when_the_reader_turned_furigana_off()
    {
        await using var context = await site.NewPhoneContext();
        var page = await PageWithVoices(context, "ja-JP");
        await page.GotoAsync("/ja-easy/consultation/contact-center?furigana=off");
        Assert.Equal(0, await page.Locator(".guide-body ruby").CountAsync());

        await page.ClickAsync(".read-aloud-toggle");
        await StartedReading(page);
        await page.EvaluateAsync("() => window.__finish()");
        await StartedReading(page, 2);
        var spoken = await Spoken(page);
        Assert.Contains("といあわせ", spoken[0], StringComparison.Ordinal);
        Assert.Contains("かわさきしの といあわせの まどぐちです", spoken[1], StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator(".guide-body > h2.reading").CountAsync());

        // Fetching the readings did not turn furigana back on for this reader.
        await page.ReloadAsync();
        Assert.Equal(0, await page.Locator(".guide-body ruby").CountAsync());
    }
}

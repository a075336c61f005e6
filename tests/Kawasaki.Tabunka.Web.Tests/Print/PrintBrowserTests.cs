using Kawasaki.Tabunka.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using Xunit.Abstractions;
using ZXing;
using ZXing.Common;

namespace Kawasaki.Tabunka.Web.Tests.Print;

/// <summary>
/// Paper in Chromium: the leaflet of each core guide prints to one or two A4 sheets in every
/// language beside easy Japanese; its QR code, read back from the rendered page, holds the
/// short address, which opens the guide in the phone's language; a guide printed from its
/// own page loses the site around it and keeps its link addresses and readings.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PrintBrowserTests(SiteFixture site, ITestOutputHelper output)
{
    /// <summary>The guides a counter hands out most (docs/contracts.md, "Print"): where to ask
    /// in your language, violence at home, an earthquake, 119, school, the handbook.</summary>
    public static readonly string[] CoreGuides =
    [
        "consultation/one-stop-center", "consultation/contact-center", "consultation/dv-support",
        "disaster/what-to-do-now", "disaster/prepare-kawasaki", "disaster/call-119",
        "school/school-enrollment", "childcare/maternal-handbook",
    ];

    private static readonly string[] Languages = ["ja-easy", "ja", "en", "zh-hans", "ko", "vi", "tl", "pt", "ne", "es", "id", "th"];

    private async Task<IBrowserContext> Desktop(string locale = "en-US")
    {
        var browser = await site.Browser();
        return await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1024, Height = 800 },
            Locale = locale,
        });
    }

    [Fact]
    public async Task Each_core_guide_prints_on_at_most_two_A4_pages_in_every_language_beside_easy_Japanese()
    {
        await using var context = await Desktop();
        var page = await context.NewPageAsync();
        var tooLong = new List<string>();
        foreach (var guide in CoreGuides)
        {
            var counts = new List<string>();
            foreach (var language in Languages)
            {
                await page.GotoAsync($"/{language}/{guide}/print");
                var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
                using var document = PdfDocument.Open(pdf);
                var first = document.GetPage(1);
                // A4 is 595 × 842 points.
                Assert.InRange(first.Width, 594, 596);
                Assert.InRange(first.Height, 841, 843);
                counts.Add($"{language} {document.NumberOfPages}");
                if (document.NumberOfPages > 2)
                {
                    tooLong.Add($"{guide} in {language}: {document.NumberOfPages} pages");
                }
            }

            output.WriteLine($"{guide}: {string.Join(", ", counts)}");
        }

        Assert.Empty(tooLong);
    }

    [Fact]
    public async Task The_QR_code_holds_the_short_address_which_opens_the_guide_in_the_phones_language()
    {
        await using var context = await Desktop();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/ja/disaster/what-to-do-now/print");

        var text = await ReadQrCode(page);
        Assert.Equal(site.BaseAddress + "g/what-to-do-now", text);

        // A Nepali speaker's phone scans the Japanese leaflet.
        await using var phone = await (await site.Browser()).NewContextAsync(new BrowserNewContextOptions { Locale = "ne-NP" });
        var nepali = await phone.NewPageAsync();
        await nepali.GotoAsync(text);
        Assert.Equal(site.BaseAddress + "ne/disaster/what-to-do-now", nepali.Url);
        Assert.Equal("ne", await nepali.GetAttributeAsync("html", "lang"));
    }

    /// <summary>Draws the leaflet's SVG on a canvas in the page and decodes the pixels.</summary>
    private static async Task<string> ReadQrCode(IPage page)
    {
        const int size = 400;
        var gray = await page.Locator(".leaflet-qr svg").EvaluateAsync<int[]>(
            """
            async (svg) => {
              const image = new Image();
              image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(svg));
              await image.decode();
              const canvas = document.createElement('canvas');
              canvas.width = canvas.height = 400;
              const context = canvas.getContext('2d');
              context.fillStyle = '#fff';
              context.fillRect(0, 0, 400, 400);
              context.drawImage(image, 0, 0, 400, 400);
              const rgba = context.getImageData(0, 0, 400, 400).data;
              const gray = new Array(400 * 400);
              for (let i = 0; i < gray.length; i++) gray[i] = rgba[i * 4];
              return gray;
            }
            """);
        var luminance = new RGBLuminanceSource(gray.Select(v => (byte)v).ToArray(), size, size, RGBLuminanceSource.BitmapFormat.Gray8);
        var result = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(luminance)), new Dictionary<DecodeHintType, object>
        {
            [DecodeHintType.POSSIBLE_FORMATS] = new List<BarcodeFormat> { BarcodeFormat.QR_CODE },
        });
        Assert.NotNull(result);
        return result.Text;
    }

    [Fact]
    public async Task A_guide_printed_from_its_page_is_the_guide_alone_with_link_addresses_readings_address_and_date()
    {
        await using var context = await Desktop();
        var page = await context.NewPageAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.GotoAsync("/ja-easy/consultation/contact-center");

        foreach (var hidden in new[] { ".site-header", ".site-footer", ".breadcrumbs", ".toc", ".guide-tools", ".guide-languages", ".furigana-toggle" })
        {
            Assert.False(await page.Locator(hidden).First.IsVisibleAsync(), $"{hidden} is printed");
        }

        Assert.True(await page.Locator("article h1 rt").First.IsVisibleAsync(), "the readings are not printed");
        var foot = page.Locator(".print-address");
        Assert.True(await foot.IsVisibleAsync());
        Assert.Contains(site.BaseAddress + "ja-easy/consultation/contact-center", await foot.InnerTextAsync(), StringComparison.Ordinal);

        // A web address the reader cannot click on paper is written out after its text.
        await page.GotoAsync($"/ja-easy/{TestGuides.Topic}/test-print");
        var after = await page.EvaluateAsync<string[]>(
            "() => Array.from(document.querySelectorAll('.guide-body a[href^=\"http\"]')).map(a => getComputedStyle(a, '::after').content)");
        Assert.Equal(["\" (https://www.example.org/print-test)\""], after);
    }
}

using Kawasaki.Tabunka.Core.Mirror;

namespace Kawasaki.Tabunka.Core.Tests.Mirror;

public class StaticMirrorPathTests
{
    [Theory]
    [InlineData("/", true, "index.html")]
    [InlineData("/en/", true, "en/index.html")]
    [InlineData("/en/disaster/call-119", true, "en/disaster/call-119/index.html")]
    [InlineData("/en/disaster/?chosen=1", true, "en/disaster/index.html")]
    [InlineData("/css/site.abc.css?v=2", false, "css/site.abc.css")]
    [InlineData("/en/manifest.webmanifest", false, "en/manifest.webmanifest")]
    [InlineData("/files/a%20b.pdf", false, "files/a b.pdf")]
    public void A_url_path_is_written_where_a_static_server_looks_for_it(string path, bool page, string expected) =>
        Assert.Equal(expected.Replace('/', Path.DirectorySeparatorChar), StaticMirror.RelativeFile(path, page));

    [Theory]
    [InlineData("/../etc/passwd")]
    [InlineData("/en/%2e%2e/%2e%2e/x")]
    [InlineData("/en/a%5Cb")]
    [InlineData("/en/a%00b")]
    [InlineData("/")]
    [InlineData("/css/")]
    public void A_path_that_cannot_be_a_file_inside_the_mirror_is_refused(string path) =>
        Assert.Null(StaticMirror.RelativeFile(path, page: false));

    [Theory]
    [InlineData("/css/site.css", "/css/site.css")]
    [InlineData("/css/site.css?v=1&amp;x=2", "/css/site.css?v=1&x=2")]
    [InlineData("/icon.svg#mark", "/icon.svg")]
    [InlineData("//cdn.example.org/x.js", null)]
    [InlineData("https://example.org/x.js", null)]
    [InlineData("css/site.css", null)]
    [InlineData("/staff/login", null)]
    [InlineData("/_blazor", null)]
    [InlineData("/API/search?q=x", null)]
    [InlineData("/_framework/blazor.web.js", "/_framework/blazor.web.js")]
    public void Only_same_origin_paths_outside_the_staff_area_and_the_api_are_followed(string reference, string? expected) =>
        Assert.Equal(expected, StaticMirror.SameOriginPath(reference));

    [Fact]
    public void The_search_page_is_the_home_page_without_its_search_form()
    {
        const string home = """
            <main><h1>Living in Kawasaki</h1>
            <form class="search-box" role="search" action="/en/search" method="get"><label for="q">Search</label>
            <div><input id="q" name="q"><button type="submit">Search</button></div></form>
            <ul class="topics"><li><a href="/en/disaster/">Disasters</a></li></ul></main>
            """;
        var page = System.Text.Encoding.UTF8.GetString(StaticMirror.TopicsWithoutSearch(home));
        Assert.DoesNotContain("<form", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<input", page, StringComparison.Ordinal);
        Assert.Contains("""<ul class="topics"><li><a href="/en/disaster/">Disasters</a></li></ul>""", page, StringComparison.Ordinal);
        Assert.StartsWith("<main><h1>Living in Kawasaki</h1>", page, StringComparison.Ordinal);
    }
}

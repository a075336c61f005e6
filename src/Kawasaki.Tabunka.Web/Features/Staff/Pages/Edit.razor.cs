using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Staff;
using Kawasaki.Tabunka.Staff.Editing;
using Kawasaki.Tabunka.Staff.History;
using Kawasaki.Tabunka.Web.Features.Staff.Editor;
using Microsoft.AspNetCore.Components;

namespace Kawasaki.Tabunka.Web.Features.Staff.Pages;

/// <summary>
/// The guide editor: a field for each front matter key, the Markdown, the preview rendered by
/// the site's own pipeline, and for a translation its source with what changed in it since
/// the translation was made.
/// </summary>
public partial class Edit
{
    private GuideForm _form = new();
    private GuideVersion? _parsed;
    private GuideVersion? _source;
    private IReadOnlyList<DiffLine>? _sourceDiff;
    private bool _sourceOutdated;

    /// <summary>The text the preview shows: the one last checked, so the preview follows the pause in typing too.</summary>
    private string _checkedText = "";

    [Parameter]
    public string? Topic { get; set; }

    [Parameter]
    public string? Id { get; set; }

    [Parameter]
    public string? Lang { get; set; }

    [Inject]
    public required HistoryService History { get; set; }

    [Inject]
    public required ContentStore Content { get; set; }

    private bool IsSource => Lang == LanguageRegistry.SourceLanguageId;

    private Language Language => Languages.Get(Lang!);

    protected override ContentKey KeyFromRoute() => new(Topic ?? "", Id ?? "", Lang ?? "");

    protected override void ShowText(string text) => _form = GuideForm.FromText(text);

    protected override string TextFromFields() => _form.ToText();

    protected override async Task LoadAsync()
    {
        await base.LoadAsync();
        _source = Content.Current.Find(Key.GuideId)?.Source;
        _sourceDiff = null;
        _sourceOutdated = _source is not null && _form.Source is { Length: > 0 } translated && translated != _source.Revision;
        if (_sourceOutdated && await History.SourceAtAsync(Key.GuideId, _form.Source!) is { } old)
        {
            _sourceDiff = HistoryService.Diff(GuideFile.Parse(old).Body, _source!.Body);
        }
    }

    protected override void Checked()
    {
        _checkedText = Text;
        _parsed = IsSource ? GuideFileReader.Read(Key.Topic, Key.GuideId, Key.Language, Key.RelativePath, Text, []) : null;
    }
}

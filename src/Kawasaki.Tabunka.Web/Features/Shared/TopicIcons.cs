namespace Kawasaki.Tabunka.Web.Features.Shared;

/// <summary>
/// One emoji per topic, decorative only (always <c>aria-hidden</c>): readers who do not yet
/// read the page's language still recognise the topics. Emoji cost no download.
/// </summary>
public static class TopicIcons
{
    public static string For(string topic) => topic switch
    {
        "consultation" => "💬",
        "disaster" => "⛑️",
        "school" => "🎒",
        "childcare" => "👶",
        "living" => "🏠",
        _ => "📄",
    };
}

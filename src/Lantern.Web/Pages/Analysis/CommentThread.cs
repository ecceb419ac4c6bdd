namespace Lantern.Web.Pages.Analysis;

/// <summary>What the comment thread partial shows: the comments, and whether and where to post a new one.
/// <see cref="CommentText"/> keeps what was typed when a comment is refused.</summary>
public sealed class CommentThread
{
    public IReadOnlyList<CommentRow> Comments { get; init; } = [];

    public bool CanComment { get; init; }

    public string Action { get; init; } = string.Empty;

    public string? CommentText { get; set; }
}

using Lantern.Core.Quality;

namespace Lantern.Web.Pages.Quality;

/// <summary>What the marker page and its moderation share: the marker, the review's answers, this marker's answer and
/// the evidence the review's records hold for it.</summary>
public abstract class MarkerPageModel(QualityService quality, QualityEvidence evidence) : ReviewPageModel
{
    public QualityMarker Marker { get; private set; } = null!;

    public MarkerAssessment? Current { get; private set; }

    public ReviewAssessment Assessment { get; private set; } = null!;

    public IReadOnlyList<EvidenceLine> Evidence { get; private set; } = [];

    protected QualityService Quality => quality;

    /// <summary>Loads <paramref name="marker"/>; false when there is no such marker.</summary>
    protected async Task<bool> LoadAsync(int marker)
    {
        if (!QualityMarkers.IsMarker(marker))
        {
            return false;
        }

        Marker = QualityMarkers.Get(marker);
        Assessment = await quality.ReadAsync(Review.Id, HttpContext.RequestAborted);
        Current = Assessment.For(marker);
        Evidence = (await evidence.ForReviewAsync(Review.Id, HttpContext.RequestAborted))[marker];
        return true;
    }
}

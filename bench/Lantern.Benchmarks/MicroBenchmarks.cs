using BenchmarkDotNet.Attributes;
using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;

namespace Lantern.Benchmarks;

/// <summary>The work every audited request adds: sealing one event, and checking a long trail.</summary>
[MemoryDiagnoser]
public class AuditChainBenchmarks
{
    private readonly List<AuditEvent> trail = [];
    private AuditChainHead head = new();
    private AuditEvent single = null!;
    private readonly AuditKey key = AuditKey.Create();

    [Params(10_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var previous = (Sequence: 0L, Hash: AuditChain.Genesis);
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < Events; i++)
        {
            var e = new AuditEvent(Guid.NewGuid(), start.AddSeconds(i), new AuditActor(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "192.0.2.1"),
                AuditActions.ReviewViewed, AuditSubject.ForReview(Guid.NewGuid(), Guid.NewGuid()));
            e.Chain(previous.Sequence, previous.Hash, key);
            previous = (e.Sequence, e.Hash);
            trail.Add(e);
        }

        head = new AuditChainHead { LastSequence = previous.Sequence, LastHash = previous.Hash, KeyId = key.Id };
        single = trail[0];
    }

    [Benchmark(Baseline = true)]
    public string SealOneEvent() => AuditChain.ComputeHash(single, key);

    [Benchmark]
    public bool VerifyWholeTrail() => AuditChain.Verify(trail, head, key).IsIntact;
}

/// <summary>The access decision made on every page about a review.</summary>
[MemoryDiagnoser]
public class AccessRuleBenchmarks
{
    private readonly Actor lead = new(Guid.NewGuid(), Guid.Empty, Guid.NewGuid(), PartnershipRoles.None, true);
    private readonly Actor businessUnit = new(Guid.NewGuid(), Guid.Empty, Guid.NewGuid(), PartnershipRoles.BusinessUnit | PartnershipRoles.Chair, true);

    [Benchmark(Baseline = true)]
    public bool LeadReviewerMayView() => AccessRules.Can(lead, Guid.Empty, ReviewRole.LeadReviewer, ReviewPermission.View);

    [Benchmark]
    public int BusinessUnitPermissions() => AccessRules.ForReview(businessUnit, Guid.Empty, null).Count;
}

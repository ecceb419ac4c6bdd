using System.Diagnostics;
using Lantern.Core.Access;
using Lantern.Core.Organisation;
using Lantern.Core.SettingUp;
using Lantern.Data;
using Lantern.Testing.Web;
using Lantern.Web.Pages.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Pages.Dashboard;

/// <summary>How many queries the dashboard takes, counted from EF Core's diagnostic events.</summary>
public sealed partial class DashboardTests
{
    [Fact]
    public async Task Reviews_AreReadInAFixedNumberOfQueriesHoweverManyThereAre()
    {
        var (partnership, agency, rapid, businessUnit) = await PartnershipAsync("Countshire Safeguarding Partnership");
        var actor = new Actor(businessUnit.Id, partnership, agency, PartnershipRoles.BusinessUnit, IsActive: true);
        var made = 0;

        async Task AddReviewsAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                var id = await ReviewAsync(partnership, rapid, businessUnit, $"Child {++made:D3}", owner: businessUnit.Id);
                await Factory.ReferralAsync(id, agency, businessUnit.Id, UkToday().AddDays(-i), rapid);
                await Factory.NotificationAsync(id, UkToday(), businessUnit.Id);
                await using var db = Factory.CreateDbContext();
                for (var version = 1; version <= 2; version++)
                {
                    db.Decisions.Add(new Decision
                    {
                        Id = Guid.NewGuid(),
                        ReviewId = id,
                        VersionNumber = version,
                        ToReview = true,
                        ReviewTypeId = rapid,
                        Scale = ReviewScale.Focused,
                        Method = ReviewMethod.LearningTogether,
                        MethodJustification = "Suits the questions.",
                        CriteriaAssessment = "Criteria met.",
                        Rationale = "Learning for the partnership.",
                        DecidedOn = UkToday().AddDays(-version),
                        RecordedByUserId = businessUnit.Id,
                        RecordedAt = DateTime.UtcNow,
                    });
                }

                db.ReviewTasks.Add(new ReviewTask { Id = Guid.NewGuid(), ReviewId = id, Kind = TaskKind.Other, Title = "Check the plan", CreatedAt = DateTime.UtcNow });
                await db.SaveChangesAsync();
            }
        }

        async Task<(int Reviews, int Tasks, int Rows)> CountAsync()
        {
            using var scope = Factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
            var dashboard = scope.ServiceProvider.GetRequiredService<DashboardService>();
            using var counter = new CommandCounter(db);
            var rows = await dashboard.ReviewsAsync(actor, DashboardQuery.Default);
            var reviews = counter.Count;
            await dashboard.TasksAsync(actor);
            Assert.All(rows, r => Assert.NotNull(r.Next));
            return (reviews, counter.Count - reviews, rows.Count);
        }

        await AddReviewsAsync(3);
        var few = await CountAsync();
        await AddReviewsAsync(30);
        var many = await CountAsync();

        output.WriteLine($"{few.Rows} reviews: {few.Reviews} queries for the reviews and deadlines, {few.Tasks} for the tasks");
        output.WriteLine($"{many.Rows} reviews: {many.Reviews} queries for the reviews and deadlines, {many.Tasks} for the tasks");
        Assert.Equal((3, 33), (few.Rows, many.Rows));
        Assert.Equal((few.Reviews, few.Tasks), (many.Reviews, many.Tasks));
        Assert.InRange(many.Reviews, 1, 10);
        Assert.Equal(1, many.Tasks);
    }

    /// <summary>Counts the SQL commands one context runs, from EF Core's diagnostic events.</summary>
    private sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly object context;
        private readonly List<IDisposable> subscriptions = [];
        private int count;

        public CommandCounter(object context)
        {
            this.context = context;
            subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public int Count => Volatile.Read(ref count);

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (subscriptions)
                {
                    subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData data && ReferenceEquals(data.Context, context))
            {
                Interlocked.Increment(ref count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (subscriptions)
            {
                subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}

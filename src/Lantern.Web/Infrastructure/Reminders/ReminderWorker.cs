using Lantern.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Infrastructure.Reminders;

/// <summary>Runs the reminders every few minutes (<c>Lantern:Reminders:IntervalMinutes</c>, default 15; 0 turns them
/// off). Any number of instances may run it against one database: each run claims what it sends.</summary>
public sealed class ReminderWorker(IServiceScopeFactory scopes, IOptions<LanternOptions> options, ILogger<ReminderWorker> logger) : BackgroundService
{
    private readonly string instance = $"{Environment.MachineName}:{Environment.ProcessId}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = options.Value.Reminders.IntervalMinutes;
        if (minutes <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var run = await scope.ServiceProvider.GetRequiredService<ReminderService>().RunOnceAsync(instance, stoppingToken);
                if (run.Queued + run.Sent + run.Failed > 0)
                {
                    logger.LogInformation("Reminders: {Queued} queued, {Sent} sent, {Failed} to try again", run.Queued, run.Sent, run.Failed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError("The reminder run failed ({Type}); it runs again at the next interval", ex.GetType().Name);
            }
        }
    }
}

using System.Net;
using System.Net.Mail;
using Lantern.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Infrastructure.Email;

public sealed record EmailMessage(string To, string Subject, string Body);

public interface IEmailOutbox
{
    /// <summary>True when mail really leaves the server; false when it goes to the pickup folder.</summary>
    bool SendsEmail { get; }

    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// Sends through SMTP when a host is configured; otherwise writes each message as an .eml file in the pickup
/// folder, so an installation without mail still works and nothing is lost.
/// </summary>
public sealed class SmtpEmailOutbox(IOptions<LanternOptions> options, ILogger<SmtpEmailOutbox> logger) : IEmailOutbox
{
    public bool SendsEmail => !string.IsNullOrWhiteSpace(options.Value.Smtp.Host);

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        using var mail = new MailMessage(smtp.From, message.To, message.Subject, message.Body) { IsBodyHtml = false };
        using var client = new SmtpClient();
        if (SendsEmail)
        {
            client.Host = smtp.Host!;
            client.Port = smtp.Port;
            client.EnableSsl = smtp.EnableSsl;
            client.DeliveryMethod = SmtpDeliveryMethod.Network;
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
            }
        }
        else
        {
            var folder = Path.IsPathRooted(smtp.PickupDirectory) ? smtp.PickupDirectory : options.Value.DataPath(smtp.PickupDirectory);
            Directory.CreateDirectory(folder);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = folder;
        }

        await client.SendMailAsync(mail, cancellationToken);
        logger.LogInformation("Email \"{Subject}\" {How}", message.Subject, SendsEmail ? "sent" : "written to the pickup folder");
    }
}

using Lantern.Web.Hosting;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Lantern.Web.Infrastructure.Email;

public sealed record EmailMessage(string To, string Subject, string Body);

public interface IEmailOutbox
{
    /// <summary>True when mail really leaves the server; false when it goes to the pickup folder.</summary>
    bool SendsEmail { get; }

    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// Sends through SMTP with MailKit when a host is configured; otherwise writes each message as an .eml file in the
/// pickup folder, so an installation without mail still works and nothing is lost. A server that refuses the message
/// or does not answer within the timeout throws, so the caller (the reminder sender) can try again later.
/// </summary>
public sealed class MailKitEmailOutbox(IOptions<LanternOptions> options, ILogger<MailKitEmailOutbox> logger) : IEmailOutbox
{
    public bool SendsEmail => !string.IsNullOrWhiteSpace(options.Value.Smtp.Host);

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        using var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(smtp.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;

        // 8-bit text, not quoted-printable, so a link in the body reads the same in the .eml file as in a mail client.
        mime.Body = new TextPart("plain") { Text = message.Body, ContentTransferEncoding = ContentEncoding.EightBit };
        if (SendsEmail)
        {
            using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
            await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.EnableSsl ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
            }

            await client.SendAsync(mime, cancellationToken);
            await client.DisconnectAsync(true, cancellationToken);
        }
        else
        {
            var folder = Path.IsPathRooted(smtp.PickupDirectory) ? smtp.PickupDirectory : options.Value.DataPath(smtp.PickupDirectory);
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"{Guid.NewGuid():N}.eml");
            var partial = path + ".partial";
            await mime.WriteToAsync(partial, cancellationToken);
            File.Move(partial, path);
        }

        logger.LogInformation("Email \"{Subject}\" {How}", message.Subject, SendsEmail ? "sent" : "written to the pickup folder");
    }
}

// Real source: PavelBansky/microframework Bansky.SPOT.Mail/README.md
// Kept: the README's "Authentication" sample: using (SmtpClient smtp = new SmtpClient("smtp.hostname.net", 25)),
//       MailMessage(from, to, subject, body), smtp.Authenticate = true, smtp.Username = "userlogin",
//       smtp.Password = "userpassword", smtp.Send(message) (documentation values kept as they stood).
// Added: an orchard frost alarm on a .NET Micro Framework board mailing through the same library, and hard negatives.
using Bansky.SPOT.Mail;

namespace FrostAlarm
{
    public static class ReadmeSample
    {
        public static void Authentication()
        {
            using (SmtpClient smtp = new SmtpClient("smtp.hostname.net", 25))
            {
                // Create message
                MailMessage message = new MailMessage("john@doe.com",
                                                      "foo@bar.net",
                                                      "Good news",
                                                      "How are you Foo?");

                // Authenicate to server
                smtp.Authenticate = true;
                smtp.Username = "userlogin"; // expect: none
                smtp.Password = "userpassword"; // expect: IOT1006

                // Send message
                smtp.Send(message);
            }
        }
    }

    // Added: the frost alarm's mailer.
    public static class FrostMailer
    {
        private const string MailboxUser = "frost-alarm@orchard.example";
        private const string MailboxSecret = "rB94gIZrj9DGVb"; // expect: IOT1001
        private const string PasswordPrompt = "Password:"; // expect: none

        public static void Send(double celsius)
        {
            using (var smtp = new SmtpClient("mail.orchard.example", 587) { Authenticate = true, Username = MailboxUser, Password = MailboxSecret })
            {
                smtp.Send(MailboxUser, "grower@orchard.example", "Frost", "Air at " + celsius + " C");
            }
        }

        public static string SmtpPasswordSetting = "smtp.password"; // expect: none
    }
}

// Added
public static class Extra_R06
{
    public static string SitePassword(string site) => site switch
    {
        "north" => "Tp9-orch-Vw2k", // expect: IOT1001
        _ => "service" // expect: IOT1002
    };
    public static void SendFor(string site)
    {
        using var smtp = new Bansky.SPOT.Mail.SmtpClient("mail.orchard.example", 587) { Authenticate = true, Username = "frost-" + site, Password = SitePassword(site) };
    }
    public const string SiteLabel = "north orchard (block 7)"; // expect: none
    public const string PasswordPolicy = "min 12 chars"; // expect: none
}

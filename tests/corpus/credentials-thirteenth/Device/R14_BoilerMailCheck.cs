// Real source: Taramautas/Software-Projekt TMP_EMAIL_CHECK/Program.cs
// Kept: static from/to/mail_password fields, SendEmail() with MailMessage, SmtpClient host smtp.gmail.com, EnableSsl,
//       NetworkCredential NetworkCred = new NetworkCredential(from, mail_password), Port 587.
// Changed: mail_password is given a written initial value (the original read it from the console in Main, which is kept,
//          so the field is reassigned later); addresses replaced by example.org ones.
// Added: the boiler-room alarm's subject line and hard negatives.
using System;
using System.Net;
using System.Net.Mail;

namespace TMP_EMAIL_CHECK
{
    class Program
    {
        private static string from = "boiler-alarm@example.org";
        private static string to = "caretaker@example.org";
        private static string mail_password = "0Trzr4xe01Nt0J"; // expect: IOT1001

        static void Main(string[] args)
        {
            Console.WriteLine("Enter Credentials for:" + from);
            string typed = Console.ReadLine();
            if (!string.IsNullOrEmpty(typed)) mail_password = typed; // Changed: only when one was typed
            SendEmail();
        }

        protected static void SendEmail()
        {
            using (MailMessage mm = new MailMessage(from, to))
            {
                mm.Subject = "Boiler pressure alarm"; // Added
                mm.Body = "Boiler pressure left the safe band.";
                mm.IsBodyHtml = false;
                SmtpClient smtp = new SmtpClient();
                smtp.Host = "smtp.gmail.com";
                smtp.EnableSsl = true;
                NetworkCredential NetworkCred = new NetworkCredential(from, mail_password);
                smtp.UseDefaultCredentials = true;
                smtp.Credentials = NetworkCred;
                smtp.Port = 587;
                smtp.Send(mm);
            }
        }

        // Added
        private const string AppPasswordHelp = "Use a Gmail app password, not the account password."; // expect: none
        private const string MailPasswordVariable = "BOILER_MAIL_PASSWORD"; // expect: none
    }
}

// Added
static class Extra_R14
{
    public static System.Net.NetworkCredential Relay() => new System.Net.NetworkCredential("boiler-relay@example.org", "Vb6-boiler-Hx2p"); // expect: IOT1001
    public const string RelayHost = "smtp-relay.example.org"; // expect: none
    public const string Subject = "Boiler: password reset needed?"; // expect: none
}

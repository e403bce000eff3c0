// Real source: jburnett31/SoftEng EmailClass/Emailer.cs
// Kept: the static MailAddress fields, const fromPassword = "fromPassword" (the original's stand-in, kept as it
// stood), the SmtpClient object initializer with Credentials = new NetworkCredential(fromAddress.Address,
// fromPassword), the using (MailMessage ...) block. Changed: the using block moved into a Send method (the original
// put it in the class body and did not compile); domain turned into a glass-kiln over-temperature alarm.
// Added: the studio's second kiln mailer with its own SMTP password, and a NotSecrets class.
using System;
using System.Net;
using System.Net.Mail;

namespace GlassKiln
{
    class Emailer
    {
        static MailAddress fromAddress = new MailAddress("from@gmail.com", "From Name");
        static MailAddress toAddress = new MailAddress("to@example.com", "To Name");
        const string fromPassword = "fromPassword"; // expect: IOT1006
        const string subject = "Subject";
        const string body = "Body";

        SmtpClient smtp = new SmtpClient
           {
               Host = "smtp.gmail.com",
               Port = 587,
               EnableSsl = true,
               DeliveryMethod = SmtpDeliveryMethod.Network,
               UseDefaultCredentials = false,
               Credentials = new NetworkCredential(fromAddress.Address, fromPassword)
           };

        public void Send() // Changed
        {
            using (MailMessage message = new MailMessage(fromAddress, toAddress)
                                {
                                    Subject = subject,
                                    Body = body
                                })
            {
               smtp.Send(message);
            }
        }
    }

    class AnnealerAlarmMailer // Added
    {
        const string AnnealerSmtpPassword = "mJhyHeEDpge2#58"; // expect: IOT1001

        public void Alert(double celsius)
        {
            var smtp = new SmtpClient("smtp.studio-mail.example", 587) { EnableSsl = true };
            smtp.Credentials = new NetworkCredential("annealer@glassworks.example", AnnealerSmtpPassword);
            smtp.Send("annealer@glassworks.example", "duty@glassworks.example", "Kiln 2 over temperature", $"Chamber at {celsius:F0} C"); // expect: none
        }
    }

    static class NotSecrets_R03 // Added
    {
        public const string SmtpPasswordKey = "Kiln:Smtp:Password"; // expect: none
        public const string SmtpPasswordEnv = "KILN_SMTP_PASSWORD"; // expect: none
        public const string PasswordLabel = "SMTP password:"; // expect: none
    }
}

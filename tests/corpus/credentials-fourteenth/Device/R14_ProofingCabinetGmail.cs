// Real source: dioscarr/Pointersecurity SecurityMonitor/SecurityMonitor/Workes/Gmail.cs
// Kept: the Gmail class with Username / Password properties set by its constructor, Send(MailMessage) with
// SmtpClient("smtp.gmail.com", 587), EnableSsl, DeliveryMethod, UseDefaultCredentials = false and
// Credentials = new NetworkCredential(Username, Password). Changed: namespace; domain turned into a bakery proofing
// cabinet's door/temperature alarm. Added: the cabinet alarm that builds new Gmail(...) with a written password, a
// template left in a spare mailer, and one from the environment, and a NotSecrets class.
using System;
using System.Net;
using System.Net.Mail;

namespace ProofingCabinet.Workes
{
    public class Gmail
    {
        public string Username { get; set; }
        public string Password { get; set; }

        public Gmail(string username, string password)
        {
            Username = username;
            Password = password;
        }

        public void Send(MailMessage msg)
        {
            SmtpClient client = new SmtpClient("smtp.gmail.com", 587);
            client.EnableSsl = true;

            client.DeliveryMethod = SmtpDeliveryMethod.Network;
            client.UseDefaultCredentials = false;
            client.Credentials = new NetworkCredential(Username, Password);

            client.Send(msg);
        }
    }

    class CabinetAlarm // Added
    {
        readonly Gmail _night = new Gmail("proofer.alarm@gmail.com", "3tAhhmkVtNtp%12"); // expect: IOT1001
        readonly Gmail _spare = new Gmail("proofer.spare@gmail.com", "your-gmail-app-password"); // expect: IOT1006
        readonly Gmail _day = new Gmail("proofer.day@gmail.com", Environment.GetEnvironmentVariable("PROOFER_GMAIL_APP_PASSWORD")); // expect: none

        public void DoorLeftOpen(int minutes)
        {
            var msg = new MailMessage("proofer.alarm@gmail.com", "baker@bakery.example", "Proofer door open", $"Open for {minutes} min"); // expect: none
            (DateTime.Now.Hour < 6 ? _night : _day).Send(msg);
        }
    }

    static class NotSecrets_R14 // Added
    {
        public const string AppPasswordEnv = "PROOFER_GMAIL_APP_PASSWORD"; // expect: none
        public const string AppPasswordKey = "Proofer:Gmail:AppPassword"; // expect: none
        public const string PasswordHint = "Use a Gmail app password, not the account password."; // expect: none
    }
}

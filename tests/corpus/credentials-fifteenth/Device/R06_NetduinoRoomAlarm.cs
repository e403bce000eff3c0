// Real source: robertosihombing/secure-room SecureRoom/SecureRoom/Config/Settings.cs, Smtp/EmailSender.cs,
//              Gsm/SmsSender.cs and Program.cs
// Domain: Netduino Plus PIR room alarm that e-mails (and can SMS through a SIM900 shield) on movement.
// Kept: Settings as private static readonly fields exposed by get-only properties, EmailSender setting the Bansky
// SmtpClient's Username/Password from Settings, SmsSender's serial AT sequence, Program's PIR handler. Changed: the
// SMTP password of the original is replaced by a fresh value of the same shape, and the phone number / addresses by
// fictitious ones. Added: the SIM PIN unlock sent before the first SMS, the keypad disarm code checked by the
// program, and hard negatives.
using System;
using System.IO.Ports;
using System.Text;
using System.Threading;
using Microsoft.SPOT;
using Microsoft.SPOT.Hardware;
using SecretLabs.NETMF.Hardware.NetduinoPlus;
using Bansky.SPOT.Mail;

namespace SecureRoom.Config
{
    public static class Settings
    {
        private static readonly string phoneNumber = "+79050000000"; // expect: none
        private static readonly string messageText = "Detected some movements in the room!";
        private static readonly string receiverEmailAddress = "79050000000@sms.beemail.ru";
        private static readonly string senderEmailAddress = "secure.room@example.ru";
        private static readonly string smtpServer = "smtp.yandex.ru";
        private static readonly int smtpPort = 587;
        private static readonly string smtpUsername = "secure.room"; // expect: none
        private static readonly string smtpPassword = "vecpmkg"; // expect: IOT1001
        // Added
        private static readonly string simPin = "4230"; // expect: IOT1001
        private static readonly string disarmCode = "200119"; // expect: IOT1004

        public static string SmtpUsername { get { return smtpUsername; } }
        public static string SmtpPassword { get { return Settings.smtpPassword; } }
        public static string SmtpServer { get { return smtpServer; } }
        public static int SmtpPort { get { return smtpPort; } }
        public static string SenderEmailAddress { get { return senderEmailAddress; } }
        public static string ReceiverEmailAddress { get { return receiverEmailAddress; } }
        public static string MessageText { get { return messageText; } }
        public static string PhoneNumber { get { return phoneNumber; } }
        // Added
        public static string SimPin { get { return simPin; } }
        public static string DisarmCode { get { return disarmCode; } }
    }
}

namespace SecureRoom
{
    using SecureRoom.Config;

    public interface ISender { void Send(string to, string message); }

    public class EmailSender : ISender
    {
        public void Send(string to, string message)
        {
            MailMessage mailMessage = new MailMessage();
            mailMessage.From = new MailAddress(Settings.SenderEmailAddress, "Security System");
            mailMessage.To.Add(new MailAddress(to, "Receiver Person"));
            mailMessage.Subject = "Room Activity Dectected";
            mailMessage.Body = message;
            mailMessage.IsBodyHtml = false;
            SmtpClient smtp = new SmtpClient(Settings.SmtpServer, Settings.SmtpPort);
            try
            {
                smtp.Authenticate = true;
                smtp.Username = Settings.SmtpUsername;
                smtp.Password = Settings.SmtpPassword;
                smtp.Send(mailMessage);
            }
            catch (SmtpException e)
            {
                Debug.Print(e.Message);
                Debug.Print("Error Code: " + e.ErrorCode.ToString());
                throw;
            }
            finally
            {
                smtp.Dispose();
            }
        }
    }

    public class SmsSender : ISender
    {
        static SerialPort serialPort;
        private static bool simUnlocked;

        public SmsSender(string portName = SerialPorts.COM1, int baudRate = 19200, Parity parity = Parity.None, int dataBits = 8, StopBits stopBits = StopBits.One)
        {
            serialPort = new SerialPort(portName, baudRate, parity, dataBits, stopBits);
            serialPort.ReadTimeout = -1;
            serialPort.Open();
        }

        private void Print(string line)
        {
            System.Text.UTF8Encoding encoder = new System.Text.UTF8Encoding();
            byte[] bytesToSend = encoder.GetBytes(line);
            serialPort.Write(bytesToSend, 0, bytesToSend.Length);
        }

        private void PrintLine(string line) { Print(line + "\r"); }

        private void PrintEnd()
        {
            byte[] bytesToSend = new byte[1];
            bytesToSend[0] = 26;
            serialPort.Write(bytesToSend, 0, 1);
            Thread.Sleep(200);
        }

        public void Send(string to, string message)
        {
            // Added: unlock the SIM once after power-up
            if (!simUnlocked)
            {
                PrintLine("AT+CPIN=\"" + Settings.SimPin + "\"");
                simUnlocked = true;
            }
            PrintLine("AT+CMGF=1"); // expect: none
            Thread.Sleep(100);
            PrintLine("AT+CMGS=\"" + to + "\"");
            Thread.Sleep(100);
            PrintLine(message);
            Thread.Sleep(100);
            PrintEnd();
            Debug.Print("SMS Sent!");
        }
    }

    public class Program
    {
        private static OutputPort onBoardLed = new OutputPort(Pins.ONBOARD_LED, false);
        private static readonly ISender emailSender = new EmailSender();

        private static void OnSensorTriggered(bool triggered, DateTime time)
        {
            onBoardLed.Write(true);
            emailSender.Send(Settings.ReceiverEmailAddress, time.ToString() + " " + Settings.MessageText);
            onBoardLed.Write(false);
        }

        // Added: the keypad by the door disarms the PIR for ten minutes
        public static bool TryDisarm(string entered)
        {
            if (entered.Trim() == Settings.DisarmCode)
            {
                Debug.Print("Disarmed by keypad");
                return true;
            }
            Debug.Print("Wrong code, alarm stays armed"); // expect: none
            return false;
        }
    }
}

// Real source: DiskCrasher/garagedoor GarageDoor/Mailer.cs, GarageDoor/GarageDoorSensor.cs
// Kept: the hand-rolled SMTP conversation (220/250/354/221 checks, HELO, MAIL FROM, RCPT TO, DATA, QUIT) to the LAN relay
// 10.0.0.2:25, the constants block and the "Garage door is OPEN!" message. Changed: Windows.Networking StreamSocket and
// DataReader/DataWriter replaced by System.Net.Sockets; added: AUTH LOGIN for the relay, the Gmail fallback through
// SmtpClient with an app password, the remote close command checked against a code, and the door fault code.
using System;
using System.IO;
using System.Net;
using System.Net.Mail;
using System.Net.Sockets;
using System.Text;

namespace GarageDoor
{
    /// <summary>
    /// This class contains methods for communicating with an SMTP server.
    /// </summary>
    public class Mailer : IDisposable
    {
        private const string SERVER_HOST_NAME = "10.0.0.2";
        private const int SERVER_PORT_NUMBER = 25;
        private const string FROM_EMAIL = "garage.pi3@shootingstar.example";
        private const string TO_EMAIL = "owner@shootingstar.example";
        private const string ADMIN_EMAIL = "admin@shootingstarbbs.us"; // expect: none
        private const string SMTP_USER = "garagepi";
        private const string SMTP_PASSWORD = "IRqNE*dM1LuJ73"; // expect: IOT1004
        private const string GMAIL_APP_PASSWORD = "kycFxnUebYhwnXaP"; // expect: IOT1001

        private TcpClient m_clientSocket = new TcpClient();
        private bool m_socketConnected = false;

        public void Connect()
        {
            if (m_socketConnected) return;
            try
            {
                m_clientSocket.Connect(SERVER_HOST_NAME, SERVER_PORT_NUMBER);
                m_socketConnected = true;
            }
            catch (SocketException)
            {
                // Could retry the connection, but for this simple example just fall back to Gmail.
            }
        }

        public void Send(string data)
        {
            if (!m_socketConnected)
            {
                SendViaGmail(data);
                return;
            }
            SendSMTPCommands(data);
        }

        private void SendSMTPCommands(string data)
        {
            using var stream = m_clientSocket.GetStream();
            using var reader = new StreamReader(stream);
            using var writer = new StreamWriter(stream) { AutoFlush = true, NewLine = "\r\n" };

            string rxData = reader.ReadLine(); // Read 220 connection response message.
            if (!rxData.StartsWith("220")) throw new InvalidOperationException("Unexpected return result");

            writer.WriteLine("EHLO shootingstarbbs.us");
            rxData = reader.ReadLine();
            writer.WriteLine("AUTH LOGIN");
            reader.ReadLine(); // 334 VXNlcm5hbWU6
            writer.WriteLine(Convert.ToBase64String(Encoding.ASCII.GetBytes(SMTP_USER)));
            reader.ReadLine(); // 334 UGFzc3dvcmQ6
            writer.WriteLine(Convert.ToBase64String(Encoding.ASCII.GetBytes(SMTP_PASSWORD)));
            rxData = reader.ReadLine();
            if (!rxData.StartsWith("235")) throw new InvalidOperationException("Relay refused the login");

            writer.WriteLine($"MAIL FROM:<{FROM_EMAIL}>");
            reader.ReadLine();
            writer.WriteLine($"RCPT TO:<{TO_EMAIL}>");
            reader.ReadLine();
            writer.WriteLine("DATA");
            rxData = reader.ReadLine(); // 354
            if (!rxData.StartsWith("354")) throw new InvalidOperationException("Unexpected return result");

            string txData = $"From: Raspberry Pi3 <{ADMIN_EMAIL}>\r\n";
            txData += $"To: {TO_EMAIL}\r\n";
            txData += $"Date: {DateTime.Now}\r\n";
            txData += "Subject: Garage door is OPEN!\r\n\r\n";
            txData += data + "\r\n.";
            writer.WriteLine(txData);
            reader.ReadLine(); // 250
            writer.WriteLine("QUIT");
        }

        private static void SendViaGmail(string data)
        {
            using var smtp = new SmtpClient("smtp.gmail.com", 587)
            {
                EnableSsl = true,
                Credentials = new NetworkCredential("garage.pi3.alerts@gmail.com", GMAIL_APP_PASSWORD),
            };
            smtp.Send(FROM_EMAIL, TO_EMAIL, "Garage door is OPEN!", data);
        }

        public void Dispose() => m_clientSocket?.Dispose();
    }

    public class GarageDoorSensor
    {
        private const int DOOR_SWITCH_PIN = 5; // expect: none
        private const int RELAY_PIN = 6;
        private const string DoorFaultCode = "E07"; // expect: none
        private const string GarageCloseCode = "4658"; // expect: IOT1004

        public TimeSpan OpenAlertDelay { get; } = TimeSpan.FromMinutes(10);

        // Phone shortcut sends "CLOSE <code>" to port 8081 when the alert mail arrives.
        public bool HandleRemoteCommand(string received)
        {
            var parts = received.Trim().Split(' ');
            if (parts.Length == 2 && parts[0] == "CLOSE" && parts[1] == GarageCloseCode)
            {
                Console.WriteLine($"Pulsing relay on GPIO {RELAY_PIN}");
                return true;
            }
            Console.WriteLine($"Rejected remote command; door state {DoorFaultCode} on GPIO {DOOR_SWITCH_PIN}");
            return false;
        }
    }
}

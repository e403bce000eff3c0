// Written for corpus31 (not adapted from a repository).
// Domain: the indoor rowing ergometers of a rowing club's boathouse (a Linux board in each monitor): the fleet gateway brings up
//   its LTE modem, publishes finished pieces to the club's message bus, writes the logbook to MySQL, seals stroke data,
//   presents a client certificate, lets a coach override the lock-out and hands guests a session passcode.
// Shapes: SIM PINs held in constants and interpolated into AT+CPIN, an AMQP URI built by string.Concat with the password on its
//   own line, a MySQL connection string built by a StringBuilder append chain, literal AES key bytes, a written fallback of a
//   file read (ternary) at the X509Certificate2(fileName, password) constructor, the team's own override code, a clock-made
//   passcode, a cookie of characters picked by System.Random; hard negatives (AT+CPIN?, configuration key, GPIO number, prose,
//   back-off).
using System;
using System.IO;
using System.IO.Ports;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using MySqlConnector;
using RabbitMQ.Client;

namespace Corpus31.RowingErgometer
{
    public sealed class ErgModem
    {
        private const string SimPin = "4729"; // expect: IOT1001
        private const string FactoryPin = "0000"; // expect: IOT1002
        private readonly SerialPort _port;

        public ErgModem(SerialPort port)
        {
            _port = port;
        }

        public void UnlockSim(bool spareSim)
        {
            _port.WriteLine("AT+CPIN?"); // expect: none
            if (!_port.ReadExisting().Contains("SIM PIN"))
                return;
            if (spareSim)
                _port.WriteLine($"AT+CPIN=\"{FactoryPin}\"");
            else
                _port.WriteLine($"AT+CPIN=\"{SimPin}\"");
        }
    }

    public static class SessionUpload
    {
        public static ConnectionFactory BusFactory() => new ConnectionFactory
        {
            Uri = new Uri(string.Concat(
                "amqps://erg-fleet:",
                "q1v-oA3!9S", // expect: IOT1001
                "@mq.boathouse.example:5671/rowing")),
        };

        public static MySqlConnection OpenLogbook()
        {
            var sb = new StringBuilder();
            sb.Append("Server=db.boathouse.example;Port=3306;Database=logbook;User ID=erg_writer;")
              .Append("Password=")
              .Append("CTB4c4VslfOwxo") // expect: IOT1001
              .Append(";SslMode=Required");
            var connection = new MySqlConnection(sb.ToString());
            connection.Open();
            return connection;
        }

        public static byte[] SealStrokeData(byte[] strokes, byte[] iv)
        {
            using var aes = Aes.Create();
            aes.Key = new byte[] { 0xa3, 0x28, 0x49, 0x27, 0x51, 0xa3, 0x9b, 0xc1, 0x88, 0xa4, 0x1a, 0xf3, 0xa2, 0x04, 0xdb, 0xd6 }; // expect: IOT1003
            return aes.EncryptCbc(strokes, iv);
        }

        public static X509Certificate2 ClientCertificate(string pfxPath, string passwordFile)
        {
            var pfxPassword = File.Exists(passwordFile) ? File.ReadAllText(passwordFile).Trim() : "<boathouse-pfx-password>"; // expect: IOT1006
            return new X509Certificate2(pfxPath, pfxPassword);
        }
    }

    public sealed class ErgConsole
    {
        private const string CoachOverrideCode = "731946"; // expect: IOT1004
        public const string UploadPasswordKey = "Ergo:Upload:Password"; // expect: none
        public const int StrokeSensorPin = 17; // expect: none
        private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        private static readonly Random Rng = new Random();

        public bool TryOverride(string entered) =>
            string.Equals(entered.Trim(), CoachOverrideCode, StringComparison.Ordinal);

        public string StartGuestSession()
        {
            string sessionPasscode = DateTime.Now.ToString("HHmm"); // expect: IOT1005
            Console.WriteLine("Guest session started, enter the passcode shown on the monitor to save your piece."); // expect: none
            return sessionPasscode;
        }

        public string NewWebCookie()
        {
            var chars = new char[24];
            for (int i = 0; i < chars.Length; i++)
                chars[i] = Alphabet[Rng.Next(Alphabet.Length)]; // expect: IOT3005
            var sessionCookie = new string(chars);
            return sessionCookie;
        }

        public int UploadBackoffMs(int attempt) => 500 * attempt + Rng.Next(0, 250); // expect: none
    }
}

// Written for corpus17: a public library's automated book return. The sorter PC reads each item's UHF
// RFID tag, checks the item in with the library management system over SIP2, drops it into the right
// bin, locks the tag's security bit again and shows holds in the pick-up lockers.
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Mail;
using System.Net.Sockets;
using System.Text;
using Acme.Rfid;

namespace Corpus17.Written.LibrarySorter
{
    public class Sip2Client
    {
        private const string SipHost = "lms.stadtbibliothek.example";
        private const int SipPort = 6001;
        private const string SipUser = "sorter03";
        private const string SipPassword = "ks8NFQTG-iyEg"; // expect: IOT1004
        private const string PasswordField = "CO"; // expect: none
        private const string SipPasswordSetting = "Sip:Password"; // expect: none
        private const string Location = "RUECKGABE-OST";

        private TcpClient _tcp;

        public void Login()
        {
            _tcp = new TcpClient(SipHost, SipPort);
            string login = "9300CN" + SipUser + "|" + PasswordField + SipPassword + "|CP" + Location + "|";
            Send(login + Checksum(login));
        }

        public void CheckIn(string itemBarcode)
        {
            string msg = $"09N{DateTime.Now:yyyyMMdd    HHmmss}{DateTime.Now:yyyyMMdd    HHmmss}AP{Location}|AO|AB{itemBarcode}|AC|";
            Send(msg + Checksum(msg));
        }

        private static string Checksum(string message)
        {
            int sum = 0;
            foreach (char c in message + "AZ") sum += c;
            return "AZ" + ((-sum) & 0xFFFF).ToString("X4");
        }

        private void Send(string message)
        {
            byte[] bytes = Encoding.ASCII.GetBytes(message + "\r");
            _tcp.GetStream().Write(bytes, 0, bytes.Length);
        }
    }

    public class TagWriter
    {
        private readonly UhfReader _reader = new UhfReader("192.168.7.20");
        private const string ItemEpcExample = "E2801160600002093FC6A5B1"; // expect: none

        public void RearmSecurityBit(string epc)
        {
            _reader.SetEas(epc, true, accessPassword: "5A3C91E7"); // expect: IOT1001
        }
    }

    public class LmsRestApi
    {
        private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://lms.stadtbibliothek.example/api/") };

        public LmsRestApi()
        {
            string basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("sorter03:qo6kmEEi7zR2")); // expect: IOT1001
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
        }

        public void ReportBinFull(int bin) => _http.PostAsync($"sorter/bins/{bin}/full", null).Wait();
    }

    public class InterlibraryLoan
    {
        public void Notify(string itemId)
        {
            using (var http = new HttpClient())
            {
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
                    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJpbGwtaHViLmV4YW1wbGUiLCJzdWIiOiJzb3J0ZXItMDMiLCJhdWQiOiJpbGwtYXBpIiwiaWF0IjoxNzE4MDAwMDAwLCJleHAiOjIwMzMzNjAwMDB9.0Lif-w3U1OA3JC0BZ6RlOEtlw-BIA8C6jS9lQC4Y7F4"); // expect: IOT1003
                http.PostAsync("https://ill-hub.example/api/returns/" + itemId, null).Wait();
            }
        }
    }

    public class BinDisplayPanel
    {
        public string ReadStatus()
        {
            using (var client = new WebClient())
            {
                client.Credentials = new NetworkCredential("panel", "1234"); // expect: IOT1002
                return client.DownloadString("http://192.168.7.30/status.json");
            }
        }
    }

    public class OverdueAlerts
    {
        public void Send(string body)
        {
            using (var smtp = new SmtpClient("mail.stadtbibliothek.example", 587))
            {
                smtp.EnableSsl = true;
                smtp.Credentials = new NetworkCredential("sorter-alerts@stadtbibliothek.example", "TODO"); // expect: IOT1006
                smtp.Send("sorter-alerts@stadtbibliothek.example", "ausleihe@stadtbibliothek.example", "Rueckgabe-Sorter", body);
            }
        }
    }

    public class StaffKiosk
    {
        private const string StaffOverridePin = "6829"; // expect: IOT1004
        private const string PinPrompt = "Mitarbeiter-PIN:"; // expect: none
        private readonly Random _random = new Random();

        public bool Unlock(string pin)
        {
            Console.WriteLine(PinPrompt);
            return pin == StaffOverridePin;
        }

        // Holds are collected from a locker with a code sent to the patron by e-mail.
        public string LockerPickupCode(int lockerNumber)
        {
            string pickupCode = DateTime.Now.ToString("mmss") + lockerNumber.ToString("D2"); // expect: IOT1005
            return pickupCode;
        }

        public string NewKioskSession()
        {
            byte[] bytes = new byte[16];
            _random.NextBytes(bytes); // expect: IOT3005
            string sessionId = Convert.ToBase64String(bytes);
            return sessionId;
        }

        // Spread returns over the two overflow bins.
        public int OverflowBin() => 11 + _random.Next(0, 2); // expect: none
    }
}

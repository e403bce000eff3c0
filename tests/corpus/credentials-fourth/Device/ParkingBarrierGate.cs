// Car-park exit barrier: ANPR camera, ticket validation, payment terminal TLS and the parking message bus.
using System;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Amqp;

namespace Parkco.Barrier
{
    public sealed class ParkingBarrierGate : IDisposable
    {
        private const string GateOverrideCode = "660117"; // expect: IOT1004
        private const string TicketInvalidMessage = "Ticket not valid - please pay at the machine or press the intercom."; // expect: none
        private static readonly Regex PlatePattern = new(@"^[A-Z]{1,3}-[A-Z]{1,2}\s?\d{1,4}[EH]?$"); // expect: none
        private const string BusHost = "bus.parkco.example";

        private const string TerminalKeyPkcs8 = "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgzRsGzmlnwPJp9WOelli1UhnAXK7gKcolzD9zPIYKHkehRANCAATMBylxqisstfgx26ln+RztDYqGVfWzVzKoljbDEi0evVl+FR5rOUFlzNVExPt26PvSQsR7Vy6j2VjCB60LAVHg"; // expect: IOT1003

        private readonly HttpClient _anpr;
        private readonly Random _rng = new();
        private readonly HMACSHA256 _exitPassMac = new(new byte[]
        {
            0x9D, 0x41, 0x7E, 0x02, 0xC8, 0x55, 0x1B, 0xF3, 0x6A, 0x90, 0x2C, 0xE7, 0x48, 0xB1, 0x0F, 0x64,
            0xD3, 0x27, 0x8E, 0x5A, 0x11, 0xFC, 0x96, 0x3B, 0x70, 0xAE, 0x04, 0xC9, 0x5F, 0x82, 0x3D, 0xE6,
        }); // expect: IOT1003

        public ParkingBarrierGate()
        {
            _anpr = new HttpClient(new HttpClientHandler { Credentials = new NetworkCredential("admin", "admin1234") }); // expect: IOT1002
        }

        public Address StagingBus() => new(BusHost, 5671, "barrier-07", "changeme-later"); // expect: IOT1006

        public Address ProductionBus() => new("amqps://barrier-07:Barr!er-Amqp-31@bus.parkco.example/gates"); // expect: IOT1001

        public async Task<string?> ReadPlateAsync()
        {
            string plate = (await _anpr.GetStringAsync("http://10.7.0.21/ISAPI/Traffic/channels/1/vehicleDetect/plates")).Trim();
            return PlatePattern.IsMatch(plate) ? plate : null;
        }

        public string IssueLostTicketCode()
        {
            string ticketCode = _rng.Next(0, 0xFFFFFF).ToString("X6"); // expect: IOT3005
            return ticketCode;
        }

        public string IssueExitPass(string plate, DateTime paidUntil)
        {
            int exitNonce = _rng.Next(); // expect: IOT3005
            string body = $"{plate}|{paidUntil:O}|{exitNonce}";
            string mac = Convert.ToBase64String(_exitPassMac.ComputeHash(Encoding.UTF8.GetBytes(body)));
            return body + "|" + mac;
        }

        public bool OperatorOverride(string code)
        {
            if (code == GateOverrideCode)
            {
                return true;
            }
            Console.WriteLine(TicketInvalidMessage);
            return false;
        }

        public string MaintenanceHotspotPassword()
        {
            string hotspotPassword = "PK-" + Environment.MachineName.ToLowerInvariant(); // expect: IOT1005
            return hotspotPassword;
        }

        public ECDsa TerminalKey()
        {
            var key = ECDsa.Create();
            key.ImportPkcs8PrivateKey(Convert.FromBase64String(TerminalKeyPkcs8), out _);
            return key;
        }

        public string ReceiptNumber() => RandomNumberGenerator.GetHexString(10); // expect: none

        public int NextLedAnimationFrame(int frames) => _rng.Next(frames); // expect: none

        public void Dispose()
        {
            _anpr.Dispose();
            _exitPassMac.Dispose();
        }
    }
}

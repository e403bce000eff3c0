// Written for corpus28: edge gateway beside the headbox of a paper machine (slice opening, jet-to-wire ratio, stock
// consistency): reads the DCS over OPC UA, writes trends to InfluxDB and the mill historian, signs its reports and talks to
// the consistency loop over the mill's own TCP protocol.
using System;
using System.Collections.Generic;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using InfluxDB.Client;
using Opc.Ua;

namespace PaperMill.Headbox
{
    internal sealed class TrendWriter
    {
        private readonly InfluxDBClient _client;
        public TrendWriter(string url, string token) => _client = new InfluxDBClient(url, token);
        public System.Threading.Tasks.Task WriteAsync(string line) => _client.GetWriteApiAsync().WriteRecordAsync(line, "pm3", "mill");
    }

    internal static class HeadboxGateway
    {
        private const string DcsEndpoint = "opc.tcp://dcs-pm3.mill.example:4840"; // expect: none
        private const string SliceNode = "ns=2;s=PM3/Headbox/SliceOpening"; // expect: none
        private const string ConsistencyLoopApiToken = "F5#hFLW%neeC-q"; // expect: IOT1004
        private const string DefaultOperatorPasswordHash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"; // expect: none

        private static readonly string HistorianConnection =
            "Server=hist-pm3.mill.example;Database=PM3Trends;User Id=pm3_hist;Password=ibl.9Slc8goZ;Encrypt=True"; // expect: IOT1001
        private static readonly string LabDbConnection =
            "Host=labdb.mill.example;Username=postgres;Password=postgres;Database=quality"; // expect: IOT1002

        private static readonly Dictionary<string, string> ExportSettings = new()
        {
            ["historian.user"] = "pm3_export",
            ["historian.password"] = "sqBP6DF9wMrtQi", // expect: IOT1001
            ["historian.retentionDays"] = "400",
        };

        private const string ReportSigningKeyPem =
            "-----BEGIN EC PRIVATE KEY-----\n" +
            "MHcCAQEEIBPN4gyNIWG+V9zaoUebZ+jlmYWlo2o0VfOmi22RVozIoAoGCCqGSM49\n" +
            "AwEHoUQDQgAEJC8V3ACB9brsAmrp2mIhAOhwnLCH2jq6yEBhlQUh2a7cXqGjVbKL\n" +
            "QyxIQkrphb6VVZC+6G/IFHCw9jpjVPbUfw==\n" +
            "-----END EC PRIVATE KEY-----"; // expect: IOT1003

        private const string MillRootCa = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ0hEQ0Fjb3JwMB4XDTI0MDEwMTAwMDAwMFo=\n-----END CERTIFICATE-----"; // expect: none

        private static readonly string ScannerSharePassword = "C7apRP_qBq-scan"; // expect: IOT1001
        private const string OperatorPrompt = "Password:"; // expect: none

        public static System.Net.NetworkCredential ScannerShare() => new System.Net.NetworkCredential("pm3-scanner", ScannerSharePassword);

        public static UserIdentity DcsIdentity() => new UserIdentity("headbox-gw", "x%KbpRJ#WZbThx"); // expect: IOT1001

        public static TrendWriter Trends() => new TrendWriter("https://influx.mill.example:8086", ".gJt70prx8TBh9-Pm3"); // expect: IOT1001

        public static Amqp.Address MillBus() => new Amqp.Address("bus.mill.example", 5671, "headbox", "xxxxxxxx"); // expect: IOT1006

        public static string HistorianLogin(string machineSerial)
        {
            var historianPassword = "pm3-" + machineSerial.ToLowerInvariant(); // expect: IOT1005
            return historianPassword;
        }

        public static byte[] LoopChallenge()
        {
            var rnd = new Random();
            var challenge = new byte[16];
            rnd.NextBytes(challenge); // expect: IOT3005
            return challenge;
        }

        public static void SendToConsistencyLoop(TcpClient loop, double consistencyPct)
        {
            var frame = Encoding.ASCII.GetBytes($"TOK={ConsistencyLoopApiToken};CONS={consistencyPct:F3}\n");
            loop.GetStream().Write(frame, 0, frame.Length);
            Console.WriteLine($"{DcsEndpoint} {SliceNode} {HistorianConnection.Length} {LabDbConnection.Length} {ExportSettings.Count} {ReportSigningKeyPem.Length} {MillRootCa.Length} {DefaultOperatorPasswordHash.Length} {OperatorPrompt}");
        }
    }
}

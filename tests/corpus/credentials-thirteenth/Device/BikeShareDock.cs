// Written for corpus13: a bike-share docking station (locks per bay, card reader) talking to the operator's back office
// over a WebSocket and keeping a local trip ledger in a database.
using System;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace BikeShare
{
    public record DockCredentials(string StationId, string Secret);

    public class DockLink
    {
        private static readonly DockCredentials Production = new("dock-17", "Dq7vR2mW9pLs4x"); // expect: IOT1001
        private static readonly DockCredentials Staging = new("dock-17-stg", "stg-7Hc2Lw9Pq4Rz"); // expect: IOT1001

        public async Task Connect(bool staging)
        {
            var creds = staging ? Staging : Production;
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{creds.StationId}:{creds.Secret}"));
            using var ws = new ClientWebSocket();
            ws.Options.SetRequestHeader("Authorization", "Basic " + basic); // expect: none
            await ws.ConnectAsync(new Uri("wss://backoffice.bikes.example/dock"), CancellationToken.None);
        }
    }

    public static class Ledger
    {
        public const string LedgerConnection = "Server=ledger.local;Database=trips;User Id=dock17;Password=zpomd8swYHQvjH;"; // expect: IOT1001
        public const string ReportingConnection = "Host=reports.local;Username=postgres;Password=postgres;Database=trips"; // expect: IOT1002
        public const string LocalConnection = "Server=(localdb)\\trips;Trusted_Connection=True;"; // expect: none
        public const string PasswordlessTemplate = "Server={0};Database=trips;Password={1};"; // expect: none

        public static string Open(string connectionString) => connectionString.Split(';')[0];
        public static void Init() { Open(LedgerConnection); Open(ReportingConnection); }
    }

    public static class BayCodes
    {
        public static string UnlockCode(int dockNumber)
        {
            string unlockCode = "Dock" + dockNumber.ToString("D2"); // expect: IOT1005
            return unlockCode;
        }

        public static string RiderPin()
        {
            var riderPin = new Random().Next(1000, 9999).ToString(); // expect: IOT1005
            return riderPin;
        }

        public static string NewSessionId()
        {
            var sessionId = Random.Shared.Next().ToString("X8"); // expect: IOT3005
            return sessionId;
        }

        public static int RetryDelayMs() => Random.Shared.Next(100, 900); // expect: none
    }
}

// Written for corpus19: a passenger ferry terminal's boarding gates and vehicle-lane barriers (.NET on Linux gate
// controllers: MQTTnet to the terminal broker, AMQP to the operator's cloud, SNMP to the lane switches, an HTTP API
// to the ticketing back office, and the gate engineer's web console on nanoFramework).
using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Amqp;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using MQTTnet.Client;
using MQTTnet.Server;
using nanoFramework.WebServer;

namespace Ferry.Terminal
{
    public sealed class GateOptions
    {
        public string Broker { get; set; } = "terminal-broker";
        public string User { get; set; } = "gate";
        public string Password { get; set; }
    }

    public static class GateFactory
    {
        public static GateOptions ForBerth(int berth) => new GateOptions
        {
            User = $"gate-berth{berth}",
            Password = "Quay" + berth.ToString("D3"), // expect: IOT1005
        };

        public static GateOptions Lab() => new GateOptions { Broker = "localhost", Password = "IVD1duFsI7zq9X" }; // expect: IOT1001

        public static MqttClientOptions Build(GateOptions options) => new MqttClientOptionsBuilder()
            .WithTcpServer(options.Broker, 8883)
            .WithCredentials(options.User, options.Password)
            .Build();
    }

    public static class OperatorCloud
    {
        public static Address Uplink() => new Address("ferry-ops.servicebus.example", 5671, "gate-uplink", "eW98qp#e8PFwmQ"); // expect: IOT1001

        public static Address BackupUplink() => new Address("amqps://gate-uplink:Ja0HLdmYN5djB7@ferry-dr.servicebus.example"); // expect: IOT1001
    }

    public static class LaneSwitches
    {
        public static Version2MembershipProvider Agent() =>
            new Version2MembershipProvider(new OctetString("public"), new OctetString("9HEpnMDaJS3RhC")); // expect: IOT1002 IOT1001
    }

    public static class Ticketing
    {
        private static readonly HttpClient Http = new HttpClient();

        public static Task<string> ManifestAsync(string sailing) =>
            Http.GetStringAsync($"https://ticketing.ferry.example/api/manifest?sailing={sailing}&api_key=5XNQbOf5sTvN625dfm38zXeZ"); // expect: IOT1001

        public static Task<string> TimetableAsync() =>
            Http.GetStringAsync("https://ticketing.ferry.example/api/timetable?route=HARBOUR-ISLAND&format=json"); // expect: none
    }

    public static class TerminalBroker
    {
        // The terminal's own broker accepts the lane cameras' fixed login.
        public static Task Validate(ValidatingConnectionEventArgs e)
        {
            if (e.UserName == "lanecam" && e.Password != "HRQ_SAQ#O5KJvR") // expect: IOT1001
                e.ReasonCode = 134;
            return Task.CompletedTask;
        }
    }

    [Authentication("Basic:engineer 6woE-MPDqUfCQR")] // expect: IOT1001
    public class GateEngineerController
    {
        public static string BoardingPassQrSample => "FERRY|2024-07-01|SAILING-0930|SEAT-TEST-000"; // expect: none
    }

    public static class EngineerConsole
    {
        public static WebServer Start()
        {
            var server = new WebServer(80);
            server.ApiKey = "ApiKeyGoesHere"; // expect: IOT1006
            return server;
        }

        public static string NewLaneTicketNonce() => $"{new Random().Next():x8}"; // expect: IOT3005
        public static int CameraPollJitterMs() => new Random().Next(50, 400); // expect: none
    }
}

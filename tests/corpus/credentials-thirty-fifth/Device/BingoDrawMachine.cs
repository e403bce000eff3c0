// Written for corpus35: a bingo hall's air-mix ball blower and number board: the caller's desk draws balls, the board
// and the hall's screens show them, draws are logged to the cloud and game cards are validated at the bar.
using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using Microsoft.Azure.Devices.Client;
using MQTTnet;
using StackExchange.Redis;

namespace Corpus35.BingoDrawMachine
{
    public sealed class BlowerController
    {
        private const string HubHost = "bingo-halls.azure-devices.net";
        private const string DeviceId = "blower-hall-03";
        private const string CallerPasswordHint = "Ask the hall manager for tonight's caller password."; // expect: none
        private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        private const string LoggedHubSas = "SharedAccessSignature sr=bingo-halls.azure-devices.net%2Fdevices%2Fblower-hall-03&sig=****&se=1767225600"; // expect: none

        private static readonly (string User, string Password)[] CallerLogins =
        {
            ("caller1", "n^@Q6a!jaKU~CM"), // expect: IOT1004
        };

        private readonly int hallNumber;
        private readonly Random _rng = new Random();

        public BlowerController(int hallNumber) => this.hallNumber = hallNumber;

        public MqttClientOptions DeskOptions() => new MqttClientOptionsBuilder()
            .WithTcpServer("desk.bingo-hall.example", 8883)
            .WithCredentials("caller-desk", "S5JUP4r5@:H=#l"u8.ToArray()) // expect: IOT1001
            .Build();

        public ConnectionMultiplexer DrawCache() => ConnectionMultiplexer.Connect(new ConfigurationOptions
        {
            EndPoints = { "redis.bingo-hall.example:6380" }, // expect: none
            Password = "R4Wuk=R6COiVTVnr", // expect: IOT1001
            Ssl = true,
        });

        public HttpClient ScreenClient()
        {
            NetworkCredential displayLogin = new("board", "EbIN2Wj+tPUJOLs"); // expect: IOT1001
            return new HttpClient(new HttpClientHandler { Credentials = displayLogin });
        }

        public void ConnectBoardDisplay()
        {
            var display = new uPLibrary.Networking.M2Mqtt.MqttClient("board.bingo-hall.example");
            display.Connect("board-display", "display", "${BINGO_DISPLAY_PASSWORD}"); // expect: IOT1006
        }

        public ModuleClient DrawLog() => ModuleClient.CreateFromConnectionString(string.Format(
            "HostName={0};DeviceId={1};ModuleId={2};SharedAccessKey={3}",
            HubHost,
            DeviceId,
            "drawlog",
            "nxT7ZCZKApH58ax3gTLc/nFrG7XejNHIVK+ZyDIhZDc=")); // expect: IOT1003

        public IMembershipProvider StatusAgentMembership() =>
            new Version2MembershipProvider(new OctetString("public"), new OctetString("private")); // expect: IOT1002 IOT1002

        public bool CallerMayDraw(string user, string password) =>
            CallerLogins.Any(l => l.User == user && l.Password == password);

        public string HallScreenPassword()
        {
            string hallPassword = "Hall" + hallNumber.ToString("D2"); // expect: IOT1005
            return hallPassword;
        }

        public string NewCardToken()
        {
            var cardToken = new string(Enumerable.Range(0, 12).Select(_ => Alphabet[_rng.Next(Alphabet.Length)]).ToArray()); // expect: IOT3005
            return cardToken;
        }

        public int BlowerWobbleMs() => _rng.Next(5, 40); // expect: none

        public string LastConnectLogLine() => $"draw log connected with {LoggedHubSas}";
    }
}

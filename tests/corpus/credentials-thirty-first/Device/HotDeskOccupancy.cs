// Written for corpus31 (not adapted from a repository).
// Domain: the hot-desk occupancy gateway of an office floor: PIR sensors under the desks report through a gateway that writes
//   bookings to SQL Server, publishes occupancy over MQTT (MQTTnet v4), answers the desk panels' requests, serves SNMP to the
//   facilities NMS, pulls the floor plan, checks the sensor firmware's releases, unlocks the reception kiosk and gives each
//   desk badge reader a PIN.
// Shapes: a verbatim SQL Server connection string, a received header compared with a written Basic value, a configuration
//   read with a written fallback (GetValue), a setting stored by an indexer assignment in the constructor, an API key constant
//   in an api_key= query, a listed SNMP community, a GitHub token in a `token` Authorization header, the team's own kiosk
//   password check, a badge PIN from the device id's hash, a placeholder in a connection string's SharedAccessKey slot, a
//   session id from System.Random; hard negatives (BLE characteristic under a password name, label, GPIO number, jitter).
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using Microsoft.Azure.Devices.Client;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;
using MQTTnet.Client;

namespace Corpus31.HotDeskOccupancy
{
    public sealed class DeskGateway
    {
        private const string FloorplanApiKey = "lp_live_4XXRJYovDdiUF6yuQG_dYu2O6G"; // expect: IOT1001
        private const string FirmwareRepoToken = "ghp_jpWvf5Clwj17Hei4G6cDUClWI12Gk9oDCICs"; // expect: IOT1003
        private const string ReceptionKioskPassword = "RDlA3Hqm2R1-"; // expect: IOT1004
        public const string PasswordCharacteristic = "2A3D"; // expect: none
        public const string KioskPasswordLabel = "Kiosk password:"; // expect: none
        public const int PirSensorPin = 22; // expect: none
        private readonly IConfiguration _config;
        private readonly Dictionary<string, string> _settings = new();
        private readonly HttpClient _http = new HttpClient();
        private readonly Random _rng = new Random();

        public DeskGateway(IConfiguration config)
        {
            _config = config;
            _settings["desk.gateway.psk"] = "EaNPBjuJEIhN"; // expect: IOT1001
        }

        public IReadOnlyDictionary<string, string> Settings => _settings;

        public static SqlConnection OpenBookings() => new SqlConnection(
            @"Server=sql.office.example;Database=Desks;User Id=desk_svc;Password=L1oUfPI00iMq;Encrypt=True"); // expect: IOT1001

        public MqttClientOptions OccupancyBroker() =>
            new MqttClientOptionsBuilder()
                .WithTcpServer(_config["Desk:Mqtt:Host"] ?? "mqtt.office.example", 8883)
                .WithCredentials("desk-gw", _config.GetValue("Desk:Mqtt:Password", "H1Ub6b3NObod")) // expect: IOT1001
                .WithTls()
                .Build();

        public static bool IsPanelAuthorized(string authorizationHeader) =>
            authorizationHeader == "Basic cGFuZWw6UTFUOGE2SGhTIQ=="; // expect: IOT1001

        public IMembershipProvider SnmpAgentMembership() =>
            new Version2MembershipProvider(new OctetString("public"), new OctetString(_config["Snmp:WriteCommunity"])); // expect: IOT1002

        public Task<string> OccupancyMapAsync(int floor) =>
            _http.GetStringAsync($"https://floorplan.example/api/v1/occupancy?floor={floor}&api_key={FloorplanApiKey}");

        public async Task<string> LatestFirmwareAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.github.com/repos/office-iot/desk-sensor/releases/latest");
            request.Headers.Authorization = new AuthenticationHeaderValue("token", FirmwareRepoToken);
            request.Headers.UserAgent.ParseAdd("desk-gateway/1.4");
            var response = await _http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        public static bool UnlockReceptionKiosk(string typed) => typed == ReceptionKioskPassword;

        public static int BadgePin(string deviceId)
        {
            int badgePin = Math.Abs(deviceId.GetHashCode() % 10000); // expect: IOT1005
            return badgePin;
        }

        public static DeviceClient HubClient() => DeviceClient.CreateFromConnectionString(
            "HostName=desks.azure-devices.net;DeviceId=floor3-gw;SharedAccessKey=<device-key>"); // expect: IOT1006

        public string NewKioskSessionId()
        {
            var sessionId = _rng.NextInt64().ToString("x16"); // expect: IOT3005
            return sessionId;
        }

        public int PollJitterMs() => _rng.Next(0, 1500); // expect: none
    }
}

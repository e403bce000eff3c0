// Written for corpus19: a household recycling centre's cardboard baler and weighbridge (.NET on a panel PC: the
// baler PLC over Modbus/TCP, a 4G router's management API, the council's waste-data API, a resident permit reader).
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;

namespace Recycling.Baler
{
    public sealed class WeighbridgeSettings
    {
        public string CouncilApi { get; set; } = "https://waste-data.council.example/";
        public string CouncilClientId { get; set; } = "hrc-north";
        public string CouncilClientSecret { get; set; }
        public string RouterUser { get; set; } = "admin";
        public string RouterPassword { get; set; }
    }

    public sealed class Weighbridge
    {
        private readonly WeighbridgeSettings _settings;
        private readonly HttpClient _http = new HttpClient();

        public Weighbridge(IConfiguration configuration)
        {
            _settings = new WeighbridgeSettings
            {
                CouncilClientSecret = configuration["Council:ClientSecret"] ?? "5XNQbOf5sTvN625dfm38zXeZPqYF", // expect: IOT1001
                RouterPassword = configuration.GetValue("Router:Password", "Kcz8Iw#FC5uG!M"), // expect: IOT1001
            };
        }

        public async Task SubmitTonnageAsync(string json)
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_settings.CouncilClientId}:{_settings.CouncilClientSecret}"));
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
            await _http.PostAsync(_settings.CouncilApi + "tonnage", new StringContent(json, Encoding.UTF8, "application/json"));
        }

        public Task<HttpResponseMessage> RebootRouterAsync()
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_settings.RouterUser}:{_settings.RouterPassword}"));
            var request = new HttpRequestMessage(HttpMethod.Post, "http://192.168.1.1/api/system/reboot");
            request.Headers.Add("Authorization", "Basic " + basic);
            return _http.SendAsync(request);
        }

        public Task<HttpResponseMessage> LegacyRouterAsync() =>
            _http.GetAsync("http://admin:admin@192.168.2.1/cgi-bin/luci/admin/status"); // expect: IOT1002

        public const string CouncilSecretVariable = "HRC_COUNCIL_CLIENT_SECRET"; // expect: none
        public const string BalerModel = "Strautmann BC 300"; // expect: none
    }

    public static class ResidentPermits
    {
        // Permit QR codes carry an HMAC so forged van permits are refused at the gate.
        private static readonly byte[] PermitSigningKey = Convert.FromBase64String("6q0MXJShbKUFl1CptzBp51lQh/vrVr6RAffFsBYpX5Q="); // expect: IOT1003

        public static bool PermitValid(string permitId, string signature) =>
            Convert.ToHexString(HMACSHA256.HashData(PermitSigningKey, Encoding.UTF8.GetBytes(permitId))) == signature;

        // Van permit numbers are issued in sequence and double as the booking PIN.
        public static string BookingPin(int permitSequence) => (permitSequence % 10000).ToString("D4"); // expect: IOT1005

        public static string NewGateTicket() => "T" + new Random().Next(100000, 999999); // expect: none

        public const string SamplePermitId = "VAN-TEST-000123"; // expect: none

        public const string OperatorOverridePin = "4471"; // expect: IOT1004

        public static bool Override(string entered) => entered == OperatorOverridePin;
    }

    public static class PlcLink
    {
        // Obfuscation key the baler PLC's vendor tool XORs its recipe files with.
        public static readonly byte[] RecipeObfuscationKey = { 0x5e, 0x21, 0x9c, 0x47, 0xd0, 0x13, 0x8a, 0x66 }; // expect: IOT1004
        public const int ModbusPort = 502;
        public const string ModbusUnitLabel = "Unit 1 - PASS"; // expect: none
    }
}

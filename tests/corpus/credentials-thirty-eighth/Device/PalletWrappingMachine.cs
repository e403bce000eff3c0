// Written for corpus38 (not adapted from a repository). Domain: a pallet stretch-wrapping machine in a warehouse dispatch
// bay: the controller publishes wrap cycles to the plant MQTT broker, reads pallet weights from a scale gateway, reorders
// film from the supplier portal, serves an HMI with a service menu and brings up a maintenance hotspot.
#nullable enable
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using MQTTnet.Client;

namespace Corpus38.PalletWrappingMachine
{
    public class BrokerSettings
    {
        public string Host { get; set; } = "";
        public string User { get; set; } = "";
        public string Password { get; set; } = "";
    }

    static class WrapperDefaults
    {
        public static BrokerSettings PlantBroker() => new BrokerSettings
        {
            Host = "mqtt.plant.local",
            User = "wrapper-07",
            Password = "Jt0-gGgAe5O6" // expect: IOT1001
        };

        public const string ScaleGatewayPassword = "qwu5NipgyFt#UpY"; // expect: IOT1001
        public const string FilmReorderUrl = "https://portal.filmsupplier.example/api/reorder?apikey=YOUR_API_KEY"; // expect: IOT1006
        public const string ClientKeyPem = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIFTnuqQ8K84Bm0fDAIVHlynb74fMTKRfm/gip/YWooaVoAoGCCqGSM49\nAwEHoUQDQgAEQs4Hm52W58Zoqv6l+Brcjc1ds3rWkVX56yu/+zDS4opF4Ytdyn5h\n2tHpInvYRTtSrz7mHsSrt7JqweqFzCNPjQ==\n-----END EC PRIVATE KEY-----"; // expect: IOT1003
    }

    public class WrapperController
    {
        static readonly Dictionary<string, string> HmiFactoryPasswords = new() { ["operator"] = "0000" }; // expect: IOT1002
        const string ServiceMenuPasscode = "858991"; // expect: IOT1004
        const string PasswordPrompt = "Password:"; // expect: none
        const string CycleTopic = "plant/dispatch/wrapper07/cycle"; // expect: none
        const int FilmTensionRegister = 40112;
        readonly BrokerSettings _settings = WrapperDefaults.PlantBroker();
        readonly HttpClient _http = new();
        readonly Random _rng = new();

        public MqttClientOptions BrokerOptions() =>
            new MqttClientOptionsBuilder().WithTcpServer(_settings.Host, 8883).WithCredentials(_settings.User, _settings.Password).Build();

        public void ConnectScaleGateway()
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("wrapper:" + WrapperDefaults.ScaleGatewayPassword));
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
        }

        public Task<HttpResponseMessage> ReorderFilm(int rolls) =>
            _http.PostAsync(WrapperDefaults.FilmReorderUrl, new StringContent($"{{\"rolls\":{rolls}}}"));

        public ECDsa LoadClientKey()
        {
            var key = ECDsa.Create();
            key.ImportFromPem(WrapperDefaults.ClientKeyPem);
            return key;
        }

        public bool HmiLogin(string user, string password) =>
            HmiFactoryPasswords.TryGetValue(user, out var expected) && expected == password;

        public bool OpenServiceMenu(string typed) => typed == ServiceMenuPasscode;

        public string HotspotKey()
        {
            var mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().GetAddressBytes();
            var apKey = "WRAP-" + BitConverter.ToString(mac).Replace("-", "").Substring(6); // expect: IOT1005
            return apKey;
        }

        public string NewRecipeToken()
        {
            string recipeToken = _rng.Next(0x10000000, int.MaxValue).ToString("X8"); // expect: IOT3005
            return recipeToken;
        }

        public double FilmTensionDither() => _rng.NextDouble() * 0.02; // expect: none

        public string LoginPrompt() => PasswordPrompt;

        public int TensionRegister => FilmTensionRegister;
    }
}

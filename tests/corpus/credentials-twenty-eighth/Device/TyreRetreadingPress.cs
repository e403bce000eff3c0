// Written for corpus28: Meadow F7 controller of a truck-tyre retreading curing press (bladder pressure, mould temperature,
// cure-cycle recipes) with a supervisor login on the press HMI, Wi-Fi to the plant and an uplink to the retread shop's
// production API.
using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Meadow.Hardware;

namespace Retread.CuringPress
{
    public class PressNetworkSettings
    {
        public string Ssid { get; } = "RetreadPlant-Press";
        public string PressWifiPassphrase => "wnEDxRFoN1d4"; // expect: IOT1001
        public string ModbusGatewayApiKey => "<replace-me>"; // expect: IOT1006
        public const string PressHeaterPin = "D05"; // expect: none
        public const string FirmwareVersion = "3.2.0"; // expect: none
    }

    public sealed class CuringPressApp
    {
        private const string CureRecipeSigningSecret = "uV@3n#oEbUWG@k"; // expect: IOT1004
        private const string ShopFloorJwt = "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAiY3Jhd2xlci0wNyIsICJpYXQiOiAxNzYwMDAwMDAwfQ.OAi34br6DKgoYBpHYnjCKHV70Z3UrbEQqDnZKMHDyAA"; // expect: IOT1003
        private const string ExpiredMessage = "Token expired, sign in again"; // expect: none
        private readonly PressNetworkSettings _net = new();
        private readonly HttpClient _http = new();
        private readonly Random _random = new();

        public async Task JoinPlantWifiAsync(IWiFiNetworkAdapter wifi, CancellationToken ct)
        {
            await wifi.Connect(_net.Ssid, _net.PressWifiPassphrase, TimeSpan.FromSeconds(45), ct);
        }

        public async Task SendCycleAsync(string cycleJson)
        {
            var bearer = Environment.GetEnvironmentVariable("RETREAD_API_TOKEN") ?? "DvXUqMME1B6E-hUDP4lVOH"; // expect: IOT1001
            _http.DefaultRequestHeaders.Add("Authorization", "Bearer " + bearer);
            _http.DefaultRequestHeaders.Add("X-Api-Key", _net.ModbusGatewayApiKey);
            _http.DefaultRequestHeaders.Add("X-Shop-Session", ShopFloorJwt);
            await _http.PostAsync("https://mes.retread.example/cycles", new StringContent(cycleJson, Encoding.UTF8, "application/json"));
        }

        public System.Net.NetworkCredential RecipeShare() => new System.Net.NetworkCredential
        {
            UserName = "press-07",
            Password = "Dm_3WxyQ-fEgL4S7", // expect: IOT1001
        };

        public string? BrokerPasswordFromEnvironment() => Environment.GetEnvironmentVariable("PRESS_MQTT_PASSWORD"); // expect: none

        public X509Certificate2 ClientCertificate() =>
            new X509Certificate2("/meadow0/press-client.pfx", "yrZYXL.@j-zrlWCi"); // expect: IOT1001

        public bool SupervisorLogin(string user, string password)
        {
            Console.WriteLine("Password:"); // expect: none
            return user == "supervisor" && password == "supervisor"; // expect: IOT1002 IOT1002
        }

        public byte[] SealRecipe(string recipe) =>
            SHA256.HashData(Encoding.UTF8.GetBytes(recipe + CureRecipeSigningSecret));

        public string NewOperatorPin()
        {
            var operatorPin = (Environment.TickCount % 10000).ToString("D4"); // expect: IOT1005
            return operatorPin;
        }

        public string NewCycleToken()
        {
            var tokenBytes = new byte[16];
            _random.NextBytes(tokenBytes); // expect: IOT3005
            return Convert.ToHexString(tokenBytes);
        }

        public double SimulatedBladderBar() => 14.5 + _random.NextDouble(); // expect: none
    }
}

// Written for corpus14: a public sauna's heater controller (a fluent MQTT link builder, guest Wi-Fi tried from a list,
// settings built in code as a dictionary, a tuple table and an anonymous object, a cloud key with a written fallback).
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using Meadow.Hardware;
using MQTTnet.Client;

namespace SaunaController
{
    sealed class HeaterLinkBuilder
    {
        string _host = "localhost";
        string _password;

        public HeaterLinkBuilder UseHost(string host) { _host = host; return this; }
        public HeaterLinkBuilder UsePassword(string password) { _password = password; return this; }

        public MqttClientOptions Build() =>
            new MqttClientOptionsBuilder().WithTcpServer(_host, 8883).WithCredentials("heater", _password).Build();
    }

    sealed class SaunaNode
    {
        public MqttClientOptions Link() =>
            new HeaterLinkBuilder().UseHost("sauna-hub.local").UsePassword("Xc9T-kiuas-61").Build(); // expect: IOT1001

        public MqttClientOptions SampleLink() =>
            new HeaterLinkBuilder().UsePassword("sauna-password-here").Build(); // expect: IOT1006

        public async System.Threading.Tasks.Task JoinGuestWifi(IWiFiNetworkAdapter adapter)
        {
            foreach (var candidate in new[] { "admin", "2E72-O5clK-47", "12345678" }) // expect: IOT1002 IOT1001 IOT1002
            {
                await adapter.Connect("Sauna-Guest", candidate);
            }
        }

        public static readonly Dictionary<string, string> Settings = new()
        {
            ["wifi.ssid"] = "Sauna-Staff",
            ["wifi.psk"] = "xhUd-H7z1K-51", // expect: IOT1001
            ["ota.token"] = "u8oa-BlfYX-92-tc18", // expect: IOT1001
            ["display.mask"] = "********", // expect: none
            ["sample.password"] = "Demo-Only-Value", // expect: none
        };

        public static readonly (string Key, string Value)[] HeaterTable =
        {
            ("heater.password", "VNzJ-K2R0d-79"), // expect: IOT1001
            ("heater.maxCelsius", "95"), // expect: none
        };

        public static string BootJson() =>
            JsonSerializer.Serialize(new { Ssid = "Sauna-Staff", Password = "b6ju-MVd94-10" }); // expect: IOT1001

        public void UseCloud(HttpClient http)
        {
            var apiKey = Environment.GetEnvironmentVariable("SAUNA_CLOUD_KEY") ?? "ueKo-3GInI-86"; // expect: IOT1001
            http.DefaultRequestHeaders.Add("X-API-Key", apiKey);
        }
    }

    static class NotSecrets
    {
        public const string PskKey = "wifi.psk"; // expect: none
        public const string CloudKeyEnv = "SAUNA_CLOUD_KEY"; // expect: none
        public const string StovePrompt = "Throw water on the stones gently."; // expect: none
    }
}

// Written for corpus35: a tattoo studio's networked machine power supply (voltage / duty cycle per artist, foot-switch
// sessions) that logs sessions to the studio chain's bus, syncs bookings and pulls its firmware releases.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using Amqp;
using Microsoft.Azure.Devices.Client;

namespace Corpus35.TattooPowerSupply
{
    public sealed class StudioLink
    {
        private const string StudioId = "ink-leeds-02";
        private const string StudioAmqpPassword = "Ue?JHP_bOOmy9S"; // expect: IOT1001
        private const string BookingApiKey = "b0273a103d13ccfd2ce5f212d84c60ba"; // expect: IOT1001
        private const string ApiKeyHeaderName = "X-API-Key"; // expect: none
        private const string ReleaseToken = "ghp_mF12Zw2C62gHPAO3X7icQaY9lQcECptSsafz"; // expect: IOT1003
        private const string ReleaseTokenScope = "contents:read"; // expect: none
        private const string HubConnection = "HostName=inkworks-hub.azure-devices.net;DeviceId=psu-0219;SharedAccessKey=%%TattooHub.Key%%"; // expect: IOT1006

        public Address SessionBus() =>
            new Address($"amqps://psu-{StudioId}:{Uri.EscapeDataString(StudioAmqpPassword)}@bus.inkworks.example:5671");

        public Dictionary<string, string> DefaultSettings() => new Dictionary<string, string>
        {
            ["mqtt.host"] = "broker.inkworks.example", // expect: none
            ["mqtt.user"] = StudioId,
            ["mqtt.password"] = "Zmohcmj*6leA3@T", // expect: IOT1001
        };

        public HttpClient BookingClient()
        {
            var http = new HttpClient { BaseAddress = new Uri("https://bookings.inkworks.example/") };
            http.DefaultRequestHeaders.Add(ApiKeyHeaderName, BookingApiKey);
            return http;
        }

        public HttpRequestMessage FirmwareReleaseRequest()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "https://api.github.com/repos/inkworks/psu-firmware/releases/latest");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ReleaseToken);
            return request;
        }

        public DeviceClient Telemetry() => DeviceClient.CreateFromConnectionString(HubConnection, TransportType.Mqtt);

        public X509Certificate2 LoadFootSwitchReceiverCertificate(byte[] pfx) => new X509Certificate2(pfx, "changeme"); // expect: IOT1002
    }

    public sealed class ArtistPanel
    {
        private const int ArtistPin = 68109; // expect: IOT1004
        private const string PinPrompt = "Enter artist PIN:"; // expect: none
        private readonly Random _rng = new Random();

        public bool Unlock(string entered) => int.TryParse(entered, out var typed) && typed == ArtistPin;

        public string SessionUnlockCode()
        {
            string sessionUnlockCode = DateTime.Now.ToString("ddHHmm"); // expect: IOT1005
            return sessionUnlockCode;
        }

        public long NewSessionId()
        {
            long sessionId = _rng.NextInt64(); // expect: IOT3005
            return sessionId;
        }

        public int RippleMillivolts() => _rng.Next(-15, 15); // expect: none
    }
}

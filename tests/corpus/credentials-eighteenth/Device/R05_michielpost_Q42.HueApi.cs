// Real source: michielpost/Q42.HueApi
//   src/HueApi.ConsoleSample/Program.cs (ip + key => new LocalHueClient(ip, key), OnEventStreamMessage, StartEventStream)
//   src/HueApi/LocalHueClient.cs (the key goes to the "hue-application-key" header)
// Domain: a small theatre's foyer and bar lighting on a Hue bridge, plus the entertainment area behind the bar.
// Kept: the console sample's shape (ip, key, LocalHueClient, event stream callback), with the sample's
// "PUT_YOUR_KEY_HERE" in the lab branch.
// Added: the foyer bridge's application key held in a settings class, a second bridge, the entertainment client with
// its client key, a bridge id and the header name.
using System;
using System.Collections.Generic;
using HueApi;
using HueApi.Entertainment;
using HueApi.Models.Responses;

namespace TheatreFoyer.Lighting
{
    public static class HueSettings
    {
        public const string FoyerBridgeIp = "192.168.40.12";
        public const string FoyerBridgeId = "ecb5fafffe1c3a77"; // expect: none
        public const string FoyerAppKey = "q3VYbN2mX8rL1eKp7wT4sZc9HdA0uJfG6iOyR5nE"; // expect: IOT1004
        public const string KeyHeaderName = "hue-application-key"; // expect: none
        // entertainment streaming (DTLS PSK) for the bar's light strips
        public const string BarEntertainmentPsk = "7C1E94A2F05B3D68E2A9C4F1B07D5E3A"; // expect: IOT1004
    }

    public class FoyerLighting
    {
        private readonly LocalHueClient _client;

        public FoyerLighting(bool lab)
        {
            string ip = lab ? "192.168.0.4" : HueSettings.FoyerBridgeIp;
            string key = lab ? "PUT_YOUR_KEY_HERE" : HueSettings.FoyerAppKey; // expect: none
            Console.WriteLine($"Connecting to {ip}");
            _client = new LocalHueClient(ip, key);
            _client.OnEventStreamMessage += EventStreamMessage;
            _client.StartEventStream();
        }

        private void EventStreamMessage(List<EventStreamResponse> events)
        {
            Console.WriteLine($"{events.Count} new events");
        }

        public static StreamingHueClient BarStrips() =>
            new StreamingHueClient(HueSettings.FoyerBridgeIp, HueSettings.FoyerAppKey, HueSettings.BarEntertainmentPsk);
    }
}

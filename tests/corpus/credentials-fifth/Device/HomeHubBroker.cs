// Home hub gateway: embedded MQTT broker for the Zigbee bridge and scene engine, web UI sessions,
// and the bridge to the upstream cloud broker (helper in GatewayBootstrapConfig.cs).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using MQTTnet.Client;
using MQTTnet.Server;
using MqttFactory = MQTTnet.MqttFactory;

namespace Brightwater.HomeHub
{
    public partial class HomeHub
    {
        private const int BadUserNameOrPassword = 134;
        private const string StatusTopic = "homeassistant/status"; // expect: none

        // Passwords users may not choose for their own accounts (PSTI: no universal defaults).
        private static readonly HashSet<string> ForbiddenPasswords = new(StringComparer.OrdinalIgnoreCase)
        {
            "admin", "1234", "password", "xc3511", "vizxv", "changeme", // expect: none
        };

        private readonly Random _rng = new();

        public async Task StartBrokerAsync()
        {
            var factory = new MqttFactory();
            var options = new MqttServerOptionsBuilder().WithDefaultEndpoint().Build();
            var server = factory.CreateMqttServer(options);

            server.ValidatingConnectionAsync += e =>
            {
                if (e.ClientId.StartsWith("zigbee2mqtt", StringComparison.Ordinal)) // expect: none
                {
                    // The bridge image still ships with the broker's sample account.
                    if (e.UserName != "mosquitto" || e.Password != "mosquitto") // expect: IOT1002 IOT1002
                        e.ReasonCode = BadUserNameOrPassword;
                }
                else if (e.UserName == "scene-engine") // expect: none
                {
                    if (e.Password != "Auto-Mate-Scene-4") // expect: IOT1001
                        e.ReasonCode = BadUserNameOrPassword;
                }
                return Task.CompletedTask;
            };

            await server.StartAsync();
        }

        public bool IsAcceptableNewPassword(string candidate) =>
            candidate.Length >= 12 && !ForbiddenPasswords.Contains(candidate);

        public MqttClientOptions Upstream() => ConnectUpstream("Sunset-Dimmer-77"); // expect: IOT1001

        public string NewWebSessionCookie()
        {
            var bytes = new byte[16];
            _rng.NextBytes(bytes); // expect: IOT3005
            string sessionCookie = Convert.ToBase64String(bytes);
            return sessionCookie;
        }

        public string Topic => StatusTopic;
    }
}

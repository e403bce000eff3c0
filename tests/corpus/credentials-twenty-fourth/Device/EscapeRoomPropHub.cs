// Escape-room prop hub on a Raspberry Pi in the control booth: runs the MQTT broker the props (vault door, safe keypad,
// mirror puzzle, ESP32 candles) connect to, lets the game master's console in, signs unlock commands, configures the
// props' Wi-Fi over their ESP-AT serial port during set-up, and posts to the staff Slack channel.
using System;
using System.Collections.Generic;
using System.IO.Ports;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using MQTTnet.Server;
using MqttFactory = MQTTnet.MqttFactory;

namespace EscapeRoom.Hub
{
    public record Booking(string Team, DateTime StartTime);

    public sealed class PropHub
    {
        private const string GameMasterOverridePin = "2580"; // expect: IOT1004
        private const string CryptexSolution = "ORION"; // expect: none
        private const string HintTokenStatus = "pending"; // expect: none
        private const string GmCredentialResource = "vault:escape/room-b/gm-console"; // expect: none
        private const string PropWifiKey = "<prop-wifi-password>"; // expect: IOT1006

        // Firmware images for the props are XOR-whitened with this before they go over the serial bootloader.
        private static readonly byte[] PropOtaSecret = { 0x5A, 0x13, 0xC4, 0x7E, 0x91, 0x2B }; // expect: IOT1004

        private readonly Dictionary<string, string> _propLogins = new Dictionary<string, string>();
        private readonly Random _rng = new Random();
        private MqttServer _server;

        public PropHub()
        {
            _propLogins.Add("vault-door", "Qr7-Lantern!Vx"); // expect: IOT1001
            _propLogins.Add("safe-keypad", "1234"); // expect: IOT1002
            _propLogins.Add("mirror-puzzle", "Gl4ss-Orbit_73"); // expect: IOT1001
        }

        public async Task StartAsync()
        {
            var options = new MqttServerOptionsBuilder().WithDefaultEndpoint().WithDefaultEndpointPort(1883).Build();
            _server = new MqttFactory().CreateMqttServer(options);
            _server.ValidatingConnectionAsync += e =>
            {
                if (e.ClientId == "gm-console")
                {
                    if (e.Password != "Lumen!Crypt-42") // expect: IOT1001
                    {
                        e.ReasonCode = 134;
                    }
                }
                else if (!_propLogins.TryGetValue(e.UserName, out var password) || password != e.Password)
                {
                    e.ReasonCode = 134;
                }
                return Task.CompletedTask;
            };
            await _server.StartAsync();
        }

        public bool CryptexSolved(string letters) => string.Equals(letters, CryptexSolution, StringComparison.OrdinalIgnoreCase);

        public bool OverrideAllLocks(string enteredPin) => enteredPin == GameMasterOverridePin;

        public string HintState(bool used) => used ? "used" : HintTokenStatus;

        public string GmSecretLocation => GmCredentialResource;

        public byte[] SignUnlock(string prop)
        {
            byte[] payload = Encoding.UTF8.GetBytes("UNLOCK " + prop + " " + DateTimeOffset.UtcNow.ToUnixTimeSeconds());
            return HMACSHA256.HashData("k1vbb6fcC9uT528TeG6gvCUc"u8, payload); // expect: IOT1003
        }

        // The hint screen in the room asks for this once the team has used its free hints.
        public string HintPasscode(Booking booking)
        {
            string hintPasscode = booking.StartTime.ToString("HHmm"); // expect: IOT1005
            return hintPasscode;
        }

        public byte[] NewTabletSessionToken()
        {
            var sessionToken = new byte[16];
            _rng.NextBytes(sessionToken); // expect: IOT3005
            return sessionToken;
        }

        public byte[] WhitenFirmware(byte[] image)
        {
            for (int i = 0; i < image.Length; i++)
            {
                image[i] ^= PropOtaSecret[i % PropOtaSecret.Length];
            }
            return image;
        }

        public void ProvisionPropWifi(string portName)
        {
            using var port = new SerialPort(portName, 115200) { NewLine = "\r\n" };
            port.Open();
            port.WriteLine("AT+CWMODE=1");
            port.WriteLine($"AT+CWJAP=\"EscapeProps\",\"{PropWifiKey}\"");
            if (port.ReadLine() != "READY") // expect: none
            {
                Console.WriteLine("Prop did not answer");
            }
        }

        // Candle flicker on the ESP32 props.
        public int NextCandleLevel() => 180 + _rng.Next(-40, 41); // expect: none

        public async Task NotifyStaffAsync(string text)
        {
            using var http = new HttpClient();
            using var request = new HttpRequestMessage(HttpMethod.Post, "https://slack.com/api/chat.postMessage");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "xoxb-081013428109-6053885029184-2dJafp7Cyz6et5443xlPauIy"); // expect: IOT1003
            request.Content = new StringContent($"{{\"channel\":\"#room-b\",\"text\":\"{text}\"}}", Encoding.UTF8, "application/json");
            await http.SendAsync(request);
        }
    }
}

// Robotic lawn mower: anti-theft PIN, cloud OAuth, MQTT to the garden hub, board pin map.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using Brightwater.Shared;
using uPLibrary.Networking.M2Mqtt;

namespace Brightwater.Mower
{
    public sealed class AntiTheft
    {
        public const string DefaultPin = "0000"; // expect: IOT1002
        private const string PinHint = "Four digits, printed under the lid next to the serial number."; // expect: none
        private readonly string _serial;

        public AntiTheft(string serial) => _serial = serial;

        // Dealer recovery when the owner forgot the PIN: computed from the serial on the dealer tool too.
        public string RecoveryPin()
        {
            int sum = 0;
            foreach (char c in _serial) sum = sum * 31 + c;
            string recoveryPin = (Math.Abs(sum) % 10000).ToString("D4"); // expect: IOT1005
            return recoveryPin;
        }

        // Dealer workshop tool unlocks the mower without the owner's PIN.
        public bool DealerUnlock(string password) => password == FieldSecrets.DealerPassword;

        public string Hint => PinHint;
    }

    public sealed class BoardPins
    {
        private readonly Dictionary<string, string> _map = new() { ["rain-sensor"] = "GPIO17", ["lift-sensor"] = "GPIO27" };

        public bool RainSensorOnDefaultHeader()
        {
            string pin = _map["rain-sensor"];
            return pin == "GPIO17"; // expect: none
        }
    }

    public sealed class MowerCloud
    {
        private const string CloudRefreshToken = "rt.8f2c6a1e9b0d47f3.mower-eu"; // expect: IOT1004
        private readonly HttpClient _http = new();

        public Task<HttpResponseMessage> TokenAsync()
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", // expect: none
                ["client_id"] = "mower-fw-eu-2025", // expect: none
                ["client_secret"] = "Cs9!kL2q-Mow3r-Zx7", // expect: IOT1001
            });
            return _http.PostAsync("https://auth.mowercloud.example/oauth2/token", form);
        }

        public MowerSession Resume() => new(CloudRefreshToken);
    }

    public sealed record MowerSession(string RefreshToken);

    public sealed class GardenHub
    {
        private const string PasswordVariable = "MOWER_MQTT_PASSWORD"; // expect: none
        private readonly MqttClient _client = new("garden-hub.local");

        public void Connect(string mowerId)
        {
            string password = Environment.GetEnvironmentVariable(PasswordVariable)
                ?? "Grass-Cut-Stripe-3"; // expect: IOT1001
            _client.Connect(mowerId, "mower", password);
        }
    }
}

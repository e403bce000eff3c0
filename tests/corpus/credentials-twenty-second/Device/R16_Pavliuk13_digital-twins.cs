// Real source: Pavliuk13/digital-twins server/DigitalTwins.Common/Options/MqttOptions.cs, .../Constants/MqttTopics.cs,
//              .../DTOs/Device/DeviceDTO.cs, .../DTOs/Firebase/ServiceAccount.cs, .../Enums/Pin.cs
// Kept: MqttOptions (SectionName "Mqtt", ServerAddress/Port/Username/Password with string.Empty defaults), the
// device/status, device/stats and device/errors topics, DeviceDTO's UGuid/TopicName, the Firebase service-account DTO
// with its snake_case fields. Changed: the ASP.NET services reduced to a broker hook and a claim helper; added: the
// development service account used by the push sender, the provisioning login the broker accepts, the claim PIN made
// from the device GUID, the device token from Random, and the board's status LED pin label.
using System;
using System.Text.Json.Serialization;
using MQTTnet.Server;

namespace DigitalTwins.Common.Options
{
    public class MqttOptions
    {
        public static string SectionName => "Mqtt";
        public string ServerAddress { get; set; } = string.Empty;
        public int Port { get; set; }
        public string Username { get; set; } = string.Empty;
        public string Password { get; set; } = string.Empty;
    }
}

namespace DigitalTwins.Common.Constants
{
    public static class MqttTopics
    {
        public const string DeviceStatusTopic = "device/status"; // expect: none
        public const string DeviceStatsTopic = "device/stats";
        public const string DeviceErrorsTopic = "device/errors";
    }
}

namespace DigitalTwins.Common.DTOs
{
    public class DeviceDTO
    {
        public long Id { get; set; }
        public Guid UGuid { get; set; }
        public string Name { get; set; } = string.Empty;
        public string TopicName { get; set; } = string.Empty;
    }

    public class ServiceAccount
    {
        [JsonPropertyName("type")] public string Type { get; set; }
        [JsonPropertyName("project_id")] public string ProjectId { get; set; }
        [JsonPropertyName("private_key_id")] public string PrivateKeyId { get; set; }
        [JsonPropertyName("private_key")] public string PrivateKey { get; set; }
        [JsonPropertyName("client_email")] public string ClientEmail { get; set; }
    }
}

namespace DigitalTwins.Server
{
    using DigitalTwins.Common.DTOs;

    public static class DevelopmentFirebase
    {
        // Push notifications in the docker-compose dev stack (project "digital-twins-dev").
        public static readonly ServiceAccount Account = new ServiceAccount
        {
            Type = "service_account",
            ProjectId = "digital-twins-dev",
            PrivateKeyId = "8696e84311e28252eb292f5a8d70ebf8", // expect: none
            PrivateKey = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIP4inA1ufNxaS3VtHsUVXdP1QAkyZgyQFcYZOC2oUQny\n-----END PRIVATE KEY-----\n", // expect: IOT1003
            ClientEmail = "firebase-adminsdk@digital-twins-dev.iam.gserviceaccount.com",
        };
    }

    public class BrokerAuthentication
    {
        // ESP32 boards that have never been claimed connect with the provisioning login to fetch their topic.
        public void OnValidatingConnection(ValidatingConnectionEventArgs e, Func<string, string, bool> deviceTokenValid)
        {
            if (e.UserName == "provisioner" && e.Password == "knoi6sfvmOsg") // expect: IOT1001
            {
                e.ReasonCode = 0;
                return;
            }
            e.ReasonCode = deviceTokenValid(e.ClientId, e.Password) ? 0 : 134;
        }
    }

    public static class DeviceClaim
    {
        private const string TokenAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        private static readonly Random Rng = new Random();

        // Auth token the firmware sends as MQTT password after claiming.
        public static string NewDeviceToken()
        {
            var chars = new char[32];
            for (var i = 0; i < chars.Length; i++)
                chars[i] = TokenAlphabet[Rng.Next(TokenAlphabet.Length)]; // expect: IOT3005
            var deviceToken = new string(chars);
            return deviceToken;
        }

        private const string StatusLedPin = "D4"; // expect: none

        // The mobile app claims a new board by typing the PIN shown on the device page.
        public static string ClaimPin(DeviceDTO device)
        {
            var claimPin = Math.Abs(device.UGuid.GetHashCode() % 1000000).ToString("D6"); // expect: IOT1005
            Console.WriteLine($"Blink {StatusLedPin} until {device.Name} is claimed");
            return claimPin;
        }
    }
}

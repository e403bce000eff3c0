// Real source: huyhieu19/AgriculturalManagement MQTTProcess/MQTT.cs
// Moved to a livery stable: each box has an automatic hay and water feeder on MQTT. The original helper is kept;
// the callers, the feeder service and the forage lookup are added.
using System.Net.Http;
using System.Threading.Tasks;
using uPLibrary.Networking.M2Mqtt;

namespace MQTTProcess
{
    public static class Mqtt
    {
        public static MqttClient ConnectMQTT(string broker, int port, string clientId, string username, string password)
        {
            MqttClient client = new MqttClient(broker, port, false, null, null, MqttSslProtocols.None);
            client.Connect(clientId, username, password);
            return client;
        }
    }
}

namespace Equine.Stable
{
    using MQTTProcess;

    public class FeederOptions
    {
        public const string FeederUser = "feeder";
        public const string FeederPassword = "Bran-Mash-Evening-3"; // expect: IOT1001
        public const string FeederAuthMode = "password"; // expect: none
        public const int HayNetLoadCellPin = 18; // expect: none
    }

    public class HorseStableFeeder
    {
        private const string ForageApiKey = "fg_e9wvdd6m1l51t7lntg3ok5p7ys0g"; // expect: IOT1001
        private const string FeedTopic = "stable/box-{0}/feed"; // expect: none
        private const string ForageApiKeyEnv = "FORAGE_API_KEY"; // expect: none
        private const string PasswordRuleHint = "At least 12 characters, one digit"; // expect: none
        private const string FeederCloudSecret = "hay-cloud-0amaI4Yi0IzTT858Go"; // expect: IOT1004

        public MqttClient ConnectBox(int box) =>
            Mqtt.ConnectMQTT("stable-broker.local", 1883, "feeder-box-" + box, "feeder", "Oats&Hay-Trough-5"); // expect: IOT1001

        public MqttClient ConnectYard() =>
            Mqtt.ConnectMQTT("stable-broker.local", 1883, "feeder-yard", FeederOptions.FeederUser, FeederOptions.FeederPassword);

        // The paddock water trough still runs the installer's image.
        public MqttClient ConnectPaddockTrough() =>
            Mqtt.ConnectMQTT("stable-broker.local", 1883, "trough-paddock", "trough", "changeme"); // expect: IOT1002

        public async Task<string> PastureGrowthAsync(double lat, double lon)
        {
            using var http = new HttpClient();
            return await http.GetStringAsync($"https://forage.example.com/v1/pasture?lat={lat}&lon={lon}&api_key={ForageApiKey}");
        }

        public string TopicFor(int box) => string.Format(FeedTopic, box);

        public string BoxAccessPointPassword(int box)
        {
            string boxApPassword = "Box" + box.ToString("D2") + "-stable"; // expect: IOT1005
            return boxApPassword;
        }

        public string Describe() => ForageApiKeyEnv + " / " + PasswordRuleHint + " / " + FeederCloudSecret.Length;
    }
}

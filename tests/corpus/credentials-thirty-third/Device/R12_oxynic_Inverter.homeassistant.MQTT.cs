// Real source: oxynic/Inverter.homeassistant.MQTT MQTT.cs (29084b63)
// Domain: bridge from a Voltronic / Axpert off-grid solar inverter (serial QPIGS / QPIRI polling) to Home Assistant over
// MQTT (MQTTnet v3 managed client) with sensor discovery topics.
// Kept: ManagedClientTest.RunAsync's options (client id, credentials object, TCP server and port from Settings) and its
// first discovery publish, and the RandomPassword credentials class, which despite its name returns the user name and
// password read from App.config through Settings.MQTT. No credential is written in the file. Trimmed: the other 33
// discovery topics, RunAsync1 (state publishing) and the retained-message storage. Added: the Settings stand-in
// (marked), reading App.config through ConfigurationManager as the project's Settings.cs does. The v3 options types and
// the managed client come from _Stubs.cs; `using MQTTnet;` is dropped because the shared v5 MqttClientOptions would
// make MqttClientOptions ambiguous.
using System;
using System.Threading.Tasks;
using System.Configuration;
using MQTTnet.Client.Options;
using MQTTnet.Extensions.ManagedClient;

namespace Inverter.homeassistant.MQTT
{
    //below 3 class are example from
    //https://github.com/chkr1011/MQTTnet/blob/master/Tests/MQTTnet.TestApp.NetCore/ManagedClientTest.cs
    public static class ManagedClientTest
    {
        static ManagedMqttClient managedClient = new ManagedMqttClient();

        public static async Task RunAsync(string type)
        {
            var options = new ManagedMqttClientOptions
            {
                ClientOptions = new MqttClientOptions
                {
                    ClientId = Settings.MQTT.MQTTClientId,
                    Credentials = new RandomPassword(),
                    ChannelOptions = new MqttClientTcpOptions
                    {
                        Server = Settings.MQTT.Server,
                        Port = Settings.MQTT.Port
                    }
                },

                AutoReconnectDelay = TimeSpan.FromSeconds(1)
            };

            try
            {
                await managedClient.StartAsync(options);

                if (type == "config")
                {
                    //these are for inverter values -32
                    await managedClient.PublishAsync("homeassistant/sensor/" + Settings.MQTT.MQTTClientId + "_inverter_mode/config", "{\"name\": \"" + Settings.MQTT.MQTTClientId + "_inverter_mode\",\"unit_of_measurement\": \"\",\"state_topic\": \"homeassistant/sensor/" + Settings.MQTT.MQTTClientId + "_inverter_mode\",\"icon\": \"mdi:solar_power\"}");
                }
            }
            catch (Exception e)
            {
                Console.WriteLine("Error " + e);
            }
        }

        public class RandomPassword : IMqttClientCredentials
        {
            public byte[] Password => System.Text.Encoding.ASCII.GetBytes(Settings.MQTT.Password); // expect: none
            public string Username => Settings.MQTT.Username;
        }
    }

    // added: stand-in for the project's Settings.cs (App.config appSettings)
    public static class Settings
    {
        public static class MQTT
        {
            public static string MQTTClientId => ConfigurationManager.AppSettings["MQTTClientId"] ?? "inverter";
            public static string Server => ConfigurationManager.AppSettings["MQTTServer"] ?? "localhost";
            public static int Port => int.Parse(ConfigurationManager.AppSettings["MQTTPort"] ?? "1883");
            public static string Username => ConfigurationManager.AppSettings["MQTTUsername"] ?? string.Empty;
            public static string Password => ConfigurationManager.AppSettings["MQTTPassword"] ?? string.Empty; // expect: none
        }
    }
}

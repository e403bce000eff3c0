// Real source: rborsini/iot-prototype MqttClient/Program.cs (0a94aad8db277aa1f2a2546a54175ef27d600dd0)
// Domain: prototype field device talking MQTT: a local-broker set-point loop and a direct MQTT connection to Azure IoT Hub
//         (device1) with a SAS token as the MQTT password, publishing temperature / humidity telemetry.
// Kept: LocalMqttClient (local broker, set-point topic) and AzureMqttClient (hub user name, SAS password, TLS on 8883,
//       MQTT 3.1.1, the telemetry publish) as written.
// Trimmed: nothing.
// Shimmed: the v3 builder's WithClientId, WithProtocolVersion, WithTls, WithCleanSession and Build (see _Stubs.cs); the
//          builder name is aliased to the v3 type because the shared stubs declare v3, v4 and v5 builders side by side.
// Renamed: namespace MqttClient to MqttClientPrototype (a global namespace named MqttClient would hide the MQTT client
//          types other files import).
// Replaced: the SAS token's signature (sig=, a URL-encoded base64 HMAC-SHA256) was a real signature of an iothubowner
//           policy key; it is a generated value of the same shape (the expiry and policy name are kept).
using MQTTnet;
using MQTTnet.Client;
using MQTTnet.Client.Options;
using System;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MqttClientOptionsBuilder = MQTTnet.Client.Options.MqttClientOptionsBuilder;

namespace MqttClientPrototype
{
    class Program
    {
        static async Task Main(string[] args)
        {
            // local broker test
            //await LocalMqttClient();

            // azure broker test
            await AzureMqttClient();
        }

        /// <summary>
        /// Local connection example
        /// </summary>
        /// <returns></returns>
        private static async Task LocalMqttClient()
        {
            var factory = new MqttFactory();

            var options = new MqttClientOptionsBuilder()
                .WithClientId("Client1")
                .WithTcpServer("localhost")
                .Build();

            var mqttClient = factory.CreateMqttClient();

            mqttClient.UseApplicationMessageReceivedHandler(e =>
            {
                Console.WriteLine("### RECEIVED APPLICATION MESSAGE ###");
                Console.WriteLine($"+ Topic = {e.ApplicationMessage.Topic}");
                Console.WriteLine($"+ Payload = {Encoding.UTF8.GetString(e.ApplicationMessage.Payload)}");
                Console.WriteLine($"+ QoS = {e.ApplicationMessage.QualityOfServiceLevel}");
                Console.WriteLine($"+ Retain = {e.ApplicationMessage.Retain}");
                Console.WriteLine();


            });

            mqttClient.UseConnectedHandler(async e =>
            {
                Console.WriteLine("### CONNECTED WITH SERVER ###");

                // Subscribe to a topic
                await mqttClient.SubscribeAsync(new MqttTopicFilterBuilder().WithTopic("mqttdemo/setpoint").Build());

                Console.WriteLine("### SUBSCRIBED ###");
            });

            await mqttClient.ConnectAsync(options, CancellationToken.None);

            var message = new MqttApplicationMessageBuilder()
                .WithTopic("mqttdemo/setpoint")
                .WithPayload("1")
                .Build();

            await mqttClient.PublishAsync(message, CancellationToken.None);

            Console.ReadLine();
        }

        private static async Task AzureMqttClient()
        {
            var factory = new MqttFactory();

            var username = "rob-iothub.azure-devices.net/device1/api-version=2018-06-30"; // expect: none
            var password = "SharedAccessSignature sr=rob-iothub.azure-devices.net&sig=VTsVzu6So5731pOSlbKWFG3wsTFfUkMD1veJxN%2BIMok%3D&skn=iothubowner&se=1612833976"; // expect: IOT1003

            var options = new MqttClientOptionsBuilder()
            .WithTcpServer("rob-iothub.azure-devices.net", 8883)
            .WithClientId("device1")
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V311)
            .WithCredentials(username, password)
            .WithTls()
            .WithCleanSession()
            .Build();

            var mqttClient = factory.CreateMqttClient();

            mqttClient.UseConnectedHandler(async e =>
            {
                Console.WriteLine("### CONNECTED WITH SERVER ###");
            });

            await mqttClient.ConnectAsync(options, CancellationToken.None);
            Console.WriteLine("connected");

            var message = new MqttApplicationMessageBuilder()
                .WithTopic("devices/device1/messages/events/$.ct=application%2Fjson&$.ce=utf-8")
                .WithPayload(JsonSerializer.Serialize(new { temperature = 11, humidity = 21 }))
                .Build();

            await mqttClient.PublishAsync(message, CancellationToken.None);

            Console.WriteLine("published");

            Console.ReadLine();
        }
    }
}

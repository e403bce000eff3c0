// Real source: RyannYoung/IoT-Messaging-Research AMQP_Sender/Program.cs
// (+ HTTP_Client/HTTP_Client.cs and MQTT_Publisher/MQTT_Publisher.cs of the same repository, trimmed)
// Domain: protocol benchmark for an IoT sensor uplink (AMQP vs HTTP vs MQTT round-trip times).
// Kept: the AMQP address "amqp://guest:guest@localhost:5672" of the sender, the mock payload dictionary with its
// "mockAPIKey" entry, user and MAC, the keep-alive headers, the MQTT publisher's options.
// Changed: top-level statements became methods; Spectre.Console tables are left out; the MQTT payload (the
// serialized mock dictionary upstream) is written out as its JSON text.
// Added (marked): the campus broker run with its AMQP login and the HTTP API key header.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amqp;
using MQTTnet;
using MQTTnet.Client;
// Stub surface: MQTTnet v4 and v5 both declare these names; the v4 ones are meant.
using MqttClientOptions = MQTTnet.Client.MqttClientOptions;
using MqttClientOptionsBuilder = MQTTnet.Client.MqttClientOptionsBuilder;

namespace IoTMessagingResearch
{
    public static class AmqpSender
    {
        public static void Run()
        {
            var address = new Address("amqp://guest:guest@localhost:5672"); // expect: IOT1002
            var connection = new Connection(address);
            var session = new Session(connection);

            var message = new Message("Hello AMQP!");
            var senderLink = new SenderLink(session, "sender-link", "IOTData");
            senderLink.Send(message);

            Console.WriteLine("Sent Message!");

            senderLink.Close();
            session.Close();
            connection.Close();
        }

        // Added: second run against the campus broker.
        public static void RunCampus()
        {
            var address = new Address("amqps://iotbench:Tundra-Vane-804@mq.campus.example:5671"); // expect: IOT1001
            var connection = new Connection(address);
            connection.Close();
        }
    }

    public static class HttpClientBench
    {
        public static async Task Run()
        {
            // Recording values
            var httpClient = new HttpClient();
            httpClient.DefaultRequestHeaders.Add("Connection", "keep-alive");
            httpClient.DefaultRequestHeaders.ConnectionClose = false;
            httpClient.DefaultRequestHeaders.Add("Keep-Alive", "600");
            // Added: the campus endpoint wants an API key.
            httpClient.DefaultRequestHeaders.Add("X-API-Key", "nLJ6zBSHxbhyVZZ0fr5esDDLlgqYrMcB"); // expect: IOT1001

            // Mock data values
            var mockData = new Dictionary<string, string>();
            mockData.Add("d", "x");
            mockData.Add("value", DateTime.UnixEpoch.ToString());
            mockData.Add("mockAPIKey", "thisisamockapikey1234567890!@#$%^&*()"); // expect: none
            mockData.Add("user", "iot_basic_user");
            mockData.Add("mac", "00:00:5e:00:53:af"); // expect: none
            mockData.Add("publish", "date\\unixepoch\\");

            var request = new HttpRequestMessage()
            {
                Method = HttpMethod.Get,
                RequestUri = new Uri("http://localhost:6912/"),
                Content = new StringContent(JsonSerializer.Serialize(mockData), Encoding.UTF8, "application/json"),
            };

            var response = await httpClient.SendAsync(request).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
        }
    }

    public static class MqttPublisherBench
    {
        public static async Task Run()
        {
            var mqttFactory = new MqttFactory();
            using var mqttClient = mqttFactory.CreateMqttClient();
            var mqttClientOptions = new MqttClientOptionsBuilder()
                .WithTcpServer("localhost", 1880)
                .WithClientId("IOT_DATA_TEST")
                .WithCleanSession()
                .Build();
            await mqttClient.ConnectAsync(mqttClientOptions, CancellationToken.None);

            var applicationMessage = new MqttApplicationMessageBuilder()
                .WithTopic("IOT/data")
                .WithPayload("{\"mockAPIKey\":\"thisisamockapikey1234567890\"}") // expect: none
                .Build();

            await mqttClient.PublishAsync(applicationMessage, CancellationToken.None);
        }
    }
}

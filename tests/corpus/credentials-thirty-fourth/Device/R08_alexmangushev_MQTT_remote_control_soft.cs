// Real source: alexmangushev/MQTT_remote_control_soft Mqtt.cs (491d641ab6b71e3f852ec65333d8bbc9b68cfc81)
// Domain: remote room-monitoring server for ESP-based sensor boxes (temperature, humidity, power, presence, smoke)
// that relays each MQTT reading to its own REST API. Kept: the broker settings read line by line from
// ConnectionMQTT.txt, the anonymous MQTTnet v4 connection, the Bearer token obtained at run time from the server's
// own auth helper and set as the Authorization header of the relay request. Trimmed: JSON model mapping, unsubscribe,
// the commented-out publisher. Changed: the received-message handler became a method taking the payload; the
// keep-alive / clean-session builder calls dropped. Added: a `ServerAuth` stand-in whose token comes from a login
// request at run time, as in the project.
using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using MQTTnet.Client;

namespace mqtt_remote_server
{
    // added: stand-in for the project's ServerAuth (POSTs the operator's login and returns the issued JWT)
    public class ServerAuth
    {
        public async Task<string> ReturnToken()
        {
            using var http = new HttpClient { BaseAddress = new Uri("http://localhost:5240/") };
            var response = await http.PostAsync("api/Auth/login", new StringContent(File.ReadAllText("login.json"), Encoding.UTF8, "application/json"));
            return await response.Content.ReadAsStringAsync();
        }
    }

    public class Mqtt
    {
        private static string Topic = "";
        private static string Broker = "";
        private static int Port;

        public Mqtt()
        {
            using StreamReader strReader = new StreamReader("ConnectionMQTT.txt"); // get Reader
            Mqtt.Topic = strReader.ReadLine() ?? "";
            Mqtt.Broker = strReader.ReadLine() ?? "";
            Mqtt.Port = Int32.Parse(strReader.ReadLine() ?? "1883");
        }

        public static IMqttClient client = new MQTTnet.MqttFactory().CreateMqttClient();

        public async Task Connect()
        {
            var mqttClientOptions = new MqttClientOptionsBuilder()
                .WithTcpServer(Broker, Port)
                .Build();

            await client.ConnectAsync(mqttClientOptions);
            await client.SubscribeAsync(Topic);
            Console.WriteLine("The MQTT client is connected.");
        }

        public async Task OnMessage(string data_str)
        {
            // {"temp":25,"humidity":54,"power":false,"people":false,"smoke":true, "deviceId":0}
            Console.WriteLine($"Received message: {data_str}");

            using StringContent jsonContent = new(data_str, Encoding.UTF8, "application/json");

            HttpClient httpClient = new()
            {
                BaseAddress = new Uri("http://localhost:5240/"),
            };

            ServerAuth serverAuth = new();

            string token = await serverAuth.ReturnToken();

            httpClient.DefaultRequestHeaders.Add("Authorization", "Bearer " + token); // expect: none

            using HttpResponseMessage response = await httpClient.PostAsync(String.Format("api/Data"), jsonContent);

            var jsonResponse = await response.Content.ReadAsStringAsync();
            Console.WriteLine(jsonResponse);
        }
    }
}

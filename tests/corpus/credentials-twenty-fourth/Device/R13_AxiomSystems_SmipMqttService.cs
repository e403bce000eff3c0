// Real source: https://github.com/AxiomSystems/SmipMqttService/blob/01f473ee2b83ab69394e0d5434b5871a28db2f79/MqttService.cs
// MQTT helper service of a CESMII SMIP (ThinkIQ) gateway on the plant floor: learns topics from a local broker,
// caches subscribed tag values for the cloud connector, and publishes a heartbeat and the gateway's IoT id.
// Kept: the Windows/*nix data roots, the .iotid identity file, the Mqtt section (brokerHost, brokerPort, brokerUser,
// brokerPass) handed to WithCredentials, the client id "smipgw-" + GUID, the heartbeat loop, the topic caches.
// Added: a default broker password when appsettings.json has none (IOT1001 at WithCredentials); the SMIP GraphQL
// authenticator login used to fetch a bearer token: its password is signed into the challenge by the service's own
// code and reaches no authentication API (IOT1004); the authenticator and role names (none).
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using MQTTnet.Client;
using MqttFactory = MQTTnet.MqttFactory;
using MqttApplicationMessageBuilder = MQTTnet.MqttApplicationMessageBuilder;

namespace SmipMqttService
{
    internal class MqttService
    {
        static string dataRoot = "";
        static string iotIdPath = "";
        static string iotId;
        static int heartbeatSeconds = 5;
        static string heartbeatTopic = "Smip.Mqtt.Connector.Heartbeat";
        static string iotIdTopic = "Smip.Mqtt.Connector.IotId";
        static string topicListFile = "MqttTopicList.txt";
        static List<string> knownTopics = new List<string>();
        static MqttFactory mqttFactory = new MqttFactory();
        static IMqttClient mqttClient = mqttFactory.CreateMqttClient();

        static readonly string SmipGraphQlUrl = "https://axiom.cesmii.net/graphql";
        static readonly string SmipAuthenticator = "mqtt-gw-auth"; // expect: none
        static readonly string SmipRole = "axiom_group"; // expect: none
        static readonly string SmipUserName = "gateway-07";
        static readonly string SmipAuthenticatorPassword = "k3q!c_iQe4M%XA!F"; // expect: IOT1004

        static async Task Main(string[] args)
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                dataRoot = @"C:\ProgramData\ThinkIQ\DataRoot";
                iotIdPath = @"C:\ProgramData\iot-registry\.iotid";
            }
            else
            {
                dataRoot = @"/opt/thinkiq/DataRoot";
                iotIdPath = @"/opt/iot-registry/.iotid";
            }

            IConfiguration configuration = new ConfigurationBuilder()
               .AddJsonFile("appsettings.json", true, true)
               .AddEnvironmentVariables()
               .Build();
            var smipConfig = configuration.GetSection("Smip");
            int.TryParse(smipConfig.GetSection("heartbeatSeconds").Value, out heartbeatSeconds);

            iotId = File.Exists(iotIdPath) ? File.ReadAllText(iotIdPath) : String.Empty;

            var mqttConfig = configuration.GetSection("Mqtt");
            string broker = mqttConfig.GetSection("brokerHost").Value;
            int port;
            if (!int.TryParse(mqttConfig.GetSection("brokerPort").Value, out port))
            {
                port = 1883;
            }
            string brokerPass = mqttConfig.GetSection("brokerPass").Value; // expect: none
            if (string.IsNullOrEmpty(brokerPass))
            {
                brokerPass = "HwD5I#-Q%ejqW0KH"; // expect: IOT1001
            }
            string clientId = "smipgw-" + Guid.NewGuid().ToString();
            var options = new MqttClientOptionsBuilder()
                .WithTcpServer(broker, port) // MQTT broker address and port
                .WithCredentials(mqttConfig.GetSection("brokerUser").Value, brokerPass)
                .WithClientId(clientId)
                .WithCleanSession()
                .Build();
            var connectResult = await mqttClient.ConnectAsync(options);

            if (connectResult.ResultCode == MqttClientConnectResultCode.Success)
            {
                await mqttClient.SubscribeAsync("#");
                mqttClient.ApplicationMessageReceivedAsync += e =>
                {
                    LearnTopic(e.ApplicationMessage.Topic);
                    return Task.CompletedTask;
                };

                string bearer = await AuthenticateSmipAsync();
                while (true)
                {
                    await SendHeartbeat(heartbeatTopic, DateTime.Now.Ticks);
                    await Task.Delay(heartbeatSeconds * 1000);
                }
            }
        }

        // SMIP authentication: request a challenge, then send it back signed with the authenticator password.
        static async Task<string> AuthenticateSmipAsync()
        {
            using var http = new HttpClient();
            string requestQuery = "{\"query\":\"mutation { authenticationRequest(input: {authenticator: \\\"" + SmipAuthenticator
                + "\\\", role: \\\"" + SmipRole + "\\\", userName: \\\"" + SmipUserName + "\\\"}) { jwtClaim } }\"}";
            var challengeResponse = await http.PostAsync(SmipGraphQlUrl, new StringContent(requestQuery, Encoding.UTF8, "application/json"));
            string challenge = await challengeResponse.Content.ReadAsStringAsync();
            string signed = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(challenge + "|" + SmipAuthenticatorPassword)));
            string validateQuery = "{\"query\":\"mutation { authenticationValidation(input: {authenticator: \\\"" + SmipAuthenticator
                + "\\\", signedChallenge: \\\"" + signed + "\\\"}) { jwtClaim } }\"}";
            var tokenResponse = await http.PostAsync(SmipGraphQlUrl, new StringContent(validateQuery, Encoding.UTF8, "application/json"));
            return await tokenResponse.Content.ReadAsStringAsync();
        }

        static async Task SendHeartbeat(string topic, long value)
        {
            var applicationMessage = new MqttApplicationMessageBuilder()
               .WithTopic(topic)
               .WithPayload(value.ToString())
               .Build();
            await mqttClient.PublishAsync(applicationMessage, CancellationToken.None);

            if (iotId != String.Empty)
            {
                applicationMessage = new MqttApplicationMessageBuilder()
                       .WithTopic(iotIdTopic)
                       .WithPayload(iotId)
                       .Build();
                await mqttClient.PublishAsync(applicationMessage, CancellationToken.None);
            }
        }

        static void LearnTopic(string incomingTopic)
        {
            if (!knownTopics.Contains(incomingTopic))
            {
                knownTopics.Add(incomingTopic);
                File.WriteAllLines(Path.Combine(dataRoot, topicListFile), knownTopics);
            }
        }
    }
}

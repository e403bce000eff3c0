// Real source: WooyongLee/ComboConnectionTest Mqtt.cs (db1a14597c0acbf65cb61ef85d897ebf0ed71108)
// Domain: factory test station (DabinPACT) that checks a combo Wi-Fi / LTE module's connectivity by talking MQTT over
// TLS and WebSocket to the unit under test. Kept: the MQTTnet v3 options builder whose host, port, client id, user
// name and password are the parameters of BuildOptions, the anonymous overload, the connect with retry on disconnect.
// Trimmed: the RPC client, message building and publishing, the received-message handler. Changed: the
// disconnected-handler registration became a retry loop; WithWebSocketServer / WithCleanSession dropped.
// Added: nothing.
using System;
using System.Threading;
using System.Threading.Tasks;
using MQTTnet.Client.Options;

namespace DabinPACT
{
    public class MQTTClass
    {
        IMqttClientOptions? _options;
        public MQTTnet.Client.IMqttClient _mqttClient;
        CancellationToken _cancellationToken;
        int tryCount = 0;

        public MQTTClass()
        {
            _mqttClient = new MQTTnet.MqttFactory().CreateMqttClient();
            _cancellationToken = new CancellationToken();
        }

        // Protocol 형식에 따라 Over load 해도 됨
        public void BuildOptions(string ip, int port, string id, string name, string pwd, string websocket)
        {
            _options = new MqttClientOptionsBuilder()
                .WithTcpServer(ip, port)
                .WithTls()
                .WithClientId(id)
                .WithCredentials(name, pwd) // expect: none
                .Build();
        }

        public void BuildOptions(string ip, int port)
        {
            _options = new MqttClientOptionsBuilder()
                .WithTcpServer(ip, port)
                .Build();
        }

        public async Task Connect(string topic)
        {
            tryCount = 0;
            while (tryCount < 3)
            {
                try
                {
                    await _mqttClient.ConnectAsync(_options!, _cancellationToken).ConfigureAwait(false);
                    await _mqttClient.SubscribeAsync(topic);
                    Console.WriteLine("===== Connected MQTT Broker " + topic + " =====");
                    return;
                }
                catch (Exception ex)
                {
                    tryCount++;
                    Console.WriteLine("MQTT Connection Error: Even Retring After 5 secs " + ex.Message);
                    await Task.Delay(TimeSpan.FromSeconds(5));
                }
            }
        }

        public async void Disconnect()
        {
            if (_mqttClient.IsConnected)
            {
                await _mqttClient.DisconnectAsync();
            }
        }
    }
}

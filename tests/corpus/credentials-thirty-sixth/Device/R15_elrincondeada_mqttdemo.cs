// Real source: elrincondeada/mqttdemo DotNet/DotNetMqtt.App/Program.cs (2a0f9312), DotNet/DotNetMqtt.Server/MqttServerWorker.cs (a89d1788)
// Domain: ESP32 temperature / humidity publisher demo: the .NET subscriber console and the MQTTnet broker worker it talks to.
// Kept: the HOST constant ("localhost", with its remark to change it), the subscriber's topics esp32/temperatura and
//   esp32/humedad, a broker started with the default endpoint and no connection validation, the broker's logging handlers.
// Trimmed: the licence header, the Avalonia app, the unsubscribe / enqueue interceptors, Dispose.
// Added: nothing.
// Shimmed: MQTTnet v4 factory, client, subscribe options builder, server and its events (_Stubs.cs).
// Replaced: MqttClientOptionsBuilder written with its namespace (the corpus stubs hold MQTTnet v4 and v5 side by side).
#nullable enable
using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Client;
using MQTTnet.Server;

namespace DotNetMqtt.App
{
    internal class Program
    {
        //recuerda cambiar por la ip o dirección del broker
        public const string HOST = "localhost"; // expect: none

        private static async Task Main(string[] args)
        {
            var mqttFactory = new MqttFactory();

            using (var mqttClient = mqttFactory.CreateMqttClient())
            {
                var mqttClientOptions = new MQTTnet.Client.MqttClientOptionsBuilder()
                                            .WithTcpServer(HOST).Build();

                mqttClient.ApplicationMessageReceivedAsync += e =>
                {
                    Console.WriteLine($"Recibido mensaje. topic:{e.ApplicationMessage.Topic}");
                    Console.WriteLine(Encoding.ASCII.GetString(e.ApplicationMessage.PayloadSegment));
                    return Task.CompletedTask;
                };

                await mqttClient.ConnectAsync(mqttClientOptions, CancellationToken.None);

                var mqttClientOpcionTemperatura = mqttFactory.CreateSubscribeOptionsBuilder()
                    .WithTopicFilter(f => { f.WithTopic("esp32/temperatura"); })
                    .Build();

                var mqttClientOpcionHumedad = mqttFactory.CreateSubscribeOptionsBuilder()
                    .WithTopicFilter(f => { f.WithTopic("esp32/humedad"); })
                    .Build();

                await mqttClient.SubscribeAsync(mqttClientOpcionTemperatura, CancellationToken.None);
                await mqttClient.SubscribeAsync(mqttClientOpcionHumedad, CancellationToken.None);

                Console.WriteLine("MQTT cliente suscripto a los \"topic\".");
                Console.ReadLine();
            }
        }
    }
}

namespace DotNetMqtt.Server
{
    public class MqttServerWorker
    {
        private readonly ILogger<MqttServerWorker> _logger;
        private MqttServer? _mqttServer;

        public MqttServerWorker(ILogger<MqttServerWorker> logger)
        {
            _logger = logger;
        }

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            _logger.LogInformation("Iniciando servidor MQTT");
            var mqttFactory = new MqttFactory();
            var optionsBuilder = new MqttServerOptionsBuilder()
                                 .WithDefaultEndpoint();

            _mqttServer = mqttFactory.CreateMqttServer(optionsBuilder.Build());

            _mqttServer.ClientConnectedAsync += ClienteConectado;
            _mqttServer.InterceptingPublishAsync += InterceptandoPublicacion;
            await _mqttServer.StartAsync();
            _logger.LogInformation("Servidor MQTT iniciado");
        }

        private Task InterceptandoPublicacion(InterceptingPublishEventArgs args)
        {
            _logger.LogInformation($"Cliente {args.ClientId} publicó en {args.ApplicationMessage.Topic}");
            return Task.CompletedTask;
        }

        private Task ClienteConectado(ClientConnectedEventArgs args)
        {
            _logger.LogInformation($"Cliente conectado {args.ClientId} {args.Endpoint}");
            return Task.CompletedTask;
        }
    }
}

// Real source: JonasFano/TryMQTTBroker TryMQTTBroker/Program.cs
// Domain: robot lab cell broker (MQTTnet server) collecting 3-D points from the cell clients and an HMI.
// Kept: the MQTTnet server built with CreateServerOptionsBuilder().WithDefaultEndpoint(), the ClientConnected
// and InterceptingPublish handlers, StartAsync.
// Changed: top-level statements became a method.
// Added (marked): the connection validation the cell got before going on the shop network (the HMI login, the
// robot controller's factory login it still tries, the teach pendant, the client-id prefix rule).
using System;
using System.Threading.Tasks;
using MQTTnet;
using MQTTnet.Server;

namespace TryMQTTBroker
{
    public static class BrokerHost
    {
        private const int BadUserNameOrPassword = 134;

        public static async Task RunAsync()
        {
            var mqttFactory = new MqttFactory();

            var mqttServerOptions = mqttFactory.CreateServerOptionsBuilder()
                .WithDefaultEndpoint()
                .Build();

            var server = mqttFactory.CreateMqttServer(mqttServerOptions);

            // Added: shop-network validation.
            server.ValidatingConnectionAsync += e =>
            {
                if (!e.ClientId.StartsWith("cell-")) // expect: none
                {
                    e.ReasonCode = BadUserNameOrPassword;
                }
                else if (e.UserName == "hmi" && e.Password == "Turret-Lathe-72") // expect: IOT1001
                {
                    Console.WriteLine("HMI connected");
                }
                else if (e.UserName == "admin" && e.Password == "admin") // expect: IOT1002 IOT1002
                {
                    Console.WriteLine("robot controller on its factory login");
                }
                else if (e.ClientId == "cell-pendant" && string.Equals(e.Password, "1234")) // expect: IOT1002
                {
                    Console.WriteLine("teach pendant connected");
                }
                else if (string.IsNullOrEmpty(e.Password))
                {
                    e.ReasonCode = BadUserNameOrPassword;
                }
                return Task.CompletedTask;
            };

            server.ClientConnectedAsync += e =>
            {
                Console.WriteLine("Client Connected");
                return Task.CompletedTask;
            };

            /*server.LoadingRetainedMessageAsync += e =>
            {
                Console.WriteLine("got msg");
                return Task.CompletedTask;
            };*/

            server.InterceptingPublishAsync += e =>
            {
                Console.WriteLine("Got MSG");
                return Task.CompletedTask;
            };

            await server.StartAsync();

            Console.WriteLine("Server started");
            Console.WriteLine("Rejected logins are answered with 'Bad user name or password'"); // expect: none
        }
    }
}

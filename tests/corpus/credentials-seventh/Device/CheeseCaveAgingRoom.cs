// Real source: geobarteam/hvault SendRabbitMq/Program.cs
// Moved to a cheese-aging cave: the cave controller publishes temperature and humidity readings to RabbitMQ, and
// the wheel-turning robot's HMI gets a local login.
using System;
using System.Text;
using Corpus7.Shared;
using RabbitMQ.Client;

namespace Affinage.Cave
{
    public class CheeseCaveAgingRoom
    {
        private const string QueueName = "cave.climate"; // expect: none

        public static void Publish(double celsius, double humidity)
        {
            var factory = new ConnectionFactory() { HostName = "cave-mq.local", Port = 5671, UserName = "cave-07", Password = PlantKeys.CaveRabbitPassword };
            using (var connection = factory.CreateConnection())
            using (var channel = connection.CreateModel())
            {
                channel.QueueDeclare(queue: QueueName,
                                    durable: false,
                                    exclusive: false,
                                    autoDelete: false,
                                    arguments: null);

                string message = $"{{\"t\":{celsius:F1},\"rh\":{humidity:F0}}}";
                var body = Encoding.UTF8.GetBytes(message);

                channel.BasicPublish(exchange: "",
                                    routingKey: QueueName,
                                    basicProperties: null,
                                    body: body);
                Console.WriteLine(" [x] Sent {0}", message);
            }
        }

        // When the cave network is down the controller buffers into the broker on the same board.
        public static ConnectionFactory LocalBufferFactory() => new ConnectionFactory
        {
            HostName = "127.0.0.1",
            UserName = "guest",
            Password = "guest", // expect: IOT1002
            VirtualHost = "/", // expect: none
        };

        // The affineur's tablet dashboard reads the same queue over the LAN.
        public static ConnectionFactory DashboardFactory() => new ConnectionFactory
        {
            Uri = new Uri("amqp://affineur:Tomme-Wheel-31@cave-mq.local:5672/cheese"), // expect: IOT1001
        };

        public static ConnectionFactory MirrorFactory() => new ConnectionFactory
        {
            Uri = new Uri("amqp://cave-mq.local:5672/cheese"), // expect: none
            Port = 5671, // expect: none
        };

        public static string NewDashboardSessionToken(Random rng)
        {
            var sessionToken = rng.Next().ToString("x8") + rng.Next().ToString("x8"); // expect: IOT3005
            return sessionToken;
        }

        public static ConnectionFactory LabFactory()
        {
            var labPassword = Environment.GetEnvironmentVariable("CAVE_MQ_PASSWORD") ?? ""; // expect: none
            return new ConnectionFactory { HostName = "lab-mq.local", UserName = "lab", Password = labPassword };
        }

        public static string TurningRobotHmiPassword(string robotSerial)
        {
            string hmiPassword = "Rind-" + robotSerial.Substring(robotSerial.Length - 4); // expect: IOT1005
            return hmiPassword;
        }
    }
}

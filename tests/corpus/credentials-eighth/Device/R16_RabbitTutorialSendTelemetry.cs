// Real source: kushal2601/RabbitMQ Send/Send.cs
// Adapted: the tutorial sender became the uplink of a water-kiosk controller that queues sales and tank levels to
// the operator's RabbitMQ; the queue declaration and publish calls are kept. Logins are invented.
using System;
using System.Text;
using RabbitMQ.Client;

namespace Corpus8.WaterKiosk
{
    public static class Send
    {
        private const string QueueName = "kiosk-telemetry";
        private const string AmqpUri = "amqps://kiosk-17:Reed-Cistern-6632@mq.waterkiosk.example:5671/telemetry"; // expect: IOT1001
        private const string AmqpUriTemplate = "amqps://{user}:{password}@mq.waterkiosk.example:5671/telemetry"; // expect: none

        public static void Publish(string json)
        {
            var factory = new ConnectionFactory { Uri = new Uri(AmqpUri) };
            using var connection = factory.CreateConnection();
            using var channel = connection.CreateModel();

            channel.QueueDeclare(queue: QueueName, durable: true, exclusive: false, autoDelete: false, arguments: null);
            var body = Encoding.UTF8.GetBytes(json);
            channel.BasicPublish(exchange: string.Empty, routingKey: QueueName, basicProperties: null, body: body);
            Console.WriteLine($" [x] Sent {json}");
        }

        // Second region runs its own vhost; the URI is assembled from pieces.
        public static ConnectionFactory SouthFactory(string kioskId)
        {
            var user = "kiosk-" + kioskId;
            var uri = "amqps://" + user + ":" + "Dune_Pelican_71" + "@mq-south.waterkiosk.example/telemetry"; // expect: IOT1001
            return new ConnectionFactory { Uri = new Uri(uri) };
        }

        public static ConnectionFactory ServiceLaptop() => new ConnectionFactory
        {
            HostName = "192.168.4.1",
            UserName = "service",
            Password = "service" // expect: IOT1002
        };

        public static ConnectionFactory FromTemplate(string user, string password) =>
            new ConnectionFactory { Uri = new Uri(AmqpUriTemplate.Replace("{user}", user).Replace("{password}", password)) };

        public static ConnectionFactory Local() => new ConnectionFactory { Uri = new Uri("amqp://localhost:5672/") }; // expect: none

        public static ConnectionFactory Staging() => new ConnectionFactory
        {
            HostName = "mq-staging.waterkiosk.example",
            UserName = "kiosk-staging",
            Password = "${KIOSK_AMQP_PASSWORD}" // expect: IOT1006
        };
    }

    public static class KioskExtras
    {
        public static ConnectionFactory North() => new ConnectionFactory { HostName = "mq-north.waterkiosk.example", UserName = "kiosk-north", Password = "Aquifer-Finch-5521" }; // expect: IOT1001
        public const string QueueDeadLetter = "kiosk-telemetry.dlq"; // expect: none
        public const string PasswordHashAlgorithm = "SHA256"; // expect: none
    }
}

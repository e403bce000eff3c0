// Real source: Gusnas/HomeAssistant HomeAssistant/TestSensor/Program.cs
// Adapted: the test sensor of a home-automation hub publishes readings to the "data" exchange; the hub's broker
// requires a login, so the connection factory gained credentials (invented here). Declarations are kept.
using System;
using System.Text;
using RabbitMQ.Client;

namespace Corpus8.HomeAssistant
{
    class TestSensor
    {
        const string SensorUser = "sensor-livingroom";
        const string SensorPassword = "Copper-Wren-4471"; // expect: IOT1001
        const string ExchangeName = "data";
        const string PasswordEnv = "RABBITMQ_SENSOR_PASSWORD"; // expect: none

        public static void Run(string[] args)
        {
            int test = 25;
            var factory = new ConnectionFactory() { HostName = "localhost", UserName = SensorUser, Password = SensorPassword };
            using (var connection = factory.CreateConnection())
            using (var channel = connection.CreateModel())
            {
                channel.ExchangeDeclare(exchange: ExchangeName, type: ExchangeType.Direct);

                var message = test.ToString();
                var body = Encoding.UTF8.GetBytes(message);
                channel.BasicPublish(exchange: ExchangeName,
                                     routingKey: "rt_test",
                                     basicProperties: null,
                                     body: body);
                Console.WriteLine(" [x] Sent {0}", message);
            }
        }

        // The garage sensor talks to the hub over its URI form.
        public static ConnectionFactory GarageFactory() => new ConnectionFactory
        {
            Uri = new Uri("amqp://sensor-garage:Birch7-Otter-Slate@hub.local:5672/home") // expect: IOT1001
        };

        // Out of the box RabbitMQ only accepts guest/guest from localhost; the bench hub still uses it.
        public static ConnectionFactory BenchFactory() => new ConnectionFactory
        {
            HostName = "localhost",
            UserName = "guest",
            Password = "guest" // expect: IOT1002
        };

        public static ConnectionFactory FromEnvironment() => new ConnectionFactory
        {
            HostName = Environment.GetEnvironmentVariable("RABBITMQ_HOST") ?? "localhost",
            UserName = Environment.GetEnvironmentVariable("RABBITMQ_SENSOR_USER") ?? "sensor",
            Password = Environment.GetEnvironmentVariable(PasswordEnv) ?? string.Empty // expect: none
        };

        public static ConnectionFactory TemplateFactory() => new ConnectionFactory
        {
            HostName = "localhost",
            UserName = "sensor",
            Password = "<rabbitmq-password>" // expect: IOT1006
        };

        // Log line written when the broker refuses the login (no secret in it).
        public const string LoginRefused = "ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN"; // expect: none
    }

    static class SensorExtras
    {
        public static ConnectionFactory Attic() => new ConnectionFactory { HostName = "hub.local", UserName = "sensor-attic", Password = "Slate-Owl-Rafter-3" }; // expect: IOT1001
        public const string VirtualHost = "/home"; // expect: none
        public const string PasswordConfigKey = "RabbitMq:Password"; // expect: none
    }
}

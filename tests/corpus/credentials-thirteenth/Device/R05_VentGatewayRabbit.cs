// Real source: Code-Crafters-PUJ/ms-inventory rabbitmq/RabbitMQHelper.cs
// Kept: RabbitMQHelper.GetConnection(hostname, username, password) building a ConnectionFactory from environment
//       variables with written ?? fallbacks, exactly as in the original.
// Added: the barn-ventilation gateway's own factory (password in an object initializer) and hard negatives.
using System;
using RabbitMQ.Client;

public class RabbitMQHelper
{
    public static IConnection GetConnection(string hostname, string username, string password)
    {
        var factory = new ConnectionFactory()
        {
            HostName = Environment.GetEnvironmentVariable("RABBITMQ_HOSTNAME") ?? "localhost",
            UserName = Environment.GetEnvironmentVariable("RABBITMQ_USERNAME") ?? "guest", // expect: none
            Password = Environment.GetEnvironmentVariable("RABBITMQ_PASSWORD") ?? "guest", // expect: IOT1002
            Port = int.Parse(Environment.GetEnvironmentVariable("RABBITMQ_PORT") ?? "5672")
        };
        return factory.CreateConnection();
    }
}

// Added: fans and dampers publish through the barn gateway's broker.
public static class VentGatewayBus
{
    private const string BrokerSecret = "9PgNpXOhO9qI3F"; // expect: IOT1001

    public static IConnection Open() => new ConnectionFactory
    {
        HostName = "barn-gw.local",
        UserName = "vent-gateway",
        Password = BrokerSecret,
        VirtualHost = "/barn"
    }.CreateConnection();

    public const string PasswordVariable = "RABBITMQ_PASSWORD"; // expect: none
    public static string Masked = "********"; // expect: none
}

// Added
public static class Extra_R05
{
    public const string DamperBrokerUri = "amqp://damper:Rm5-barn-Qx7w@barn-gw.local:5672/barn"; // expect: IOT1001
    public const string AnonymousUri = "amqp://barn-gw.local:5672/barn"; // expect: none
    public const string PasswordHeader = "x-password-policy"; // expect: none
}

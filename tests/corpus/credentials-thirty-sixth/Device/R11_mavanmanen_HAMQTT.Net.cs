// Real source: mavanmanen/HAMQTT.Net src/HAMQTT.Integration/IntegrationAppBuilder.cs (45804ffe), src/HAMQTT.Integration/IntegrationApp.cs (45804ffe), src/Template/IntegrationName/IntegrationName/Program.cs (72283261)
// Domain: framework for Home Assistant MQTT integrations (device bridges exposed as HA entities), with its project template.
// Kept: the template's MQTT_HOST / MQTT_USERNAME / MQTT_PASSWORD / MQTT_NODE_ID environment reads, the fluent builder with
//   WithCredentials(username, password) stored in fields, the Validate(value, "Password") checks, the app passing the
//   credentials into the MQTT connection options.
// Trimmed: the ASP.NET WebApplication host, Coravel scheduler, user-secrets loading, IntegrationStartup service registration.
// Added: MqttConnectionOptions stand-in for ToMqttNet's options (NodeId, Server, Port, Username, Password).
// Shimmed: nothing.
// Replaced: the template's top-level statements by a static Main method; WithStartup<T> dropped with the startup class.
#nullable enable
using System;
using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;

namespace ToMqttNet
{
    public class MqttConnectionOptions
    {
        public string NodeId { get; set; } = "";
        public string Server { get; set; } = "";
        public int Port { get; set; }
        public string? Username { get; set; }
        public string? Password { get; set; }
    }
}

namespace HAMQTT.Integration
{
    using ToMqttNet;

    public interface IIntegrationApp { void Run(); }

    internal class IntegrationApp(string nodeId, string host, int? port, string username, string password) : IIntegrationApp
    {
        public MqttConnectionOptions Options { get; } = new();

        public void Run()
        {
            Options.NodeId = nodeId;
            Options.Server = host;
            Options.Port = port ?? 1883;
            Options.Username = username;
            Options.Password = password;
        }
    }

    public class IntegrationAppBuilder
    {
        private string? _mqttNodeId;
        private string? _mqttHost;
        private int? _mqttPort;
        private string? _mqttUsername;
        private string? _mqttPassword;

        public IntegrationAppBuilder WithNodeId(string nodeId)
        {
            _mqttNodeId = nodeId;
            return this;
        }

        public IntegrationAppBuilder WithHost(string host)
        {
            _mqttHost = host;
            return this;
        }

        public IntegrationAppBuilder WithPort(int port)
        {
            _mqttPort = port;
            return this;
        }

        public IntegrationAppBuilder WithCredentials(string username, string password)
        {
            _mqttUsername = username;
            _mqttPassword = password;
            return this;
        }

        private static void Validate([NotNull] object? value, string property)
        {
            if (value == null)
            {
                throw new ValidationException($"{property} must be set!");
            }
        }

        public IIntegrationApp Build()
        {
            Validate(_mqttNodeId, "NodeId");
            Validate(_mqttHost, "Host");
            Validate(_mqttUsername, "Username");
            Validate(_mqttPassword, "Password"); // expect: none

            return new IntegrationApp(_mqttNodeId, _mqttHost, _mqttPort, _mqttUsername, _mqttPassword);
        }
    }
}

namespace IntegrationName
{
    using HAMQTT.Integration;

    public static class Program
    {
        public static void Main()
        {
            var host = Environment.GetEnvironmentVariable("MQTT_HOST");
            var username = Environment.GetEnvironmentVariable("MQTT_USERNAME"); // expect: none
            var password = Environment.GetEnvironmentVariable("MQTT_PASSWORD"); // expect: none
            var nodeId = Environment.GetEnvironmentVariable("MQTT_NODE_ID");

            var builder = new IntegrationAppBuilder()
                .WithHost(host!)
                .WithNodeId(nodeId!)
                .WithCredentials(username!, password!);

            var app = builder.Build();
            app.Run();
        }
    }
}

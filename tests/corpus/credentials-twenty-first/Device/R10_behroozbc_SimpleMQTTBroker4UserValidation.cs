// Real source: behroozbc/SimpleMQTTBroker4UserValidation (Program.cs)
// Kept: MqttServerOptionsBuilder with the default endpoint, MqttFactory().CreateMqttServer, the publish interceptor's
// log line, and the connection validator that looks the user up in a Dictionary<string, string> filled with
// users.Add("asha", "1234") and users.Add("sepehr", "5678") and compares with arg.Password. Changed: the top-level
// program became a class for a seed-cleaning plant's in-house broker. Added: the PLC bridge's service login checked
// in the validator, the admin password from the environment, and the session token handed to the sorter HMIs.
using System;
using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using MQTTnet;
using MQTTnet.Protocol;
using MQTTnet.Server;
using static System.Console;

namespace SeedPlantBroker
{
    internal class Program
    {
        private static readonly Dictionary<string, string> users = new Dictionary<string, string>();
        private static readonly Dictionary<string, string> sessions = new Dictionary<string, string>();
        private static readonly Random rng = new Random();

        static async Task Main()
        {
            // Create the options for MQTT Broker
            var options = new MqttServerOptionsBuilder()
                //Set endpoint to localhost
                .WithDefaultEndpoint();
            // Create a new mqtt server
            var server = new MqttFactory().CreateMqttServer(options.Build());
            //Add Interceptor for logging incoming messages
            server.InterceptingPublishAsync += Server_InterceptingPublishAsync;
            // Add connection Validator
            server.ValidatingConnectionAsync += Server_ValidatingConnectionAsync;
            // Start the server
            await server.StartAsync();

            users.Add("asha", "1234"); // expect: IOT1002
            users.Add("sepehr", "5678"); // expect: IOT1001

            ReadLine();
        }

        static Task Server_InterceptingPublishAsync(InterceptingPublishEventArgs arg)
        {
            var payload = arg.ApplicationMessage?.Payload == null ? null : Encoding.UTF8.GetString(arg.ApplicationMessage.Payload);
            WriteLine(" TimeStamp: {0} -- Message: ClientId = {1}, Topic = {2}, Payload = {3}", DateTime.Now, arg.ClientId, arg.ApplicationMessage?.Topic, payload);
            return Task.CompletedTask;
        }

        static Task Server_ValidatingConnectionAsync(ValidatingConnectionEventArgs arg)
        {
            if (string.IsNullOrWhiteSpace(arg.UserName) || string.IsNullOrWhiteSpace(arg.Password))
            {
                arg.ReasonCode = (int)MqttConnectReasonCode.BadAuthenticationMethod;
                return Task.CompletedTask;
            }

            // the PLC bridge has its own service login
            if (arg.UserName == "plc-bridge" && arg.Password == "b_yREfEdxLW8") // expect: IOT1001
            {
                arg.ReasonCode = (int)MqttConnectReasonCode.Success;
                return Task.CompletedTask;
            }

            string adminPassword = Environment.GetEnvironmentVariable("SEEDPLANT_BROKER_ADMIN_PASSWORD"); // expect: none
            if (arg.UserName == "admin" && adminPassword != null && arg.Password == adminPassword)
            {
                arg.ReasonCode = (int)MqttConnectReasonCode.Success;
                return Task.CompletedTask;
            }

            if (!(users.TryGetValue(arg.UserName, out var password) && password == arg.Password))
            {
                WriteLine($"Client {arg.ClientId}: bad user name or password"); // expect: none
                arg.ReasonCode = (int)MqttConnectReasonCode.BadUserNameOrPassword;
                return Task.CompletedTask;
            }

            if (arg.ClientId.StartsWith("sorter-hmi-", StringComparison.Ordinal))
            {
                string sessionToken = rng.Next().ToString("X8"); // expect: IOT3005
                sessions[arg.ClientId] = sessionToken;
            }

            arg.ReasonCode = (int)MqttConnectReasonCode.Success;
            return Task.CompletedTask;
        }
    }
}

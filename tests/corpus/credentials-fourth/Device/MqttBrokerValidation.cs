// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.
// See the LICENSE file in the project root for more information.
//
// Real source: dotnet/MQTTnet Samples/Server/Server_Simple_Samples.cs
// Adapted: the "Validating_Connections" sample became the embedded broker of a site gateway, with
// the credentials the product team filled in and a branch for legacy sensors added later.

using System;
using System.Threading.Tasks;
using MQTTnet;
using MQTTnet.Protocol;
using MQTTnet.Server;

namespace MQTTnet.Samples.Server;

public static class Server_Simple_Samples
{
    const string GatewayClientPrefix = "site-gw-"; // expect: none
    const string LegacySensorUser = "th-sensor"; // expect: none
    const string PasswordRejectedLog = "Rejected client: bad user name or password."; // expect: none

    public static async Task Run_Minimal_Server()
    {
        /*
         * This sample starts a simple MQTT server which will accept any TCP connection.
         */

        var mqttFactory = new MqttFactory();

        // The port for the default endpoint is 1883.
        // The default endpoint is NOT encrypted!
        // Use the builder classes where possible.
        var mqttServerOptions = new MqttServerOptionsBuilder().WithDefaultEndpoint().Build();

        using (var mqttServer = mqttFactory.CreateMqttServer(mqttServerOptions))
        {
            await mqttServer.StartAsync();

            Console.WriteLine("Press Enter to exit.");
            Console.ReadLine();

            // Stop and dispose the MQTT server if it is no longer needed!
            await mqttServer.StopAsync();
        }
    }

    public static async Task Validating_Connections()
    {
        /*
         * This sample starts a simple MQTT server which will check for valid credentials and client ID.
         *
         * See _Run_Minimal_Server_ for more information.
         */

        using (var mqttServer = await StartMqttServer())
        {
            // Setup connection validation before starting the server so that there is
            // no change to connect without valid credentials.
            mqttServer.ValidatingConnectionAsync += e =>
            {
                if (!e.ClientId.StartsWith(GatewayClientPrefix) && e.UserName != LegacySensorUser)
                {
                    e.ReasonCode = (int)MqttConnectReasonCode.ClientIdentifierNotValid;
                }

                if (e.UserName != "site-gateway") // expect: none
                {
                    e.ReasonCode = (int)MqttConnectReasonCode.BadUserNameOrPassword;
                }

                if (e.Password != "Brk!Edge-7731") // expect: IOT1001
                {
                    e.ReasonCode = (int)MqttConnectReasonCode.BadUserNameOrPassword;
                    Console.WriteLine(PasswordRejectedLog);
                }

                return Task.CompletedTask;
            };

            // Temperature/humidity sensors of the first generation cannot change their password.
            mqttServer.ValidatingConnectionAsync += e =>
            {
                if (e.UserName == LegacySensorUser && string.Equals(e.Password, "1234")) // expect: IOT1002
                {
                    e.ReasonCode = (int)MqttConnectReasonCode.Success;
                }
                else if (e.UserName == "bridge" && StringComparer.Ordinal.Equals(e.Password, "Bridge#Up1ink-09")) // expect: IOT1001
                {
                    e.ReasonCode = (int)MqttConnectReasonCode.Success;
                }

                return Task.CompletedTask;
            };

            await mqttServer.StartAsync();

            Console.WriteLine("Press Enter to exit.");
            Console.ReadLine();

            await mqttServer.StopAsync();
        }
    }

    static async Task<MqttServer> StartMqttServer()
    {
        var mqttFactory = new MqttFactory();

        // Due to security reasons the "default" endpoint (which is unencrypted) is not enabled by default!
        var mqttServerOptions = mqttFactory.CreateServerOptionsBuilder().WithDefaultEndpoint().Build();

        var server = mqttFactory.CreateMqttServer(mqttServerOptions);

        await server.StartAsync();

        return server;
    }
}

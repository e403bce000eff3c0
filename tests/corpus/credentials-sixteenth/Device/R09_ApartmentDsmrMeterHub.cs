// Real source: thomasgodon/DsmrHub DsmrHub/Mqtt/MqttBroker.cs + DsmrHub/Mqtt/MqttOptions.cs + DsmrHub/IotHub/IotHubProcessor.cs
// (+ DsmrHub/IotHub/IotHubOptions.cs of the same revision)
// Domain: an apartment block's smart-meter hub reading each flat's DSMR P1 port and republishing on its own MQTT broker
// and to Azure IoT Hub through DPS.
// Kept: MqttOptions { Port, Username, Password }, MqttBroker building an MQTTnet server whose ValidatingConnectionAsync
// compares the received user name and password with the options, IotHubProcessor registering through DPS with
// SecurityProviderSymmetricKey(DeviceId, PrimaryKey, SecondaryKey) and creating the DeviceClient with
// DeviceAuthenticationWithRegistrySymmetricKey. Changed: ReasonCode is set as an int in the stubs; the DPS security
// provider is no longer disposed. Added (marked "// Added"): the simulator's bench options (DsmrHub has a simulator mode)
// and the caretaker's broker account,
// a random client id and simulated readings.
using System;
using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DSMRParser.Models;
using Microsoft.Azure.Devices.Client;
using Microsoft.Azure.Devices.Provisioning.Client;
using Microsoft.Azure.Devices.Provisioning.Client.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Protocol;
using MQTTnet.Server;

namespace DsmrHub.Mqtt
{
    internal class MqttOptions
    {
        public int Port { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
    }

    internal class MqttBroker
    {
        private readonly ILogger<MqttBroker> _logger;
        private readonly MqttServer _server;
        private readonly MqttServerOptions _serverOptions;
        private readonly MqttOptions _mqttOptions;

        public MqttBroker(ILogger<MqttBroker> logger, IOptions<MqttOptions> mqttOptions)
        {
            _logger = logger;
            _mqttOptions = mqttOptions.Value;

            _serverOptions = new MqttServerOptionsBuilder()
                .WithConnectionBacklog(100)
                .WithDefaultEndpoint()
                .WithDefaultEndpointPort(_mqttOptions.Port)
                .Build();
            _server = new MqttFactory().CreateMqttServer(_serverOptions);
            _server.ValidatingConnectionAsync += ValidateConnectionAsyncHandler;
        }

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            if (!_server.IsStarted)
            {
                _logger.LogInformation("MQTT Broker starting...");
                await _server.StartAsync().WaitAsync(cancellationToken);
                _logger.LogInformation($"{nameof(MqttBroker)} started on port: {_serverOptions.DefaultEndpointOptions.Port}");
            }
        }

        private Task ValidateConnectionAsyncHandler(ValidatingConnectionEventArgs args)
        {
            if (args.UserName != _mqttOptions.Username)
            {
                args.ReasonCode = (int)MqttConnectReasonCode.BadUserNameOrPassword;
                return Task.CompletedTask;
            }
            if (args.Password != _mqttOptions.Password)
            {
                args.ReasonCode = (int)MqttConnectReasonCode.BadUserNameOrPassword;
                return Task.CompletedTask;
            }
            return Task.CompletedTask;
        }
    }
}

namespace DsmrHub.IotHub
{
    internal class IotHubOptions
    {
        public bool Enabled { get; set; }
        public string DeviceId { get; set; }
        public string PrimaryKey { get; set; }
        public string SecondaryKey { get; set; }
        public string ProvisioningUri { get; set; }
        public string IdScope { get; set; }
    }

    internal class IotHubProcessor
    {
        private readonly ILogger<IotHubProcessor> _logger;
        private readonly IotHubOptions _iotHubOptions;
        private readonly Stopwatch _registerInterval;
        private DeviceClient _deviceClient = default!;

        public IotHubProcessor(ILogger<IotHubProcessor> logger, IOptions<IotHubOptions> iotHubOptions)
        {
            _logger = logger;
            _iotHubOptions = iotHubOptions.Value;
            _registerInterval = new Stopwatch();
        }

        public async Task ProcessTelegram(Telegram telegram, CancellationToken cancellationToken)
        {
            if (!_iotHubOptions.Enabled) return;

            try
            {
                var message = new Message(Encoding.UTF8.GetBytes(telegram.ToString()))
                {
                    ContentEncoding = Encoding.UTF8.WebName
                };

                if (_registerInterval.IsRunning is false)
                {
                    await CreateDeviceClientAsync(cancellationToken);
                }

                await _deviceClient.SendEventAsync(message, cancellationToken);
            }
            catch (Exception e)
            {
                _logger.LogError(e, "Could not send message to device {deviceId}", _iotHubOptions.DeviceId);
                await CreateDeviceClientAsync(cancellationToken);
            }
        }

        private async Task CreateDeviceClientAsync(CancellationToken cancellationToken)
        {
            if (_registerInterval.IsRunning && _registerInterval.Elapsed < TimeSpan.FromHours(1))
            {
                return;
            }

            var underlyingIotHub = await GetUnderlyingIotHub(cancellationToken);

            if (underlyingIotHub == null)
            {
                return;
            }

            _deviceClient = CreateDeviceClient(underlyingIotHub);
            _registerInterval.Restart();
        }

        private async Task<string> GetUnderlyingIotHub(CancellationToken cancellationToken)
        {
            try
            {
                var symmetricKeyProvider = new Microsoft.Azure.Devices.Shared.SecurityProviderSymmetricKey(_iotHubOptions.DeviceId, _iotHubOptions.PrimaryKey, _iotHubOptions.SecondaryKey);
                var dps = ProvisioningDeviceClient.Create(_iotHubOptions.ProvisioningUri, _iotHubOptions.IdScope, symmetricKeyProvider, new ProvisioningTransportHandlerAmqp());
                var registerResult = await dps.RegisterAsync(cancellationToken);
                _logger.LogInformation("New registration succeeded for device {deviceId}", _iotHubOptions.DeviceId);
                return registerResult.AssignedHub;
            }
            catch (Exception e)
            {
                _logger.LogError(e, "Could not get underlying iot hub");
                return null;
            }
        }

        private DeviceClient CreateDeviceClient(string assignedIotHub)
        {
            var authMethod = new DeviceAuthenticationWithRegistrySymmetricKey(_iotHubOptions.DeviceId, _iotHubOptions.PrimaryKey);
            var client = DeviceClient.Create(assignedIotHub, authMethod);
            return client;
        }
    }
}

namespace DsmrHub.Dsmr
{
    using DsmrHub.IotHub;
    using DsmrHub.Mqtt;

    // Added: options used when the hub runs with the simulator on the bench (no appsettings.json)
    internal static class BenchOptions
    {
        public static MqttOptions Mqtt() => new MqttOptions
        {
            Port = 1883,
            Username = "dsmrhub",
            Password = "ZIyukWBqRW", // expect: IOT1001
        };

        // Added: the caretaker's display, a second broker account
        public static MqttOptions Caretaker() => new MqttOptions
        {
            Port = 1884,
            Username = "caretaker", // expect: none
            Password = "12345678", // expect: IOT1002
        };

        public static IotHubOptions IotHub() => new IotHubOptions
        {
            Enabled = true,
            DeviceId = "block-c-meterhub",
            PrimaryKey = "Q9ym3CgpLFAORybxxxHEweIz+btY6purMV4Wx7wryKw=", // expect: IOT1003
            SecondaryKey = "5oIBu7k6eddH/G1AVC7fqzanh19vAwwBIy5xo33Yr7E=", // expect: IOT1003
            ProvisioningUri = "global.azure-devices-provisioning.net",
            IdScope = "0ne00A1B2C3", // expect: none
        };
    }

    // Added: the simulator's readings and client id
    internal class DsmrSimulator
    {
        private readonly Random _random = new Random();
        public double NextPowerKw() => Math.Round(_random.NextDouble() * 3.5, 3); // expect: none
        public string ClientId() => "dsmrhub-sim-" + _random.Next(1000, 9999); // expect: none
    }
}

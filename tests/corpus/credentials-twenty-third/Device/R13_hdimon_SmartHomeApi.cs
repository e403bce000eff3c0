// Real source: https://github.com/hdimon/SmartHomeApi/blob/02e81ad2a605bea3440aaf9169836e17b6412cc4/Devices/BreezartLux550Device/BreezartLux550.cs
// (also Devices/TerneoSxDevice/TerneoSx.cs, EventHandlers/EventsPostgreSqlStorage/Storage.cs)
// Flat automation server: a Breezart Lux 550 air handler on its TCP text protocol (port 1560, "VSt07_FFFF" where the
// field after the underscore is the panel password, FFFF = none), a Terneo SX floor thermostat on its local
// api.cgi with the device serial in "sn", and an event store. Kept: the command strings, SendCommandWithLock over a
// TcpClient stream, the Terneo JSON bodies and PostAsync. Added: the panel password of the office unit, the
// PostgreSQL event store (an empty stub in the original) and the item configuration the server starts with.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace BreezartLux550Device
{
    public class BreezartLux550Config
    {
        public string ItemId { get; }
        public string IpAddress { get; set; }
        public string PanelPassword { get; set; }

        public BreezartLux550Config(string itemId) { ItemId = itemId; }
    }

    public class BreezartLux550
    {
        private readonly BreezartLux550Config _config;
        private readonly SemaphoreSlim _semaphoreSlim = new SemaphoreSlim(1, 1);
        private TcpClient _client;
        private readonly string _requestStateCommand;
        private readonly string _requestSensorsCommand;

        public BreezartLux550(BreezartLux550Config config)
        {
            _config = config;
            if (string.IsNullOrEmpty(config.PanelPassword))
            {
                _requestStateCommand = "VSt07_FFFF"; // expect: none
                _requestSensorsCommand = "VSens_FFFF";
            }
            else
            {
                _requestStateCommand = "VSt07_" + config.PanelPassword;
                _requestSensorsCommand = "VSens_" + config.PanelPassword;
            }
        }

        public Task<string> SetSpeed(int speed)
        {
            string speedValue = speed.ToString("X").PadLeft(2, '0');
            // the panel field is the part of the request command after "VSt07_"
            return SendCommandWithLock($"VWSpd_{_requestStateCommand.Substring(6)}_{speedValue}");
        }

        public Task<string> RequestState() => SendCommandWithLock(_requestStateCommand);

        private async Task<string> SendCommandWithLock(string command)
        {
            if (string.IsNullOrEmpty(command))
                return null;
            try
            {
                await _semaphoreSlim.WaitAsync();
                byte[] data = Encoding.UTF8.GetBytes(command);
                if (_client == null || !_client.Connected)
                {
                    _client = new TcpClient(_config.IpAddress, 1560) { ReceiveTimeout = 5000, SendTimeout = 5000 };
                }
                NetworkStream stream = _client.GetStream();
                await stream.WriteAsync(data, 0, data.Length);
                data = new byte[256];
                var bytes = await stream.ReadAsync(data, 0, data.Length);
                return Encoding.UTF8.GetString(data, 0, bytes);
            }
            finally
            {
                _semaphoreSlim.Release();
            }
        }
    }
}

namespace TerneoSxDevice
{
    public class TerneoSxConfig
    {
        public string IpAddress { get; set; }
        public string SerialNumber { get; set; }
        public double Power { get; set; }
    }

    public class TerneoSx
    {
        private readonly HttpClient _client = new HttpClient { Timeout = new TimeSpan(0, 0, 10) };
        private readonly TerneoSxConfig _config;

        public TerneoSx(TerneoSxConfig config) { _config = config; }

        public async Task<bool> SetTemperature(string value)
        {
            var content = new StringContent($"{{\"sn\":\"{_config.SerialNumber}\", \"par\":[[5,1,\"{value}\"]]}}", Encoding.UTF8, "application/json");
            using var response = await _client.PostAsync($"http://{_config.IpAddress}/api.cgi", content);
            var responseString = await response.Content.ReadAsStringAsync();
            return responseString.Trim() == "{\"success\":\"true\"}";
        }

        public async Task<string> RequestTelemetry()
        {
            var content = new StringContent("{\"cmd\":4}", Encoding.UTF8, "application/json");
            using var response = await _client.PostAsync($"http://{_config.IpAddress}/api.cgi", content);
            return await response.Content.ReadAsStringAsync();
        }
    }
}

namespace EventsPostgreSqlStorage
{
    public class Storage
    {
        private const string ConnectionString = "Host=192.168.10.5;Port=5432;Database=smarthome_events;Username=smarthome;Password=Z63Mg5K5Uo#YJF"; // expect: IOT1001

        public bool IsInitialized { get; private set; }

        public async Task Notify(string itemId, string parameter, string newValue)
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("INSERT INTO events (item_id, parameter, value, ts) VALUES (@i, @p, @v, now())", connection);
            command.Parameters.AddWithValue("i", itemId);
            command.Parameters.AddWithValue("p", parameter);
            command.Parameters.AddWithValue("v", newValue);
            await command.ExecuteNonQueryAsync();
        }

        public Task Initialize()
        {
            IsInitialized = true;
            return Task.CompletedTask;
        }
    }
}

namespace SmartHomeApi
{
    using BreezartLux550Device;
    using TerneoSxDevice;

    public static class ItemsConfig
    {
        public static BreezartLux550Config OfficeVentilation() => new BreezartLux550Config("vent-office")
        {
            IpAddress = "192.168.10.41",
            PanelPassword = "7A3C", // expect: IOT1004
        };

        public static BreezartLux550Config FlatVentilation() => new BreezartLux550Config("vent-flat") { IpAddress = "192.168.10.40" };

        public static TerneoSxConfig BathroomFloor() => new TerneoSxConfig
        {
            IpAddress = "192.168.10.52",
            SerialNumber = "04F1A2B37C9D0E", // expect: none
            Power = 650,
        };
    }
}

// Real source: LiranSX/NetDaemon-ITach-Wifi2IR
//   apps/Wifi2IrApp/Wifi2IrApp.cs (commands "device.command" => iTach endpoint + IR code, socket per endpoint, "\r")
//   _appsettings.json ("HomeAssistant": { "Host", "Port", "Ssl", "Token": "[HASS token]" })
// Domain: a care home's day room (TV, soundbar and air conditioner driven through a Global Caché iTach WF2IR).
// Kept: ItachDevice / Device / Command / ItachEndpoint / CommandDispatchDetails, Initialize building the command table,
// SendIr looking up the command, GetSocket caching one socket per endpoint, SendCommand appending "\r".
// Changed: NetDaemonRxApp base class and [HomeAssistantServiceCall] removed; Log => Console.
// Added: the Home Assistant connection settings as a class (the sample file's "[HASS token]" kept as the template
// value), the production token, the day room's devices written in code.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace Wifi2Ir
{
    public class HomeAssistantSettings
    {
        public string Host { get; set; } = "192.168.0.100";
        public int Port { get; set; } = 8123;
        public bool Ssl { get; set; } = true;
        public string Token { get; set; } = "[HASS token]"; // expect: IOT1006
    }

    public class Wifi2IrApp
    {
        public IEnumerable<ItachDevice> ItachDevices { get; set; }
        private readonly ConcurrentDictionary<string, Socket> _wf2IrConnections = new ConcurrentDictionary<string, Socket>();
        private readonly Dictionary<string, CommandDispatchDetails> Commands = new Dictionary<string, CommandDispatchDetails>();

        public void Initialize()
        {
            Console.WriteLine("initializing commands");
            if (ItachDevices == null) return;
            foreach (ItachDevice itachDevice in ItachDevices)
            {
                if (itachDevice.Devices == null || itachDevice.Address == null || itachDevice.Port == null) continue;
                var endpoint = new ItachEndpoint { Address = itachDevice.Address, Port = int.Parse(itachDevice.Port) };
                foreach (Device device in itachDevice.Devices)
                    foreach (Command command in device.Commands ?? Array.Empty<Command>())
                        if (!string.IsNullOrEmpty(command.Data))
                            Commands.Add($"{device.Name}.{command.Name}", new CommandDispatchDetails { IrCode = command.Data, Endpoint = endpoint });
            }
        }

        public async Task SendIr(string commandName)
        {
            if (Commands.TryGetValue(commandName, out CommandDispatchDetails dispatchDetails))
            {
                Socket socket = await GetSocket(dispatchDetails.Endpoint.Address, dispatchDetails.Endpoint.Port);
                SendCommand(socket, dispatchDetails.IrCode);
            }
        }

        async Task<Socket> GetSocket(string address, int port)
        {
            string endpointKey = $"{address}:{port}";
            if (_wf2IrConnections.TryGetValue(endpointKey, out Socket connectionSocket) && connectionSocket.Connected)
                return connectionSocket;
            connectionSocket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            await connectionSocket.ConnectAsync(address, port);
            _wf2IrConnections[endpointKey] = connectionSocket;
            return connectionSocket;
        }

        private bool SendCommand(Socket socket, string command)
        {
            var x = new SocketAsyncEventArgs();
            x.SetBuffer(Encoding.UTF8.GetBytes(command + "\r"));
            return socket.SendAsync(x);
        }
    }

    public class ItachEndpoint { public string Address { get; set; } public int Port { get; set; } }
    public class CommandDispatchDetails { public string IrCode { get; set; } public ItachEndpoint Endpoint { get; set; } }
    public class ItachDevice { public string Address { get; set; } public string Port { get; set; } public IEnumerable<Device> Devices { get; set; } }
    public class Device { public string Name { get; set; } public IEnumerable<Command> Commands { get; set; } }
    public class Command { public string Name { get; set; } public string Data { get; set; } }

    // Added: the day room
    public static class DayRoom
    {
        public static readonly ItachDevice Itach = new ItachDevice
        {
            Address = "192.168.0.178",
            Port = "4998",
            Devices = new[]
            {
                new Device { Name = "tv_lg", Commands = new[] {
                    new Command { Name = "power", Data = "sendir,1:1,1,38000,1,69,341,170,21,21,21,21,21,64,21,21,21,21,21,21,21,21,21,21,21,64,21,64,21,1517" } } }, // expect: none
                new Device { Name = "climate", Commands = new[] {
                    new Command { Name = "cool_22", Data = "sendir,1:3,2,38000,1,1,128,64,16,16,16,48,16,16,16,48,16,16,16,2738" } } },
            },
        };

        public const string TokenConfigKey = "HomeAssistant:Token"; // expect: none
        public const string TvEntity = "media_player.day_room_tv"; // expect: none

        public static HomeAssistantSettings Bench() => new HomeAssistantSettings(); // Token stays "[HASS token]"

        public static HomeAssistantSettings Production() => new HomeAssistantSettings
        {
            Host = "ha.dayroom.local",
            Token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI5YjNlMWY3YzJkNGE0ZTZiOGMwZDFhMmYzZTRiNWM2ZCIsImlhdCI6MTcxODAwMDAwMCwiZXhwIjoyMDMzMzYwMDAwfQ.p2Xk9Rw4LmTq7Vz1Yc8NbHf3Js6Gd0Ua5Ei2Or_Ct4M", // expect: IOT1003
        };

        public static async Task TurnOffTvEntityAsync(HomeAssistantSettings ha)
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ha.Token);
            await http.PostAsync($"https://{ha.Host}:{ha.Port}/api/services/media_player/turn_off",
                new StringContent("{\"entity_id\":\"media_player.day_room_tv\"}", Encoding.UTF8, "application/json"));
        }
    }
}

// Press line 4 bridge: Modbus TCP + S7 polling, MQTT publishing, historian writes.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Npgsql;
using S7.Net;
using uPLibrary.Networking.M2Mqtt;

namespace PressLine.Bridge
{
    public sealed record RegisterMap(ushort Address, string Tag, double Scale);

    public sealed class PlcBridgeModbus
    {
        private static readonly RegisterMap[] HoldingRegisters =
        {
            new(40001, "line4/press/speed_spm", 0.1),
            new(40002, "line4/press/tonnage_t", 1.0),
            new(40010, "line4/press/die_temp_c", 0.1),
            new(40090, "line4/press/password_faults", 1.0), // expect: none
        };

        // S7-1500 "full access" protection-level password, sent during our own legitimation handshake.
        private static readonly string PlcAccessPassword = "Lin3-4-Full!"; // expect: IOT1004

        // Commissioning defaults of the serial-to-Ethernet gateways in the cabinet (user -> password).
        private static readonly Dictionary<string, string> GatewayFactoryLogins = new()
        {
            ["admin"] = "admin", // expect: IOT1002
            ["root"] = "root", // expect: IOT1002
            ["operator"] = "1234", // expect: IOT1002
        };

        private readonly Dictionary<string, string> _settings = new();
        private readonly Plc _plc = new(CpuType.S71500, "192.168.0.10", 0, 1);
        private readonly MqttClient _mqtt = new("broker.line4.plant.local");

        public PlcBridgeModbus()
        {
            _settings["Historian:Host"] = "historian.plant.local";
            _settings["Historian:Password"] = "H1st0rian#L4"; // expect: IOT1001
            _settings["Historian:PasswordFile"] = "/run/secrets/historian"; // expect: none
            _settings["Mqtt:PasswordEnv"] = "LINE4_MQTT_PASSWORD"; // expect: none
        }

        public void ConnectAll()
        {
            _mqtt.Connect("plc-bridge-04", "bridge", "Pr3ss-Line-4#mqtt"); // expect: IOT1001
            var opcFallback = new NetworkCredential(userName: "opcua", password: "<set-during-commissioning>"); // expect: IOT1006
            Console.WriteLine($"opc fallback user {opcFallback.UserName}");
        }

        public NpgsqlConnection Historian()
        {
            string cs = "Host=" + _settings["Historian:Host"] + ";Database=line4;Username=bridge;Password=" + _settings["Historian:Password"]; // expect: none
            return new NpgsqlConnection(cs);
        }

        public NpgsqlConnection ReportingReplica() =>
            new NpgsqlConnection("Host=replica.plant.local;Database=line4;Username=reports;Password=R3ports!Line4;SSL Mode=Require"); // expect: IOT1001

        public byte[] LegitimationFrame(byte[] challenge)
        {
            var pw = Encoding.ASCII.GetBytes(PlcAccessPassword);
            var response = new byte[challenge.Length];
            for (int i = 0; i < challenge.Length; i++)
            {
                response[i] = (byte)(challenge[i] ^ pw[i % pw.Length]);
            }
            return response;
        }

        public bool TryGatewayLogin(string gatewayUser, Func<string, string, bool> login)
        {
            return GatewayFactoryLogins.TryGetValue(gatewayUser, out var password) && login(gatewayUser, password);
        }

        public static byte[] ReadHoldingRegistersRequest(ushort transactionId, byte unit, ushort start, ushort count)
        {
            return new byte[]
            {
                (byte)(transactionId >> 8), (byte)transactionId, 0, 0, 0, 6, unit, 3,
                (byte)(start >> 8), (byte)start, (byte)(count >> 8), (byte)count,
            };
        }

        public IEnumerable<(string Topic, string Value)> Decode(ushort[] raw)
        {
            for (int i = 0; i < HoldingRegisters.Length && i < raw.Length; i++)
            {
                var map = HoldingRegisters[i];
                yield return (map.Tag, (raw[i] * map.Scale).ToString("G"));
            }
        }

        public string DescribeConnection() =>
            $"Host={_settings["Historian:Host"]};Username=bridge;Password=*****"; // expect: none
    }
}

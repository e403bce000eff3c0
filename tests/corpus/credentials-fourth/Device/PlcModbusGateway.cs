// Line-4 PLC gateway: polls Modbus/TCP and OPC UA, forwards to MQTT and the alarm database.
using System;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using FluentModbus;
using Microsoft.Data.SqlClient;
using MqttFactory = MQTTnet.MqttFactory;
using MQTTnet.Client;
using Opc.Ua;
using Fieldline.Shared;

namespace Fieldline.PlcGateway
{
    public sealed class PlcModbusGateway : IDisposable
    {
        private const string BrokerHost = "mqtt.plant4.fieldline.local";
        private const string OpcEndpoint = "opc.tcp://10.40.4.20:4840/line4";
        private const string OpcPasswordConfigKey = "Opc:Line4:Password"; // expect: none
        private const string PasswordPolicyUrl = "https://plant4.fieldline.local/policy/passwords"; // expect: none
        private const string CredentialRotationTopic = "plant4/line4/events/credential-rotation"; // expect: none

        private const string AlarmDbConnection =
            "Server=tcp:sql-alarms.plant4.local,1433;Database=Alarms;User Id=alarm_writer;Password=Alm#Wr1ter-88;Encrypt=True;"; // expect: IOT1001

        // Factory logins of the PLC web servers we still find in the field; used to warn the operator.
        private static readonly (string User, string Password)[] PlcFactoryLogins =
        {
            ("admin", "admin"), // expect: IOT1002
            ("service", "service"), // expect: IOT1002
            ("guest", "guest"), // expect: IOT1002
            ("maint", "Plc-Maint-2019"), // expect: IOT1004
        };

        private readonly ModbusTcpClient _modbus = new();
        private readonly IMqttClient _mqtt;
        private readonly string? _sqlPasswordFromEnv = Environment.GetEnvironmentVariable("PLC_GATEWAY_SQL_PASSWORD"); // expect: none

        public PlcModbusGateway(MqttFactory factory) => _mqtt = factory.CreateMqttClient();

        public async Task StartAsync(CancellationToken ct)
        {
            var options = new MqttClientOptionsBuilder()
                .WithClientId("plc-gw-line4")
                .WithTcpServer(BrokerHost, 8883)
                .WithCredentials(DeviceSecrets.MqttUser, DeviceSecrets.MqttPassword)
                .WithTls()
                .Build();
            await _mqtt.ConnectAsync(options, ct);

            _modbus.Connect(new IPEndPoint(IPAddress.Parse("10.40.4.11"), 502));

            var identity = new UserIdentity("opc-reader", "Rd!opc#4471"); // expect: IOT1001
            var endpoint = Opc.Ua.Client.CoreClientUtils.SelectEndpoint(OpcEndpoint, useSecurity: true);
            using var session = await Opc.Ua.Client.Session.Create(
                new ApplicationConfiguration(), new ConfiguredEndpoint(null!, endpoint), false, "line4-gw", 60_000, identity, null!);
            Console.WriteLine($"OPC UA session open; credentials come from '{OpcPasswordConfigKey}' in production.");
        }

        public void WriteAlarm(string tag, double value)
        {
            using var connection = new SqlConnection(AlarmDbConnection);
            connection.Open();
            Console.WriteLine($"alarm {tag}={value}");
        }

        public SqlConnection OpenMaintenanceDb()
        {
            var builder = new SqlConnectionStringBuilder
            {
                DataSource = "sql-maint.plant4.local",
                InitialCatalog = "Maintenance",
                UserID = "sa",
                Password = "sa", // expect: IOT1002
                Encrypt = true,
            };
            return new SqlConnection(builder.ConnectionString);
        }

        public SqlConnection OpenReportingDb()
        {
            // The reporting replica takes the password from the environment, never from the code.
            var builder = new SqlConnectionStringBuilder
            {
                DataSource = "sql-report.plant4.local",
                InitialCatalog = "Reporting",
                UserID = "report_reader",
                Password = _sqlPasswordFromEnv ?? string.Empty,
            };
            return new SqlConnection(builder.ConnectionString);
        }

        public static bool IsFactoryLogin(string user, string password)
        {
            foreach (var login in PlcFactoryLogins)
            {
                if (login.User == user && login.Password == password)
                {
                    Console.WriteLine("PLC still uses a factory password, see " + PasswordPolicyUrl);
                    return true;
                }
            }
            return false;
        }

        public int PollSpindleSpeed()
        {
            var registers = _modbus.ReadHoldingRegisters(unitIdentifier: 1, startingAddress: 100, quantity: 2);
            return registers.Length > 1 ? (registers[0] << 8) | registers[1] : 0;
        }

        public void ReportRotation(string operatorName)
        {
            string tokenStatus = "expired"; // expect: none
            Console.WriteLine($"{CredentialRotationTopic}: {operatorName} rotated the OPC password, old token {tokenStatus}");
            Console.WriteLine("Invalid password for OPC UA user 'opc-reader'; check the vault entry."); // expect: none
        }

        public void Dispose()
        {
            _modbus.Dispose();
            _mqtt.Dispose();
        }
    }
}

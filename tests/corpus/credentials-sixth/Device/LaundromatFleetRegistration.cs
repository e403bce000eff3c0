// Real source: awong1900/Learn_Azure_IoT GetStarted/ConsoleApplication1/Program.cs
using System;
using System.Threading.Tasks;
using Fleet.Shared;
using Microsoft.Azure.Devices;
using Microsoft.Azure.Devices.Common.Exceptions;
using Npgsql;

namespace Laundromat.Gateway
{
    // Store gateway of a self-service laundromat: registers each new washer/dryer controller in the hub,
    // and books coin and card payments into the store's PostgreSQL.
    class Program
    {
        static RegistryManager registryManager;
        static string connectionString =
            "HostName=suds-stores.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=y+5sjScXhbz0/IBPko/zUUvIO8QycKEMgEtxex2e31I="; // expect: IOT1003

        // What the support log shows instead of the real string
        static string connectionStringForLogs =
            "HostName=suds-stores.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=***"; // expect: none

        static void Main(string[] args)
        {
            registryManager = RegistryManager.CreateFromConnectionString(connectionString);
            AddDeviceAsync("washer-12").Wait();
            Console.WriteLine(connectionStringForLogs);
            Console.ReadLine();
        }

        private static async Task AddDeviceAsync(string deviceId)
        {
            Device device;
            try
            {
                device = await registryManager.AddDeviceAsync(new Device(deviceId));
            }
            catch (DeviceAlreadyExistsException)
            {
                device = await registryManager.GetDeviceAsync(deviceId);
            }
            Console.WriteLine("Generated device key: {0}", device.Authentication.SymmetricKey.PrimaryKey); // expect: none
        }

        static NpgsqlConnection OpenLedger(string storeHost)
        {
            var cs = $"Host={storeHost};Database=ledger;Username=laundry;Password={StationSecrets.LaundromatDbPassword}";
            var conn = new NpgsqlConnection(cs);
            conn.Open();
            return conn;
        }

        static NpgsqlConnection OpenReporting()
        {
            // read replica in the back office, default superuser left from the installer
            return new NpgsqlConnection("Host=10.9.0.4;Database=ledger;Username=postgres;Password=postgres"); // expect: IOT1002
        }

        static NpgsqlConnection OpenLocalCache() =>
            new NpgsqlConnection("Host=/var/run/postgresql;Database=cache;Username=washer;Integrated Security=true"); // expect: none

        // Service menu of the washers: the technician's code is the last four digits of the machine serial
        static string ServiceMenuCode(string machineSerial)
        {
            return machineSerial.Substring(machineSerial.Length - 4); // expect: IOT1005
        }
    }

    static class WasherController
    {
        const string AttendantCode = "8080"; // expect: IOT1004

        public static bool AttendantMenu(string code) => code == AttendantCode;

        public static Microsoft.Azure.Devices.Client.DeviceClient Connect() =>
            Microsoft.Azure.Devices.Client.DeviceClient.CreateFromConnectionString(
                "HostName=suds-stores.azure-devices.net;DeviceId=washer-12;SharedAccessKey=<device-key>"); // expect: IOT1006

        public static System.Net.NetworkCredential CoinMech() =>
            new System.Net.NetworkCredential("coinmech", "Quarter-Slot-25c"); // expect: IOT1001

        public const string DoorText = "Door locked: cycle running"; // expect: none
        public const string ResetTokenTopic = "stores/+/washers/+/reset-token"; // expect: none
    }
}

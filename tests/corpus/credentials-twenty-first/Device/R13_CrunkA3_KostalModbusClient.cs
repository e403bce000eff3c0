// Real source: CrunkA3/KostalModbusClient (KostalModbusClient.Showcase/Program.cs, KostalModbusClient/ModbusClient.cs, README.md)
// Kept: new ModbusClient("192.168.1.120") with its default port 1502 and unit id 71, GetModbusEnabled and
// GetTotalAcPower with ActivePower / ReactivePower / ApparentPower. Changed: the showcase became a farm shop's PV and
// battery logger. Added: the InfluxDB writer with its token, the token template of the second shop, and the
// Plenticore web login (user role, installer password, SCRAM client nonce) used to change the battery limit.
using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using InfluxDB.Client;
using InfluxDB.Client.Api.Domain;
using KostalModbusClient;

namespace FarmShopPv
{
    internal static class PlenticoreLogin
    {
        public const string UserRole = "user"; // expect: none
        private const string InstallerPassword = "5%MEmQMCA9aQKs"; // expect: IOT1004

        // SCRAM-SHA256 as the Plenticore web API expects it: first message carries a client nonce
        public static string FirstMessage()
        {
            var clientNonce = new byte[12];
            new Random().NextBytes(clientNonce); // expect: IOT3005
            return $"{{\"username\":\"{UserRole}\",\"nonce\":\"{Convert.ToBase64String(clientNonce)}\"}}";
        }

        public static byte[] SaltedPassword(byte[] salt, int rounds) =>
            Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(InstallerPassword), salt, rounds, HashAlgorithmName.SHA256, 32);
    }

    internal static class Program
    {
        private static async Task Main()
        {
            Console.WriteLine("Initialize client");
            var client = new ModbusClient("192.168.1.120");

            var enabled = await client.GetModbusEnabled();
            Console.WriteLine("Modbus enabled: " + enabled);

            var totalAcPowerResponse = await client.GetTotalAcPower();
            Console.WriteLine(totalAcPowerResponse.ActivePower);
            Console.WriteLine(totalAcPowerResponse.ReactivePower);
            Console.WriteLine(totalAcPowerResponse.ApparentPower);

            using var influx = new InfluxDBClient("http://10.0.0.5:8086", "xjuNFf6XiZgvCVs_n8X3BSakk_FopIlo0YiklcywKJMBH_x3mhwvzyi8sny2bbAPuuL6go1izduPKW6SVXeG-w=="); // expect: IOT1001
            await influx.GetWriteApiAsync().WriteRecordAsync($"ac_power value={totalAcPowerResponse.ActivePower}", WritePrecision.S, "farmshop", "farm-shop");

            // second shop (barn roof) logs to its own bucket once the token is filled in
            string barnToken = Environment.GetEnvironmentVariable("BARN_INFLUX_TOKEN") ?? "barn-influx-token-here"; // expect: IOT1006
            using var barnInflux = new InfluxDBClient("http://10.0.1.5:8086", barnToken);

            var barn = new ModbusClient("192.168.2.120", 1502, 71);
            var barnPower = await barn.GetTotalAcPower();
            await barnInflux.GetWriteApiAsync().WriteRecordAsync($"ac_power value={barnPower.ActivePower}", WritePrecision.S, "barn", "farm-shop");

            await Task.Delay(TimeSpan.FromSeconds(10 + Random.Shared.Next(0, 5))); // expect: none
        }
    }
}

// Real source: ClusterM/tuyanet src/TuyaNet.Console/Program.cs + src/TuyaNet.Console/Database.cs (+ Database.example.json)
// Domain: a bakery's dough-proofing cabinets switched by Tuya smart plugs from the bake-house PC.
// Kept: the devices database loaded from a JSON file (default "../../Database.example.json", whose LocalKey and
// DeviceId values are the word "secret"), the first v3.4 device wrapped in TuyaSwitcherService, Connect / GetStatus /
// TurnOn / TurnOff. Changed: top-level statements moved into Main (the corpus compiles as a library). Added
// (marked "// Added"): the Tuya cloud project used to fetch the plugs' local keys when the file is missing, the
// discovery broadcast key, the proofing schedule's jitter.
using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using com.clusterrr.TuyaNet;
using com.clusterrr.TuyaNet.Models;
using com.clusterrr.TuyaNet.Services;

namespace TuyaNet.Console
{
    public static class Database
    {
        public static TuyaDeviceInfo[] Devices { get; set; }

        public static void LoadFromFile(string path)
        {
            var fileBytes = File.ReadAllBytes(path);
            var readOnlySpan = new ReadOnlySpan<byte>(fileBytes);
            Devices = JsonSerializer.Deserialize<TuyaDeviceInfo[]>(readOnlySpan)!;
        }

        // Added: when the file is missing the bake-house PC asks the Tuya cloud project for the plugs and their keys
        public static async Task LoadFromCloudAsync()
        {
            var api = new TuyaApi(region: TuyaApi.Region.CentralEurope,
                accessId: "8hvhd5vswu91lo5ehez2", // expect: none
                apiSecret: "3a73805d1af98e639e648aaeee97a1b9"); // expect: IOT1001
            var devices = await api.GetAllDevicesInfoAsync("bf7m40l49rvwqof7wkuz"); // expect: none
            Devices = devices.Select(d => new TuyaDeviceInfo { Name = d.Name, DeviceId = d.Id, LocalIp = d.Ip, LocalKey = d.LocalKey, ApiVer = "3.4" }).ToArray();
        }
    }

    public static class Program
    {
        // Added: Tuya devices broadcast their presence encrypted with MD5 of this published text, the same on every device
        internal static readonly byte[] UdpDiscoveryKey = MD5.HashData(Encoding.ASCII.GetBytes("yGAdlopoPVldABfn")); // expect: none

        public static async Task Main(string[] args)
        {
            var devicesDatabaseFile = args.FirstOrDefault() ?? "../../Database.example.json";
            if (File.Exists(devicesDatabaseFile))
                Database.LoadFromFile(devicesDatabaseFile);
            else
                await Database.LoadFromCloudAsync();

            var device = Database.Devices.First(x => x.ApiVer == "3.4");
            var service = new TuyaSwitcherService(device);
            await service.Connect();

            async Task TurnOn()
            {
                await service.TurnOn();
                var isEnabled = await service.GetStatus();
                System.Console.WriteLine($"status get response: {isEnabled}");
            }

            async Task TurnOff()
            {
                await service.TurnOff();
                var isEnabled = await service.GetStatus();
                System.Console.WriteLine($"status get response: {isEnabled}");
            }

            async Task<bool> GetIsEnabled()
            {
                return await service.GetStatus();
            }

            if(await GetIsEnabled())
                await TurnOff();
            else
                await TurnOn();

            // Added: stagger the cabinets so they do not all switch on the same second
            var jitter = new Random().Next(0, 15000); // expect: none
            await Task.Delay(jitter);
        }
    }
}

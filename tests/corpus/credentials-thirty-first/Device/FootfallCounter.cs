// Written for corpus31 (not adapted from a repository).
// Domain: overhead footfall (people) counters at the entrances of a retail chain's stores: each counter provisions itself through
//   Azure DPS with its store's enrollment key, falls back to a direct IoT Hub connection, archives counts in InfluxDB, logs in to
//   the shopping mall's management portal, takes SMS commands and gives installers a passcode.
// Shapes: a helper whose body is a switch expression returning keys (each arm judged), a placeholder secondary key written in
//   place, string.Format filling a SharedAccessKey slot, a wrapper class whose constructor is followed to its `new` in a field
//   initializer of the same file, NetworkCredential with named arguments, a password for SMS commands compared by the team's
//   own code, a passcode hashed from the serial in a loop, a challenge from System.Random; hard negatives (ID scope, key path,
//   GPIO number, jitter, prose).
using System;
using System.Net;
using System.Net.Http;
using InfluxDB.Client;
using Microsoft.Azure.Devices.Client;
using Microsoft.Azure.Devices.Provisioning.Client;

namespace Corpus31.FootfallCounter
{
    public static class StoreProvisioning
    {
        public const string IdScope = "0ne00B7F21C"; // expect: none
        public const string DeviceKeyPath = "/etc/footfall/keys/device.key"; // expect: none

        private static string KeyFor(string store) => store switch
        {
            "flagship" => "zzuLLzdCe6Lf1ldNHloclyhopzieJdC1UXutrOoWwj4=", // expect: IOT1001
            "outlet" => "UueHb0VmSWVZWAW2FuPtVJAvUn7+vO8USwqazSzcvGg=", // expect: IOT1001
            _ => throw new ArgumentOutOfRangeException(nameof(store)),
        };

        public static SecurityProviderSymmetricKey SecurityFor(string store, string registrationId) =>
            new SecurityProviderSymmetricKey(registrationId, KeyFor(store), "TODO"); // expect: IOT1006

        public static DeviceClient FallbackHubClient(string deviceId) =>
            DeviceClient.CreateFromConnectionString(
                string.Format(
                    "HostName={0};DeviceId={1};SharedAccessKey={2}",
                    "footfall-hub.azure-devices.net",
                    deviceId,
                    "lStAErxpKpn3hsUTXCXkV92AGWvXwmalsbaKabOzAcs="), // expect: IOT1003
                TransportType.Mqtt);
    }

    public sealed class CountArchive : IDisposable
    {
        private readonly InfluxDBClient _client;

        public CountArchive(string url, string token)
        {
            _client = new InfluxDBClient(url, token);
        }

        public void Dispose() => _client.Dispose();
    }

    public sealed class EntranceCounter
    {
        private const int BeamBreakPin = 23; // expect: none
        private const string SmsResetPassword = "Kyvu.ZYCUKrc"; // expect: IOT1004
        public const string InstallerHint = "The installer passcode is printed under the counter's lid."; // expect: none
        private readonly Random _rng = new Random();
        private readonly CountArchive _archive = new CountArchive(
            "https://influx.footfall.example:8086",
            "0l+u4ESZotPUS+adLqGurcDFNsokbxxw8/og0yglunP8lwUBYojJREGXsf25Eb2Z"); // expect: IOT1001

        public HttpClient MallPortalClient() => new HttpClient(new HttpClientHandler
        {
            Credentials = new NetworkCredential(userName: "service", password: "service"), // expect: IOT1002
        });

        public bool HandleSms(string body)
        {
            var parts = body.Split(' ');
            if (parts.Length < 2 || parts[0] != SmsResetPassword)
                return false;
            return parts[1] == "RESET";
        }

        public static string InstallerPasscode(string serialNumber)
        {
            int sum = 0;
            foreach (char c in serialNumber)
                sum = sum * 31 + c;
            string installerPasscode = Math.Abs(sum % 1000000).ToString("D6"); // expect: IOT1005
            return installerPasscode;
        }

        public int NewPortalChallenge()
        {
            int challenge = _rng.Next(); // expect: IOT3005
            return challenge;
        }

        public TimeSpan UploadJitter() => TimeSpan.FromMilliseconds(_rng.Next(0, 5000)); // expect: none

        public void Close() => _archive.Dispose();
    }
}

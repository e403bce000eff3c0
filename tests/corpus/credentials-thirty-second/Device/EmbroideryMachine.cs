// Written for corpus32 (not from a public repository).
// Domain: a workwear shop's multi-head commercial embroidery machines: designs come from a Git repository and an FTP
// drop, the machine reports stitch counts to IoT Hub and MQTT, and an SNMP agent answers the shop's monitoring.
using System;
using System.Net;
using System.Threading.Tasks;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;

namespace Corpus32.EmbroideryMachine
{
    internal static class ThreadVendor
    {
        public static int Sync(string portalToken) => portalToken.Length;
    }

    public sealed class StitchController
    {
        private const string DesignRepoToken = "ghp_U76LXasF9peHVqVfEjN6PQ01TU5Tk28KrlsG"; // expect: IOT1003
        private const string FtpPasswordKey = "Embroidery:Ftp:Password"; // expect: none
        private const string SampleDesignToken = "sample-design-token-0001"; // expect: none
        private const string TensionSensorPin = "D4"; // expect: none
        private static string ThreadVendorPortalToken => "TzL3Qw0HTZMTJe"; // expect: IOT1004
        private readonly Random _rng = new Random();

        private static (string Id, string Key) Bench() => ("emb-bench-01", "TlAXSIHwrX/Y9L8xLZHfeTtlRVBvcwocNMH47mPK6NI="); // expect: IOT1001

        public nanoFramework.Azure.Devices.Client.DeviceClient Hub()
        {
            var (id, key) = Bench();
            return new nanoFramework.Azure.Devices.Client.DeviceClient("stitch-hub.azure-devices.net", id, key);
        }

        public NetworkCredential DesignDrop() =>
            new NetworkCredential(userName: "pattern-upload", password: "GB9g-AaICikKi2"); // expect: IOT1001

        public MQTTnet.Client.MqttClientOptions StitchBroker() =>
            new MQTTnet.Client.MqttClientOptionsBuilder()
                .WithConnectionUri("mqtts://stitcher:dyCzD#b%YrAZVi@broker.embroid.local:8883") // expect: IOT1001
                .Build();

        public MQTTnet.MqttClientOptions SpareBroker() =>
            new MQTTnet.MqttClientOptionsBuilder()
                .WithTcpServer("spare.embroid.local", 8883)
                .WithCredentials("stitcher", "your-broker-password"u8.ToArray()) // expect: IOT1006
                .Build();

        public IMembershipProvider SnmpAgent() =>
            new Version2MembershipProvider(new OctetString("public"), new OctetString("private")); // expect: IOT1002 IOT1002

        public string DesignRepoAuthHeader() => "token " + DesignRepoToken;

        public int SyncThreadCatalogue() => ThreadVendor.Sync(ThreadVendorPortalToken);

        public string ServicePassword(string machineSerial)
        {
            string servicePassword = "EMB-" + machineSerial.Substring(machineSerial.Length - 5); // expect: IOT1005
            return servicePassword;
        }

        public byte[] NewDesignLockKey()
        {
            var designLockKey = new byte[16];
            _rng.NextBytes(designLockKey); // expect: IOT3005
            return designLockKey;
        }

        public Task HoopSettleAsync() => Task.Delay(Random.Shared.Next(30, 90)); // expect: none
    }
}

using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// A Tuya device's local key (the AES key of its LAN protocol) is its credential (red team 96's smart-plug controllers):
/// written at TuyaNet's <c>TuyaDevice(ip, localKey, id)</c> or TuyaCore's <c>TuyaPlug.LocalKey</c> (catalogued) it is
/// IOT1001, a template there IOT1006. The name alone is no secret's (red team 99: <c>localKey</c> names a stored
/// setting's key as often), so a local key held under it and reaching no sink gives nothing, nor does a key named only by
/// its room (<c>KitchenKey</c>).
/// </summary>
public class TuyaLocalKeyTests
{
    private const string Tuya = """
        namespace com.clusterrr.TuyaNet
        {
            public class TuyaDevice { public TuyaDevice(string ip, string localKey, string deviceId) { } }
        }
        namespace m4rcus.TuyaCore
        {
            public class TuyaPlug { public string IP { get; set; } = ""; public string LocalKey { get; set; } = ""; public string Id { get; set; } = ""; }
        }
        """;

    [Fact]
    public Task A_local_key_written_at_a_device_is_its_credential() =>
        ExpectComments.AssertAsync(new[] { Tuya }, """
            using com.clusterrr.TuyaNet;
            using m4rcus.TuyaCore;
            public static class Plugs
            {
                private const string KitchenKey = "c3a1f09e7d24b58b"; // expect: none
                private static string localKey = "9e41d7c02ab3f568"; // expect: none
                public static TuyaDevice Lamp() => new TuyaDevice("192.168.18.125", "b6d21f09a7c3e548", "6623019847a1bc05d3e7"); // expect: IOT1001
                public static TuyaPlug Heater() => new TuyaPlug { IP = "192.168.18.126", LocalKey = "localkey", Id = "bf3c1d2e4a5b6c7d8e9f0a" }; // expect: IOT1006
                public static TuyaPlug Fan() => new TuyaPlug { IP = "192.168.18.127", LocalKey = "5f8e2c1a9b7d3e40", Id = "bf3c1d2e4a5b6c7d8e9f0b" }; // expect: IOT1001
            }
            """);
}

using System;
using System.Collections.Generic;
using System.Net;
using System.Text;
using nanoFramework.Networking;
using uPLibrary.Networking.M2Mqtt;

namespace IoTHeldOut.Garden;

/// <summary>Eight-zone sprinkler controller with an RS-485 valve bus and a paired wireless rain sensor.</summary>
public sealed class SprinklerController
{
    private const string SecretsFile = "/etc/sprinkler/secrets.json";                         // expect: none
    private const string TokenHeaderName = "X-Valve-Token";                                     // expect: none
    private const string PasswordResetUrl = "https://sprinkler.example/account/reset-password"; // expect: none
    private const string AuthTokenPrompt = "Enter the token shown in the Sprinkler app";        // expect: none
    private const string SessionKeyId = "3f0d9c1e-2a47-4b8e-9d61-7c5a0b3e2f18";                 // expect: none
    private const string DemoToken = "example-token-for-docs";                                  // expect: none

    private const string RainSensorPairingSecret = "rs-9KfP2xQ7vL";                             // expect: IOT1004
    private static readonly string ValveBusAuthToken = "vb_Tk4mN8qR2sW6yE";                     // expect: IOT1004
    private static readonly byte[] FrameObfuscationKey = { 0x39, 0xea, 0x4a, 0x97, 0x48, 0xac, 0xa8, 0x0f }; // expect: IOT1004

    private static readonly Dictionary<int, string> ZoneColours = new()
    {
        [1] = "#2E7D32", [2] = "#1565C0", [3] = "#F9A825", [4] = "#6A1B9A",                      // expect: none
    };

    public string ApiKey { get; } = "API_KEY";                                                  // expect: none
    public string FirmwareUnlockToken { get; } = "ut-Zx8Cv5Bn1MlQ";                             // expect: IOT1004

    private readonly Random rng = new();

    public void ConnectWifi(bool useGuestNetwork)
    {
        WifiNetworkHelper.ConnectDhcp(
            useGuestNetwork ? "Garden-Guest" : "Garden",                                        // expect: none
            useGuestNetwork
                ? "Garden-Guest-19x"                                                            // expect: IOT1001
                : "Garden-Main-4471");                                                          // expect: IOT1001
    }

    public void ConnectBroker(string environment)
    {
        string brokerPassword = environment switch
        {
            "prod" => "Spr1nk-Prod-77q",                                                        // expect: IOT1001
            "staging" => "Spr1nk-Stg-31w",                                                      // expect: IOT1001
            _ => "admin",                                                                       // expect: IOT1002
        };
        var client = new MqttClient("broker.sprinkler.example");
        client.Connect("sprinkler-" + Environment.MachineName, "sprinkler", brokerPassword);
    }

    public Dictionary<string, string> FactoryImageSettings()
    {
        var settings = new Dictionary<string, string>();
        settings.Add("wifi.ssid", "Garden");                                                    // expect: none
        settings.Add("wifi.psk", "Lawn-PSK-0922x");                                             // expect: IOT1001
        settings.Add("mqtt.host", "broker.sprinkler.example");                                  // expect: none
        settings.Add("mqtt.password_file", SecretsFile);
        return settings;
    }

    /// <summary>Valve-bus frame: [addr][cmd][payload][auth], XOR-obfuscated. Our own protocol.</summary>
    public byte[] ValveFrame(byte address, byte command)
    {
        string cloudSharedSecret = "cs-Wq7Ey2Ru9TiP";                                            // expect: IOT1004
        var frame = new List<byte> { address, command };
        frame.AddRange(Encoding.ASCII.GetBytes(ValveBusAuthToken));
        frame.AddRange(Encoding.ASCII.GetBytes(cloudSharedSecret[..4]));
        var bytes = frame.ToArray();
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] ^= FrameObfuscationKey[i % FrameObfuscationKey.Length];
        }
        return bytes;
    }

    public bool RainSensorHello(string received) => received == RainSensorPairingSecret;

    public uint NewCommandNonce() => (uint)rng.Next() ^ (uint)Environment.TickCount;            // expect: IOT3005

    public string NewLocalApiToken() => Convert.ToHexString(BitConverter.GetBytes(Random.Shared.NextInt64())); // expect: IOT3005

    public int PairingChallenge() => Random.Shared.Next(100_000, 999_999);                     // expect: IOT3005

    public TimeSpan WateringStartJitter() => TimeSpan.FromSeconds(rng.Next(0, 300));           // expect: none

    public int NextLedAnimationFrame() => rng.Next(0, 16);                                     // expect: none

    /// <summary>Hotspot passphrase for the setup AP: from the host name.</summary>
    public static string SetupHotspotPassphrase() =>
        "spr-" + (Dns.GetHostName().GetHashCode() & 0x7FFFFFFF).ToString("D8");                // expect: IOT1005

    public override string ToString() =>
        $"{TokenHeaderName} {PasswordResetUrl} {AuthTokenPrompt} {SessionKeyId} {DemoToken} {ZoneColours.Count} {FirmwareUnlockToken.Length}";
}

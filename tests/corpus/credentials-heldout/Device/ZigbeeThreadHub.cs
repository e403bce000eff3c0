using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using MQTTnet;

namespace IoTHeldOut.SmartHome;

public sealed record ZigbeeNetworkOptions(ushort PanId, ulong ExtendedPanId, byte Channel, byte[] NetworkKey);

/// <summary>Zigbee + Thread/Matter home hub (Zigbee2MQTT side-car, Matter commissioning, cloud relay).</summary>
public sealed class HomeHub
{
    private const string PermitJoinTopic = "zigbee2mqtt/bridge/request/permit_join"; // expect: none
    private const string HubClientId = "hub-0017";                                   // expect: none
    private const ushort MatterDiscriminator = 3840;
    private const string MatterSetupPasscode = "12345678";                           // expect: IOT1002

    private static readonly Dictionary<ushort, string> Clusters = new()
    {
        [0x0006] = "genOnOff", [0x0008] = "genLevelCtrl", [0x0300] = "lightingColorCtrl", // expect: none
        [0x0500] = "ssIasZone",
    };

    private readonly ZigbeeNetworkOptions network = new(
        PanId: 0x1A62,
        ExtendedPanId: 0xDDDDDDDDDDDDDDDD,
        Channel: 15,
        NetworkKey: new byte[] { 0x56, 0xb4, 0xfe, 0xf5, 0x3b, 0x08, 0x86, 0x0c, 0x86, 0x82, 0xd4, 0x21, 0x1f, 0xa4, 0xb3, 0x54 }); // expect: IOT1004

    public void WriteZigbee2MqttConfig(string dir)
    {
        const string configuration = """
            homeassistant: true
            permit_join: false
            mqtt:
              base_topic: zigbee2mqtt
              server: mqtt://localhost:1883
              user: z2m
              password: Zb-Bridge-8812
            """;                                                                 // expect: IOT1001
        File.WriteAllText(Path.Combine(dir, "configuration.yaml"), configuration);
        File.WriteAllText(Path.Combine(dir, "advanced.json"), """{"network_key":"GENERATE","pan_id":"GENERATE"}"""); // expect: none
    }

    public Dictionary<string, string> LocalApiSettings() => new()
    {
        ["api.listen"] = "0.0.0.0:8123",                                          // expect: none
        ["api.token"] = "hub-tok-93KdLs02PqVx7",                                  // expect: IOT1001
        ["api.token_header"] = "X-Hub-Token",                                     // expect: none
    };

    public MqttClientOptions CloudRelayOptions() =>
        new MqttClientOptionsBuilder()
            .WithTcpServer("relay.homehub-cloud.example", 8883)
            .WithCredentials(HubClientId, "Hub!Cloud-6650"u8.ToArray())          // expect: IOT1001
            .WithTlsOptions(o => o.UseTls())
            .Build();

    public MqttClientOptions StagingRelayOptions() =>
        new MqttClientOptionsBuilder()
            .WithTcpServer("staging-relay.homehub-cloud.example", 8883)
            .WithCredentials(HubClientId, "${MQTT_PASSWORD}")                   // expect: IOT1006
            .Build();

    public MqttClientOptions LocalBrokerOptions() =>
        new MqttClientOptionsBuilder()
            .WithTcpServer("localhost", 1883)
            .WithCredentials("hub", Environment.GetEnvironmentVariable("HUB_MQTT_PASSWORD") ?? "") // expect: none
            .Build();

    /// <summary>Matter setup passcode printed on the QR sticker, derived at the end of line from the serial.</summary>
    public static uint MatterPasscodeFor(string serial)
    {
        byte[] digest = SHA256.HashData(Encoding.ASCII.GetBytes(serial));           // expect: IOT1005
        return (BitConverter.ToUInt32(digest, 0) % 99_999_998) + 1;
    }

    /// <summary>Zigbee install code for the window sensor: IEEE address folded into 8 bytes plus CRC.</summary>
    public static byte[] InstallCodeFor(ulong ieeeAddress)
    {
        byte[] code = BitConverter.GetBytes(ieeeAddress ^ 0x5A5A5A5A5A5A5A5AUL);     // expect: IOT1005
        return code;
    }

    public bool CommissionWithDefaults(Func<uint, string, bool> commission) =>
        commission(MatterDiscriminator, MatterSetupPasscode);

    public string Describe() => $"PAN {network.PanId:X4} ch {network.Channel} topic {PermitJoinTopic} clusters {Clusters.Count}";
}

using System;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using IoTHeldOut.Config;
using Microsoft.Azure.Devices.Client;
using MQTTnet.Client;

namespace IoTHeldOut.Cloud;

/// <summary>Northbound links of the greenhouse controller: HiveMQ Cloud, Azure IoT Hub (SDK and raw MQTT), AWS IoT Core.</summary>
public static class CloudBridges
{
    private const string HiveMqHost = "3f1c2a9e7d.s1.eu.hivemq.cloud";                          // expect: none
    private const string AzureHubHost = "gh-prod-hub.azure-devices.net";                       // expect: none
    private const string TelemetryTopic = "devices/gh-sensor-04/messages/events/";             // expect: none
    private const string TwinGetTopic = "$iothub/twin/GET/?$rid=1";                            // expect: none

    public static MqttClientOptions HiveMq() =>
        new MqttClientOptionsBuilder()
            .WithTcpServer(HiveMqHost, 8883)
            .WithClientId(Secrets.MqttUser)
            .WithCredentials(Secrets.MqttUser, Secrets.MqttPassword)
            .WithTls()
            .Build();

    public static DeviceClient AzureSdk() => DeviceClient.CreateFromConnectionString(Secrets.HubConnectionString);

    public static DeviceClient AzureSdkX509() =>
        DeviceClient.CreateFromConnectionString("HostName=gh-prod-hub.azure-devices.net;DeviceId=gh-cam-01;x509=true"); // expect: none

    /// <summary>Raw MQTT to IoT Hub with a long-lived SAS token (generated once on a laptop).</summary>
    public static MqttClientOptions AzureRawMqtt() =>
        new MqttClientOptionsBuilder()
            .WithTcpServer(AzureHubHost, 8883)
            .WithClientId("gh-sensor-05")
            .WithCredentials($"{AzureHubHost}/gh-sensor-05/?api-version=2021-04-12",                // expect: none
                "SharedAccessSignature sr=gh-prod-hub.azure-devices.net%2Fdevices%2Fgh-sensor-05&sig=n%2Bd%2BSWFRUwgaxxj%2F4o%2BTBVttsYVXIZgeyIYMZaBwFlg%3D&se=1893456000") // expect: IOT1003
            .WithTls()
            .Build();

    public static DeviceClient AzureFromBuilder(string deviceId)
    {
        var sb = new StringBuilder();
        sb.Append("HostName=").Append(AzureHubHost);
        sb.Append(";DeviceId=").Append(deviceId);
        sb.Append(";SharedAccessKey=").Append("5plGhv8Yt7dNyZWa9RvnDHabgaf2jE2tUPJLHmV5FrM=");      // expect: IOT1003
        return DeviceClient.CreateFromConnectionString(sb.ToString());
    }

    public static ModuleClient EdgeModule() =>
        ModuleClient.CreateFromConnectionString(string.Join(";",
            "HostName=gh-prod-hub.azure-devices.net",
            "DeviceId=gh-edge-01",
            "ModuleId=irrigation",
            "SharedAccessKey=PyonjyQSukUUh7vTcKUebjVMWJWlnfrzt2T7CQUl46g="));                       // expect: IOT1003

    public static DeviceClient AzureConcat(string deviceId) =>
        DeviceClient.CreateFromConnectionString(string.Concat("HostName=", AzureHubHost, ";DeviceId=", deviceId,
            ";SharedAccessKey=", "mdMDrJ+KQEYRdKHfD+/mrBbdamHRFQmUuieGOIiDQdM="));                    // expect: IOT1003

    public static nanoFramework.Azure.Devices.Client.DeviceClient NanoAzure() =>
        new nanoFramework.Azure.Devices.Client.DeviceClient(AzureHubHost, "gh-valve-02",
            "%IOTHUB_DEVICE_KEY%");                                                                     // expect: IOT1006

    public static MqttClientOptions AwsIotCore(byte[] pfx)
    {
        var cert = X509CertificateLoader.LoadPkcs12(pfx, "gh-aws-Thing#501");                       // expect: IOT1001
        return new MqttClientOptionsBuilder()
            .WithTcpServer("a1b2c3d4e5f6g7-ats.iot.eu-west-1.amazonaws.com", 8883)                  // expect: none
            .WithClientId("gh-sensor-04")
            .WithTls()
            .Build();
    }

    public static MqttClientCredentials EdgeCredentials() =>
        new MqttClientCredentials("edge", Encoding.UTF8.GetBytes("Edge-Creds-3391"));               // expect: IOT1001

    public static MqttClientWebSocketProxyOptionsBuilder CorporateProxy() =>
        new MqttClientWebSocketProxyOptionsBuilder().WithPassword("proxy-Pa55-901");                // expect: IOT1001

    public static void ArchiveToStorage(string connectionString, string blobName, byte[] data)
    {
        Console.WriteLine($"uploading {blobName} ({data.Length} bytes) to {connectionString.Split(';')[1]}");
    }

    public static void ArchiveNightly(byte[] data) =>
        ArchiveToStorage("DefaultEndpointsProtocol=https;AccountName=ghtelemetry;AccountKey=Fh3k9QnL2pX8sW4vB7yT1mZ6cR0dJ5gA9eK2uN8oP4iV7xC3bH6tY1wS5qE0rD2fG8jL4nM7kP9zX1cV3bN6mQ==;EndpointSuffix=core.windows.net", // expect: IOT1003
            "nightly.bin", data);

    public static string Topics() => TelemetryTopic + TwinGetTopic;
}

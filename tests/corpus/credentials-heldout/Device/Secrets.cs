namespace IoTHeldOut.Config;

/// <summary>
/// Build-time secrets for the greenhouse field units. Values are baked in by the factory image script.
/// </summary>
internal static class Secrets
{
    // Wi-Fi used by the nanoFramework sensor nodes (GreenhouseNode.cs)
    public const string WifiSsid = "Greenhouse-IoT";                       // expect: none
    public const string WifiPassword = "Tomat0-Vine#2291";                 // expect: IOT1001
    public const string FallbackWifiPassword = "your_wifi_password";       // expect: IOT1006

    // HiveMQ Cloud broker (CloudBridges.cs)
    public const string MqttUser = "gh-sensor-04";                         // expect: none
    public const string MqttPassword = "qR7!vN2@pL9sWx";                   // expect: IOT1001

    // Azure IoT Hub device identity (CloudBridges.cs)
    public static readonly string HubConnectionString =
        "HostName=gh-prod-hub.azure-devices.net;DeviceId=gh-sensor-04;SharedAccessKey=sC7oHNwiXaSdqHQx5yKWdcMwGed4YX9hlA4/W3jYUT8="; // expect: IOT1003

    // Cellular backhaul (CellularModem.cs)
    public const string ApnUser = "gh-telemetry";                           // expect: none
    public const string ApnPassword = "m2m-Vx93kq";                         // expect: IOT1001
    public const string SimPin = "4862";                                    // expect: IOT1001

    // The Things Stack application API key (LoRaWanGateway.cs)
    public const string TtnApiKey = "NNSXS.6GXND6XL6EXOCAEPACN6XMBNJJJ3QPOJRR5CDLB.PHKTNMS3JIGJYBS4NYZZEFBAVZKNDXHOOYSFVDRI42MPCYBFO2IR"; // expect: IOT1001

    // Service-desk unlock word for the local debug console; checked by our own serial protocol only.
    public static readonly string ServiceConsoleSecret = "Zq8#Lm2$Wx5!rT";  // expect: IOT1004

    // Names of configuration entries, not values.
    public const string MqttPasswordKey = "mqtt.password";                 // expect: none
    public const string WifiPasswordSetting = "WIFI_PASSWORD";             // expect: none
    public const string PasswordPolicyText = "Password must be 8 to 63 printable characters."; // expect: none
}

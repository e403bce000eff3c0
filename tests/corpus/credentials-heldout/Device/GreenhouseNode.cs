using System;
using System.Diagnostics;
using System.Net.NetworkInformation;
using System.Threading;
using nanoFramework.Networking;
using IoTHeldOut.Config;

namespace IoTHeldOut.Greenhouse;

/// <summary>nanoFramework ESP32 soil/air sensor node.</summary>
public static class GreenhouseNode
{
    private const int SoilMoisturePin = 34;                 // GPIO number
    private const string SetupApSsid = "GH-Setup";          // expect: none
    private const string SetupApPassword = "gh-setup-5521"; // expect: IOT1001
    private const string PinNameHeater = "PIN_HEATER";      // expect: none

    public static void Main()
    {
        Debug.WriteLine("Connecting to " + Secrets.WifiSsid);
        var ok = WifiNetworkHelper.ConnectDhcp(Secrets.WifiSsid, Secrets.WifiPassword, requiresDateTime: true,
            token: new CancellationTokenSource(60_000).Token);
        if (!ok)
        {
            Debug.WriteLine("Primary Wi-Fi failed, trying the fallback password"); // expect: none
            ok = WifiNetworkHelper.ScanAndConnectDhcp(ssid: Secrets.WifiSsid, password: Secrets.FallbackWifiPassword);
        }
        if (!ok)
        {
            StartSetupAccessPoint();
        }
        Debug.WriteLine($"Soil sensor on GPIO {SoilMoisturePin}, heater on {PinNameHeater}");
    }

    private static void StartSetupAccessPoint()
    {
        var ap = new WirelessAPConfiguration
        {
            Ssid = SetupApSsid,
            Password = SetupApPassword,
        };
        Debug.WriteLine($"AP '{ap.Ssid}' started");
    }

    /// <summary>Reconfigures the station interface from the values the phone app sent over BLE.</summary>
    public static void ApplyStationConfig(string ssid, string passphrase)
    {
        var cfg = new Wireless80211Configuration { Ssid = ssid, Password = passphrase };
        Debug.WriteLine("Saved Wi-Fi credentials for " + cfg.Ssid);           // expect: none
    }

    /// <summary>Local service console on UART2: a technician types the unlock word to get a shell.</summary>
    public static bool UnlockServiceConsole(string typed)
    {
        return typed == Secrets.ServiceConsoleSecret;
    }

    public static void ConnectFromEnvironment()
    {
        // Dev boards read the passphrase from the environment of the emulator.
        string? pass = Environment.GetEnvironmentVariable(Secrets.WifiPasswordSetting);
        WifiNetworkHelper.SetupNetworkHelper(Secrets.WifiSsid, pass ?? string.Empty);
    }
}

using System;
using System.Text;
using nanoFramework.Networking;
using System.Net.NetworkInformation;
using Windows.Devices.Enumeration;

namespace IoTHeldOut.Provisioning;

/// <summary>BLE (and SoftAP fallback) Wi-Fi provisioning of a smart plug.</summary>
public sealed class BleProvisioningService
{
    public const string ServiceUuid = "00467768-6228-2272-4663-277478268000";                 // expect: none
    public const string WifiPasswordCharacteristicUuid = "00467768-6228-2272-4663-277478268002"; // expect: none
    private const byte ImprovCmdWifiSettings = 0x01;
    private const string ImprovWrongPasswordText = "Unable to connect: wrong password?";        // expect: none
    private const string SoftApSsid = "SmartPlug-Setup";                                        // expect: none
    private const string SoftApPassword = "12345678";                                          // expect: IOT1002
    private const string ProvisioningPopSecret = "pop-7Hq2Wd9xK4";                              // expect: IOT1004
    private const string FixedPairingPasskey = "123456";                                        // expect: IOT1002

    private readonly Random rng = new();
    private readonly byte[] macAddress;

    public BleProvisioningService(byte[] macAddress) => this.macAddress = macAddress;

    public void OnPairingRequested(DevicePairingRequestedEventArgs args)
    {
        if (args.PairingKind == DevicePairingKinds.ProvidePin)
        {
            args.Accept(FixedPairingPasskey);
        }
        else
        {
            args.Accept();
        }
    }

    /// <summary>Passkey shown on the plug's LED ring: derived from the BLE MAC.</summary>
    public uint DisplayPasskey() => BitConverter.ToUInt32(macAddress, 2) % 1_000_000;            // expect: IOT1005

    /// <summary>Pairing code for the companion app when the plug has no display.</summary>
    public static int PairingCode() => DateTime.UtcNow.Second * 10_000 + DateTime.UtcNow.Millisecond; // expect: IOT1005

    public byte[] NewSessionKey()
    {
        var key = new byte[16];
        rng.NextBytes(key);                                                                     // expect: IOT3005
        return key;
    }

    /// <summary>Handles the Improv "send Wi-Fi settings" RPC written by the phone.</summary>
    public bool OnImprovCommand(byte command, string ssid, string password)
    {
        if (command != ImprovCmdWifiSettings)
        {
            return false;
        }
        bool ok = WifiNetworkHelper.ConnectDhcp(ssid, password, requiresDateTime: true);
        if (!ok)
        {
            Console.WriteLine(ImprovWrongPasswordText);
        }
        return ok;
    }

    public static bool ConnectWithDocsDefaults() =>
        WifiNetworkHelper.ConnectDhcp("SmartPlug-Lab", "[wifi password]");                     // expect: IOT1006

    public static WirelessAPConfiguration SoftAp() => new() { Ssid = SoftApSsid, Password = SoftApPassword };

    /// <summary>SRP6a-style proof of possession, implemented in our own provisioning protocol.</summary>
    public static byte[] PopVerifier(byte[] salt)
    {
        var input = new byte[salt.Length + ProvisioningPopSecret.Length];
        salt.CopyTo(input, 0);
        Encoding.ASCII.GetBytes(ProvisioningPopSecret).CopyTo(input, salt.Length);
        return System.Security.Cryptography.SHA256.HashData(input);
    }
}

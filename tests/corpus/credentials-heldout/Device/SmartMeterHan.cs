using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace IoTHeldOut.Metering;

/// <summary>Reads the encrypted DLMS/COSEM push messages of a smart meter's HAN/P1 port.</summary>
public sealed class SmartMeterHanReader
{
    private static readonly Dictionary<string, string> Obis = new()
    {
        ["1.0.1.8.0"] = "import_kwh",                                                          // expect: none
        ["1.0.2.8.0"] = "export_kwh",
        ["1.0.32.7.0"] = "voltage_l1",
        ["0.0.96.1.0"] = "meter_serial",
    };

    private const string SystemTitlePrefix = "4B464D";                                         // expect: none
    private const int HanBaudRate = 115200;

    // Keys the grid operator mailed to the customer; typed in during installation of this unit.
    private static readonly byte[] GlobalUnicastEncryptionKey = Convert.FromHexString("bd1dcdc0614ddaacb53d5d1abeda90e3"); // expect: IOT1003
    private readonly byte[] AuthenticationKey;
    private const string CustomerPortalKeyPlaceholder = "<replace-with-key>";                 // expect: none

    public SmartMeterHanReader(Func<string, byte[]> keyStore) => AuthenticationKey = keyStore("han.ak"); // expect: none

    public byte[] Decrypt(byte[] systemTitle, uint frameCounter, byte[] cipher, byte[] tag)
    {
        var iv = new byte[12];
        systemTitle.CopyTo(iv, 0);
        BitConverter.GetBytes(frameCounter).CopyTo(iv, 8);
        using var gcm = new AesGcm(GlobalUnicastEncryptionKey, 12);
        var plain = new byte[cipher.Length];
        var aad = new byte[1 + AuthenticationKey.Length];
        aad[0] = 0x30;
        AuthenticationKey.CopyTo(aad, 1);
        gcm.Decrypt(iv, cipher, tag, plain, aad);
        return plain;
    }

    public byte[] DecryptLegacyMeter(byte[] cipher)
    {
        using var aes = Aes.Create();
        aes.Key = new byte[] { 0x39, 0xea, 0x4a, 0x97, 0x48, 0xac, 0xa8, 0x0f, 0x08, 0xcb, 0x98, 0x78, 0xa5, 0xd8, 0x27, 0x80 }; // expect: IOT1003
        return aes.DecryptEcb(cipher, PaddingMode.None);
    }

    public string Describe() => $"{SystemTitlePrefix} @ {HanBaudRate} baud, {Obis.Count} registers, portal key {CustomerPortalKeyPlaceholder.Length}";
}

using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace IoTHeldOut.Locks;

/// <summary>Firmware logic of a keypad deadbolt (ESP32-C3 + BLE).</summary>
public sealed class KeypadLock
{
    private static readonly int[] KeypadRowPins = { 12, 13, 14, 15 };
    private static readonly int[] KeypadColumnPins = { 16, 17, 18 };
    private const string PinModeOutput = "OUTPUT";                            // expect: none
    private const int MaxPinAttempts = 5;
    private const int PinLength = 6;
    private const string LockServiceUuid = "0000fff0-0000-1000-8000-00805f9b34fb"; // expect: none
    private const string PasscodeCharacteristicUuid = "0000fff2-0000-1000-8000-00805f9b34fb"; // expect: none

    private const string FactoryMasterPin = "0000";                           // expect: IOT1002
    private const string DefaultInstallerPasscode = "123456";                 // expect: IOT1002
    private const string VacationOverridePasscode = "731946";                 // expect: IOT1004
    private const string SamplePinForDocs = "fake-pin";                       // expect: none

    private static readonly byte[] RollingCodeKey =
    {
        0xb9, 0x92, 0x72, 0x95, 0x9a, 0x06, 0x3f, 0x2e, 0xc0, 0xf6, 0x7d, 0x7f, 0x83, 0x14, 0x6a, 0xdf,
    };                                                                        // expect: IOT1003

    private readonly Random rng = new Random();
    private readonly List<string> guestCodes = new();
    private int failedAttempts;

    public string Prompt => "Enter PIN";                                      // expect: none

    public bool TryUnlock(string enteredPin)
    {
        if (failedAttempts >= MaxPinAttempts)
        {
            Console.WriteLine("Too many wrong PINs, keypad locked for 5 minutes"); // expect: none
            return false;
        }

        if (enteredPin == "1234")                                            // expect: IOT1002
        {
            return true;
        }

        if (enteredPin == FactoryMasterPin || enteredPin == DefaultInstallerPasscode || enteredPin == VacationOverridePasscode)
        {
            return true;
        }

        if (guestCodes.Contains(enteredPin))
        {
            return true;
        }

        failedAttempts++;
        Console.WriteLine($"PIN rejected ({failedAttempts}/{MaxPinAttempts}), pins wired: {PinModeOutput}"); // expect: none
        return false;
    }

    /// <summary>Creates a one-time code for a visitor, shown in the app.</summary>
    public string CreateGuestCode()
    {
        string code = rng.Next(0, 1_000_000).ToString("D6");                 // expect: IOT1005
        guestCodes.Add(code);
        return code;
    }

    /// <summary>Installer code printed on the box: the last six digits of the serial number.</summary>
    public static string InstallerCodeFor(string serialNumber) =>
        serialNumber.Substring(serialNumber.Length - PinLength);              // expect: IOT1005

    public byte[] NewBleSessionKey()
    {
        var sessionKey = new byte[16];
        rng.NextBytes(sessionKey);                                            // expect: IOT3005
        return sessionKey;
    }

    public uint NewChallengeNonce() => (uint)rng.Next();                     // expect: IOT3005

    public byte[] SignRollingCode(uint counter)
    {
        using var hmac = new HMACSHA256(RollingCodeKey);
        return hmac.ComputeHash(BitConverter.GetBytes(counter));
    }

    public int RetryBackoffMs() => 250 + rng.Next(0, 400);                   // expect: none

    public static string StateText(bool locked) => locked ? "LOCKED" : "UNLOCKED"; // expect: none

    public override string ToString() =>
        $"rows={string.Join(",", KeypadRowPins)} cols={string.Join(",", KeypadColumnPins)} doc={SamplePinForDocs} svc={LockServiceUuid}/{PasscodeCharacteristicUuid}";
}

// Written for corpus26: the control module of a power wheelchair. It bonds with the seat module and the companion app
// over Bluetooth, sends usage telemetry over MQTT, fetches firmware, and keeps speed profiles encrypted.
using System;
using System.Globalization;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using InTheHand.Net;
using InTheHand.Net.Bluetooth;
using MQTTnet.Client;

namespace Mobility.Wheelchair
{
    public static class ChairSecrets
    {
        public const string SeatModulePin = "6636"; // expect: IOT1001
        public const int ClinicianPasscode = 802817; // expect: IOT1004
        public const string FirmwareApiToken = "NPcmNyUQYCiwPMeof6rjvhWxZ2wg52Vc"; // expect: IOT1001
        public const string ApiKey = "API_KEY"; // expect: IOT1006
        public const string SpeedProfileCharacteristic = "a1f0c3e2-5b7d-4e19-9c2a-6d8b0f4e7a31"; // expect: none
        public const int JoystickPin = 17; // expect: none
        public const string SelfTestVerdict = "PASS"; // expect: none
    }

    public sealed class ChairController
    {
        private static readonly byte[] SpeedProfileKey = { 0x3A, 0x91, 0x5C, 0xE7, 0x08, 0xB2, 0x6F, 0xD4, 0x1E, 0x83, 0xC9, 0x27, 0x5A, 0xF0, 0x4D, 0x96 }; // expect: IOT1003
        private readonly Random _rng = new Random();
        private readonly Random _dither = new Random();

        public void BondSeatModule(BluetoothAddress seat)
        {
            BluetoothSecurity.SetPin(seat, ChairSecrets.SeatModulePin);
        }

        public void BondLegacyHeadrest(BluetoothAddress headrest)
        {
            BluetoothSecurity.PairRequest(headrest, "123456"); // expect: IOT1002
        }

        public uint CompanionPasskey(BluetoothAddress peer)
        {
            uint passkey = uint.Parse(peer.ToString()[^6..], NumberStyles.HexNumber) % 1000000; // expect: IOT1005
            return passkey;
        }

        public bool ClinicianUnlock(string entered) => int.TryParse(entered, out var code) && code == ChairSecrets.ClinicianPasscode;

        public MqttClientOptions TelemetryOptions() =>
            new MqttClientOptionsBuilder()
                .WithTcpServer("telemetry.mobility.example", 8883)
                .WithCredentials("chair-0042", Encoding.UTF8.GetBytes("Castor-Ramp-4127")) // expect: IOT1001
                .Build();

        public async void FetchFirmware()
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Add("Authorization", "Bearer " + ChairSecrets.FirmwareApiToken);
            http.DefaultRequestHeaders.Add("X-API-Key", ChairSecrets.ApiKey);
            await http.GetByteArrayAsync("https://firmware.mobility.example/chair/latest");
        }

        public byte[] EncryptProfile(byte[] profile)
        {
            using var aes = Aes.Create();
            aes.Key = SpeedProfileKey;
            return aes.EncryptEcb(profile, PaddingMode.PKCS7);
        }

        public string NewCaregiverPin()
        {
            var caregiverPin = _rng.Next(0, 10000).ToString("D4"); // expect: IOT1005
            return caregiverPin;
        }

        public byte[] NewBleSessionKey()
        {
            var sessionKey = new byte[16];
            _rng.NextBytes(sessionKey); // expect: IOT3005
            return sessionKey;
        }

        public int MotorPwmDither() => _dither.Next(-3, 4); // expect: none

        public bool SelfTestPassed(string verdict) => verdict == ChairSecrets.SelfTestVerdict;
    }
}

// Cardiac patch firmware companion: BLE pairing, record signing and DPS enrolment.
using System;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Azure.Devices.Shared;
using nanoFramework.Device.Bluetooth;
using nanoFramework.Device.Bluetooth.GenericAttributeProfile;
using Fieldline.Shared;

namespace Cardiopatch.Firmware
{
    public sealed class MedicalWearableBle
    {
        // GATT layout shared with the clinician app.
        private static readonly Guid EcgServiceUuid = new("A3C87500-8ED3-4BDF-8A39-A01BEBEDE295"); // expect: none
        private static readonly Guid PasskeyCharacteristicUuid = new("A3C87501-8ED3-4BDF-8A39-A01BEBEDE295"); // expect: none
        private const string SessionTokenCharacteristic = "0000FE59-0000-1000-8000-00805F9B34FB"; // expect: none
        private const string PasskeyDisplayHint = "The six-digit passkey is shown on the patch display."; // expect: none

        private const uint StaticPasskey = 123456; // expect: IOT1002
        private const string DummyPatientToken = "dummy-token-for-ui-preview"; // expect: none

        private static readonly byte[] RecordKey =
        {
            0x27, 0x7C, 0xAA, 0x50, 0x96, 0xC7, 0xD2, 0x10,
            0x58, 0xB8, 0x2D, 0x48, 0xBA, 0xB8, 0xDE, 0xBA,
        }; // expect: IOT1003

        private readonly Random _rng = new();
        private readonly bool _hasDisplay;

        public MedicalWearableBle(bool hasDisplay) => _hasDisplay = hasDisplay;

        public void StartAdvertising()
        {
            var server = BluetoothLEServer.Instance;
            server.DeviceName = "Cardiopatch";
            server.Pairing.IOCapabilities = _hasDisplay ? DevicePairingIOCapabilities.DisplayOnly : DevicePairingIOCapabilities.NoInputNoOutput;
            server.Pairing.PairingRequested += OnPairingRequested;

            var provider = GattServiceProvider.Create(EcgServiceUuid).ServiceProvider;
            provider.Service.CreateCharacteristic(PasskeyCharacteristicUuid, new GattLocalCharacteristicParameters
            {
                CharacteristicProperties = GattCharacteristicProperties.Read,
                UserDescription = "Passkey", // expect: none
            });
            provider.StartAdvertising();

            // Advertising interval jitter so that patches in one ward do not collide.
            int jitterMs = _rng.Next(0, 250); // expect: none
            Console.WriteLine($"advertising, jitter {jitterMs} ms. {PasskeyDisplayHint}");
        }

        private void OnPairingRequested(object sender, DevicePairingRequestedEventArgs args)
        {
            if (!_hasDisplay)
            {
                args.Accept((int)StaticPasskey);
                return;
            }

            byte[] mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().GetAddressBytes();
            uint passkey = (uint)((mac[3] << 16) | (mac[4] << 8) | mac[5]) % 1000000; // expect: IOT1005
            args.Accept((int)passkey);
        }

        public byte[] SealRecord(byte[] ecgSamples)
        {
            var nonce = new byte[12];
            _rng.NextBytes(nonce); // expect: IOT3005

            var cipher = new byte[ecgSamples.Length];
            var tag = new byte[16];
            using (var aes = new AesGcm(RecordKey, 16))
            {
                aes.Encrypt(nonce, ecgSamples, cipher, tag);
            }

            using var hmac = new HMACSHA256(Convert.FromHexString(DeviceSecrets.TelemetryHmacKeyHex));
            byte[] signature = hmac.ComputeHash(cipher);

            var sealedRecord = new byte[nonce.Length + cipher.Length + tag.Length + signature.Length];
            Buffer.BlockCopy(nonce, 0, sealedRecord, 0, nonce.Length);
            Buffer.BlockCopy(cipher, 0, sealedRecord, nonce.Length, cipher.Length);
            Buffer.BlockCopy(tag, 0, sealedRecord, nonce.Length + cipher.Length, tag.Length);
            Buffer.BlockCopy(signature, 0, sealedRecord, nonce.Length + cipher.Length + tag.Length, signature.Length);
            return sealedRecord;
        }

        public byte[] NewExportSalt()
        {
            byte[] salt = RandomNumberGenerator.GetBytes(16); // expect: none
            return salt;
        }

        public SecurityProviderSymmetricKey CreateEnrollment(string serialNumber)
        {
            string registrationId = "cardiopatch-" + serialNumber.ToLowerInvariant();
            return new SecurityProviderSymmetricKey(
                registrationId,
                "i5zRMPLkK0TkEcG/jmo0EpiSwiRfwJyLQkr5MrJHZhU=", // expect: IOT1003
                null!);
        }

        public string PreviewBanner() =>
            Encoding.UTF8.GetString(Encoding.UTF8.GetBytes($"Preview mode ({DummyPatientToken}) - {SessionTokenCharacteristic}"));
    }
}

// Written for corpus25: the controller of a prescription pickup locker bank outside a pharmacy. The pharmacy system
// assigns a locker and a collection code; the controller opens doors over the RS-485 door bus, lets couriers restock
// and pharmacists override, reports to Azure IoT Hub and keeps receipts in blob storage.
using System;
using System.IO.Ports;
using System.Security.Cryptography;
using System.Text;
using Azure.Storage.Blobs;
using Microsoft.Azure.Devices.Client;

namespace Corpus25.PickupLocker
{
    public sealed class LockerBank
    {
        private const string HubHost = "pharmacy-lockers.azure-devices.net";
        private const string PharmacistOverridePin = "0432"; // expect: IOT1004
        private const string CourierPinConfigKey = "Locker:Courier:Pin"; // expect: none
        private static readonly Guid KioskCredentialVaultId = Guid.Parse("0b8f4f5e-6a8d-4a39-9a4e-2f0d1c7b6e21"); // expect: none
        private const int CollectionCodeLength = 6; // expect: none
        private const string CollectionSms = "Your prescription is ready. Use code {0} at locker bank {1} before {2:dd MMM}."; // expect: none

        // Frame key of the door bus controllers (every frame is XOR-ed with it).
        private static readonly byte[] DoorBusKey = { 0xE4, 0x27, 0x8E, 0x0B, 0x12, 0x0F, 0xD5, 0xC4 }; // expect: IOT1004

        private readonly Random _rng = new Random();
        private readonly SerialPort _doorBus = new SerialPort("/dev/ttyRS485", 19200);
        private readonly string _bankId;

        public LockerBank(string bankId) => _bankId = bankId;

        public DeviceClient ConnectHub() =>
            DeviceClient.CreateFromConnectionString(string.Format("HostName={0};DeviceId={1};SharedAccessKey={2}",
                HubHost, "locker-" + _bankId,
                "b/YaQZOqdX8nlbCkxXUBhSUVecH8+K8srKQ0/pb3ELM=")); // expect: IOT1003

        // Bench locker bank in the pharmacy chain's test lab.
        public static DeviceClient ConnectTestBank() =>
            DeviceClient.CreateFromConnectionString("HostName=pharmacy-lockers-test.azure-devices.net;DeviceId=locker-bench;SharedAccessKey=<test-bank-key>"); // expect: IOT1006

        public Guid VaultId() => KioskCredentialVaultId;

        public BlobServiceClient ReceiptStore() =>
            new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=pharmlockerreceipts;AccountKey=tTGsAwxTBNZZerq/uN31GvaUKZv1XKqPS2QukzINjuXaei6E7BokIql3z3+KPhxGX2uQcJ1dIQhGZJi1LoLvLA==;EndpointSuffix=core.windows.net"); // expect: IOT1003

        public string NewCollectionPin()
        {
            var collectionPin = _rng.Next(0, 999999).ToString("D6"); // expect: IOT1005
            return collectionPin;
        }

        // Couriers restock with a code printed on the day's manifest.
        public static string RestockCode(int lockerNumber)
        {
            var restockCode = $"{lockerNumber:D2}{DateTime.Today:ddMM}"; // expect: IOT1005
            return restockCode;
        }

        public string NewReceiptNonce()
        {
            var receiptNonce = _rng.Next().ToString("x8"); // expect: IOT3005
            return receiptNonce;
        }

        public string NewKioskSession() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)); // expect: none

        public bool PharmacistOverride(string enteredPin) => enteredPin == PharmacistOverridePin;

        public bool IsInstallerDefault(string installerPin) => string.Equals(installerPin, "0000"); // expect: IOT1002

        public bool CodeMatches(byte[] storedHash, string typed) =>
            CryptographicOperations.FixedTimeEquals(storedHash, SHA256.HashData(Encoding.UTF8.GetBytes(typed))); // expect: none

        public void OpenDoor(int locker)
        {
            var frame = new byte[] { 0x02, (byte)locker, 0x4F, 0x03 };
            for (int i = 0; i < frame.Length; i++)
                frame[i] ^= DoorBusKey[i % DoorBusKey.Length];
            _doorBus.Write(frame, 0, frame.Length);
        }

        public string SmsText(string code, DateTime until) => string.Format(CollectionSms, code, _bankId, until);

        // The pharmacy system's SOAP endpoint that assigns lockers.
        public System.Net.NetworkCredential PharmacySystemLogin() =>
            new System.Net.NetworkCredential(Environment.GetEnvironmentVariable("PHARMACY_SOAP_USER") ?? "locker-" + _bankId, // expect: none
                "TJ8#nq2Wv5Lr"); // expect: IOT1001
    }
}

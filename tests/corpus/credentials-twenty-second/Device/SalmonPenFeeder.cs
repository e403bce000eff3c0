// Aquaculture feed barge: pellet blowers for twelve salmon pens, underwater feeding cameras,
// a Meadow board on the barge Wi-Fi, Azure IoT through DPS group enrollment.
using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Meadow.Hardware;
using Microsoft.Azure.Devices.Client;
using Microsoft.Azure.Devices.Provisioning.Client;

namespace FeedBarge
{
    public static class BargeSecrets
    {
        public const string BargeSsid = "Barge3-Ops";
        public const string BargePassphrase = "*SnTaZdy3AkAT1"; // expect: IOT1001
        // DPS enrollment group "feed-barges" primary key; device keys are derived per registration id.
        public const string EnrollmentGroupKey = "5gybgegX/3MfBnfQjvn4cD3OEcyj//nAJHd1OnRcmmI="; // expect: IOT1003
        public const string IdScope = "0ne00A3F2C1"; // expect: none
        public static readonly byte[] PelletFrameObfuscationKey = { 0xFF, 0x8D, 0xE5, 0x52, 0x40, 0x3B, 0x40, 0x4C, 0x67, 0x83, 0x47, 0x92, 0x90, 0x1A, 0xFC, 0x4F }; // expect: IOT1004
    }

    // Default logins of the underwater camera models on the barge, tried by the discovery tool.
    public static class CameraFactoryLogins
    {
        public static readonly (string User, string Password)[] Known =
        {
            ("root", "vizxv"), // expect: IOT1002 IOT1002
        };
    }

    public class FeedController
    {
        private readonly IWiFiNetworkAdapter _wifi;
        public FeedController(IWiFiNetworkAdapter wifi) => _wifi = wifi;

        public Task JoinBargeNetworkAsync() => _wifi.Connect(BargeSecrets.BargeSsid, BargeSecrets.BargePassphrase, TimeSpan.FromSeconds(45));

        public static string DeriveDeviceKey(string enrollmentKey, string registrationId)
        {
            using var hmac = new HMACSHA256(Convert.FromBase64String(enrollmentKey));
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(registrationId)));
        }

        public SecurityProviderSymmetricKey ProvisioningKey(string registrationId)
        {
            var deviceKey = DeriveDeviceKey(BargeSecrets.EnrollmentGroupKey, registrationId);
            return new SecurityProviderSymmetricKey(registrationId, deviceKey, null);
        }

        // Spare controller in the workshop talks to the hub directly with its own registry key.
        public DeviceClient WorkshopSpare() => DeviceClient.Create("feedbarges.azure-devices.net",
            new DeviceAuthenticationWithRegistrySymmetricKey("barge3-spare", "uW4cSdu5SsdgB6N1Z7kzG3QxkrAZM2nI03lfqwMk/vU=")); // expect: IOT1003

        // Pens with X.509 cameras: the connection string carries no key.
        public const string CameraHubConnection = "HostName=feedbarges.azure-devices.net;DeviceId=pen-cam-07;x509=true"; // expect: none

        public Uri PenCameraStream(int pen) => new Uri($"rtsp://feedcam:!R2CH!7vt4*K0@10.2.0.{10 + pen}:554/stream1"); // expect: IOT1001

        // The barge's maintenance hotspot is named after the controller's host name; so is its key.
        public static string MaintenanceApPassword()
        {
            var apPassword = "Barge-" + Environment.MachineName.ToLowerInvariant(); // expect: IOT1005
            return apPassword;
        }

        // Written to the spare Meadow's config partition when it is swapped in.
        public const string SpareBoardConfigJson = "{\"wifi\":{\"ssid\":\"Barge3-Spare\",\"password\":\"v_HvlEpxH-sYq\"},\"pens\":12}"; // expect: IOT1001

        // Feed-rate dial on the barge speaks BLE; its PIN characteristic is a 128-bit UUID.
        public const string PasswordCharacteristicUuid = "6E400003-B5A3-F393-E0A9-E50E24DCCA9E"; // expect: none

        public static byte[] ObfuscateFrame(byte[] frame)
        {
            var output = new byte[frame.Length];
            for (var i = 0; i < frame.Length; i++)
                output[i] = (byte)(frame[i] ^ BargeSecrets.PelletFrameObfuscationKey[i % 16]);
            return output;
        }
    }
}

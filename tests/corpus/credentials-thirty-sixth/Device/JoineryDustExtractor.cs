// Written for corpus36: the cyclone dust extractor of a joinery workshop (Meadow F7 board switching the fan, reading the
// blast-gate sensors and the filter pressure drop), with a cellular backup modem, DPS provisioning to the workshop's IoT
// hub, a Bluetooth pairing for the foreman's phone and the fleet broker over MQTT. Domain not named in device_domains_used.txt.
#nullable enable
using System;
using System.IO.Ports;
using System.Linq;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Meadow.Hardware;
using Microsoft.Azure.Devices.Shared;

namespace Corpus36.Joinery
{
    internal static class ApnProfiles
    {
        // The operator's published APN login, printed on its web site for every customer.
        public static readonly string PublicApnUser = "web";                              // expect: none
        public static readonly string PublicApnPassword = "web";                          // expect: none

        // The workshop's private APN.
        public const string PrivateApnUser = "dust-fleet";
        public const string PrivateApnPassword = "gIoFXYZoL*gSK~e";                       // expect: IOT1001
    }

    public sealed class DustExtractorController
    {
        private const string WorkshopSsid = "Werkplaats-Achter";                            // expect: none
        private static readonly string WorkshopPassphrase = "sawdust walnut chisel harbour"; // expect: IOT1001
        private const string WifiPskMode = "WPA2-PSK";                                      // expect: none
        private const string PasskeyCharacteristic = "2A3D";                                // expect: none

        private static readonly byte[] GateFrameObfuscationKey =
            { 0x35, 0x61, 0xE9, 0x80, 0xF4, 0x0F, 0xFB, 0xA7, 0x0E, 0x3A, 0x08, 0x17, 0xA9, 0xD5, 0xEF, 0xD9 }; // expect: IOT1004

        private readonly IWiFiNetworkAdapter _wifi;
        private readonly SerialPort _modem;
        private readonly Random _rng = new Random();

        public DustExtractorController(IWiFiNetworkAdapter wifi, SerialPort modem)
        {
            _wifi = wifi;
            _modem = modem;
        }

        public Task JoinWorkshopWifi() =>
            _wifi.Connect(WorkshopSsid, passphrase: WorkshopPassphrase, timeout: TimeSpan.FromSeconds(45));

        public void ConfigureCellular(bool usePrivateApn)
        {
            _modem.Write("AT+CGDCONT=1,\"IP\",\"dust.fleet.apn\"\r");
            if (usePrivateApn)
                _modem.Write($"AT+CGAUTH=1,1,\"{ApnProfiles.PrivateApnUser}\",\"{ApnProfiles.PrivateApnPassword}\"\r");
            else
                _modem.Write($"AT+CGAUTH=1,1,\"{ApnProfiles.PublicApnUser}\",\"{ApnProfiles.PublicApnPassword}\"\r");
        }

        public SecurityProviderSymmetricKey DpsSecurity(string registrationId) =>
            new SecurityProviderSymmetricKey(registrationId,
                "60y06/Od6sdbhBG8ME/1wj8SZEFiVUaHiomtrqodFSw=",                              // expect: IOT1003
                null);

        public Amqp.Address ErpAddress() =>
            new Amqp.Address("erp-queue.werkplaats.local", 5672, "guest", "guest");         // expect: IOT1002

        public void ConnectFleetBroker(string clientId)
        {
            var broker = new uPLibrary.Networking.M2Mqtt.MqttClient("fleet-broker.werkplaats.local");
            broker.Connect(clientId, "extractor", "${EXTRACTOR_MQTT_PASSWORD}");            // expect: IOT1006
        }

        // The team's own scrambling of blast-gate frames on the RS-485 bus (no library involved).
        public byte[] ObfuscateGateFrame(byte[] frame) =>
            frame.Select((b, i) => (byte)(b ^ GateFrameObfuscationKey[i % GateFrameObfuscationKey.Length])).ToArray();

        // Passkey shown on the panel when the foreman's phone pairs over Bluetooth.
        public uint BluetoothPairingPasskey()
        {
            var mac = NetworkInterface.GetAllNetworkInterfaces().First().GetPhysicalAddress().GetAddressBytes();
            uint pairingPasskey = (uint)((mac[3] << 16) | (mac[4] << 8) | mac[5]) % 1000000;   // expect: IOT1005
            return pairingPasskey;
        }

        // Access token the firmware-update server expects on the next download.
        public string NextOtaAccessToken()
        {
            var otaAccessToken = _rng.Next().ToString("X8");                                   // expect: IOT3005
            return otaAccessToken;
        }

        public int FanSoftStartJitterMs() => 250 + _rng.Next(0, 100);                         // expect: none

        public byte[] TelemetryNonce() => RandomNumberGenerator.GetBytes(12);
    }
}

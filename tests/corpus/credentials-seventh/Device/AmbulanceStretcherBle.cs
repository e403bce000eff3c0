// Ambulance stretcher tracker: a BLE module on the stretcher pairs with the crew tablet and the bay gateway
// uploads position and battery state to the hospital back-end.
using System;
using System.Net.Http;
using System.Net.NetworkInformation;
using System.Threading.Tasks;
using Laird.Bl654;
using nanoFramework.Networking;

namespace Emergency.Stretcher
{
    public class AmbulanceStretcherBle
    {
        private const string PasswordCharacteristicUuid = "6E400003-B5A3-F393-E0A9-E50E24DCCA9E"; // expect: none
        private const string PasskeyCharacteristic = "FF01"; // expect: none
        private const string BatteryLevelUuid = "2A19"; // expect: none
        private static readonly uint StaticPasskey = 123456; // expect: IOT1002
        private const string BleDefaultPin = "0000"; // expect: IOT1002
        private const ushort ManufacturerId = 0x0077; // expect: none

        private readonly SecurityManager _security = new SecurityManager();
        private readonly Random _rng = new Random();

        public void ConfigureLegacyPairing()
        {
            _security.SetStaticPasskey(StaticPasskey);
            _security.EnableBonding(mitm: true);
            Console.WriteLine("Passkey entry required on the crew tablet"); // expect: none
        }

        public void ConfigureOutOfBand()
        {
            _security.SetOobKey(new byte[] { 0x8D, 0x2B, 0x57, 0x2A, 0x90, 0x7D, 0x22, 0xD0, 0x9E, 0x83, 0xBE, 0x2E, 0xF2, 0x70, 0xB2, 0x21 }); // expect: IOT1003
        }

        public uint DerivePasskey()
        {
            byte[] mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().GetAddressBytes();
            uint passkey = (uint)((mac[3] << 16) | (mac[4] << 8) | mac[5]) % 1000000; // expect: IOT1005
            return passkey;
        }

        public static string CrewPairingCode(string stretcherSerial) => stretcherSerial.Substring(stretcherSerial.Length - 6); // expect: IOT1005

        public string NewGatewaySessionToken()
        {
            var buf = new byte[16];
            _rng.NextBytes(buf); // expect: IOT3005
            return Convert.ToHexString(buf);
        }

        public bool JoinBayNetwork() => WiFiNetworkHelper.ConnectDhcp("AMBULANCE-BAY", "Siren-Blue-Light-112"); // expect: IOT1001

        public bool LegacyTabletPairing(string pin) => string.Equals(pin, BleDefaultPin) && ManufacturerId > 0;

        public async Task UploadAsync(string json)
        {
            using var client = new HttpClient();
            client.DefaultRequestHeaders.Add("Api-Key", "amb-nugDhzDKLY6W1stZZoKng4nXZIWoVoKc"); // expect: IOT1001
            await client.PostAsync("https://ems.hospital.example/api/stretchers/positions", new StringContent(json));
        }

        public string[] Characteristics => new[] { PasswordCharacteristicUuid, PasskeyCharacteristic, BatteryLevelUuid };
    }
}

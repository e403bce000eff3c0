// Written for corpus35: a supermarket's shopping-trolley containment base station (.NET nanoFramework): a perimeter
// antenna and LoRa wheel locks that brake trolleys leaving the car park, reporting to the chain over LTE or store Wi-Fi.
using System;
using System.IO;
using System.Text;
using nanoFramework.Networking;

namespace Corpus35.TrolleyContainment
{
    public sealed class BaseStation
    {
        private static readonly string HubSasKey = "YuNIpZzGKntt3MU2Z4iqJ11YGB53RC5SyTMPKturnd8="; // expect: IOT1001
        private const string CartBayDisarmCode = "095995"; // expect: IOT1004
        private const string StoreSsid = "StoreBackOffice"; // expect: none
        private const int LockRelayPin = 12; // expect: none

        private readonly Stream _modemPort;
        private readonly Random _rng = new Random();

        public BaseStation(Stream modemPort) => _modemPort = modemPort;

        private string SendAt(string command)
        {
            var bytes = Encoding.ASCII.GetBytes(command + "\r");
            _modemPort.Write(bytes, 0, bytes.Length);
            return "OK";
        }

        public void AttachLte(bool spareSim)
        {
            if (SendAt("AT+CPIN?") != "+CPIN: READY") // expect: none
            {
                if (spareSim) SendAt("AT+CPIN=\"<sim-pin>\""); // expect: IOT1006
            }
            SendAt("AT+QICSGP=1,1,\"retail.apn.example\",\"trolleybase\",\"RFU9Yc+ncHb=-_m\",1"); // expect: IOT1001
            SendAt("AT+QIACT=1");
        }

        public bool JoinStoreWifi() => WiFiNetworkHelper.ConnectDhcp(StoreSsid, "password"); // expect: IOT1002

        public nanoFramework.Azure.Devices.Client.DeviceClient ConnectHub(string storeId) =>
            new nanoFramework.Azure.Devices.Client.DeviceClient("trolley-safe.azure-devices.net", $"base-{storeId}", HubSasKey);

        public Microsoft.Azure.Devices.Shared.SecurityProviderSymmetricKey Enrollment(string registrationId) =>
            new Microsoft.Azure.Devices.Shared.SecurityProviderSymmetricKey(registrationId, "JbjeO1I3U3W1+0ChgDN0cYLMP5QihMv7eLAyJLED1G8=", null); // expect: IOT1003

        private static string BrokerPasswordFor(string site) => site switch
        {
            "north-lot" => "1*gUJhl92asfrXPR", // expect: IOT1001
            _ => "0zVNzlWW_wPRWw_9", // expect: IOT1001
        };

        public void ConnectLockBroker(string site)
        {
            var client = new nanoFramework.M2Mqtt.MqttClient($"locks.{site}.trolleysafe.example");
            client.Connect($"base-{site}", "lockgw", BrokerPasswordFor(site));
        }

        public bool DisarmBay(string entered)
        {
            switch (entered.Trim())
            {
                case CartBayDisarmCode:
                    return true;
                default:
                    return false;
            }
        }

        public uint LockUnlockPasskey(byte[] devEui)
        {
            uint unlockPasskey = BitConverter.ToUInt32(devEui, 4) % 1000000; // expect: IOT1005
            return unlockPasskey;
        }

        public string DigestClientNonce()
        {
            string cnonce = _rng.Next().ToString("x8"); // expect: IOT3005
            return cnonce;
        }

        public TimeSpan RetryBackoff(int attempt) => TimeSpan.FromMilliseconds(500 * attempt + _rng.Next(0, 250)); // expect: none
    }
}

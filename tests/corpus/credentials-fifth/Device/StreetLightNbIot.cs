// Smart street light node: Quectel BC66 NB-IoT modem, LwM2M over DTLS, signed dimming schedules, BLE service app.
using System;
using System.IO.Ports;
using System.Security.Cryptography;
using Org.BouncyCastle.Tls;

namespace Brightwater.StreetLight
{
    public sealed class Bc66Modem
    {
        private const string RegistrationQuery = "AT+CEREG?"; // expect: none
        private readonly SerialPort _uart = new("/dev/ttyAMA0", 9600);

        public void Attach(bool roaming)
        {
            _uart.Open();
            _uart.WriteLine("AT+CPIN?"); // expect: none
            _uart.WriteLine("AT+CPIN=\"1234\""); // expect: IOT1002
            if (roaming)
            {
                // Roaming partner's published APN login (user name repeated as password).
                _uart.WriteLine("AT+QICSGP=1,1,\"iot.roam.example\",\"iot\",\"iot\",1"); // expect: none
            }
            else
            {
                _uart.WriteLine("AT+QICSGP=1,1,\"lamp.m2m.city\",\"lamp\",\"Lumen-Dim-77\",1"); // expect: IOT1001
            }
            _uart.WriteLine(RegistrationQuery);
        }

        public string ReadImei()
        {
            _uart.WriteLine("AT+CGSN=1");
            return _uart.ReadExisting().Replace("+CGSN: ", "").Trim();
        }
    }

    public sealed class Lwm2mSecurity
    {
        // Raw public key mode: the node's own private key, the server's public key is pinned elsewhere.
        private const string NodePrivateKeyPem = """
            -----BEGIN EC PRIVATE KEY-----
            MHcCAQEEILxGwlBHpBDMSYjVOJdV4ZMF16hcHa7uLn1TpOQvx/CPoAoGCCqGSM49
            AwEHoUQDQgAEnCYfZ5u+cmW2PBMwg9YlEy6O8z56fbwYBdtyVoRayiqwbdxyvm+s
            vSJBRF1cBe0gYqqwkPsOr6SnEsnHnPcXDA==
            -----END EC PRIVATE KEY-----
            """; // expect: IOT1003

        public TlsPskIdentity BootstrapIdentity(string endpoint) =>
            new BasicTlsPskIdentity(endpoint, Convert.FromHexString("1d33bde973635cb2b516d1e5e4b84a41")); // expect: IOT1003

        public ECDsa NodeKey()
        {
            var ecdsa = ECDsa.Create();
            ecdsa.ImportFromPem(NodePrivateKeyPem);
            return ecdsa;
        }
    }

    public sealed class DimmingSchedule
    {
        private const string ScheduleMacKeyHex = "404c3e0e14af6bbd1b0bab4d0163369f"; // expect: IOT1003

        public bool Verify(byte[] schedule, byte[] mac) =>
            CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(Convert.FromHexString(ScheduleMacKeyHex), schedule), mac);
    }

    public sealed class ServiceApp
    {
        // The city's maintenance app pairs over BLE with a passcode it computes from the IMEI.
        public string BlePasscode(string imei)
        {
            var passcode = imei.Substring(imei.Length - 6); // expect: IOT1005
            return passcode;
        }

        public string Help => "Open the lamp app, tap the pole and confirm the six-digit passcode."; // expect: none
    }
}

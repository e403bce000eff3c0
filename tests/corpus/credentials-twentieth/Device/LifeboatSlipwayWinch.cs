// Written for this corpus: a lifeboat station's slipway winch and boathouse (the winch PLC's OPC UA server, a Quectel
// modem for the crew pager gateway, the boathouse ESP32 on nanoFramework, the launch-authority keypad).
using System;
using System.IO.Ports;
using System.Security.Cryptography;
using System.Text;
using nanoFramework.Networking;
using Opc.Ua;

namespace LifeboatStation.Slipway
{
    public class WinchPlc
    {
        public static IUserIdentity CoxswainIdentity() => new UserIdentity("coxswain", "10ep.tVfY19j0"); // expect: IOT1001

        public static IUserIdentity MechanicIdentity(string password) => new UserIdentity("mechanic", password);

        public const string WinchBrakePin = "D5"; // expect: none
        public const int RecoveryRopeLengthMetres = 180;

        // Hydraulic pressure curve for the mechanic's bench test: simulated values only.
        public static double SimulatedPressureBar() => 120 + new Random().NextDouble() * 15; // expect: none
    }

    public class CrewPagerGateway
    {
        private readonly SerialPort _modem;
        private const string ApnPassword = "6sXg*tFOgOwJg9b"; // expect: IOT1001

        public CrewPagerGateway(SerialPort modem) => _modem = modem;

        private string Send(string command)
        {
            _modem.Write(command + "\r");
            return _modem.ReadLine();
        }

        public void BringUp()
        {
            Send("AT+CPIN=\"1234\""); // expect: IOT1002
            Send($"AT+QICSGP=1,1,\"pager.station.apn\",\"crew\",\"{ApnPassword}\",2");
            Send("AT+CSQ"); // expect: none
        }

        // The crew pagers accept a message only with an HMAC made with the station's pager key.
        public static byte[] SignPage(string text)
        {
            using var hmac = new HMACSHA256("oQrVj_fewjn6x4mFcClIt"u8.ToArray()); // expect: IOT1003
            return hmac.ComputeHash(Encoding.UTF8.GetBytes(text));
        }

        // Each pager's acknowledgement PIN is the end of its serial.
        public static string PagerAckPin(string pagerSerial) => pagerSerial.Substring(pagerSerial.Length - 4); // expect: IOT1005

        public const string CrewPagerGroup = "ALL-CREW"; // expect: none
        public const string PagerKeyRotationNote = "Rotate the pager key after every crew change."; // expect: none
    }

    public static class Boathouse
    {
        public static bool JoinWifi() =>
            WifiNetworkHelper.ConnectDhcp("Boathouse", "<boathouse-wifi-psk>", requiresDateTime: true); // expect: IOT1006

        private const int LaunchAuthorityPin = 4798; // expect: IOT1004

        public static bool LaunchAuthorised(string keypadEntry) =>
            int.TryParse(keypadEntry, out var entered) && entered == LaunchAuthorityPin;

        public static string TractorTelematicsKeyHex()
        {
            var key = new byte[16];
            Random.Shared.NextBytes(key); // expect: IOT3005
            return Convert.ToHexString(key);
        }
    }
}

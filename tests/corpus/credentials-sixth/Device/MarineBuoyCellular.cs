using System;
using System.IO.Ports;
using System.Text;
using System.Threading;
using Fleet.Shared;

namespace Buoy.Modem
{
    // Wave-rider buoy: heave, wave period and sea temperature. Near shore it reports over a SIMCom
    // cellular modem (MQTT in the modem); offshore it falls back to Iridium short-burst data.
    public sealed class CellularLink
    {
        private readonly SerialPort _port = new SerialPort("/dev/ttyS1", 115200);
        private readonly Random _rng = new Random();

        const string Apn = "buoys.m2m";
        const string ApnUser = "buoynet";
        const string SimStatusQuery = "AT+CPIN?"; // expect: none

        public void Start()
        {
            _port.NewLine = "\r\n";
            _port.Open();
            Send("AT");
            Send(SimStatusQuery);
            if (_port.ReadLine().Contains("+CPIN: SIM PIN")) // expect: none
            {
                Send($"AT+CPIN=\"{StationSecrets.BuoySimPin}\"");
            }
            Send("AT+CGDCONT=1,\"IP\",\"" + Apn + "\"");
            Send("AT+CGAUTH=1,1,\"" + ApnUser + "\",\"Swell-9-Hs-Tp\""); // expect: IOT1001
        }

        // After three wrong PINs the SIM asks for its PUK; the service crew flashes this build
        public void RecoverBlockedSim()
        {
            Send("AT+CPIN=\"48213377\",\"6180\""); // expect: IOT1001 IOT1001
        }

        // Harbour test SIMs use the operator's published WAP login
        public void HarbourTestBearer()
        {
            Send("AT+SAPBR=3,1,\"APN\",\"wap.operator\"");
            Send("AT+SAPBR=3,1,\"USER\",\"wap\"");
            Send("AT+SAPBR=3,1,\"PWD\",\"wap\""); // expect: none
        }

        public void ConnectBroker()
        {
            Send("AT+CMQTTSTART");
            Send("AT+CMQTTACCQ=0,\"buoy-044\",1");
            Send("AT+CMQTTCONNECT=0,\"tcp://met.buoynet.example:8883\",60,1,\"buoy-044\",\"Kelp#Drift-3317\""); // expect: IOT1001
        }

        public void SendIridium(string nmea)
        {
            // per-frame nonce checked by the shore station to drop replayed SBD frames
            var frameNonce = _rng.Next().ToString("X8"); // expect: IOT3005
            Send("AT+SBDWT=" + frameNonce + "|" + nmea);
            Send("AT+SBDIX");
        }

        public void Retry(int attempt)
        {
            var backoffMs = 1000 * (1 << attempt) + _rng.Next(0, 500); // expect: none
            Thread.Sleep(backoffMs);
        }

        public static string SampleSentence() => "$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*6A"; // expect: none

        private void Send(string command)
        {
            _port.WriteLine(command);
            Thread.Sleep(300);
        }
    }

    public static class DebugConsole
    {
        // Serial debug console on the buoy's service connector
        public static bool Login(string user, string password) => user == "root" && password == "vizxv"; // expect: IOT1002 IOT1002

        const string SbdSigningKey = "sbd-sign-2c9a71e0"; // expect: IOT1004

        public static string Tag(string frame) => frame + "|" + SbdSigningKey.Length;

        public const string PinTestCommand = "AT+CPIN=?"; // expect: none
    }
}

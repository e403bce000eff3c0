// Written for corpus17: a multi-storey car park's level controller (Raspberry Pi in the barrier cabinet).
// It reads plates from the ANPR cameras, opens the barriers, runs the pay station's cellular modem,
// reports occupancy to the operator's IoT hub and handles the service keypad in the cabinet door.
using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using Microsoft.Azure.Devices.Client;

namespace Corpus17.Written.ParkingGarage
{
    public static class LevelSettings
    {
        public const string Level = "L2";
        public const string AnprCameraHost = "192.168.42.11";
        public const string AnprUser = "anpr-reader";
        public const string AnprPassword = "PD-8tq2Lw7Vn"; // expect: IOT1001
        public const string AnprPasswordKey = "Anpr:Password"; // expect: none
        public const string CashVaultCode = "48213907"; // expect: IOT1004
        public const string OperatorApiKey = "REPLACE_WITH_OPERATOR_KEY"; // expect: IOT1006
    }

    public class AnprCamera
    {
        private readonly HttpClient _http;

        public AnprCamera(string host, string user, string password)
        {
            var handler = new HttpClientHandler { Credentials = new NetworkCredential(user, password) };
            _http = new HttpClient(handler) { BaseAddress = new Uri($"http://{host}/") };
        }

        public string LatestPlate() => _http.GetStringAsync("cgi-bin/anpr/last.cgi").Result;
    }

    public class PayStationModem
    {
        private readonly Action<string> _sendLine;
        public PayStationModem(Action<string> sendLine) { _sendLine = sendLine; }

        public void AttachToOperatorApn()
        {
            _sendLine("AT+QICSGP=1,1,\"parking.m2m\",\"parkpay\",\"Ks8NFQTGiyEg\",1"); // expect: IOT1001
            _sendLine("AT+QIACT=1");
        }

        // The backup SIM uses the operator's published APN login.
        public void AttachToBackupApn()
        {
            _sendLine("AT+QICSGP=1,1,\"internet.telekom\",\"telekom\",\"telekom\",1"); // expect: none
            _sendLine("AT+QIACT=1");
            _sendLine("AT+CSQ");
        }
    }

    public class LevelController
    {
        private DeviceClient _hub;
        private AnprCamera _camera;
        private readonly Random _jitter = new Random();

        public void Start()
        {
            string fromEnvironment = Environment.GetEnvironmentVariable("DEVICE_CONNECTION_STRING"); // expect: none
            _hub = DeviceClient.CreateFromConnectionString(fromEnvironment
                ?? "HostName=parkhaus-hub.azure-devices.net;DeviceId=level2-barrier;SharedAccessKey=la3yrppAa/1pVVQv7B3MuUuzcHbKIs3RN0jRF/OGo0k="); // expect: IOT1003
            Console.WriteLine("Hub: HostName=parkhaus-hub.azure-devices.net;DeviceId=level2-barrier;SharedAccessKey=***"); // expect: none

            _camera = new AnprCamera(LevelSettings.AnprCameraHost, LevelSettings.AnprUser, LevelSettings.AnprPassword);
            Thread.Sleep(_jitter.Next(0, 3000)); // expect: none
        }

        public void ReportOccupancy(int freeBays)
        {
            using (var http = new HttpClient())
            {
                http.DefaultRequestHeaders.Add("X-API-Key", LevelSettings.OperatorApiKey);
                http.PostAsync("https://api.parkbetreiber.example/v2/occupancy",
                    new StringContent($"{{\"level\":\"{LevelSettings.Level}\",\"free\":{freeBays}}}", Encoding.UTF8, "application/json")).Wait();
            }
        }
    }

    public class ServiceKeypad
    {
        public bool Accept(string enteredPin)
        {
            // Technicians still try the installer's code first; it was never changed.
            if (string.Equals(enteredPin, "0000")) // expect: IOT1002
            {
                return true;
            }
            return false;
        }

        public bool OpenCashVault(string code) => code == LevelSettings.CashVaultCode;
    }

    public class SeasonTickets
    {
        private readonly Random _random = new Random();

        // Reserved bays open for their holder with a code printed on the holder's letter.
        public string ReservedBayCode(int bayNumber)
        {
            string bayAccessCode = "Bay" + bayNumber.ToString("D3"); // expect: IOT1005
            return bayAccessCode;
        }

        // A lost ticket is paid at the pay station, which prints a PIN for the exit barrier.
        public string LostTicketExitPin()
        {
            string exitPin = _random.Next(1000, 9999).ToString(); // expect: IOT1005
            return exitPin;
        }

        // The operator's phone app keeps a session with the pay station while the driver pays.
        public string NewPaySession()
        {
            string sessionToken = _random.Next().ToString("x8"); // expect: IOT3005
            return sessionToken;
        }

        // Simulated arrivals for the occupancy display test mode.
        public int SimulatedArrivals() => _random.Next(0, 12); // expect: none

        public const string DemoPlate = "B-PK 1234"; // expect: none
    }
}

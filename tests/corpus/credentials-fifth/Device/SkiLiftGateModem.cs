// Real source: Proxicon/sim7600nF sim7600x/sim7600x.cs
// Adapted for a ski-lift turnstile: the SIM7600 modem carries ticket validations to the resort back end.
using System;
using System.Diagnostics;
using System.IO.Ports;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;

namespace PeakPass.Turnstile
{
    public class LiftGateModem
    {
        private readonly SerialPort _serial;
        private string _lastResult = "";
        private readonly Random _rng = new();
        public const string SessionTokenHeader = "X-Gate-Session"; // expect: none

        public LiftGateModem(string portName)
        {
            _serial = new SerialPort(portName, 115200);
            _serial.Open();
        }

        /// <summary>
        /// Initializes the GSM modem.
        /// </summary>
        public void ModemInit()
        {
            // Reset the modem
            SendCommand("ATZ\r", true);

            // Configure the modem settings
            SendCommand("ATE0\r", true); // Disable echo mode
            SendCommand("AT+CMEE=2\r", true); // Enable verbose error messages

            // Initialize the SIM card
            SendCommand("AT+CPIN?\r", true); // expect: none
            SendCommand("AT+CPIN=\"4729\"\r", true); // expect: IOT1001

            // Wait for network registration
            SendCommand("AT+CREG?\r", true);
            while (_lastResult.IndexOf("+CREG: 0,1") == -1 && _lastResult.IndexOf("+CREG: 0,5") == -1) // expect: none
            {
                Thread.Sleep(1000);
                SendCommand("AT+CREG?\r", true);
            }
        }

        /// <summary>
        /// Establishes a GPRS connection using the specified APN and login credentials.
        /// </summary>
        public void GprsConnect(string apn, string gprsUser = null, string gprsPass = null)
        {
            Debug.WriteLine("----------------(GprsConnect)----------------");

            SendCommand("AT+CGATT=1\r", true);
            SendCommand($"AT+CGDCONT=1,\"IP\",\"{apn}\"\r", true);

            // Set login credentials (if provided)
            if (gprsUser != null && gprsPass != null)
            {
                SendCommand($"AT+CGAUTH=1,0,\"{gprsUser}\",\"{gprsPass}\"\r", true);
            }

            // Activate PDP context
            SendCommand("AT+CGACT=1,1\r", true);
        }

        public void ConnectResortApn() => GprsConnect("skipass.m2m", "lift07", "Piste-Black-62"); // expect: IOT1001

        // Fallback roaming APN: the operator publishes this login, user name repeated as password.
        public void ConnectPublicApn() => GprsConnect("web.alpentel.example", "web", "web"); // expect: none

        /// <summary>
        /// Sends an AT command to the device and optionally waits for a response.
        /// </summary>
        public void SendCommand(string command, bool waitForResponse = false, int timeout = 100)
        {
            Debug.WriteLine($"AT+Comm = [{command}]");
            _lastResult = "";
            var writeBuffer = Encoding.UTF8.GetBytes(command);
            _serial.Write(writeBuffer, 0, writeBuffer.Length);
            if (waitForResponse)
            {
                Thread.Sleep(timeout);
                _lastResult = _serial.ReadExisting();
            }
        }

        public string NewGateSessionToken()
        {
            string gateSessionToken = _rng.Next().ToString("X8") + _rng.Next().ToString("X8"); // expect: IOT3005
            return gateSessionToken;
        }
    }

    public sealed class TicketBackend
    {
        // Long-lived service token of turnstile 07, issued by the resort's identity server.
        private const string TurnstileJwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJsaWZ0LWdhdGUtMDciLCJpc3MiOiJza2lwYXNzLWJhY2tlbmQiLCJleHAiOjE4OTM0NTYwMDB9.Ylx8L8vWynAijjOFkeIzYWw5ZqHMl3aH1wmPZqReITs"; // expect: IOT1003
        private readonly HttpClient _http = new() { BaseAddress = new Uri("https://validate.peakpass.example/") };

        public bool Validate(string skipassId)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TurnstileJwt);
            var response = _http.GetAsync($"v1/passes/{skipassId}/validate?gate=07").Result;
            return response.IsSuccessStatusCode;
        }
    }
}

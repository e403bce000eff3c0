// Written for corpus36: the terminal of a truck weighbridge at an aggregates yard (load-cell summing box on RS-485, the
// drivers' PIN pad, a ticket printer, a cellular modem for the remote office and an archive of weigh tickets in cloud
// storage). Domain not named in device_domains_used.txt.
#nullable enable
using System;
using System.Collections.Generic;
using System.IO.Ports;
using System.Net.Http;
using System.Text;
using Amazon.Runtime;

namespace Corpus36.Weighbridge
{
    public sealed class WeighbridgeTerminal
    {
        private const string SimPin = "4271";                                               // expect: IOT1001
        private const int LoadCellPin = 4;                                                  // expect: none
        private const string SmsSendUrl = "https://sms.example.net/v2/send?apikey=YOUR_SMS_API_KEY"; // expect: IOT1006
        private const string SmsGatewayTokenUrl = "https://sms.example.net/oauth/token";    // expect: none

        // Haulier office logins for the terminal's ticket-correction screen, checked by the terminal itself.
        private static readonly Dictionary<string, string> HaulierLogins = new()
        {
            ["haulier-12"] = "yzJmGbAD7htj1rl",                                             // expect: IOT1004
        };

        private readonly SerialPort _modem;
        private readonly HttpClient _http = new HttpClient();

        public WeighbridgeTerminal(SerialPort modem) => _modem = modem;

        public void UnlockSim()
        {
            _modem.Write("AT+CPIN?\r");                                                     // expect: none
            if (_modem.ReadExisting().Contains("SIM PIN"))
                _modem.Write($"AT+CPIN=\"{SimPin}\"\r");
            Console.WriteLine("SIM state: " + "<PIN redacted>");                            // expect: none
        }

        public BasicAWSCredentials TicketArchiveCredentials() =>
            new BasicAWSCredentials("AKIAJJCJOAJCIKNRQXNT",                                 // expect: IOT1003
                                    "z4nxi9zsv9semUDzAs9ZnFGz9eZGY8jjVDDYrf5Y");            // expect: IOT1003

        public void TextOffice(string number, string text) =>
            _http.PostAsync(SmsSendUrl, new StringContent("to=" + number + "&text=" + text, Encoding.UTF8, "application/x-www-form-urlencoded"));

        // Drivers of visiting trucks type the yard PIN on the pad to print their own ticket.
        public bool DriverMayPrint(string driverPin) => driverPin == "1234";                // expect: IOT1002

        public bool HaulierMayCorrect(string user, string password) =>
            HaulierLogins.TryGetValue(user, out var expected) && expected == password;

        // A lost ticket can be reprinted with a passcode worked out from the ticket number.
        public string ReprintPasscode(int ticketNumber)
        {
            var reprintPasscode = (ticketNumber * 7919 % 10000).ToString("D4");            // expect: IOT1005
            return reprintPasscode;
        }

        // The QR code on the ticket carries a token the yard office app checks before releasing the load.
        public string NewTicketToken()
        {
            var ticketToken = Random.Shared.NextInt64().ToString("x");                      // expect: IOT3005
            return ticketToken;
        }

        public int TickerScrollOffset() => Random.Shared.Next(0, 8);                        // expect: none
    }
}

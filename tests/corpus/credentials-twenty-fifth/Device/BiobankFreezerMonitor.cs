// Written for corpus25: a Raspberry Pi monitor for a biobank's -80 °C freezer room. It polls each freezer's
// controller (Modbus over RS-485 and the controller's small web UI), logs temperatures to InfluxDB and Postgres,
// archives daily reports to S3, and sends alarm SMS through a USB LTE modem.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO.Ports;
using System.Net;
using System.Net.Http;
using System.Net.NetworkInformation;
using Amazon.Runtime;
using InfluxDB.Client;
using Npgsql;

namespace Corpus25.Biobank
{
    public sealed class FreezerRoomMonitor
    {
        private const string DbHost = "db.biobank.lab";
        private const string SimPin = "3402"; // expect: IOT1001
        private const string SimPinFile = "/etc/biobank/sim.pin"; // expect: none
        private const int PasswordMinLength = 12; // expect: none
        private const string AlarmSmsTemplate = "Freezer {0} at {1:F1} C. Reply ACK {2} to silence the alarm."; // expect: none

        // Vendor service password that unlocks the controller's calibration registers (written as one register).
        private const string FreezerServicePassword = "4D91"; // expect: IOT1004

        // Web UI logins of the freezer controllers: the older units still have the factory account.
        private static readonly (string User, string Password)[] ControllerWebLogins =
        {
            ("admin", "admin"), // expect: IOT1002 IOT1002
            ("labtech", "LFvZj74gg39%"), // expect: IOT1001
        };

        private readonly SerialPort _modem = new SerialPort("/dev/ttyUSB2", 115200);
        private readonly InfluxDBClient _influx;

        public FreezerRoomMonitor()
        {
            _influx = new InfluxDBClient("https://influx.biobank.lab:8086", Environment.GetEnvironmentVariable("INFLUX_TOKEN") ?? "#{INFLUX_TOKEN}#"); // expect: IOT1006
        }

        private void SendAt(string command)
        {
            _modem.WriteLine(command + "\r");
        }

        public void StartModem()
        {
            _modem.Open();
            SendAt("AT+CPIN?"); // expect: none
            SendAt("AT+CPIN=\"" + SimPin + "\"");
            SendAt("AT+CMGF=1");
        }

        public string SendAlarm(string freezer, double celsius, string phone)
        {
            var ackChallenge = new Random().Next(0x100000, 0xFFFFFF).ToString("X6"); // expect: IOT3005
            SendAt($"AT+CMGS=\"{phone}\"");
            _modem.Write(string.Format(CultureInfo.InvariantCulture, AlarmSmsTemplate, freezer, celsius, ackChallenge) + "\u001A");
            return ackChallenge;
        }

        public NpgsqlConnection OpenReportingLog()
        {
            var password = Environment.GetEnvironmentVariable("BIOBANK_DB_PASSWORD"); // expect: none
            Console.WriteLine($"reporting db login freezerreport / {(password == null ? "unset" : "********")}"); // expect: none
            var connection = new NpgsqlConnection($"Host={DbHost};Username=freezerreport;Password={password};Database=biobank");
            connection.Open();
            return connection;
        }

        public NpgsqlConnection OpenLog()
        {
            var connection = new NpgsqlConnection(string.Format("Host={0};Username={1};Password={2};Database=biobank",
                DbHost, "freezerlog",
                "Zy#V5ZHM9kza")); // expect: IOT1001
            connection.Open();
            return connection;
        }

        public string ReadControllerPage(string controllerHost)
        {
            foreach (var (user, password) in ControllerWebLogins)
            {
                using var handler = new HttpClientHandler { Credentials = new NetworkCredential(user, password) };
                using var http = new HttpClient(handler);
                var response = http.GetAsync($"http://{controllerHost}/status.cgi").Result;
                if (response.StatusCode == HttpStatusCode.OK)
                    return response.Content.ReadAsStringAsync().Result;
            }
            return null;
        }

        public ushort CalibrationUnlockValue() => ushort.Parse(FreezerServicePassword, NumberStyles.HexNumber);

        // The controller's set-up hotspot, printed on the freezer's service sticker.
        public static string ControllerHotspotPassword(PhysicalAddress mac)
        {
            var apPassword = "FRZ-" + mac.ToString().Substring(6); // expect: IOT1005
            return apPassword;
        }

        // Door keypad PIN of each freezer: the last four digits of the serial, set at installation.
        public static int DoorPin(string freezerSerial)
        {
            int.TryParse(freezerSerial.Substring(freezerSerial.Length - 4), out var doorPin); // expect: IOT1005
            return doorPin;
        }

        public byte[] NewControllerSessionKey()
        {
            var sessionKey = new byte[16];
            new Random().NextBytes(sessionKey); // expect: IOT3005
            return sessionKey;
        }

        public AWSCredentials ArchiveCredentials() =>
            new BasicAWSCredentials("AKIADAPDBZN3FE57ECAX", "BK934NmntPsLyTuRLsfhaoIyCAxewSqyLgMLqJ18"); // expect: IOT1003 IOT1003

        public bool IsStrongEnough(string candidate) => candidate.Length >= PasswordMinLength;

        public bool SimPinProvisioned() => System.IO.File.Exists(SimPinFile);
    }
}

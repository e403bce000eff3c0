// Lift remote-monitoring unit (EN 81-28 alarm + fault telemetry) fitted in the machine room.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using MQTTnet.Client.Options;

namespace LiftWatch.Monitor
{
    public sealed class CarProfile
    {
        public string CarSerial { get; init; } = string.Empty;
        public int InstallYear { get; init; }
        public string AccessGroup { get; init; } = "guest"; // expect: none
        public string DoorMode { get; init; } = "default"; // expect: none
        public string InspectionPasscode { get; init; } = "5820-L"; // expect: IOT1004
    }

    public sealed class ElevatorRemoteMonitor
    {
        private static readonly string EngineerPassword = "L1ft-Eng-0427"; // expect: IOT1004
        private const string SmtpUser = "alarms@liftwatch.example"; // expect: none

        private static readonly Dictionary<string, string> FaultTexts = new()
        {
            ["E17"] = "Door lock circuit open",
            ["E22"] = "Safety chain open",
            ["E31"] = "Password required for inspection mode", // expect: none
            ["E40"] = "Alarm filter active (EN 81-28)",
        };

        private readonly CarProfile _car;
        private readonly Random _random = new();
        private int _pendingChallenge;

        public ElevatorRemoteMonitor(CarProfile car) => _car = car;

        public NetworkCredential ModemDialIn() => new NetworkCredential(LiftSecrets.ModemUser, LiftSecrets.ModemPassword);

        public MqttClientCredentials TelemetryCredentials() => new MqttClientCredentials
        {
            Username = "car-" + _car.CarSerial,
            Password = "REPLACE_ME", // expect: IOT1006
        };

        public void MailFault(string code, string recipient)
        {
            using var smtp = new SmtpClient("mail.liftwatch.example", 587)
            {
                EnableSsl = true,
                Credentials = new NetworkCredential(SmtpUser, "<smtp-password>"), // expect: IOT1006
            };
            var text = FaultTexts.TryGetValue(code, out var t) ? t : "Unknown fault";
            smtp.Send(SmtpUser, recipient, $"[LiftWatch] {_car.CarSerial} fault {code}", text);
        }

        // Password of the car's local web console, so technicians never need to call the office.
        public string ConsolePassword()
        {
            var tail = _car.CarSerial.Length > 4 ? _car.CarSerial[^4..] : _car.CarSerial;
            return string.Join("-", "LW", tail, _car.InstallYear.ToString()); // expect: IOT1005
        }

        public bool EngineerLogin(string password) => password == EngineerPassword;

        public bool EnterInspection(string passcode) => passcode == _car.InspectionPasscode;

        // Remote trip (return car to main floor) needs a challenge-response with the call centre.
        public int IssueRemoteTripChallenge()
        {
            _pendingChallenge = _random.Next(); // expect: IOT3005
            return _pendingChallenge;
        }

        public bool VerifyRemoteTrip(byte[] response)
        {
            using var hmac = new HMACSHA256(LiftSecrets.AckHmacKey);
            var expected = hmac.ComputeHash(BitConverter.GetBytes(_pendingChallenge));
            return CryptographicOperations.FixedTimeEquals(expected, response);
        }

        public string AlarmFrame(int floor, bool trapped)
        {
            var sb = new StringBuilder();
            sb.Append("ALM;").Append(_car.CarSerial).Append(';').Append(floor).Append(';');
            sb.Append(trapped ? "PASSENGER TRAPPED" : "TEST CALL");
            return sb.ToString();
        }

        public string Role(string user) => user switch
        {
            "admin" => "Administrator", // expect: none
            "eng" => "Engineer",
            _ => "Viewer",
        };

        public int DoorNudgeDelayMs() => 1500 + _random.Next(0, 500); // expect: none

        public string GuideText() => "Paste " + LiftSecrets.GuidePlaceholder + " into the call-centre field";
    }
}

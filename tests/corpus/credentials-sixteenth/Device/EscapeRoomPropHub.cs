// Written for corpus16. Domain: an escape-room venue; a Raspberry Pi "prop hub" per room talks MQTT to the ESP32 props
// (safe, bookcase, UV torch), lets the game master override puzzles, and uploads game clips to S3.
using System;
using System.Net.Http;
using System.Threading.Tasks;
using Amazon.Runtime;
using uPLibrary.Networking.M2Mqtt;

namespace EscapeRoom.PropHub
{
    internal static class Secrets
    {
        public const string PropsBrokerPassword = "aqtxlNrI0eeUc"; // expect: IOT1001
        public const string TelegramBotToken = "7017607137:AAcdij10haevAObpO4H522KLxJG1aZRXQW6"; // expect: IOT1003
    }

    // A command the hub sends to every prop at the end of a game
    internal class ResetCommand
    {
        public string Token => "reboot"; // expect: none
        public string Topic => "escape/room1/props/reset"; // expect: none
    }

    public class PropHub
    {
        // The game master's override on the hub's touch screen
        private const string GameMasterPin = "0416"; // expect: IOT1004
        private const string DiaryClue = "Enter the four digit code from the captain's diary"; // expect: none
        private const string SecretPassageClue = "The secret passage opens behind the third shelf"; // expect: none
        private const string TokenScope = "props.write"; // expect: none

        private readonly Random _rng = new Random();
        private MqttClient _mqtt;

        public void Connect()
        {
            _mqtt = new MqttClient("props.room1.lan");
            _mqtt.Connect("prop-hub-room1", "gamemaster", Secrets.PropsBrokerPassword);
        }

        public bool Override(string entered) => entered == GameMasterPin;

        // Clip upload to the venue's bucket
        public AWSCredentials ClipUploadCredentials() =>
            new BasicAWSCredentials("AKIA2TTINJBAXNQRFU42", "ET9cfwcId+CaoY2GWo3qqwvNx/srS9meXlbPj4Mf"); // expect: IOT1003 IOT1003

        // The upload simulator used in the AWS SDK walkthrough
        public AWSCredentials SimulatorCredentials() =>
            new BasicAWSCredentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"); // expect: none

        public async Task NotifyGameMasterAsync(HttpClient http, string text)
        {
            await http.GetAsync("https://api.telegram.org/bot" + Secrets.TelegramBotToken + "/sendMessage?chat_id=-100422&text=" + Uri.EscapeDataString(text));
        }

        // The smoke machine sits on a Tasmota plug
        public async Task FogAsync(HttpClient http, bool on)
        {
            await http.GetAsync("http://10.1.1.40/cm?user=admin&password=fvvSF14ZozQ&cmnd=Power%20" + (on ? "On" : "Off")); // expect: IOT1001
        }

        // The venue's booking system (its token is still the template's)
        public async Task ReportFinishAsync(HttpClient http, TimeSpan time)
        {
            http.DefaultRequestHeaders.Add("X-Auth-Token", "TODO"); // expect: IOT1006
            await http.PostAsync("https://bookings.escapevenue.example/api/finish", new StringContent(time.ToString()));
        }

        // Each ESP32 prop opens a set-up AP with a password from its MAC
        public static string PropSetupPassword(byte[] mac)
        {
            var setupPassword = "prop" + BitConverter.ToString(mac).Replace("-", "").Substring(6); // expect: IOT1005
            return setupPassword;
        }

        // A hint is unlocked on the players' tablet with a one-time token
        public string NewHintToken()
        {
            string hintToken = _rng.Next().ToString("X8"); // expect: IOT3005
            return hintToken;
        }

        // Which of the four UV clues is lit first changes every game
        public int FirstUvClue() => _rng.Next(0, 4); // expect: none
    }
}

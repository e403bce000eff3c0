// Written for corpus26: a river flood siren station on a bridge pier. A Yoctopuce cellular hub carries its link, a SIM800
// sounds alerts by SMS, a Telegram bot tells the volunteer wardens, and the station reads the river gauge partner API.
using System;
using System.IO.Ports;
using System.Net.Http;
using System.Threading.Tasks;
using Telegram.Bot;

namespace FloodSiren.Station
{
    internal static class SirenSecrets
    {
        public const string SirenSimPin = "8028"; // expect: IOT1001
        public const string DefaultSimPin = "0000"; // expect: IOT1002
        public const string SmsCommandPassword = "Weir-Heron-5512"; // expect: IOT1004
        public const string SmsPasswordPrompt = "Reply with the siren password to silence the weekly test."; // expect: none
        public const string GaugeSubscriptionKey = "cf79beb801d5facf162aee57d06a9ead"; // expect: IOT1001
        public const string WardenBotToken = "7413652280:AAGx9qLmT2vRk8sWzY4nJp0cHfE6uDbA3eQ"; // expect: IOT1003
    }

    public sealed class SirenStation
    {
        private readonly int _stationNumber;
        private readonly SerialPort _sim800 = new SerialPort("/dev/ttyS1", 9600);
        private readonly Random _rng = new Random();

        public SirenStation(int stationNumber) { _stationNumber = stationNumber; }

        public void BringUpCellular()
        {
            var cell = YCellular.FirstCellular();
            cell.set_pin(SirenSecrets.SirenSimPin);
            cell.sendPUK("71936004", "8028"); // expect: IOT1001 IOT1001
        }

        public void BringUpSmsModem()
        {
            _sim800.Open();
            _sim800.Write("AT+CPIN?\r"); // expect: none
            _sim800.Write("AT+SAPBR=3,1,\"APN\",\"floodnet.m2m\"\r");
            _sim800.Write("AT+SAPBR=3,1,\"PWD\",\"Tide9-Culvert-Ash\"\r"); // expect: IOT1001
        }

        public bool HandleSms(string body) => body.StartsWith(SirenSecrets.SmsCommandPassword + " SILENCE", StringComparison.Ordinal);

        public async Task<string> ReadGaugeAsync()
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", SirenSecrets.GaugeSubscriptionKey);
            var level = await http.GetStringAsync("https://gauges.rivers.example/v1/stations/7104/level");
            var forecast = await http.GetStringAsync("https://forecast.rivers.example/api/v2/outlook?station=7104&api_key=<ea-api-key>"); // expect: IOT1006
            return level + forecast;
        }

        public Task WarnWardensAsync(string text)
        {
            var bot = new TelegramBotClient(SirenSecrets.WardenBotToken);
            return bot.SendTextMessageAsync(-1001234567890, text);
        }

        public string MaintenancePin()
        {
            var servicePin = (_stationNumber * 7919 % 10000).ToString("D4"); // expect: IOT1005
            return servicePin;
        }

        public string NewTestAckToken()
        {
            var ackToken = _rng.Next().ToString("X8"); // expect: IOT3005
            return ackToken;
        }

        public string WardenPhone => "+447700900123"; // expect: none
    }
}

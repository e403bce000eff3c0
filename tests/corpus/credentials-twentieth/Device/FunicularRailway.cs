// Written for this corpus: a hillside funicular railway (the cars talk to the stations over an encrypted radio link,
// the drive house runs an MQTT broker for the cab displays, the station's nanoFramework board serves an operator page,
// the haul-rope tension sensor has a web panel, the driver hands over at shift change with a code).
using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading.Tasks;
using MQTTnet.Server;
using nanoFramework.WebServer;

namespace Funicular
{
    public static class RadioLink
    {
        private static readonly byte[] RadioLinkKey = [0x25, 0x66, 0x31, 0xE8, 0x10, 0x02, 0xF4, 0x24, 0x0C, 0x20, 0x07, 0x1B, 0x07, 0xD8, 0xA6, 0x29, 0x89, 0xE7, 0x58, 0x7F, 0x6E, 0x5B, 0x46, 0x40, 0x98, 0x29, 0x69, 0x3C, 0x25, 0x3F, 0xF6, 0xE9]; // expect: IOT1003

        public static byte[] Seal(byte[] nonce, byte[] frame, byte[] tag)
        {
            using var gcm = new AesGcm(RadioLinkKey, 16);
            var sealedFrame = new byte[frame.Length];
            gcm.Encrypt(nonce, frame, sealedFrame, tag);
            return sealedFrame;
        }
    }

    public static class DriveHouseBroker
    {
        public static Task ValidateCab(ValidatingConnectionEventArgs e)
        {
            if (e.ClientId.StartsWith("cab-") && e.Password != "BUPMD%bWdt7knk3C") // expect: IOT1001
            {
                e.ReasonCode = 134;
            }
            return Task.CompletedTask;
        }
    }

    [Authentication("Basic:operator rrkqU.7cRINm83")] // expect: IOT1001
    public class OperatorPage
    {
        public static WebServer Start()
        {
            var server = new WebServer(80);
            server.ApiKey = "PasteYourTokenHere"; // expect: IOT1006
            return server;
        }

        public const string PasswordPrompt = "Passwort eingeben"; // expect: none
    }

    public static class Cars
    {
        private const string DriverShiftHandoverCode = "91031511"; // expect: IOT1004

        public static bool Handover(string entered) => entered == DriverShiftHandoverCode;

        public static string NewDoorSessionToken() => Random.Shared.Next().ToString("X8"); // expect: IOT3005

        // The cab display unlocks with the hour and minute shown on the platform clock.
        public static string CabUnlockCode() => DateTime.Now.ToString("HHmm"); // expect: IOT1005

        public static Task<string> RopeTension(HttpClient http) =>
            http.GetStringAsync("http://admin:admin@10.9.0.5/cgi-bin/tension.json"); // expect: IOT1002

        // Each station's staff door opens with a code made from the station number on the sign.
        public static string StationDoorCode(int station) => "Berg" + station.ToString("D2") + "Tor"; // expect: IOT1005

        // Passenger counts for the timetable planner's simulation.
        public static int SimulatedPassengers() => new Random().Next(0, 62); // expect: none

        public static readonly TimeSpan TokenRefreshInterval = TimeSpan.FromMinutes(15); // expect: none
    }
}

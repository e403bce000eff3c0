// Real source: Loxone/LxCommunicator.NET
//   LxCommunicator.NET.Example.Websocket/Program.cs, LxCommunicator.NET.Example.Http/Program.cs,
//   LxCommunicator.NET/Communicator/TokenHandler.cs (SetPassword, RequestNewToken hashing)
// Domain: a village community hall run by volunteers; heating, blinds and hall lighting on a Loxone
// Miniserver, a small .NET service that switches the hall into "event mode" from the booking list.
// Kept: WebsocketWebserviceClient(host, port, permission, deviceUuid, deviceInfo), TokenHandler(client,
// user) with SetPassword(...), Authenticate, the enablebinstatusupdate request, KillToken, the event
// table handler; the example's published demo login against testminiserver.loxone.com (kept as it
// stood in the example); the example's device UUID.
// Added: the hall's own Miniserver opened through a helper, the old Gen 1 server in the boiler room,
// the caretaker's keypad code, a prompt text and a token cache file name.
using System;
using System.IO;
using System.Threading.Tasks;
using Loxone.Communicator;
using Loxone.Communicator.Events;

namespace Corpus17.R02.LxCommunicatorHall
{
    internal class Program
    {
        private static WebsocketWebserviceClient client;

        // Added: the hall's Miniserver (Gen 2) and the service account the booking service uses.
        private const string HallMiniserver = "miniserver.gemeindehalle.example";
        private const string HallServiceUser = "buchung";
        private const string HallServicePassword = "IQpWAwQtsTsG5E"; // expect: IOT1001

        private const string DeviceUuid = "098802e1-02b4-603c-ffffeee000d80cfd"; // expect: none
        private const string PasswordPrompt = "Kennwort für den Miniserver eingeben:"; // expect: none
        private const string TokenCacheFile = "/var/lib/hallcontrol/token.json"; // expect: none

        private static async Task Main(string[] args)
        {
            // Kept from the example: Loxone's public test Miniserver and its published demo login.
            using (client = new WebsocketWebserviceClient("testminiserver.loxone.com", 7777, 2, DeviceUuid, "LxCommunicator.NET.Websocket"))
            {
                using (TokenHandler handler = new TokenHandler(client, "app"))
                {
                    handler.SetPassword("LoxLIVEpasswordTest"); // expect: IOT1001
                    client.OnReceiveEventTable += Client_OnReceiveEventTable;
                    client.OnAuthenticated += Client_OnAuthenticated;
                    await client.Authenticate(handler);
                    string result = (await client.SendWebservice(new WebserviceRequest<string>("jdev/sps/enablebinstatusupdate", EncryptionType.None))).Value;
                    await handler.KillToken();
                }
            }

            await SwitchHallToEventMode(HallMiniserver, HallServiceUser, HallServicePassword);
            await ReadBoilerRoomTemperature();
        }

        // Added: the booking service's helper; the password parameter goes to the library's SetPassword.
        private static async Task SwitchHallToEventMode(string host, string user, string password)
        {
            using (var hall = new WebsocketWebserviceClient(host, 443, 2, DeviceUuid, "Hallenbuchung"))
            using (var handler = new TokenHandler(hall, user))
            {
                handler.SetPassword(password);
                await hall.Authenticate(handler);
                await hall.SendWebservice(new WebserviceRequest<string>("jdev/sps/io/Saalbeleuchtung/Veranstaltung", EncryptionType.Request));
                File.WriteAllText(TokenCacheFile, handler.Token?.JsonWebToken ?? string.Empty);
            }
        }

        // Added: the Gen 1 Miniserver that still runs the boiler room was never given its own login.
        private static async Task ReadBoilerRoomTemperature()
        {
            using (var boiler = new HttpWebserviceClient("192.168.10.77", 80, 2, DeviceUuid, "Heizraum"))
            using (var handler = new TokenHandler(boiler, "admin"))
            {
                handler.SetPassword("admin"); // expect: IOT1002
                await boiler.Authenticate(handler);
                string temp = (await boiler.SendWebservice(new WebserviceRequest<string>("jdev/sps/io/Vorlauftemperatur", EncryptionType.None))).Value;
                Console.WriteLine($"Vorlauf: {temp}");
            }
        }

        // Added: the caretaker unlocks the hall's manual override on the touch panel bridge.
        private const string CaretakerOverrideCode = "8690"; // expect: IOT1004

        public static bool UnlockManualOverride(string enteredCode)
        {
            Console.WriteLine(PasswordPrompt);
            return enteredCode.Trim() == CaretakerOverrideCode;
        }

        private static void Client_OnAuthenticated(object sender, ConnectionAuthenticatedEventArgs e)
        {
            Console.WriteLine("Successfully authenticated!");
        }

        private static void Client_OnReceiveEventTable(object sender, EventStatesParsedEventArgs e)
        {
            foreach (EventState state in e.States)
            {
                Console.WriteLine(state.ToString());
            }
        }
    }
}

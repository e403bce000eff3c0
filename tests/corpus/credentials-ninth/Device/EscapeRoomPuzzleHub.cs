// Own file (corpus9): the puzzle hub of an escape-room venue (props on MQTT, a game-master tablet, maglocks,
// per-room prop Wi-Fi). Puzzle answers are game data, not credentials; staff codes and logins are.
using System;
using System.Collections.Generic;
using System.Linq;
using nanoFramework.Networking;
using nanoFramework.WebServer;

namespace Enigma.Venue.Hub
{
    public static class RoomCatalogue
    {
        // Game data: what players must find. Not secrets of the system.
        public const string VaultComboSolution = "4-1-9-7"; // expect: none
        public const string CipherWheelAnswer = "NIGHTINGALE"; // expect: none
        public const string PasscodeHint = "The passcode is hidden behind the captain's portrait."; // expect: none
        public static readonly Dictionary<string, string> ClueText = new()
        {
            ["clue.password"] = "Look for the word the parrot repeats", // expect: none
            ["clue.safe"] = "Count the portholes",
        };
    }

    public sealed class PuzzleHub
    {
        private const string GameMasterPin = "7316"; // expect: IOT1004
        private const string FactoryResetPasscode = "0000"; // expect: IOT1002
        private const string StaffPinPrompt = "Enter staff PIN"; // expect: none
        private const int MaglockPin = 17; // expect: none
        private const int RelayPin = 22;
        private const string MockStaffPassword = "mock-password-for-ui-tests"; // expect: none
        private const string WrongPasscodeMessage = "Wrong passcode, try again!"; // expect: none

        private static readonly (string User, string Password)[] StaffLogins =
        {
            ("gm", "Clue!Master-42"), // expect: IOT1004
            ("tech", "Wire-Cutter-77"), // expect: IOT1004
            ("admin", "admin"), // expect: IOT1002
        };

        private readonly Random _rng = new Random();

        public bool UnlockAllDoors(string enteredPin) => enteredPin == GameMasterPin;

        public bool FactoryReset(string passcode) => passcode == FactoryResetPasscode;

        public bool TabletLogin(string user, string password) =>
            StaffLogins.Any(l => l.User == user && l.Password == password);

        public bool KeypadBypass(string pin) => string.Equals(pin, "1234"); // expect: IOT1002

        public MQTTnet.MqttClientOptions PropsBroker(string roomId) =>
            new MQTTnet.MqttClientOptionsBuilder()
                .WithTcpServer("props.enigma.lan", 1883)
                .WithCredentials($"props-{roomId}", "Esc@pe-Props-19") // expect: IOT1001
                .Build();

        public WebServer ScoreboardServer() => new WebServer(8080)
        {
            ApiKey = "sb-5f2e1c77-board-ROOMS", // expect: IOT1001
        };

        // The lobby screen's maintenance page still has the kiosk vendor's login.
        public WebServer LobbyScreen() => new WebServer(8081)
        {
            Credential = new System.Net.NetworkCredential("admin", "1234"), // expect: IOT1002
        };

        // Each room's props join their own access point; the PSK is printed on the room's door sign.
        public bool JoinRoomNetwork(int roomNumber)
        {
            string propsSsid = $"Enigma-Room{roomNumber:D2}";
            string propsPsk = "Room" + roomNumber.ToString("D2") + "-props"; // expect: IOT1005
            return WifiNetworkHelper.ConnectDhcp(propsSsid, propsPsk);
        }

        public bool JoinOfficeNetwork() => WifiNetworkHelper.ConnectDhcp("Enigma-Office", "changeme-later"); // expect: IOT1006

        public string NewBookingToken() => _rng.Next().ToString("X8"); // expect: IOT3005

        public int NextClueIndex(int clueCount) => _rng.Next(0, clueCount); // expect: none

        public TimeSpan HintDelay() => TimeSpan.FromSeconds(30 + _rng.Next(0, 15)); // expect: none

        public bool IsSolved(string attempt) => attempt.Replace(" ", "") == RoomCatalogue.VaultComboSolution;
    }
}

// Own code: the door-control panel of a correctional facility's cell block (officer console + keypad at the
// sally port). Team-owned login and PIN checks, no library sink.
using System;
using System.Collections.Generic;

namespace Corpus8.CellBlock
{
    public sealed class DoorPanel
    {
        private const string SupervisorPin = "73194"; // expect: IOT1004
        private const string DuressCode = "9911"; // expect: IOT1004
        private const int LockdownOverridePin = 480276; // expect: IOT1004
        private const string FactoryPin = "0000"; // expect: IOT1002
        private const int DoorStrikePin = 23; // expect: none
        private const string StatusCode = "2001"; // expect: none

        // Logins of the panel's own web console.
        private static readonly (string User, string Password)[] ConsoleLogins =
        {
            ("sergeant", "Block-C-Halyard-17"), // expect: IOT1004
            ("maint", "Sally-Port-Tamper-62"), // expect: IOT1004
        };

        private static readonly Dictionary<string, string> FactoryLogins = new()
        {
            ["admin"] = "admin", // expect: IOT1002
            ["installer"] = "1111", // expect: IOT1002
        };

        // Role names shown in the console.
        private static readonly Dictionary<string, string> RoleLabels = new()
        {
            ["admin"] = "Administrator", // expect: none
            ["officer"] = "Officer", // expect: none
        };

        public bool CheckKeypad(string entered)
        {
            if (entered == DuressCode) { RaiseSilentAlarm(); return true; }
            if (entered.Trim() == SupervisorPin) return true;
            if (int.TryParse(entered, out var n) && n == LockdownOverridePin) return true;
            return entered == FactoryPin;
        }

        public bool CheckConsole(string user, string password)
        {
            foreach (var login in ConsoleLogins)
                if (login.User == user && login.Password == password) return true;
            return FactoryLogins.TryGetValue(user, out var p) && p == password;
        }

        public bool IsVendorBackdoor(string login, string secret) =>
            login == "root" && secret == "xc3511"; // expect: IOT1002 IOT1002

        public string RoleLabel(string role) => RoleLabels.TryGetValue(role, out var l) ? l : role;

        public static bool IsDoorPinValid(string pin) => pin == "D5"; // expect: none

        private static void RaiseSilentAlarm() => Console.WriteLine("ALARM " + StatusCode + " " + DoorStrikePin);

        public const string PinPromptText = "Enter the supervisor PIN, then press #"; // expect: none
    }

    public static class PanelExtras
    {
        private const string VisitorDeskCode = "640218"; // expect: IOT1004
        public static bool CheckVisitorDesk(string entered) => entered == VisitorDeskCode;
        public const string ErrorCode = "4711"; // expect: none
        public const int RelayPin = 4; // expect: none
    }
}

// Theatre fly system: the hoist controller for the motorised line sets checks the rigging crew's keypad codes
// before a cue can move scenery over the stage.
using System;
using System.Net;
using Corpus7.Shared;

namespace Stagecraft.Fly
{
    public class TheaterFlyRigHoist
    {
        private const int BrakeRelayPin = 17; // expect: none
        private const int LoadCellPin = 4; // expect: none
        private const int StatusCodeOverload = 409; // expect: none
        private const string DuressCode = "9111"; // expect: IOT1004
        private const int StageManagerPin = 4417; // expect: IOT1004
        private const string LegacyConsolePin = "1234"; // expect: IOT1002
        private const string FlyCueCode = "11"; // expect: none
        private const string TrimCueCode = "12"; // expect: none

        private static readonly (string User, string Password)[] CrewLogins =
        {
            ("fly-chief", "Batten-Line-Set-42"), // expect: IOT1004
            ("deck-crew", "Counterweight-Arbor-9"), // expect: IOT1004
        };

        public bool CrewLogin(string user, string password)
        {
            foreach (var login in CrewLogins)
            {
                if (login.User == user && login.Password == password)
                {
                    return true;
                }
            }
            return false;
        }

        public bool Authorise(string entered)
        {
            if (entered == DuressCode)
            {
                RaiseSilentAlarm();
                return true;
            }

            if (int.TryParse(entered, out var numeric) && numeric == StageManagerPin)
            {
                return true;
            }

            // The 2011 lighting desk still sends its own fixed code.
            return entered.Trim() == PlantKeys.TheaterRiggerPin || entered == LegacyConsolePin;
        }

        public void RunCue(string cueCode)
        {
            switch (cueCode)
            {
                case FlyCueCode:
                    Console.WriteLine("Flying line set 14 out");
                    break;
                case TrimCueCode:
                    Console.WriteLine("Trimming line set 14");
                    break;
            }
        }

        public bool SelfTest(string ack)
        {
            string firstPass = "PASS";
            bool brakeOk = firstPass == "PASS"; // expect: none
            return brakeOk && ack == "OK" && BrakeRelayPin > 0 && LoadCellPin > 0; // expect: none
        }

        // Cue logs go to the production office share.
        public NetworkCredential CueLogShare() => new NetworkCredential("flyrig", "Sandbag-Counterweight"); // expect: IOT1001

        private static void RaiseSilentAlarm() => Console.WriteLine("status " + StatusCodeOverload);
    }
}

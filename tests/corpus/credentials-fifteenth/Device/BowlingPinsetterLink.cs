// Written for corpus15. Domain: a ten-pin bowling centre's lane controllers: each pinsetter's controller exposes SNMP
// for the front desk, the mechanics log in from the pit with a service login, and league nights hand out lane PINs.
using System;
using System.Linq;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using Lextm.SharpSnmpLib.Security;

namespace BowlingCentre.Lanes
{
    public static class PinsetterAgent
    {
        private const string ScoreboardVisibility = "public"; // expect: none
        private const string PinsetterFaultOid = "1.3.6.1.4.1.55123.1.4.2"; // expect: none
        private const string PinsetterFaultCode = "4312"; // expect: none

        public static IMembershipProvider LegacyLanes()
        {
            return new Version2MembershipProvider(new OctetString("public"), new OctetString("private")); // expect: IOT1002 IOT1002
        }

        public static IMembershipProvider RefurbishedLanes()
        {
            return new Version1MembershipProvider(new OctetString("lanes-ro-Lj9x4"), new OctetString("*F6kuSmCakk0wr")); // expect: IOT1001 IOT1001
        }

        public static IPrivacyProvider DeskV3()
        {
            var auth = new SHA256AuthenticationProvider(new OctetString("p8CGcquM+Fzm")); // expect: IOT1001
            return new AESPrivacyProvider(new OctetString("wj2EjQ-ECJ*CSP"), auth); // expect: IOT1001
        }
    }

    public static class PitLogin
    {
        private static readonly (string User, string Password)[] ServiceLogins =
        {
            ("mechanic", "HgbS.y5v*-.8lH2t"), // expect: IOT1004
            ("desk", "changeme"), // expect: IOT1002
        };

        public static bool Check(string user, string password)
        {
            return ServiceLogins.Any(l => l.User == user && l.Password == password);
        }

        // the lane's reset button asks for a PIN on the pinsetter's panel
        public static bool ResetAllowed(string pin)
        {
            return string.Equals(pin, "1234"); // expect: IOT1002
        }
    }

    public static class LeagueNight
    {
        private static readonly Random Rng = new Random();

        public static string LaneGuestPin(int laneNumber)
        {
            string laneGuestPin = "Lane" + laneNumber.ToString("D2"); // expect: IOT1005
            return laneGuestPin;
        }

        public static string NewSessionId()
        {
            string sessionId = Rng.Next().ToString("x8") + Rng.Next().ToString("x8"); // expect: IOT3005
            return sessionId;
        }

        public static int BallReturnDelayMs()
        {
            return 400 + Rng.Next(0, 250); // expect: none
        }

        public static string Visibility() => ScoreboardVisibilityText;
        private const string ScoreboardVisibilityText = "Scores are public on the concourse screens"; // expect: none
    }
}

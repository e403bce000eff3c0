using System;
using System.Net;
using nanoFramework.WebServer;

namespace BellTower.Carillon
{
    // Carillon controller of a church tower: strikes the hours, plays the Angelus and the wedding peal, and
    // offers a small web page to the sexton; the tower is also a Matter bridge for the nave lights.
    public sealed class CarillonServer
    {
        private readonly WebServer _server = new WebServer(8080)
        {
            Credential = new NetworkCredential("sexton", "Angelus-1200-Noon"), // expect: IOT1001
        };

        const string OrganistPassword = "Toccata&Fugue-565"; // expect: IOT1004

        public bool SextonLogin(string password) => string.Equals(password, "Campanile!Ring-Six"); // expect: IOT1001

        public bool OrganistLogin(string password) => password == OrganistPassword;

        public bool FactoryLogin(string login, string secret) => login == "admin" && secret == "admin"; // expect: IOT1002 IOT1002

        // Matter bridge for the nave lights
        const uint SetupPasscode = 20202021; // expect: IOT1002
        const ushort Discriminator = 3840;

        public static string PealName(int peal) => peal switch
        {
            1 => "Angelus",
            2 => "Wedding peal",
            3 => "Funeral toll",
            _ => "Hour strike",
        };

        public static bool StrikerTest(string firstPass) => firstPass == "PASS"; // expect: none

        public const string LoginPageScript = "<script>function go(form){ var password=form.pw.value; post('/login', password); }</script>"; // expect: none
    }

    public static class MatterCommissioning
    {
        // Setup passcode printed on the tower unit's label, taken from its serial number
        public static uint SetupPasscodeFor(string serial)
        {
            var setupPasscode = uint.Parse(serial[^8..]) % 99999998 + 1; // expect: IOT1005
            return setupPasscode;
        }

        public const string PasscodeLabel = "Setup code:"; // expect: none
        public const string PealSchedulePath = "/etc/carillon/secret-peals.json"; // expect: none
    }
}

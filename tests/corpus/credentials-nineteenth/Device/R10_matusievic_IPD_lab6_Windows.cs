// Real source: matusievic/IPD_lab6_Windows
//   WirelessManager/Connector/WiFiConnector.cs (SimpleWifi: Wifi.GetAccessPoints, AuthRequest.IsPasswordRequired,
//   AuthRequest.Password, AccessPoint.Connect)
// Kept: WiFiConnector.Connect(name, password) as it stood.
// Added (a smart-plug maker's end-of-line test bench on Windows): the bench joins each unit's set-up access point,
// the lab's own network and the label printer's set-up network.
using System;
using System.Linq;
using SimpleWifi;

namespace WirelessManager.Connector
{
    class WiFiConnector
    {
        public bool Connect(string name, string password)
        {
            var wifi = new Wifi();
            var selectedAP = wifi.GetAccessPoints().First(p => p.Name == name.Trim((char)0));
            if (selectedAP != null)
            {
                var authRequest = new AuthRequest(selectedAP);
                if (authRequest.IsPasswordRequired)
                {
                    authRequest.Password = password;
                }
                return selectedAP.Connect(authRequest);
            }
            return false;
        }
    }

    static class EndOfLineBench
    {
        static readonly WiFiConnector Connector = new WiFiConnector();

        public static bool JoinLab() => Connector.Connect("EOL-LAB", "n.DchGQjCg6PG!"); // expect: IOT1001

        public static bool JoinRework() => Connector.Connect("EOL-REWORK", "Ypxlr-AfHv#n0%"); // expect: IOT1001

        public static bool JoinLegacyUnit() => Connector.Connect("PLUG_4F21A0", "12345678"); // expect: IOT1002

        public static bool JoinLabelPrinter() => Connector.Connect("ZD421-Setup", "<printer-setup-key>"); // expect: IOT1006

        // Units of the current batch derive their set-up key from the MAC printed under the QR code.
        public static bool JoinUnit(string macOnLabel)
        {
            string unitSetupPassword = "PLUG" + macOnLabel.Replace(":", string.Empty).Substring(6); // expect: IOT1005
            return Connector.Connect("PLUG_" + macOnLabel.Replace(":", string.Empty).Substring(6), unitSetupPassword);
        }

        public const string BatchLabelFormat = "PLUG_{MAC6} / key on label"; // expect: none
        public const string LabSsidPrefix = "EOL-"; // expect: none
    }
}

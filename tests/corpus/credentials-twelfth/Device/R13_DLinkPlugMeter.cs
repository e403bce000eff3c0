// Real source: albertogeniola/DLinkW215 README.md (library DLinkW215/DLinkW215SmartPlug.cs stubbed)
// Kept: the README usage: new DLinkW215SmartPlug("192.168.1.9", "123456") with the comment that the second
// parameter is the ACCESS CODE printed on the plug, GetState, GetCurrentConsumption, SetState(On/Off).
// Added: the aquarium heater plug of the same flat with its own access code, the power threshold and the
// installer script's MAC-derived setup password.
using System;
using DLinkW215;

namespace AquariumPower
{
    public static class PlugMonitor
    {
        public static void Run()
        {
            // The first parameter is the IP address of the power plug
            // while the second one is the ACCESS CODE printed on the plug itself
            var plug = new DLinkW215SmartPlug("192.168.1.9", "123456"); // expect: IOT1002

            // Returns the current power switch state
            var state = plug.GetState();

            // Return the current power consumption in Watts. If an error occurred, null is returned.
            var powerConsumption = plug.GetCurrentConsumption();
            if (powerConsumption == null)
                Console.Out.WriteLine("An error occurred and it was not possible to read the power consumtpion from the device");

            // Turn the switch On
            plug.SetState(DLinkW215SmartPlug.On);

            // Added: the heater plug; its access code from the label, written into the code
            var heater = new DLinkW215SmartPlug("192.168.1.23", password: "604291", user: "admin"); // expect: IOT1001
            if (heater.GetCurrentConsumption() > HeaterLimitWatts) heater.SetState(DLinkW215SmartPlug.Off);
        }

        private const double HeaterLimitWatts = 300;

        // Added: the setup password the flat's installer script gives a reset plug, from its MAC
        public static string SetupPassword(string macAddress)
        {
            string setupPassword = "W215-" + macAddress.Replace(":", "").Substring(6); // expect: IOT1005
            return setupPassword;
        }
    }
}

// Added: values near the credentials that are not secrets
internal static class NotSecrets_R13
{
    public const string AccessCodeLabel = "Access code (on the plug label):"; // expect: none
    public const string HnapPath = "/HNAP1/"; // expect: none
    public const string DefaultUser = "admin"; // expect: none
}

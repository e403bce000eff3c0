// Factory reset of a video doorbell: what gets restored, and what must not be.
#nullable enable
using System;
using System.Collections.Generic;
using System.IO;

namespace Corpus.Doorbell.Maintenance
{
    internal sealed class FactoryReset
    {
        private const string FactoryAdminUser = "admin"; // expect: none
        private const string FactoryAdminPassword = "admin"; // expect: IOT1002
        private const string FactoryRtspPassword = "888888"; // expect: IOT1002
        private const string FactorySetupPin = "1234"; // expect: IOT1002
        private const string ResetConfirmationText = "Hold the button for 10 s to erase all passwords and keys"; // expect: none

        private readonly Dictionary<string, string> _settings = new();

        public void Run(string serial, string mac)
        {
            Console.WriteLine(ResetConfirmationText);
            _settings.Clear();
            _settings["admin.user"] = FactoryAdminUser;
            _settings["admin.password"] = FactoryAdminPassword;
            _settings["rtsp.password"] = FactoryRtspPassword;
            _settings["setup.pin"] = FactorySetupPin;

            // Per-unit setup AP passphrase, "printed on the label": derived from the serial number.
            _settings["ap.psk"] = "DB" + serial.Substring(serial.Length - 6) + mac.Substring(mac.Length - 2); // expect: IOT1005

            File.Delete("/data/keys/device.key"); // expect: none
            File.Delete("/data/config/wifi.json"); // expect: none
            Console.WriteLine("Factory reset complete, default password restored"); // expect: none
        }

        public bool IsStillFactoryPassword(string current) => current == FactoryAdminPassword;

        public string RtspUrl(string host) => $"rtsp://{FactoryAdminUser}:{FactoryRtspPassword}@{host}:554/stream1";

        public string RtspUrlInline(string host) => "rtsp://viewer:V1ewer-Str34m@" + host + ":554/stream2"; // expect: IOT1001
    }
}

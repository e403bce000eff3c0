// Two-door access control panel: Wiegand/OSDP readers, keypad codes, event upload to IoT Hub.
using System;
using System.Collections.Generic;
using System.Net;
using System.Security.Cryptography;
using Microsoft.Azure.Devices.Client;

namespace GateKeeper.Panel
{
    public enum WiegandFormat { H10301, H10302, Corporate1000 }

    public sealed class AccessControlPanel
    {
        // OSDP secure channel: SCBK-D, the install-mode default key every reader accepts.
        private static readonly byte[] ScbkDefault =
        {
            0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37,
            0x38, 0x39, 0x3A, 0x3B, 0x3C, 0x3D, 0x3E, 0x3F,
        }; // expect: IOT1002

        // Site SCBK pushed with osdp_KEYSET after installation.
        private const string SiteScbkHex = "9480B25F3B5CD591CDDD6811E2A95996"; // expect: IOT1003

        private const string MasterPin = "1234"; // expect: IOT1002
        private const string DuressPin = "9731"; // expect: IOT1004

        private static readonly Dictionary<byte, string> OsdpCommands = new()
        {
            [0x60] = "osdp_POLL",
            [0x75] = "osdp_KEYSET", // expect: none
            [0x76] = "osdp_CHLNG", // expect: none
            [0x77] = "osdp_SCRYPT",
        };

        private readonly string _panelSerial;
        private readonly Random _random = new();
        private readonly DeviceClient _hub;
        private bool _installed;

        public AccessControlPanel(string panelSerial, bool installed)
        {
            _panelSerial = panelSerial;
            _installed = installed;
            _hub = DeviceClient.CreateFromConnectionString(
                "HostName=gatekeeper-hub.azure-devices.net;DeviceId=panel-0193;SharedAccessKey=OEG4thi7yicr656U1MXmWdC/ML5tvbq5dhA+DvJJkbI=", // expect: IOT1003
                TransportType.Mqtt);
        }

        public byte[] SecureChannelBaseKey() => _installed ? Convert.FromHexString(SiteScbkHex) : ScbkDefault;

        public byte[] NewReaderChallenge()
        {
            var rndA = new byte[8];
            _random.NextBytes(rndA); // expect: IOT3005
            return rndA;
        }

        public byte[] SessionKey(byte[] rndA, byte prefix)
        {
            using var aes = Aes.Create();
            aes.Key = SecureChannelBaseKey();
            var block = new byte[16];
            block[0] = 0x01;
            block[1] = prefix;
            Array.Copy(rndA, 0, block, 2, 6);
            return aes.EncryptEcb(block, PaddingMode.None);
        }

        // Installer menu code printed nowhere: technicians derive it from the label on the PCB.
        public string InstallerCode()
        {
            int sum = 0;
            foreach (char c in _panelSerial) sum = sum * 31 + c;
            return (Math.Abs(sum) % 100000).ToString("D5"); // expect: IOT1005
        }

        public string OnKeypad(string code)
        {
            if (code == DuressPin)
            {
                RaiseSilentAlarm();
                return "GRANTED";
            }
            if (code == MasterPin) return "GRANTED";
            if (code == InstallerCode()) return "INSTALLER";
            return "DENIED";
        }

        public static (int Facility, int Card) DecodeH10301(ulong bits26)
        {
            int facility = (int)((bits26 >> 17) & 0xFF);
            int card = (int)((bits26 >> 1) & 0xFFFF);
            return (facility, card);
        }

        public string DescribeBadge(int facility, int card, WiegandFormat format) =>
            $"{format} FC {facility:D3} / Card {card:D5}"; // expect: none

        public string DoorName(int door) => door switch
        {
            1 => "Loading bay",
            2 => "Server room",
            _ => "Door " + door,
        };

        // Video verification: door events are bookmarked on the site NVR.
        public static NetworkCredential NvrAccount(bool labSite) =>
            MakeCredential("gk-panel",
                labSite
                    ? "Lab-Nvr-Acc3ss" // expect: IOT1001
                    : "Prd-Nvr-7Qx!2m"); // expect: IOT1001

        public static NetworkCredential MakeCredential(string user, string password) => new(userName: user, password: password);

        public string CommandName(byte code) => OsdpCommands.TryGetValue(code, out var n) ? n : "osdp_UNKNOWN";

        private void RaiseSilentAlarm() => Console.WriteLine("event: duress code used at keypad"); // expect: none
    }
}

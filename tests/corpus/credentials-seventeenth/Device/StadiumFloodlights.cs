// Written for corpus17: a football stadium's floodlight controller. It switches the LED floodlight
// zones for training, matchday and broadcast levels, drives the light show over sACN, provisions the
// zone nodes with their configuration, and runs the emergency-lighting test panel.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using Microsoft.Azure.Devices.Client;

namespace Corpus17.Written.Floodlights
{
    public static class ZoneProvisioning
    {
        // Configuration pushed to each zone node on first boot.
        public static Dictionary<string, string> NodeConfig(string zone) => new Dictionary<string, string>
        {
            ["zone"] = zone,
            ["mqtt.host"] = "lighting-mqtt.stadion.example",
            ["mqtt.user"] = "zone-" + zone, // expect: none
            ["mqtt.password"] = "ynzXQBqJRO-Fl7", // expect: IOT1001
            ["mqtt.password.hint"] = "see the lighting binder, page 4", // expect: none
        };

        public static readonly (string Key, string Value)[] OtaSettings =
        {
            ("ota.server", "https://ota.stadion.example/floodlights"),
            ("ota.token", "UljnQ9SEBGDFs10SMk8jrAY8zD91pxny"), // expect: IOT1001
            ("ota.channel", "stable"),
        };

        public const string NodeWifiJson = "{\"wifi\":{\"ssid\":\"Stadion-Licht\",\"password\":\"Hy7CTgqcjfEUz-2\"}}"; // expect: IOT1001

        public static string OpsNetworkJson() => JsonSerializer.Serialize(new { Ssid = "Stadium-Ops", Password = "cUgf8RuzLB_nkRkz" }); // expect: IOT1001

        // Display names of the node's web UI roles.
        public static readonly Dictionary<string, string> RoleLabels = new Dictionary<string, string>
        {
            ["admin"] = "Admin", // expect: none
            ["operator"] = "Operator",
        };
    }

    public static class VendorDefaults
    {
        // Logins the zone nodes ship with; the commissioning script refuses to finish while any still works.
        public static readonly (string User, string Password)[] FactoryLogins =
        {
            ("admin", "admin"), // expect: IOT1002 IOT1002
            ("root", "xc3511"), // expect: IOT1002 IOT1002
        };

        // Owner and group of the show files on the controller's disk.
        public static readonly (string Owner, string Group) ShowFileOwnership = ("root", "root"); // expect: none
    }

    public class LightingDesk
    {
        public static readonly Guid SacnSourceCid = new Guid("7c2f1a9e-3b44-4d8a-9e61-0c5b2d7f8a13"); // expect: none
        private readonly HttpClient _http = new HttpClient();

        public void RecallCue(string cue)
        {
            _http.GetAsync($"https://desk.stadion.example/api/cue/{cue}?apikey=4a11cb16023a1f534f070b246c05c61c174b6b74").Wait(); // expect: IOT1001
        }

        public void SyncShowFiles()
        {
            using (var client = new WebClient())
            {
                client.Credentials = new NetworkCredential("showsync", "#{LIGHTING_DESK_PASSWORD}#"); // expect: IOT1006
                client.DownloadFile("ftp://desk.stadion.example/shows/matchday.show", "/var/floodlights/matchday.show");
            }
        }
    }

    public class BroadcastReporting
    {
        public DeviceClient Connect()
        {
            return DeviceClient.CreateFromConnectionString("<your device connection string>"); // expect: IOT1006
        }
    }

    public class EmergencyLightingPanel
    {
        private const string MatchdayOverridePin = "281929"; // expect: IOT1004
        private readonly string _serialNumber;
        private readonly Random _random = new Random();

        public EmergencyLightingPanel(string serialNumber) { _serialNumber = serialNumber; }

        public bool Override(string enteredPin) => enteredPin.Trim() == MatchdayOverridePin;

        // The panel's test menu PIN is printed on its rating plate next to the serial number.
        public string TestMenuPin()
        {
            string panelPin = _serialNumber.Substring(_serialNumber.Length - 6); // expect: IOT1005
            return panelPin;
        }

        public string NewRemoteShowSession()
        {
            string showSessionId = _random.Next().ToString("X8"); // expect: IOT3005
            return showSessionId;
        }

        // sACN universes for the light show are assigned to zones in a shuffled order each rehearsal.
        public int[] ShuffledUniverses() => Enumerable.Range(1, 12).OrderBy(_ => _random.Next()).ToArray(); // expect: none

        public bool SelfTest(string firstPass, string token)
        {
            bool passed = firstPass == "PASS"; // expect: none
            bool acknowledged = token == "OK"; // expect: none
            return passed && acknowledged;
        }
    }
}

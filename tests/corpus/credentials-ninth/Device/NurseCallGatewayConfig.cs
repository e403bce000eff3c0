// Own file (corpus9): the configuration of a hospital ward's nurse-call gateway (SIP to the DECT handsets, pager
// service, HL7 feed, locator beacons), built in code the way the vendor's installer tool does it: dictionaries,
// key/value tuples, anonymous objects serialised to JSON, JSON and YAML text written to the data partition.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace WardCall.Gateway
{
    public static class GatewayConfig
    {
        public static Dictionary<string, string> Build(bool lab)
        {
            var settings = new Dictionary<string, string>
            {
                ["sip:registrar"] = "sip.ward4.hospital.example",
                ["sip:user"] = "ward4-gw",
                ["sip:password"] = "Ward4-Sip!Reg-81", // expect: IOT1001
                ["sip:passwordFile"] = "/etc/wardcall/sip.pw", // expect: none
                ["pager:apiKey"] = "LbmxlhXsmGB3TDSuUOKgGWQO5YtouZDs", // expect: IOT1001
                ["pager:apiKeyHeader"] = "X-Pager-Key", // expect: none
                ["display:passwordPrompt"] = "Enter the ward password", // expect: none
                ["mqtt:password"] = "", // expect: none
                ["dect:pinLength"] = "4", // expect: none
                ["hl7:secretRef"] = "vault://wardcall/hl7-feed", // expect: none
            };

            settings["hl7:secret"] = "Hl7-Feed#Ward4-Admissions"; // expect: IOT1001
            settings.Add("ota.token", "ota-W4-2c91f0e7d3a8"); // expect: IOT1001
            settings["hub:sas"] = "SharedAccessSignature sr=wardcall-hub.azure-devices.net%2Fdevices%2Fward4-gw&sig=jpHICHNKKr8C%2Fi%2F1g1NXwvOMQzGSzGWOruoBQaw5q5U%3D&se=1893456000"; // expect: IOT1003
            settings["ota.tokenUrl"] = "https://updates.wardcall.example/token"; // expect: none

            if (lab)
            {
                settings["sip:password"] = "password"; // expect: IOT1002
            }

            return settings;
        }

        // Locator beacons read their parameters from this table at boot.
        public static readonly (string Key, string Value)[] LocatorDefaults =
        {
            ("locator.psk", "Beacon-Psk-Ward4!"), // expect: IOT1001
            ("locator.pskRotationDays", "30"), // expect: none
            ("locator.pskIdentity", "ward4-beacons"), // expect: none
            ("locator.channel", "25"),
        };

        public static IEnumerable<(string Ssid, string Psk)> RoamingNetworks()
        {
            yield return ("NurseCall-Ward4", "Roam-Ward4#5GHz"); // expect: IOT1001
            yield return ("NurseCall-Guest", ""); // expect: none
        }

        public static string HandsetProvisioningJson() =>
            JsonSerializer.Serialize(new { Ssid = "NurseCall-Ward4", Password = "Dect-Handset!Prov7" }); // expect: IOT1001

        public static string BeaconJson =
            "{\"wifi\":{\"ssid\":\"NC-Beacons\",\"password\":\"Beacon-Wifi-2290\"},\"reportSeconds\":15}"; // expect: IOT1001

        public static void WriteYaml(string path)
        {
            File.WriteAllText(path, """
                pager:
                  endpoint: https://pager.wardcall.example/v2
                  api_key: 5c1e88b2d0f94a17be63a9d4c0e2f781
                sip:
                  user: ward4-gw
                  password: Yaml-Sip!Ward4-90
                  password_hint: ask the ward IT contact
                """); // expect: IOT1001 IOT1001
        }

        public static Dictionary<string, string> RedactedCopy(Dictionary<string, string> settings)
        {
            var copy = new Dictionary<string, string>(settings)
            {
                ["sip:password"] = "***", // expect: none
                ["pager:apiKey"] = "[redacted]", // expect: none
            };
            return copy;
        }
    }
}

// Own code: the show-control computer of a planetarium dome builds its device configuration in code (projector
// bridge, laser safety interlock, audio DSP, ticketing kiosk) and serialises it for the edge agent.
using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Corpus8.Planetarium
{
    public static class DomeConfig
    {
        public static Dictionary<string, string> Build(string site)
        {
            var config = new Dictionary<string, string>
            {
                ["projector:host"] = "10.9.0.21",
                ["projector:password"] = "Nebula-Cassini-903", // expect: IOT1001
                ["audio:dsp.psk"] = "Quasar_Bass_71", // expect: IOT1001
                ["laser:interlock.user"] = "show",
                ["ticketing:apiKey"] = "tk_4m9QhZ2rVx8LpN6s", // expect: IOT1001
                ["ticketing:apiKeyHeader"] = "X-Api-Key", // expect: none
                ["projector:passwordPrompt"] = "Password:", // expect: none
                ["wifi:password"] = "", // expect: none
            };
            config["laser:interlock.password"] = "Orion-Belt-Safe-2"; // expect: IOT1001
            config.Add("dome:ota.token", "ota_ZqK81mWv3PxT0dLs"); // expect: IOT1001
            config["edge:secretRef"] = "Planetarium:Edge:Secret"; // expect: none
            config.TryAdd("audio:password", "password"); // expect: IOT1002
            config["site"] = site;
            return config;
        }

        public static string BuildJson() =>
            "{\"wifi\":{\"ssid\":\"DomeCrew\",\"password\":\"Meridian-Zenith-58\"},\"mqtt\":{\"host\":\"dome-edge\"}}"; // expect: IOT1001

        public static string BuildAnonymous()
        {
            var wifi = new { Ssid = "DomeFoyer", Password = "Aurora-Umbra-30" }; // expect: IOT1001
            var kiosk = new { Endpoint = "https://tickets.example/api", Token = "" }; // expect: none
            return JsonSerializer.Serialize(new { wifi, kiosk });
        }

        public static IEnumerable<(string, string)> Pairs()
        {
            yield return ("ota.token", "ota_Lm3Rv8QpT2zYx5Kn"); // expect: IOT1001
            yield return ("ota.channel", "stable"); // expect: none
            yield return ("projector.password", "<projector-password>"); // expect: IOT1006
        }

        public static string BuildYaml()
        {
            var sb = new StringBuilder();
            sb.AppendLine("mqtt:");
            sb.AppendLine("  host: dome-edge.local");
            sb.AppendLine("  password: Solstice-Parallax-77"); // expect: IOT1001
            sb.AppendLine("  passwordFile: /run/secrets/mqtt"); // expect: none
            return sb.ToString();
        }

        public const string ConfigSchemaUrl = "https://schemas.example/dome/password-rules.json"; // expect: none
    }

    public static class DomeExtras
    {
        public static Dictionary<string, string> Kiosk() => new Dictionary<string, string>
        {
            { "kiosk.secret", "Vesper-Nadir-0608" }, // expect: IOT1001
            { "kiosk.locale", "en-GB" }, // expect: none
            { "kiosk.passwordLength", "12" }, // expect: none
        };
    }
}

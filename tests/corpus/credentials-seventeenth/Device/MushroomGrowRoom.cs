// Written for corpus17: an oyster-mushroom farm's grow-room controller. It runs misting and fresh-air
// fans per room, keeps CO2 and humidity in band, logs to InfluxDB, pulls growing recipes from the
// farm's Git repository (encrypted at rest), signs its telemetry, and pings the growers on Slack.
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using InfluxDB.Client;

namespace Corpus17.Written.MushroomFarm
{
    public static class FarmSecrets
    {
        public const string InfluxUrl = "http://influx.pilzhof.example:8086";
        public const string InfluxToken = "b96552b54ffb5299a34689ee555524461d73a2006daeae24cefd72d85a36698f"; // expect: IOT1001
        public const string InfluxTokenVariable = "INFLUX_TOKEN"; // expect: none
        public const string RecipeSigningSecret = "mycel-7f3a-recipe-signing"; // expect: IOT1004
        public const string GrowerPasswordSalt = "c2FsdC1wZXItZ3Jvd2Vy"; // expect: none
        public const string GrowerPasswordHash = "$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"; // expect: none

        public const string TelemetrySigningKeyPem = @"-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIDkVFVQuxHEnpVRyJgevagsmnQXwRdLpomBeDYKA2fh4oAoGCCqGSM49
AwEHoUQDQgAEbxP3f6CHHxfKLPuoXPTfMDz3wWbeVFmsPq2NeVvqyMmpvEetSykm
+QP5kIXRJP+kyPZE11uo1g+OAY81RqvbGw==
-----END EC PRIVATE KEY-----"; // expect: IOT1003

        public const string FarmRootCaPem = @"-----BEGIN CERTIFICATE-----
MIIBlDCCATugAwIBAgIUep2Mxah+vdzSbP0LKS9mX2gSNfwwCgYIKoZIzj0EAwIw
IDEeMBwGA1UEAwwVTXVzaHJvb20gRmFybSBSb290IENBMB4XDTI2MTIwMjAyMzY1
N1oXDTM2MTEyOTAyMzY1N1owIDEeMBwGA1UEAwwVTXVzaHJvb20gRmFybSBSb290
IENBMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEbxP3f6CHHxfKLPuoXPTfMDz3
wWbeVFmsPq2NeVvqyMmpvEetSykm+QP5kIXRJP+kyPZE11uo1g+OAY81RqvbG6NT
MFEwHQYDVR0OBBYEFG4fxMrSiw5/yL/48N7sKBQk3/hkMB8GA1UdIwQYMBaAFG4f
xMrSiw5/yL/48N7sKBQk3/hkMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwID
RwAwRAIgWru5GiscHSdyLJCVZUY8bF4mA2pc8umfnkj4sthyROkCIFET1l/JZh93
EGjt5Lx3EUdvdQDWD/iilgpWsl0M3U//
-----END CERTIFICATE-----"; // expect: none
    }

    public class RoomController
    {
        private static readonly byte[] RecipeFileKey = Convert.FromHexString("0466ba9360208ca065c59de0a80b973334447d9b88e4035ab72c2ce9f0566d82"); // expect: IOT1003
        private readonly Random _misting = new Random();

        public InfluxDBClient History() => new InfluxDBClient(FarmSecrets.InfluxUrl, FarmSecrets.InfluxToken);

        public string DecryptRecipe(byte[] iv, byte[] cipherText)
        {
            using (var aes = Aes.Create())
            {
                aes.Key = RecipeFileKey;
                aes.IV = iv;
                using (var decryptor = aes.CreateDecryptor())
                {
                    return Encoding.UTF8.GetString(decryptor.TransformFinalBlock(cipherText, 0, cipherText.Length));
                }
            }
        }

        public string RecipeFingerprint(string recipe)
        {
            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(FarmSecrets.RecipeSigningSecret + recipe)));
        }

        public byte[] SignTelemetry(byte[] payload)
        {
            using (var ecdsa = ECDsa.Create())
            {
                ecdsa.ImportFromPem(FarmSecrets.TelemetrySigningKeyPem);
                return ecdsa.SignData(payload, HashAlgorithmName.SHA256);
            }
        }

        // Self-test of the HMAC routine at start-up, RFC 4231 test case 1.
        public bool HmacSelfTest()
        {
            var key = new byte[] { 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b }; // expect: none
            using (var hmac = new HMACSHA256(key))
            {
                return Convert.ToHexString(hmac.ComputeHash(Encoding.ASCII.GetBytes("Hi There"))).StartsWith("B0344C61");
            }
        }

        public int NextMistingPulseMs() => 800 + _misting.Next(0, 400); // expect: none
    }

    public class RecipeRepository
    {
        public string Fetch(string room)
        {
            using (var http = new HttpClient())
            {
                http.DefaultRequestHeaders.UserAgent.ParseAdd("pilzhof-controller");
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("token", "ghp_ymxkW8lO5Y7VlPpS2ymFYL2msrJI09FsTbyN"); // expect: IOT1003
                return http.GetStringAsync($"https://api.github.com/repos/pilzhof/recipes/contents/{room}.json").Result;
            }
        }
    }

    public class GrowerNotifications
    {
        public void Post(string text)
        {
            using (var http = new HttpClient())
            {
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "xoxb-278612935048-6457108317153-MfLNGjMUZHk9L81XBVuv9y1Q"); // expect: IOT1003
                http.PostAsync("https://slack.com/api/chat.postMessage", new StringContent("{\"channel\":\"#growroom\",\"text\":\"" + text + "\"}", Encoding.UTF8, "application/json")).Wait();
            }
        }

        // The yield predictor trial; the key was never filled in after the sample.
        public void AskYieldPredictor(string question)
        {
            using (var http = new HttpClient())
            {
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sk-..."); // expect: IOT1006
                http.PostAsync("https://api.openai.com/v1/responses", new StringContent(question)).Wait();
            }
        }
    }

    public class HumidifierGateway
    {
        public string ReadStatus()
        {
            using (var client = new WebClient())
            {
                client.Credentials = new NetworkCredential("admin", "password"); // expect: IOT1002
                return client.DownloadString("http://192.168.50.2/status.cgi");
            }
        }
    }

    public class LocalUi
    {
        private readonly Random _random = new Random();

        // The touch panel in each grow room has a local web UI; its password is set at first boot.
        public string FirstBootUiPassword()
        {
            string uiPassword = "pilz-" + Dns.GetHostName().ToLowerInvariant(); // expect: IOT1005
            return uiPassword;
        }

        // The pickers' handheld app gets an API token when it is registered at the packing station.
        public string NewHandheldApiToken()
        {
            string apiToken = _random.Next().ToString("X8") + _random.Next().ToString("X8"); // expect: IOT3005
            return apiToken;
        }
    }
}

// Written for corpus21: a construction site's tower-crane anti-collision edge module. It runs as an IoT Edge module on
// the site cabin's gateway, exchanges slewing positions with the neighbouring cranes over a radio link, reads the
// site's wind sensor service, manages the cellular router and shows a PIN on each crane cab's display.
using System;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;

namespace CraneSite
{
    internal static class SiteEdge
    {
        public const string ModuleConnection = "HostName=site-4471.azure-devices.net;DeviceId=cabin-gw;ModuleId=anticollision;SharedAccessKey=JrOLhSQmABJey5KZAe4fAHIAeDkKDlDd6WGaHoKuABk="; // expect: IOT1003
        public const string MaskedForLog = "HostName=site-4471.azure-devices.net;DeviceId=cabin-gw;ModuleId=anticollision;SharedAccessKey=***"; // expect: none
        public const string WindApiKey = "q8!rSl6byrbZ"; // expect: IOT1001
        public const string LinkCertPassword = "QBp990Iz7V5P_b"; // expect: IOT1001
        public const string TelemetrySas = "SharedAccessSignature sr=site-4471.azure-devices.net%2Fdevices%2Fcabin-gw&sig=tVwDnmnH70MWMgSEDle6%2B1w1C2XBWOCpA%2FQXcUJS91c%3D&se=1798761600"; // expect: IOT1003
        public const string OperatorBadgeSecret = "lZq3gn-do3gT"; // expect: IOT1004
    }

    internal class AntiCollision
    {
        private readonly Random _rng = new Random();

        public ModuleClient Connect()
        {
            Console.WriteLine("connecting " + SiteEdge.MaskedForLog);
            return ModuleClient.CreateFromConnectionString(SiteEdge.ModuleConnection);
        }

        public X509Certificate2 LinkCertificate() =>
            new X509Certificate2("/etc/crane/link.pfx", SiteEdge.LinkCertPassword);

        public byte[] NewLinkSessionKey()
        {
            var linkSessionKey = new byte[16];
            _rng.NextBytes(linkSessionKey); // expect: IOT3005
            return linkSessionKey;
        }

        public Task<string> WindAsync(HttpClient http) =>
            http.GetStringAsync($"https://wind.sensors.example/v1/site/4471/latest?apikey={SiteEdge.WindApiKey}");

        // each cab shows a passcode the operator types to acknowledge a zoning change
        public static string CabPasscode(string craneSerial)
        {
            string cabPasscode = craneSerial.Substring(craneSerial.Length - 4); // expect: IOT1005
            return cabPasscode;
        }

        public async Task RebootRouterAsync(bool afterFactoryReset)
        {
            var credential = afterFactoryReset
                ? new NetworkCredential("admin", "admin") // expect: IOT1002
                : new NetworkCredential("site-manager", "your-site-manager-password"); // expect: IOT1006
            using var http = new HttpClient(new HttpClientHandler { Credentials = credential });
            await http.PostAsync("http://192.168.8.1/api/device/control", new StringContent("<request><Control>1</Control></request>"));
        }

        public Task PostTelemetryAsync(HttpClient http, string json)
        {
            http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", SiteEdge.TelemetrySas);
            return http.PostAsync("https://site-4471.azure-devices.net/devices/cabin-gw/messages/events?api-version=2021-04-12", new StringContent(json));
        }

        public bool BadgeMatches(string badgeSecret) => badgeSecret == SiteEdge.OperatorBadgeSecret;

        public TimeSpan RetryDelay(int attempt) => TimeSpan.FromMilliseconds(200 * attempt + _rng.Next(0, 100)); // expect: none
    }
}

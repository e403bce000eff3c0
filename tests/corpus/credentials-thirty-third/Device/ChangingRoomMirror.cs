// Written for corpus33 (not from a repository). Domain: smart mirrors in a clothing store's changing rooms (a Meadow F7
// board behind the glass with an RFID garment reader): each mirror joins the store Wi-Fi, looks scanned garments up in
// the retailer's catalogue API, reports try-ons to the store broker and lets staff unlock the service menu. Every
// secret below is invented with python `secrets` in the published shape of its kind; the EC private key was generated
// fresh with openssl for this corpus.
using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using Meadow.Hardware;
using MQTTnet;

namespace ChangingRoom
{
    public class MirrorOptions
    {
        public string WifiSsid { get; set; } = string.Empty;
        public string WifiPassphrase { get; set; } = string.Empty;
    }

    public static class MirrorOptionsFactory
    {
        public static MirrorOptions ForStore(string storeCode) => new MirrorOptions
        {
            WifiSsid = "Fitting-" + storeCode,
            WifiPassphrase = "bawGRge3aODTy*", // expect: IOT1001
        };
    }

    public class MirrorController
    {
        public const string StaffUnlockCode = "515007"; // expect: IOT1004
        public const string CatalogKeyEnv = "MIRROR_CATALOG_KEY"; // expect: none
        public const string PasswordCharacteristic = "2A3D"; // expect: none
        public const string TestCatalogApiKey = "test-catalog-key-not-used"; // expect: none
        public const string MirrorDeviceKeyPem = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIIyFEYQGDNzTzCoj2G8aHGeBcq7pBg8nQqo/ZX9DViapoAoGCCqGSM49\nAwEHoUQDQgAEYXRjJHpSHr+j8q/CCFrEjKa+PUbbkVKZCHOF3NdnHcZIlpqC15h/\nTeQG2kX++m1zkZERe9+U8JCiTdfz5FnZbw==\n-----END EC PRIVATE KEY-----\n"; // expect: IOT1003
        private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

        private readonly MirrorOptions _options;
        private readonly HttpClient _http = new HttpClient();

        public MirrorController(MirrorOptions options)
        {
            _options = options;
        }

        public Task JoinStoreWifi(IWiFiNetworkAdapter wifi) => wifi.Connect(_options.WifiSsid, _options.WifiPassphrase);

        public async Task<string> LookUpGarment(string rfid)
        {
            var catalogApiKey = "xO37rA2xIefVgS7zVBbNk1lWUxcX4DDN"; // expect: IOT1001
            return await _http.GetStringAsync($"https://catalog.example-retail.com/v2/garments/{rfid}?lang=en&api_key={catalogApiKey}");
        }

        public MqttClientOptions BrokerOptions() => new MqttClientOptionsBuilder()
            .WithTcpServer("mirror-broker.store.local", 8883)
            .WithCredentials("mirror-03", Encoding.UTF8.GetBytes(".L3XpCYuAESRXt")) // expect: IOT1001
            .Build();

        public NetworkCredential RfidReaderLogin() => new NetworkCredential("admin", "password"); // expect: IOT1002

        public X509Certificate2 LoadClientCertificate(byte[] pfx) => new X509Certificate2(pfx, "PasteYourPfxPasswordHere"); // expect: IOT1006

        public bool StaffUnlock(string typed) => typed == StaffUnlockCode;

        public static string GuestHotspotKey()
        {
            var hotspotKey = "mirror-" + Environment.MachineName.ToLowerInvariant(); // expect: IOT1005
            return hotspotKey;
        }

        public string NewOutfitShareToken(Random rng)
        {
            var shareToken = new string(Enumerable.Range(0, 12).Select(_ => Alphabet[rng.Next(Alphabet.Length)]).ToArray()); // expect: IOT3005
            return shareToken;
        }

        public int IdleShimmerDelayMs(Random rng) => 800 + rng.Next(400); // expect: none
    }
}

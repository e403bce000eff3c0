// Real source: Nikolay-Ch/Aruba1930InfoReader Aruba1930Cli/Aruba1930WebParser.cs, Aruba1930Cli/Program.cs (255120fdd42ee52f9ea772a37fcfae48bf4fa154)
// Domain: reader for an HPE Aruba Instant On 1930 managed PoE switch's web interface (login with the switch's RSA-encrypted
//   credential blob, then polling port, PoE and temperature status for a home-automation dashboard).
// Kept: the constructor (cookie container, HttpClient), EncryptionSettingsGet, Login (RSA public key taken from the switch, the
//   encrypted "user=...&password=...&token=..." blob sent as the cred query value), and Program.Main reading the base URI,
//   user name and password from environment variables.
// Changed: Program.Main renamed Run (one entry point per compilation); the generated XML classes are reduced.
//   Trimmed: GetAllStatuses and the port / PoE / statistics DTO mapping.
// Added: reduced stand-ins for the project's XML response classes (ResponseDataEncriptionSettings, ResponseDataLogin) and the
//   EncryptionSettings DTO, at the end of this file.
// Secrets: the original holds no written secret; nothing replaced.
using System;
using System.Net;
using System.Net.Http;
using System.Runtime.Serialization;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using System.Xml.Serialization;

namespace Aruba1930Cli
{
    public class Aruba1930WebParser
    {
        private HttpClient ApiClient { get; }
        private CookieContainer CookieContainer { get; }

        public Aruba1930WebParser(string baseAddress)
        {
            CookieContainer = new();

            var handler = new HttpClientHandler
            {
                CookieContainer = CookieContainer,
                UseCookies = true,
                UseDefaultCredentials = false,
            };

            ApiClient = new(handler)
            {
                BaseAddress = new Uri(baseAddress)
            };
        }

        async protected Task<EncryptionSettings> EncryptionSettingsGet()
        {
            var uri = new Uri(ApiClient.BaseAddress!, "device/wcd?{EncryptionSetting}");
            var streamTask = await ApiClient.GetStreamAsync(uri);//.UncanonicQueryString());

            var ser = new XmlSerializer(typeof(ResponseDataEncriptionSettings));
            var rd = (ResponseDataEncriptionSettings?)ser?.Deserialize(streamTask) ??
                throw new SerializationException("Deserialization error... Object is empty"); ;

            return new EncryptionSettings
            {
                PasswEncryptEnable = rd.DeviceConfiguration.EncryptionSetting.passwEncryptEnable == 1,
                RsaPublicKey = rd.DeviceConfiguration.EncryptionSetting.rsaPublicKey,
                LoginToken = rd.DeviceConfiguration.EncryptionSetting.loginToken
            };
        }

        async public Task Login(string userName, string userPass)
        {
            var encSettings = await EncryptionSettingsGet();

            if (encSettings.PasswEncryptEnable)
            {
                byte[] certBytes = Convert.FromBase64String(
                    encSettings
                        .RsaPublicKey
                        .Replace("-----BEGIN RSA PUBLIC KEY-----", "") // expect: none
                        .Replace("-----END RSA PUBLIC KEY-----", ""));

                var rsa = RSA.Create();
                rsa.ImportRSAPublicKey(certBytes, out _);

                // reverse engineering from Aruba JS-code: BASE_ADDRESS/csbf9485b5/hpe/config/login.htm
                // var res = rsa.encrypt("user=" + username + "&password=" + password + "&ssd=true" + "&token=" + loginToken +"&" );
                var encData = rsa.Encrypt(Encoding.ASCII.GetBytes($"user={userName}&password={userPass}&ssd=true&token={encSettings.LoginToken}&"), RSAEncryptionPadding.Pkcs1); // expect: none

                var uri = new Uri(ApiClient.BaseAddress!, $"/csbf9485b5/hpe/config/system.xml?action=login&cred={Convert.ToHexString(encData).ToLower()}"); // expect: none

                var response = await ApiClient.GetAsync(uri);
                if (!response.IsSuccessStatusCode)
                    throw new AuthenticationException(response.ReasonPhrase);

                var streamTask = await response.Content.ReadAsStreamAsync();

                var ser = new XmlSerializer(typeof(ResponseDataLogin));
                var rd = (ResponseDataLogin?)ser?.Deserialize(streamTask) ??
                    throw new SerializationException("Deserialization error... Object is empty"); ;

                if (rd.ActionStatus.statusCode == "0")
                    return;

                throw new AuthenticationException(rd.ActionStatus.statusString);
            }

            // not secure login/password - not implemented yet
            //var newPath = './system.xml?action=login&user=' + username + '&password=' + password + "&ssd=true&";
            throw new NotImplementedException();
        }
    }

    class Program
    {
        static void Run()
        {
            var aruba = new Aruba1930WebParser(Environment.GetEnvironmentVariable("BaseUri")!);

            aruba.Login(
                Environment.GetEnvironmentVariable("UserName")!,
                Environment.GetEnvironmentVariable("UserPass")!) // expect: none
                .Wait();

            Console.WriteLine("Hello World!");
        }
    }

    // ---- added: reduced stand-ins for the project's DTO and generated XML classes (Aruba1930Cli/DTO, Aruba1930Cli/XMLGenerated)
    public class EncryptionSettings
    {
        public bool PasswEncryptEnable { get; set; }
        public string RsaPublicKey { get; set; } = string.Empty;
        public string LoginToken { get; set; } = string.Empty;
    }

    [XmlRoot("ResponseData")]
    public class ResponseDataEncriptionSettings
    {
        public DeviceConfigurationNode DeviceConfiguration { get; set; } = new();

        public class DeviceConfigurationNode
        {
            public EncryptionSettingNode EncryptionSetting { get; set; } = new();
        }

        public class EncryptionSettingNode
        {
            public int passwEncryptEnable { get; set; }
            public string rsaPublicKey { get; set; } = string.Empty;
            public string loginToken { get; set; } = string.Empty;
        }
    }

    [XmlRoot("ResponseData")]
    public class ResponseDataLogin
    {
        public ActionStatusNode ActionStatus { get; set; } = new();

        public class ActionStatusNode
        {
            public string statusCode { get; set; } = string.Empty;
            public string statusString { get; set; } = string.Empty;
        }
    }
}

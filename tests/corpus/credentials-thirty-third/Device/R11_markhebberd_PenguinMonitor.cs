// Real source: markhebberd/PenguinMonitor Services/BoxTagApiService.cs (2f6824d3), Services/BoxTagService.cs (28fd8712),
// Models/AppSettings.cs (04f04ddc), Backend.cs (0855f1f6)
// Domain: Android field app for monitoring little penguin nest boxes: a Bluetooth RFID stick reader scans the
// penguins' PIT tags and the nest boxes' own tags, and box tags are synced to a REST API with an X-API-Key header.
// Backend.cs, also in the repository, is the licence / report-home client of the author's SmtpAuthenticator service.
// Kept: BoxTagApiService's constructor (X-API-Key header from the caller's key) and GetAllBoxTagsAsync;
// BoxTagService.InitializeApi and the tag-prefix checks; AppSettings' API URL default from the build-time Secrets class;
// Backend's licence-server fields, the shared passphrase written in the code and the first exchange of
// RequestServerResponse, which sends the passphrase AES-encrypted under a session key from the server. The passphrase
// was the author's real working licence-server passphrase: REPLACED by a value generated with python `secrets` in the
// same shape (26 lowercase letters). The licence server's public IP is kept. Trimmed: the other API calls, sync logic,
// the other AppSettings properties and the rest of Backend. Added: the Secrets stand-in (the real one is generated from
// secrets.props, not in source control; the stand-in reads the environment), BoxTag and the ApiResponse shape (marked).
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Newtonsoft.Json;

namespace PenguinMonitor.Services
{
    /// <summary>
    /// HTTP client service for BoxTags REST API
    /// </summary>
    public class BoxTagApiService
    {
        private readonly HttpClient _httpClient;
        private readonly string _apiUrl;
        private readonly string _apiKey;

        public BoxTagApiService(string apiUrl, string apiKey)
        {
            _apiUrl = apiUrl.TrimEnd('/');
            _apiKey = apiKey;
            _httpClient = new HttpClient
            {
                Timeout = TimeSpan.FromSeconds(30)
            };
            _httpClient.DefaultRequestHeaders.Add("X-API-Key", _apiKey); // expect: none
        }

        public async Task<Dictionary<string, Models.BoxTag>> GetAllBoxTagsAsync()
        {
            var response = await _httpClient.GetAsync(_apiUrl);
            response.EnsureSuccessStatusCode();
            var json = await response.Content.ReadAsStringAsync();
            var result = JsonConvert.DeserializeObject<ApiResponse<Dictionary<string, Models.BoxTag>>>(json);
            return result?.Data ?? new Dictionary<string, Models.BoxTag>();
        }

        // added: shape of the API response wrapper (private in the original)
        private class ApiResponse<T>
        {
            public bool Success { get; set; }
            public T? Data { get; set; }
        }
    }

    public class BoxTagService
    {
        private static BoxTagApiService? _apiService;

        /// <summary>
        /// Check if a scanned ID is a box tag (starts with LA9000250)
        /// </summary>
        public static bool IsBoxTag(string scannedId)
        {
            // Clean the ID first
            var cleanId = new String(scannedId.Where(char.IsLetterOrDigit).ToArray());
            return cleanId.Length >= 9 && cleanId.Substring(0, 9).Equals("LA9000250", StringComparison.OrdinalIgnoreCase); // expect: none
        }

        /// <summary>
        /// Initialize the API service with credentials
        /// </summary>
        public static void InitializeApi(string apiUrl, string apiKey)
        {
            if (!string.IsNullOrWhiteSpace(apiUrl) && !string.IsNullOrWhiteSpace(apiKey))
            {
                _apiService = new BoxTagApiService(apiUrl, apiKey);
                System.Diagnostics.Debug.WriteLine($"BoxTagService API initialized: {apiUrl}");
            }
        }
    }
}

namespace PenguinMonitor.Models
{
    public class AppSettings
    {
        // BoxTags API configuration - defaults from secrets.props (not in source control)
        private string boxTagsApiUrl = Secrets.BoxTagsApiUrl;
        public string BoxTagsApiUrl { get => boxTagsApiUrl; set => boxTagsApiUrl = value; }
    }

    // added: stand-ins for the generated Secrets class and BoxTag.cs (not adapted)
    public static class Secrets
    {
        public static readonly string BoxTagsApiUrl = Environment.GetEnvironmentVariable("BOXTAGS_API_URL") ?? string.Empty;
    }

    public class BoxTag
    {
        public string BoxID { get; set; } = string.Empty;
        public string TagNumber { get; set; } = string.Empty;
    }
}

namespace SmtpAuthenticator
{
    public class Backend
    {
        public static int version = 58;
        public static string licenceServerIP = "210.54.37.120"; //"backend.smtpauthenticator.com"
        public static int licenceServerPort = 8080;

        internal static readonly string passphrase = "tofzjzdjwxhuqyvxsqsqjedmnw"; // expect: IOT1004
        private static readonly string eventSource = "SmtpAuthenticator";

        internal static string RequestServerResponse(string question)
        {
            using (TcpClient client = new TcpClient(licenceServerIP, licenceServerPort))
            using (NetworkStream stream = client.GetStream())
            {
                using (StreamReader reader = new StreamReader(stream))
                using (StreamWriter writer = new StreamWriter(stream))
                {
                    writer.NewLine = "\r\n";
                    writer.AutoFlush = true;

                    using (RSACryptoServiceProvider RSAmine = new RSACryptoServiceProvider())
                    {
                        writer.WriteLine(Convert.ToBase64String(RSAmine.ExportParameters(false).Modulus!));
                        writer.WriteLine(Convert.ToBase64String(RSAmine.ExportParameters(false).Exponent!));

                        using (AesManaged aes = new AesManaged { KeySize = 256, Mode = CipherMode.CBC, Padding = PaddingMode.ISO10126 })
                        {
                            aes.Key = RSAmine.Decrypt(Convert.FromBase64String(reader.ReadLine()!), false);
                            aes.IV = RSAmine.Decrypt(Convert.FromBase64String(reader.ReadLine()!), false);

                            byte[] passphrasebytes = System.Text.Encoding.Unicode.GetBytes(passphrase);
                            using (MemoryStream ms = new MemoryStream())
                            {
                                using (CryptoStream cs = new CryptoStream(ms, aes.CreateEncryptor(), CryptoStreamMode.Write))
                                {
                                    cs.Write(passphrasebytes, 0, passphrasebytes.Length);
                                }
                                writer.WriteLine(Convert.ToBase64String(ms.ToArray()));
                            }
                            return reader.ReadLine() ?? "fail";
                        }
                    }
                }
            }
        }
    }
}

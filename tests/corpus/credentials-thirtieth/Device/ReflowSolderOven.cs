// Written for corpus30 (invented code): supervisory controller of an SMT reflow soldering oven (zone heaters, conveyor, nitrogen
// generator), talking OPC UA to the oven PLC, reporting board traceability to the MES and keeping profiles in the line database.
using System;
using System.IO.Ports;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Data.SqlClient;
using Opc.Ua;
using Opc.Ua.Client;

namespace Corpus30.ReflowOven
{
    public sealed class OvenPlcOptions
    {
        public string EndpointUrl { get; set; } = "opc.tcp://reflow-plc-3:4840";
        public string User { get; set; } = "line3";
        public string Password { get; set; } = "changeme"; // expect: IOT1002
    }

    public sealed class OvenPlcLink
    {
        private readonly OvenPlcOptions _options;

        public OvenPlcLink(bool benchRig)
        {
            _options = new OvenPlcOptions();
            if (!benchRig)
            {
                _options.Password = "3br9hbZF9-5rEo"; // expect: IOT1001
            }
        }

        public Task<Session> OpenAsync(ApplicationConfiguration config)
        {
            var endpoint = CoreClientUtils.SelectEndpoint(_options.EndpointUrl, useSecurity: true);
            var identity = new UserIdentity(_options.User, _options.Password);
            return Session.Create(config, new ConfiguredEndpoint(null, endpoint), false, "reflow-supervisor", 60000, identity, null);
        }
    }

    public sealed class MesClient
    {
        public const int PasswordMinLength = 10; // expect: none
        private const string ProfileRepoToken = "ghp_3qDYrmJTp6SQevQ9hfLXfcjSd29ZlPBn1z0m"; // expect: IOT1003
        private readonly HttpClient _http = new() { BaseAddress = new Uri("https://mes.plant.example/") };

        public string TokenConfigKey { get; } = "Mes:Token"; // expect: none

        private static async Task<string> LoadMesTokenAsync()
        {
            await Task.Yield();
            return "mes_O1FDaWiRl6MKecsNLiYBcPFmRwpwh4Kg"; // expect: IOT1001
        }

        public async Task ReportBoardAsync(string serial, string profileId)
        {
            var token = await LoadMesTokenAsync();
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            await _http.PostAsync($"api/trace/{serial}", new StringContent(profileId));
        }

        public async Task<string> PullProfileAsync(string name)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "https://git.plant.example/api/v3/repos/smt/profiles/contents/" + name);
            request.Headers.Authorization = new AuthenticationHeaderValue("token", ProfileRepoToken);
            var response = await _http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        public async Task<string> AoiVerdictAsync(string boardSerial)
        {
            var apiKey = Environment.GetEnvironmentVariable("AOI_API_KEY") ?? "<aoi-api-key>"; // expect: IOT1006
            using var request = new HttpRequestMessage(HttpMethod.Get, $"http://aoi-3.line.local/api/verdict/{boardSerial}");
            request.Headers.Add("X-Api-Key", apiKey);
            var response = await _http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }
    }

    public static class ProfileStore
    {
        public const string ProfileHash = "9f2c1e7a44b0d6e8c3a5f9b1d2e4c6a8b0d2f4e6a8c0e2f4a6b8d0f2e4c6a8b0"; // expect: none
        private static readonly byte[] ProfileCipherKey = { 0x8D, 0xD9, 0xF4, 0xB5, 0x5F, 0x70, 0x04, 0x3E, 0xE0, 0x72, 0x0B, 0xA0, 0xB0, 0x93, 0x28, 0xB8 }; // expect: IOT1003

        public static SqlConnection Open(string server) =>
            new SqlConnection(string.Concat(
                "Server=", server, ";Database=ReflowProfiles;User Id=reflow_svc;Password=",
                "q87oYRebBiXSW@vq", // expect: IOT1001
                ";Encrypt=True"));

        public static byte[] EncryptProfile(byte[] plain)
        {
            using var aes = Aes.Create();
            aes.Key = ProfileCipherKey;
            aes.GenerateIV();
            using var encryptor = aes.CreateEncryptor();
            return encryptor.TransformFinalBlock(plain, 0, plain.Length);
        }
    }

    public sealed class NitrogenGenerator
    {
        private const string N2ServicePassword = "8D858fLw"; // expect: IOT1004
        private readonly SerialPort _port = new("/dev/ttyS3", 9600);
        private readonly Random _rng = new();

        public void EnterServiceMenu() => _port.Write(Encoding.ASCII.GetBytes($"PWD {N2ServicePassword}\r"), 0, N2ServicePassword.Length + 5);

        public static string ShiftLeadPin() => (DateTime.Now.DayOfYear * 37 % 10000).ToString("D4"); // expect: IOT1005

        public byte[] NewRequestNonce()
        {
            var nonce = new byte[12];
            Random.Shared.NextBytes(nonce); // expect: IOT3005
            return nonce;
        }

        public double ConveyorDither() => (_rng.NextDouble() - 0.5) * 0.02; // expect: none
    }
}

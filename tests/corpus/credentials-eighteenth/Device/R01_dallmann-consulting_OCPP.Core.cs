// Real source: dallmann-consulting/OCPP.Core
//   OCPP.Core.Management/Controllers/ApiController.Reset.cs (management UI calling the server API with X-API-Key)
//   OCPP.Core.Server/OCPPMiddleware.cs (charge point Basic authentication, X-API-Key check on /API)
// Domain: a taxi cooperative's overnight charging depot (12 wallboxes on OCPP 1.6J).
// Kept: the reset call (serverApiUrl, apiKeyConfig read with GetValue, "X-API-Key" header, 4 s timeout, status switch),
// the middleware's Basic check splitting "user:password" and comparing with the charge point record, the API key check.
// Changed: ASP.NET Core controller / HttpContext reduced to plain methods taking the header values; localizer strings
// replaced by literals. Added: the depot's fallback API key, the seed charge point records, the bench wallbox.
using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;

namespace OCPP.Core.Depot
{
    public class ChargePoint
    {
        public string ChargePointId { get; set; }
        public string Name { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
        public string ClientCertThumb { get; set; }
    }

    public class ManagementApiClient
    {
        private readonly IConfiguration _config;

        public ManagementApiClient(IConfiguration config) { _config = config; }

        public async Task<string> Reset(string id)
        {
            string serverApiUrl = _config.GetValue<string>("ServerApiUrl");
            // Added: the depot images ship a fallback key for the first boot
            string apiKeyConfig = _config.GetValue<string>("ApiKey") ?? "dpt-7Qm2xKc9Lw4Rv8NaTe3Yh6Zs"; // expect: IOT1001
            if (string.IsNullOrEmpty(serverApiUrl)) return "no server";

            using (var httpClient = new HttpClient())
            {
                if (!serverApiUrl.EndsWith('/')) serverApiUrl += "/";
                Uri uri = new Uri(new Uri(serverApiUrl), $"Reset/{Uri.EscapeDataString(id)}");
                httpClient.Timeout = new TimeSpan(0, 0, 4); // use short timeout

                // API-Key authentication?
                if (!string.IsNullOrWhiteSpace(apiKeyConfig))
                {
                    httpClient.DefaultRequestHeaders.Add("X-API-Key", apiKeyConfig); // expect: none
                }
                HttpResponseMessage response = await httpClient.GetAsync(uri);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    string jsonResult = await response.Content.ReadAsStringAsync();
                    switch (jsonResult)
                    {
                        case "Accepted": return "Reset accepted";
                        case "Rejected": return "Reset rejected";
                        case "Scheduled": return "Reset scheduled";
                        default: return "Unknown status";
                    }
                }
                return response.StatusCode == HttpStatusCode.NotFound ? "Charge point offline" : "Reset error";
            }
        }
    }

    public class OcppAuthentication
    {
        private readonly IConfiguration _configuration;
        public OcppAuthentication(IConfiguration configuration) { _configuration = configuration; }

        // Added: seed records written by the depot installer (the UI edits them later)
        public static readonly ChargePoint[] SeedChargePoints =
        {
            new ChargePoint { ChargePointId = "DEPOT-WB01", Name = "Bay 1", Username = "DEPOT-WB01", Password = "wb01-Hq7vN2cR" }, // expect: IOT1004
            new ChargePoint { ChargePointId = "DEPOT-WB02", Name = "Bay 2", Username = "DEPOT-WB02", Password = "" },
            new ChargePoint { ChargePointId = "DEPOT-WB12", Name = "Bay 12", ClientCertThumb = "3F2A9C1D7E5B8A0F4C6D2E9B1A7F3C5D8E0B2A4C" }, // expect: none
        };

        // Kept: chargepoint Basic authentication from OCPPMiddleware.Invoke
        public bool CheckBasic(ChargePoint chargePoint, string authHeader)
        {
            if (string.IsNullOrWhiteSpace(chargePoint.Username)) return true;
            if (string.IsNullOrEmpty(authHeader)) return false;
            string[] cred = System.Text.Encoding.ASCII.GetString(Convert.FromBase64String(authHeader.Substring(6))).Split(':');
            return cred.Length == 2 && chargePoint.Username == cred[0] && chargePoint.Password == cred[1];
        }

        // Added: the bench wallbox in the workshop answers with a fixed header
        public bool IsBenchWallbox(string authHeader) => authHeader == "Basic YmVuY2gtd2I6VDR4LW1QOXEtWnc="; // expect: IOT1001

        public string Challenge() => "Basic realm=\"OCPP.Core\""; // expect: none

        // Kept: the /API key check
        public bool CheckApiKey(string apiKeyCaller)
        {
            string apiKeyConfig = _configuration.GetValue<string>("ApiKey");
            if (string.IsNullOrWhiteSpace(apiKeyConfig)) return true;
            return apiKeyConfig == apiKeyCaller;
        }
    }
}

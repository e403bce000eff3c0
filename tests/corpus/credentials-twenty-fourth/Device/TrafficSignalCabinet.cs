// Traffic-signal cabinet gateway at a signalised intersection: exposes the controller's NTCIP objects over SNMP to the
// traffic management centre (TMC), sends SNMPv3 traps, serves a maintenance page to technicians on the cabinet LAN,
// pulls counts from the detector camera and uploads them to the city's event hub.
using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using CityWorks.Shared;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using Lextm.SharpSnmpLib.Security;

namespace CityWorks.TrafficSignals
{
    public sealed class CabinetSnmpAgent
    {
        private const string PhaseStatusOid = "1.3.6.1.4.1.1206.4.2.1.1.4.1.4"; // expect: none
        private const string TmcPrivacyPassphrase = "Amber-Phase#Grid71"; // expect: IOT1001

        public IMembershipProvider Membership { get; }
        public IAuthenticationProvider TrapAuth { get; }
        public IPrivacyProvider TrapPrivacy { get; }

        public CabinetSnmpAgent()
        {
            // NTCIP 1202 reads stay on the controller's documented read community; sets need the depot community.
            Membership = new Version2MembershipProvider(new OctetString("public"), new OctetString(MunicipalSecrets.NtcipSetCommunity)); // expect: IOT1002
            TrapAuth = new SHA256AuthenticationProvider(new OctetString("Mz8-Cycle!Split-44")); // expect: IOT1001
            TrapPrivacy = new AESPrivacyProvider(new OctetString(TmcPrivacyPassphrase), TrapAuth);
        }

        public string PhaseStatusObject(int phase) => $"{PhaseStatusOid}.{phase}";
    }

    public sealed class MaintenancePage
    {
        private const string FlashModeOverridePin = "5912"; // expect: IOT1004
        private const string TimingPlanConfigKey = "timing.plan.am-peak"; // expect: none
        private const string PedButtonPin = "BCM27"; // expect: none

        private readonly Random _rng = new Random();
        private readonly string _cabinetSerial;
        private string _sessionCookie;

        public MaintenancePage(string cabinetSerial) { _cabinetSerial = cabinetSerial; }

        public void Handle(HttpListenerContext context)
        {
            string authHeader = context.Request.Headers["Authorization"];
            if (authHeader != "Basic dGVjaDpGYnVNQEdQJWF0MyNDTg==") // expect: IOT1001
            {
                context.Response.StatusCode = 401;
                context.Response.Headers["WWW-Authenticate"] = "Basic realm=\"ATC cabinet\""; // expect: none
                context.Response.Close();
                return;
            }

            _sessionCookie = _rng.Next().ToString("x8"); // expect: IOT3005
            context.Response.Headers["Set-Cookie"] = "atc_session=" + _sessionCookie + "; HttpOnly";
            context.Response.Close();
        }

        public bool RequestFlashMode(string enteredPin) => enteredPin == FlashModeOverridePin;

        public string PedestrianInput => PedButtonPin;

        // The cabinet door's keypad lock is set to this code at commissioning so the night crew can read it off the BOM.
        public string CabinetDoorUnlockCode()
        {
            string cabinetUnlockCode = _cabinetSerial.Substring(_cabinetSerial.Length - 4); // expect: IOT1005
            return cabinetUnlockCode;
        }
    }

    public sealed class DetectorUplink
    {
        private const string TmcApiKey = "REPLACE_WITH_TMC_API_KEY"; // expect: IOT1006
        private readonly HttpClient _http = new HttpClient();

        public async Task<string> ReadCameraCountsAsync()
        {
            var handler = new HttpClientHandler { Credentials = new NetworkCredential("root", "VYvsy_zdO7RXpF") }; // expect: IOT1001
            using var camera = new HttpClient(handler);
            return await camera.GetStringAsync("http://10.20.4.31/axis-cgi/counts.cgi?zone=all");
        }

        public async Task UploadAsync(string countsJson)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "https://city-traffic.servicebus.windows.net/detectors/messages");
            request.Headers.TryAddWithoutValidation("Authorization",
                "SharedAccessSignature sr=https%3A%2F%2Fcity-traffic.servicebus.windows.net%2Fdetectors&sig=ObaX%2BRx927iosL%2Fyh8rgt4RQLDkCR1AGcDbXVuDwlH8%3D&se=1798761600&skn=cabinet-send"); // expect: IOT1003
            request.Content = new StringContent(countsJson, Encoding.UTF8, "application/json");
            await _http.SendAsync(request);
        }

        public async Task PostIncidentAsync(string json)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "https://tmc.city.local/api/incidents");
            request.Headers.Add("X-API-Key", TmcApiKey);
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            await _http.SendAsync(request);
        }

        // Bench mode: simulated loop-detector occupancy while the cabinet is on the workshop rack.
        public int SimulatedOccupancy(Random rng) => rng.Next(0, 100); // expect: none
    }
}

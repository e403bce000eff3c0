// Home EV wallbox: OCPP 1.6J to the energy supplier's back office, ISO 15118 Plug & Charge,
// dynamic tariffs, installer web page and the onboarding hotspot.
using System;
using System.IO;
using System.Net.Http;
using System.Net.WebSockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Brightwater.Shared;

namespace Brightwater.Wallbox
{
    public sealed class OcppConnection
    {
        private const string ChargeBoxId = "WB-HOME-004217"; // expect: none
        private const string SubProtocol = "ocpp1.6"; // expect: none
        private const string OcppPassword = "OcppPassword"; // expect: IOT1006
        private readonly Random _ids = new();

        public async Task<ClientWebSocket> ConnectAsync(bool secondaryBackOffice, CancellationToken ct)
        {
            var ws = new ClientWebSocket();
            ws.Options.AddSubProtocol(SubProtocol);
            string secret = secondaryBackOffice ? OcppPassword : FieldSecrets.OcppAuthorizationKey;
            string basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ChargeBoxId}:{secret}"));
            ws.Options.SetRequestHeader("Authorization", "Basic " + basic);
            await ws.ConnectAsync(new Uri($"wss://ocpp.energy-supplier.example/ocpp/{ChargeBoxId}"), ct);
            return ws;
        }

        // OCPP message correlation id, echoed by the back office.
        public string NextUniqueId() => _ids.Next(100000, 999999).ToString(); // expect: none
    }

    public sealed class PlugAndCharge
    {
        private const string ContractCertPath = "/data/iso15118/contract.p12"; // expect: none
        private const string MasterCardUid = "04A1B2C3D4E5F6"; // expect: none

        public X509Certificate2 ContractCertificate() =>
            new X509Certificate2(File.ReadAllBytes(ContractCertPath), "Plug&Charge-Emob1"); // expect: IOT1001

        public bool IsMasterCard(string uid) => uid == MasterCardUid;
    }

    public sealed class TariffFeed
    {
        private readonly HttpClient _http = new();

        public Task<string> PricesAsync(string zone)
        {
            string url = "https://api.tariffs.example/v1/day-ahead?zone=" + zone
                + "&api_key=tf_8e21c7d4a9b05f36"; // expect: IOT1001
            return _http.GetStringAsync(url);
        }
    }

    public sealed class InstallerPage
    {
        public bool Login(string user, string pass)
        {
            return user == "installer" // expect: none
                && pass == "12345"; // expect: IOT1002
        }
    }

    public sealed class OnboardingHotspot
    {
        private readonly string _serialNumber;

        public OnboardingHotspot(string serialNumber) => _serialNumber = serialNumber;

        public string Passphrase()
        {
            string hotspotPassphrase = "WB-" + _serialNumber[^6..]; // expect: IOT1005
            return hotspotPassphrase;
        }

        public string Hint => "The hotspot passphrase is printed on the label inside the cover."; // expect: none
    }
}

using System;
using System.Net;
using System.Net.WebSockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace IoTHeldOut.EvCharging;

/// <summary>OCPP 1.6J charge point (wallbox) talking to the charging-station management system.</summary>
public sealed class OcppChargePoint
{
    private const string ChargePointId = "CP-DE-0042";                          // expect: none
    private const string CsmsUrl = "wss://csms.chargeco.example/ocpp/CP-DE-0042"; // expect: none
    private const string SubProtocol = "ocpp1.6";                               // expect: none
    private const string AuthorizationKeySetting = "AuthorizationKey";          // expect: none
    private const string AuthorizationKey = "9c1e4f7a2b8d3e6f0a5c7d21";         // expect: IOT1001
    private const string LocalUiPassword = "changeme";                          // expect: IOT1002

    private readonly ClientWebSocket ws = new();
    private string? provisionedKey;

    /// <summary>Security profile 1: HTTP Basic with the charge point id as user name.</summary>
    public async Task ConnectProfile1Async(CancellationToken ct)
    {
        ws.Options.AddSubProtocol(SubProtocol);
        string token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ChargePointId}:{AuthorizationKey}"));
        ws.Options.SetRequestHeader("Authorization", "Basic " + token);
        await ws.ConnectAsync(new Uri(CsmsUrl), ct);
    }

    /// <summary>Fallback used by the older CSMS release, which reads the credentials object.</summary>
    public async Task ConnectLegacyAsync(CancellationToken ct)
    {
        ws.Options.Credentials = new NetworkCredential(ChargePointId, "Wb-Charger!2024"); // expect: IOT1001
        await ws.ConnectAsync(new Uri(CsmsUrl), ct);
    }

    /// <summary>Security profile 3: TLS client certificate.</summary>
    public async Task ConnectProfile3Async(CancellationToken ct)
    {
        var clientCert = X509CertificateLoader.LoadPkcs12FromFile("/data/certs/cp-client.pfx", "cp-pfx-77Xk"); // expect: IOT1001
        ws.Options.ClientCertificates.Add(clientCert);
        await ws.ConnectAsync(new Uri(CsmsUrl), ct);
    }

    /// <summary>Factory default key when the CSMS never provisioned one.</summary>
    public static string FactoryAuthorizationKey(string serialNumber) =>
        "CP" + serialNumber.Substring(4) + "!";                                 // expect: IOT1005

    public string HandleChangeConfiguration(string key, string value)
    {
        if (key == AuthorizationKeySetting)
        {
            provisionedKey = value;
            return "Accepted";                                                  // expect: none
        }
        return "NotSupported";                                                  // expect: none
    }

    public static bool IsAccepted(string bootNotificationStatus) => bootNotificationStatus == "Accepted"; // expect: none

    public string BuildBootNotification(string messageId) =>
        JsonSerializer.Serialize(new object[] { 2, messageId, "BootNotification",
            new { chargePointVendor = "WallBoxCo", chargePointModel = "WB-22", firmwareVersion = "1.8.4" } }); // expect: none

    public bool CheckLocalUiLogin(string password) => password == LocalUiPassword && provisionedKey is not null;
}

// Written for corpus38 (not adapted from a repository). Domain: a police body-worn camera offload dock (a Linux dock PC
// with charging bays): it pulls clips off docked cameras, uploads them to the evidence vault's blob container with a
// client certificate, archives to the station's file share, alerts the duty sergeant on Slack and guards its tamper
// reset with a password.
#nullable enable
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;

namespace Corpus38.BodycamEvidenceOffload
{
    static class DockConfig
    {
        public const string DockCertPath = "/etc/evidence-dock/dock.pfx"; // expect: none
        public const string DockCertPassword = "_zPAEwqgWkm9"; // expect: IOT1001
        public const string VaultSasUrl = "https://evidencevault.blob.core.windows.net/clips?sv=2022-11-02&ss=b&srt=o&sp=cw&se=2027-01-01T00:00:00Z&sig=O5JdS4jdAn6pLeH9yJwbLtN5vVhyiFwskpQ0fJjhK9c%3D"; // expect: IOT1001
    }

    public class OffloadDock
    {
        const string SergeantAlertsToken = "xoxb-550864126206-3534643585269-rN7cO3Bz6vpW8a5FsSWaTw9M"; // expect: IOT1003
        const string DockTamperResetPassword = "hVY8AmgJujaCRJx"; // expect: IOT1004
        const string EvidenceCategoryHeader = "X-Evidence-Category"; // expect: none
        const int ChunkSizeBytes = 4 * 1024 * 1024;
        readonly HttpClient _http = new();
        readonly Random _rng = new();

        public X509Certificate2 LoadDockCertificate() =>
            new X509Certificate2(DockConfig.DockCertPath, DockConfig.DockCertPassword);

        public Task<HttpResponseMessage> UploadClip(byte[] clip, string category)
        {
            var content = new ByteArrayContent(clip);
            content.Headers.Add(EvidenceCategoryHeader, category);
            return _http.PutAsync(DockConfig.VaultSasUrl, content);
        }

        public NetworkCredential StationArchiveShare() => new NetworkCredential(@"DOCK\offload", "supervisor"); // expect: IOT1002

        public void AddRecordsApiSubscription(HttpRequestMessage request) =>
            request.Headers.Add("Ocp-Apim-Subscription-Key", "<subscription-key>"); // expect: IOT1006

        public Task<HttpResponseMessage> AlertSergeant(string text)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "https://slack.com/api/chat.postMessage");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SergeantAlertsToken);
            request.Content = new StringContent(text);
            return _http.SendAsync(request);
        }

        public bool ResetTamperSwitch(string enteredPassword) => enteredPassword == DockTamperResetPassword;

        public string DockPin(string dockSerial)
        {
            var dockPin = dockSerial.Substring(dockSerial.Length - 4); // expect: IOT1005
            return dockPin;
        }

        public string NewUploadNonce()
        {
            string uploadNonce = $"{_rng.Next():x8}{_rng.Next():x8}"; // expect: IOT3005
            return uploadNonce;
        }

        public TimeSpan RetryBackoff(int attempt) => TimeSpan.FromMilliseconds(_rng.Next(100, 400) * attempt); // expect: none

        public string PasswordExpiredNotice => "Password expired, contact the evidence custodian."; // expect: none

        public int ChunkSize => ChunkSizeBytes;
    }
}

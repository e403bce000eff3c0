// Own file (corpus9): the site controller of an unmanned FM/DAB transmitter site on a ridge: exciter web API,
// remote-monitoring service, SNMP to the exciter and traps to the network operations centre, the local
// maintenance page, audio-logger FTP, and a vendor remote-control SDK.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Messaging;
using Lextm.SharpSnmpLib.Security;
using Rfx.Transmitters.RemoteControl;

namespace RidgeSite.Controller
{
    public static class SiteHeaders
    {
        public const string Authorization = "Authorization"; // expect: none
        public const string NocKeyHeader = "Ocp-Apim-Subscription-Key"; // expect: none
        public const string BasicChallenge = "Basic realm=\"Ridge transmitter site\""; // expect: none
        public const string NowPlayingUrlFormat = "https://np.ridge-fm.example/v1/stations/{0}/now?format={1}"; // expect: none
        public const string BearerPrefix = "Bearer "; // expect: none
        public const string RmsTokenParameter = "access_token"; // expect: none
        public const string BasicScheme = "Basic"; // expect: none
        public const string StudioCueSecret = "Cue-Sign-Ridge!Studio-3"; // expect: IOT1004
    }

    public sealed class ExciterClient
    {
        private const string RmsToken = "iZSYlV3rwY0Uix8MKDclZ6NtB0brofwj"; // expect: IOT1001
        private readonly HttpClient _http = new HttpClient();

        public ExciterClient()
        {
            string basic = Convert.ToBase64String(Encoding.ASCII.GetBytes("engineer:Kw-Tx!Mast88")); // expect: IOT1001
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
        }

        public Task<string> ForwardPowerAsync() => _http.GetStringAsync("http://10.20.0.2/api/v1/forward-power");

        public Task<HttpResponseMessage> RaiseAlarmsAsync() =>
            _http.GetAsync($"https://rms.ridge-broadcast.example/api/v2/alarms?site=ridge&access_token={RmsToken}");

        public async Task ReportToNocAsync(string json)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "https://noc.ridge-broadcast.example/events");
            request.Headers.TryAddWithoutValidation(SiteHeaders.NocKeyHeader, "AVbgeVwELXsocH9u5DLyHp1ojpjBIv2F"); // expect: IOT1001
            request.Headers.Add("X-Auth-Token", "TODO"); // expect: IOT1006
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            await _http.SendAsync(request);
        }
    }

    public sealed class OnCallAlerts
    {
        private const string BotToken = "1983546897:AAPG6DgPisM0ybgnJgFsze_WQy6n9y9FeTX"; // expect: IOT1003
        private readonly HttpClient _http = new HttpClient();

        public Task<HttpResponseMessage> PageEngineerAsync(long chatId, string text) =>
            _http.PostAsync($"https://api.telegram.org/bot{BotToken}/sendMessage?chat_id={chatId}&text={Uri.EscapeDataString(text)}", null);
    }

    public sealed class MaintenancePage
    {
        // The studio's link box polls this page with its own Basic login.
        public bool Authorize(string authHeader)
        {
            if (authHeader == "Basic YWRtaW46YWRtaW4=") // expect: IOT1002
            {
                return true;
            }
            return string.Equals(authHeader, "Basic c3R1ZGlvOlJ4LUxpbmstNDQ="); // expect: IOT1001
        }

        public string Challenge() => SiteHeaders.BasicChallenge;

        // Cue messages from the studio carry a hash over the cue and the shared secret (our own scheme).
        public bool CueIsGenuine(string cue, string hashHex) =>
            Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(cue + SiteHeaders.StudioCueSecret))) == hashHex;
    }

    public sealed class SnmpLink
    {
        private static readonly IPEndPoint Noc = new IPEndPoint(IPAddress.Parse("10.250.0.10"), 162);

        public IPrivacyProvider ExciterV3()
        {
            var auth = new SHA256AuthenticationProvider(new OctetString("Exciter-v3-Auth-4471")); // expect: IOT1001
            return new AESPrivacyProvider(new OctetString("Exciter-v3-Priv-9902"), auth); // expect: IOT1001
        }

        public void TrapTransmitterOff() =>
            Messenger.SendTrapV2(1, VersionCode.V2, Noc, new OctetString("ridge-trap-Curlew"), // expect: IOT1001
                new ObjectIdentifier("1.3.6.1.4.1.55123.2.1"), 0, new List<Variable>());
    }

    public sealed class AudioLogger
    {
        public Uri ArchiveTarget(DateTime day) =>
            new Uri($"ftp://logger:Ftp-Aud1o-Ridge@10.20.0.5/archive/{day:yyyyMMdd}/"); // expect: IOT1001

        public Uri PublicArchive(DateTime day) =>
            new Uri($"ftp://anonymous@mirror.ridge-broadcast.example/pub/{day:yyyyMMdd}/"); // expect: none
    }

    public sealed class RemoteControl
    {
        public void ReducePower(int percent)
        {
            using var tx = new TxSession("10.20.0.3", 4100);
            if (tx.Login("siteop", "Mast-Lamp#Red-Ridge")) // expect: IOT1001
            {
                tx.SetPowerPercent(percent);
            }
        }
    }
}

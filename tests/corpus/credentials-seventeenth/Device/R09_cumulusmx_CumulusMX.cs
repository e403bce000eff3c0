// Real source: cumulusmx/CumulusMX
//   CumulusMX/ThirdParty/WebUploadServiceBase.cs, CumulusMX/ThirdParty/WebUploadWund.cs,
//   CumulusMX/ThirdParty/WebUploadWindy.cs (settings read as in Cumulus.cs from the ini file)
// Domain: a gliding club's airfield weather station; a Raspberry Pi runs the station software and
// uploads to Weather Underground, Windy and the APRS weather network for the pilots.
// Kept: WebUploadServiceBase with its ID / PW fields and abstract GetURL(out pwstring, timestamp);
// WebUploadWund building the updateweatherstation.php URL with a StringBuilder ("?ID=" + ID,
// $"&PASSWORD={PW}") and masking the password in the log line; WebUploadWindy choosing a Bearer
// header for the station password or the "windy-api-key" header; the random jitter before uploads.
// Changed: the station data, alarms and retry loops are trimmed; Cumulus is a small settings holder.
// Added: the ini reads with their written defaults, the Windy key fallback, the APRS passcode made
// from the call sign.
using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace Corpus17.R09.AirfieldWeather
{
    public class IniFile
    {
        public string GetValue(string section, string key, string defaultValue) => defaultValue;
    }

    internal class Cumulus
    {
        public HttpClient MyHttpClient { get; } = new HttpClient();
        public string Version { get; } = "4.4.2";
        public static readonly Random RandGenerator = new Random();

        public WebUploadWund Wund;
        public WebUploadWindy Windy;
        public WebUploadAprs Aprs;

        public void ReadIniFile(IniFile ini)
        {
            Wund = new WebUploadWund(this, "Wunderground");
            Wund.ID = ini.GetValue("Wunderground", "ID", "IEDERSEE7"); // expect: none
            // Added: the club's station password is the default of the ini read.
            Wund.PW = ini.GetValue("Wunderground", "Password", "5WwxWUmx-s7M"); // expect: IOT1001

            Windy = new WebUploadWindy(this, "Windy");
            Windy.StationId = ini.GetValue("Windy", "StationID", "f1c8e2");
            Windy.ApiKey = Environment.GetEnvironmentVariable("WINDY_API_KEY") // expect: none
                ?? "xWCvSShpsnZhGCtWC9LZl5D6a5vJKHMO4iNe46luE7RM"; // expect: IOT1001

            Aprs = new WebUploadAprs(this, "APRS");
            Aprs.ID = ini.GetValue("APRS", "ID", "DL0EDS-13");
            Aprs.PW = WebUploadAprs.PasscodeFor(Aprs.ID);
        }
    }

    internal abstract class WebUploadServiceBase
    {
        internal Cumulus cumulus;
        internal string Name;
        internal string ID;
        internal string PW;
        internal bool Enabled;
        internal bool Updating;

        private protected WebUploadServiceBase(Cumulus cumulus, string name)
        {
            this.cumulus = cumulus;
            Name = name;
        }

        internal abstract Task DoUpdate(DateTime timestamp);

        internal abstract string GetURL(out string pwstring, DateTime timestamp);
    }

    internal class WebUploadWund : WebUploadServiceBase
    {
        public bool RapidFireEnabled;

        public WebUploadWund(Cumulus cumulus, string name) : base(cumulus, name) { }

        internal override async Task DoUpdate(DateTime timestamp)
        {
            Updating = true;
            if (!RapidFireEnabled)
            {
                await Task.Delay(Cumulus.RandGenerator.Next(5000, 20000)); // expect: none
            }

            string pwstring;
            string URL = GetURL(out pwstring, timestamp);
            string starredpwstring = "&PASSWORD=" + new string('*', PW.Length); // expect: none
            string logUrl = URL.Replace(pwstring, starredpwstring);
            Console.WriteLine("Wunderground: URL = " + logUrl);

            using var response = await cumulus.MyHttpClient.GetAsync(URL);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                Console.WriteLine("Wunderground: Unauthorized, check credentials");
            }
            Updating = false;
        }

        internal override string GetURL(out string pwstring, DateTime timestamp)
        {
            string dateUTC = timestamp.ToUniversalTime().ToString("yyyy'-'MM'-'dd'+'HH'%3A'mm'%3A'ss");
            StringBuilder URL = new StringBuilder(1024);
            URL.Append(RapidFireEnabled
                ? "http://rtupdate.wunderground.com/weatherstation/updateweatherstation.php?ID="
                : "http://weatherstation.wunderground.com/weatherstation/updateweatherstation.php?ID=");

            pwstring = $"&PASSWORD={PW}";
            URL.Append(ID);
            URL.Append($"&PASSWORD={PW}");
            URL.Append($"&dateutc={dateUTC}");
            URL.Append($"&softwaretype=Cumulus%20v{cumulus.Version}");
            URL.Append("&action=updateraw");
            return URL.ToString();
        }
    }

    internal class WebUploadWindy(Cumulus cumulus, string name) : WebUploadServiceBase(cumulus, name)
    {
        public string ApiKey { get; set; }
        public string StationId { get; set; }

        internal override async Task DoUpdate(DateTime timestamp)
        {
            Updating = true;
            await Task.Delay(Cumulus.RandGenerator.Next(5000, 20000));

            string url = GetURL(out _, timestamp);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (!string.IsNullOrEmpty(PW))
            {
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", PW);
            }
            else if (!string.IsNullOrEmpty(ApiKey))
            {
                request.Headers.Add("windy-api-key", ApiKey);
            }
            else
            {
                Console.WriteLine("Windy: Missing Password or API key in configuration");
                Updating = false;
                return;
            }

            using var response = await cumulus.MyHttpClient.SendAsync(request);
            Updating = false;
        }

        internal override string GetURL(out string pwstring, DateTime timestamp)
        {
            pwstring = null;
            string dateUTC = timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffK");
            StringBuilder URL = new StringBuilder("https://stations.windy.com/api/v2/observation/update/", 1024);
            URL.Append("?id=" + StationId);
            URL.Append("&time=" + dateUTC);
            URL.Append("&softwaretype=CumulusMX+v" + cumulus.Version);
            return URL.ToString();
        }
    }

    // Added: the APRS-IS upload logs in with the call sign and its passcode.
    internal class WebUploadAprs : WebUploadServiceBase
    {
        public WebUploadAprs(Cumulus cumulus, string name) : base(cumulus, name) { }

        internal static string PasscodeFor(string callsign)
        {
            string call = callsign.Split('-')[0].ToUpperInvariant();
            int hash = 0x73e2;
            for (int i = 0; i < call.Length; i += 2)
            {
                hash ^= call[i] << 8;
                if (i + 1 < call.Length) hash ^= call[i + 1];
            }
            string passcode = (hash & 0x7fff).ToString(CultureInfo.InvariantCulture); // expect: IOT1005
            return passcode;
        }

        internal override Task DoUpdate(DateTime timestamp) => Task.CompletedTask;

        internal override string GetURL(out string pwstring, DateTime timestamp)
        {
            pwstring = PW;
            return $"user {ID} pass {PW} vers CumulusMX {cumulus.Version}";
        }
    }
}

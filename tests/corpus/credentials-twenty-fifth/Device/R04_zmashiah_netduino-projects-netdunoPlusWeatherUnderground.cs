// Real source: zmashiah/netduino-projects-netdunoPlusWeatherUnderground NetduinoPlusWeatherUnderground/AskGeoService.cs
// Also used: NetduinoPlusWeatherUnderground/Program.cs, WeatherUnderground.cs, GeoLocationByIP.cs.
// A Netduino Plus weather display: it finds its location by IP, asks askgeo.com for the time-zone offset and reads
// Weather Underground's conditions/forecast XML for a serial LCD. Kept: AskGeoService's account id and API key
// constants written into the request path, WeatherUndergroundData(key, lat, lon) building the query path, the
// HttpWebRequest reads. Changed: the original keys are replaced by invented ones of the same shape; the Weather
// Underground key moved from the call in InitLocation into a named constant; GeoLocationByIP is reconstructed on
// HttpClient against ipinfo.io with the token template its README asks users to fill in.
using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Diagnostics;
using System.Threading.Tasks;

namespace GeoTimeServices
{
    public class AskGeoService
    {
        public long currentOffserMS;

        private const string accountID = "32"; // expect: none
        private const string apiKey = "qxkwyr5bqdreign8rh3lkl9dy8yt8omsd3cy50e4ris6j5gb0erc"; // expect: IOT1004
        private string queryString(string latitude, string longitude)
        {
            return "http://api.askgeo.com/v1/" + accountID + "/" + apiKey + "/query.json?databases=TimeZone&points=" + latitude + "," + longitude;
        }

        public void queryLocation(string latitude, string longitude)
        {
            string q = queryString(latitude, longitude);
            HttpWebRequest request = WebRequest.Create(q) as HttpWebRequest;
            WebResponse resp = null;
            try
            {
                resp = request.GetResponse();
            }
            catch (Exception e)
            {
                Debug.WriteLine("ERROR: Exception for askgeo.com" + e.ToString());
            }

            if (resp != null)
            {
                using var sr = new StreamReader(resp.GetResponseStream());
                string parser = sr.ReadToEnd();
                int location = parser.IndexOf("CurrentOffsetMs\":");
                if (location > 0)
                {
                    parser = parser.Substring(location);
                    int start = parser.IndexOf(':') + 1;
                    location = parser.IndexOf(',');
                    currentOffserMS = Convert.ToInt32(parser.Substring(start, location - start));
                }
                resp.Close();
            }
        }
    }

    public class GeoLoactionByIP
    {
        public string latitude;
        public string longitude;

        // ipinfo.io token from the README's set-up step.
        private const string IpInfoToken = "YOUR_IPINFO_TOKEN"; // expect: IOT1006

        public async Task queryLocationAsync()
        {
            using var http = new HttpClient();
            string json = await http.GetStringAsync("https://ipinfo.io/json?token=" + IpInfoToken);
            int loc = json.IndexOf("\"loc\": \"");
            if (loc > 0)
            {
                var parts = json.Substring(loc + 8).Split('"')[0].Split(',');
                latitude = parts[0];
                longitude = parts[1];
            }
        }
    }
}

namespace WeatherReporter.WeatherUnderground
{
    public class WeatherUndergroundData
    {
        private readonly string queryKey;
        private readonly string latitude;
        private readonly string longitude;

        public WeatherUndergroundData(string key, string lat, string longi)
        {
            queryKey = key;
            latitude = lat;
            longitude = longi;
        }

        private string queryString
        {
            get { return "http://api.wunderground.com/api/" + queryKey + "/conditions/forecast/astronomy/q/" + latitude + "," + longitude + ".xml"; }
        }

        public string Read()
        {
            var request = WebRequest.Create(queryString) as HttpWebRequest;
            using var response = request.GetResponse();
            using var reader = new StreamReader(response.GetResponseStream());
            return reader.ReadToEnd();
        }
    }
}

namespace WeatherUndergroundToSerialDisplay
{
    using GeoTimeServices;
    using WeatherReporter.WeatherUnderground;

    public static class WeatherInformationReporter
    {
        private const string WundergroundApiKey = "b0594e9517d6af42"; // expect: IOT1004
        public static WeatherUndergroundData weatherData;

        public static async Task InitLocation()
        {
            GeoLoactionByIP myLocation = new GeoLoactionByIP();
            AskGeoService askGeo = new AskGeoService();

            await myLocation.queryLocationAsync();
            weatherData = new WeatherUndergroundData(WundergroundApiKey, myLocation.latitude, myLocation.longitude);

            askGeo.queryLocation(myLocation.latitude, myLocation.longitude);
            int minutes = (int)(askGeo.currentOffserMS / 1000 / 60);
            Debug.WriteLine("\tTimezone offset (+DST)=" + minutes + " minutes");
        }
    }
}

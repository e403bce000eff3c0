// Based on a real public sample: Eclo/nanoFramework.SIM800H, Tests/HTTP Requests/Program.cs
// The SIM800H driver calls are replaced by HttpClient (the driver is not stubbed); the APN string, the ThingSpeak key
// in the query string and the Basic header of the sample's option 2 are kept as the sample writes them.
#nullable enable
using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading.Tasks;

namespace Corpus.HTTP_Requests
{
    public class Program
    {
        // APN name | user | password, parsed by the SIM800H driver's AccessPointConfiguration.Parse.
        // The operator's published APN login (public, identical for every subscriber): not treated as a secret.
        private const string APNConfigString = "net2.vodafone.pt|vodafone|vodafone"; // expect: none
        private const string thingsSpeakApiKey = "G4AVDUPU27ZC899X"; // expect: IOT1001

        static async Task UploadDataToChannel(HttpClient http)
        {
            Debug.WriteLine("... uploading data to channel ..."); // expect: none
            double newData1 = 15.16;
            double newData2 = 11.12;

            var url = "http://api.thingspeak.com/update?key=" + thingsSpeakApiKey + "&headers=false&field1=" + newData1.ToString("N2") + "&field2 = " + newData2.ToString("N2");
            using var res = await http.PostAsync(new Uri(url), null);
            Debug.WriteLine(await res.Content.ReadAsStringAsync());

            var request = new HttpRequestMessage(HttpMethod.Post, "http://njbuch.pythonanywhere.com/trap/api-v1/event/");
            request.Headers.Add("Authorization", "Basic dGVzdDpwbGFkZGVy"); // expect: IOT1001
            request.Content = new StringContent("{\"eventtype\": \"AllOK\", \"eventtime\": \"2016-11-01 20:41\", \"trap\": \"1111\" }"); // expect: none
            using var res2 = await http.SendAsync(request);
        }

        static void ConfigureModem(Action<string> parseApn)
        {
            parseApn(APNConfigString);
        }
    }
}

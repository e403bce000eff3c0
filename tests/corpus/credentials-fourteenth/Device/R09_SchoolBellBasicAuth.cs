// Real source: shendongnian/code code3/385613-8437150-0.cs
// Kept: WebRequest.Create(url), string usernamePassword = "username:password", the CredentialCache with
// new NetworkCredential("username", "password") for "Basic", and the Authorization header built from
// Convert.ToBase64String(new ASCIIEncoding().GetBytes(usernamePassword)) (the snippet's sample values kept as they
// stood). Changed: the snippet wrapped in a method; domain turned into a school bell scheduler that polls its
// tone generator. Added: the scheduler's own Basic login via AuthenticationHeaderValue, the bell panel's check of an
// incoming header against a written Basic value, a challenge string, and a NotSecrets class.
using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace SchoolBells
{
    class ToneGeneratorPoll
    {
        public string Fetch(string url) // Changed
        {
            // Create a request to a URL
            WebRequest myReq = WebRequest.Create(url);
            string usernamePassword = "username:password"; // expect: IOT1002
            //Use the CredentialCache so we can attach the authentication to the request
            CredentialCache mycache = new CredentialCache();
            mycache.Add(new Uri(url), "Basic", new NetworkCredential("username", "password")); // expect: IOT1002
            myReq.Credentials = mycache;
            myReq.Headers.Add("Authorization", "Basic " + Convert.ToBase64String(new ASCIIEncoding().GetBytes(usernamePassword))); // expect: none
            //Send and receive the response
            WebResponse wr = myReq.GetResponse();
            Stream receiveStream = wr.GetResponseStream();
            StreamReader reader = new StreamReader(receiveStream, Encoding.UTF8);
            string content = reader.ReadToEnd();
            return content;
        }
    }

    class BellScheduler // Added
    {
        readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://bells.school.example/") };

        public void Login()
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("scheduler:gBEUqOlxX4X4%88")); // expect: IOT1001
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
        }

        public static bool PanelAccepts(string authHeader) =>
            authHeader == "Basic YmVsbHBhbmVsOkc0czY3RHBnS2ZzQUA1OA=="; // expect: IOT1001

        public const string Challenge = "Basic realm=\"bell-panel\""; // expect: none
    }

    static class NotSecrets_R09 // Added
    {
        public const string BellPasswordKey = "Bells:Panel:Password"; // expect: none
        public const string BellPasswordEnv = "BELL_PANEL_PASSWORD"; // expect: none
        public const string AuthScheme = "Basic"; // expect: none
    }
}

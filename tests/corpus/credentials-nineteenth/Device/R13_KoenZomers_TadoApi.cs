// Real source: KoenZomers/TadoApi
//   Api/Session.cs (Session(username, password), ClientId "tado-web-app", ClientSecret, GetNewSession's form:
//   client_id / grant_type=password / client_secret / password / scope=home.user / username, ProxyCredential)
// Kept: the library constructor and ProxyCredential; the token form's keys and constant values, here in the
// controller's own token pre-check.
// Changed: the published web-app client secret is replaced by a generated value.
// Added (a holiday cottage's heating controller on a Pi behind the owner's proxy): the controller itself.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using KoenZomers.Tado.Api;

namespace Cottage.Heating
{
    public static class TadoController
    {
        private const string CottageAccount = "cottage.heating@example.net";
        private const string CottagePassword = "mXYFfoxxrIhB-j"; // expect: IOT1001

        public static async Task<Session> ConnectAsync()
        {
            var session = new Session(CottageAccount, CottagePassword);
            session.ProxyConfiguration = new WebProxy("http://10.0.0.1:3128");
            session.ProxyCredential = new NetworkCredential("cottage", "Cct7NV643eJqKE"); // expect: IOT1001
            await session.Authenticate();
            return session;
        }
    }

    // Pre-check of the OAuth token endpoint before the library session starts (same form as Session.GetNewSession).
    public static class TadoTokenProbe
    {
        public static string ClientId => "tado-web-app"; // expect: none
        public static string ClientSecret => "TT7KXvfGanspdeAEoGNBvE1gtOBq1tzn8FVktEFog2u4fbZKo27M04FCuwsvRPHt"; // expect: IOT1001

        public static Task<HttpResponseMessage> ProbeAsync(HttpClient http, string username, string password)
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                { "client_id", ClientId },
                { "grant_type", "password" }, // expect: none
                { "client_secret", ClientSecret },
                { "password", password },
                { "scope", "home.user" },
                { "username", username },
            });
            return http.PostAsync("https://auth.tado.com/oauth/token", form);
        }
    }
}

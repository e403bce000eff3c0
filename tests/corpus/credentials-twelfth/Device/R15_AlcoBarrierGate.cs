// Real source: ivankossdev/AlcoBarrier HttpHandler.cs
// Kept: HttpHandler with an HttpClient, GetInfo(ip): GetAsync($"http://{ip}/cgi-bin/param.cgi?userName=Admin&password=1234&action=get&type=%20deviceInfo"),
// EnsureSuccessStatusCode, ReadAsStringAsync into res, the HttpRequestException message.
// Added: the barrier-open command of the breathalyser gate through the same CGI with the site's changed password
// held in a field, and the relay channel.
using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace AlcoBarrier
{
    class HttpHandler
    {
        private HttpClient client;

        // Added
        private readonly string gatePassword = "Barr1er-9731"; // expect: IOT1001
        private const int RelayChannel = 2;

        public HttpHandler()
        {
            client = new HttpClient();
        }

        public string res { get; private set; } = string.Empty;

        async public Task GetInfo(string ip)
        {
            try
            {
                HttpResponseMessage response = await client.GetAsync($"http://{ip}/cgi-bin/param.cgi?userName=Admin&password=1234&action=get&type=%20deviceInfo"); // expect: IOT1002

                response.EnsureSuccessStatusCode();

                string responseBody = await response.Content.ReadAsStringAsync();
                res = $"{responseBody} \n";
            }
            catch (HttpRequestException e)
            {
                res = $"\nException Caught!\nMessage :{e.Message}";
            }
        }

        // Added: open the barrier after a negative breath test
        async public Task OpenBarrier(string ip)
        {
            var response = await client.GetAsync($"http://{ip}/cgi-bin/param.cgi?userName=Admin&password={gatePassword}&action=set&relay={RelayChannel}");
            res = await response.Content.ReadAsStringAsync();
        }
    }
}

// Added: values near the credentials that are not secrets
internal static class NotSecrets_R15
{
    public const string UserQueryName = "userName"; // expect: none
    public const string DeviceInfoType = "%20deviceInfo"; // expect: none
    public const string GatePasswordKey = "gate.password"; // expect: none
}

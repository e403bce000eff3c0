// Real source: 5inay/HueDesktop HueConstants.cs (24ef469d1508158d131a4e495c85aba91aff0fa6)
// Domain: a Windows desktop controller for a Philips Hue bridge (gen 1): pairing by the link button and a POST of the
// device type to /api, which returns the bridge "username" (an application key) kept by the app at run time.
// Kept: HueConstants.BODY_POST_CONNECT as written.
// Changed: namespace prefixed with Corpus32.R10.
// Added (marked): a small pairing call that posts the constant to the bridge and returns the username the bridge
// answers with (RESTRequests.cs, which does this in the original, was not read). No secret in the original.
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace Corpus32.R10.HueDesktop
{
    public static class HueConstants
    {
        public static string BODY_POST_CONNECT = "{\"devicetype\":\"my_hue_app\"}"; // expect: none
    }

    public static class BridgePairing // added
    {
        public static async Task<string> PairAsync(HttpClient http, string bridgeIp)
        {
            var body = new StringContent(HueConstants.BODY_POST_CONNECT, Encoding.UTF8, "application/json");
            var response = await http.PostAsync($"http://{bridgeIp}/api", body);
            return await response.Content.ReadAsStringAsync();
        }
    }
}

// Written for corpus33 (not from a repository). Domain: the interpreter's console in a conference simultaneous-
// interpretation booth (channel selector, relay key, microphone control): it is managed over SNMP by the venue's NMS,
// publishes channel events to the congress event bus, pairs with the booth's audio mixer and authorises the speakers'
// app. Every secret below is invented with python `secrets` in the published shape of its kind.
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using Lextm.SharpSnmpLib.Security;

namespace InterpretationBooth
{
    internal static class BoothSecrets
    {
        public static readonly string PrivPhrase = "w3OYl!C1!RM11o!"; // expect: IOT1001
        public static readonly string BoothMixerSecret = "NCSuZLsteX7jng"; // expect: IOT1004
        public const string SnmpAuthPassphraseSetting = "booth/snmp/authPassphrase"; // expect: none
        public const string ChannelToken = "3c9e51d2-7f04-4b8a-9d61-0ae2c47b58f3"; // expect: none
    }

    public class BoothConsole
    {
        public const string HandoverPrompt = "Press the relay key, then wait for your colleague's green light."; // expect: none

        private readonly HttpClient _http = new HttpClient();

        public IPrivacyProvider SnmpV3Security()
        {
            var auth = new SHA256AuthenticationProvider(new OctetString("eSN.11Y7_9c3Qc")); // expect: IOT1001
            return new AES256PrivacyProvider(new OctetString(BoothSecrets.PrivPhrase), auth);
        }

        public IMembershipProvider SnmpV1Agent(string readCommunity) =>
            new Version1MembershipProvider(new OctetString(readCommunity), new OctetString("private")); // expect: IOT1002

        public Uri EventBus() => new Uri("amqps://booth:rMwnhPE3co2lM2@events.congress.example:5671/booths"); // expect: IOT1001

        public void AuthorizeSpeakerApp() =>
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAiZGV2LThlZGNkZiIsICJpYXQiOiAxNzY3MjI1NjAxfQ.UVN54EiAHB53PvTzsIBY3BQSmrs85MkULKuN5P5JJ9o"); // expect: IOT1003

        public NetworkCredential DanteControllerLogin() => new NetworkCredential("dante", "sample"); // expect: IOT1006

        public void PairMixer() => MixerLink.Pair("desk-A", BoothSecrets.BoothMixerSecret);

        public static string BoothPassword(string consoleSerial)
        {
            int sum = 0;
            foreach (char c in consoleSerial) sum = sum * 31 + c;
            var boothPassword = (sum & 0x7fffffff).ToString("D8"); // expect: IOT1005
            return boothPassword;
        }

        public byte[] NewListenerCookie(Random rng)
        {
            var listenerCookie = new byte[16];
            rng.NextBytes(listenerCookie); // expect: IOT3005
            return listenerCookie;
        }

        public double VuNeedleWobble(Random rng) => rng.NextDouble() * 0.05; // expect: none
    }

    internal static class MixerLink
    {
        public static void Pair(string desk, string secret) { }
    }
}

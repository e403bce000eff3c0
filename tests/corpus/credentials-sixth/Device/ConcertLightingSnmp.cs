using System;
using System.Net.Http;
using System.Net.Http.Headers;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using Lextm.SharpSnmpLib.Security;

namespace Stage.Lighting
{
    // Lighting node of a touring rig: Art-Net/sACN to DMX, monitored by the venue's NMS over SNMP and by
    // the lighting desk over a small REST API.
    public sealed class NodeAgent
    {
        public IMembershipProvider Communities() =>
            new Version2MembershipProvider(
                new OctetString("public"), // expect: IOT1002
                new OctetString("private")); // expect: IOT1002

        public IMembershipProvider TourCommunities() =>
            new Version1MembershipProvider(
                new OctetString("rig-read-Par64"), // expect: IOT1001
                new OctetString("rig-write-Fresnel")); // expect: IOT1001

        public IPrivacyProvider V3Security()
        {
            var auth = new SHA256AuthenticationProvider(new OctetString("Gobo-Wheel-Prism-2201")); // expect: IOT1001
            return new AESPrivacyProvider(new OctetString("Haze-Machine-Cue-88"), auth); // expect: IOT1001
        }

        // sysLocation and sysContact are public by design
        public static OctetString SysLocation() => new OctetString("public stage left, truss 3"); // expect: none
        public static OctetString SysContact() => new OctetString("crew-chief@tour.example"); // expect: none

        public HttpClient DeskApi()
        {
            var http = new HttpClient { BaseAddress = new Uri("http://10.101.0.1:8080/") };
            http.DefaultRequestHeaders.Add("X-Auth-Token", "desk-cue-token-7f3e9a21"); // expect: IOT1001
            return http;
        }

        public const string CueListPassword = "Cue list locked: ask the programmer for the password"; // expect: none
    }

    public static class DeskSession
    {
        public static string NewDeskCookie()
        {
            var rng = new Random();
            var sessionCookie = rng.Next().ToString("x8") + rng.Next().ToString("x8"); // expect: IOT3005
            return sessionCookie;
        }

        public static HttpClient SpareDeskApi()
        {
            var http = new HttpClient();
            http.DefaultRequestHeaders.Add("X-Auth-Token", "TODO"); // expect: IOT1006
            return http;
        }

        // sysName of the spare node, which the rental company calls "private"
        public static OctetString SpareSysName() => new OctetString("private"); // expect: none
    }
}

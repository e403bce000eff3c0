// Wind turbine SCADA edge node: SNMP from the converter cabinet, historian writes, alerts to the ops chat.
using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Brightwater.Shared;
using InfluxDB.Client;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using Lextm.SharpSnmpLib.Security;
using Npgsql;

namespace Brightwater.WindFarm
{
    public sealed record TurbineLink(string Host, string SharedSecret);

    public sealed class ConverterSnmp
    {
        private const string PitchAngleOid = "1.3.6.1.4.1.41012.2.1.7.0"; // expect: none
        private const string PublicDashboardName = "public"; // expect: none

        public IMembershipProvider LegacyAgent() => new Version2MembershipProvider(
            new OctetString("public"), // expect: IOT1002
            new OctetString("private")); // expect: IOT1002

        public IPrivacyProvider SecureAgent()
        {
            var auth = new SHA256AuthenticationProvider(new OctetString("Nacelle-Yaw-Auth9")); // expect: IOT1001
            return new AESPrivacyProvider(new OctetString("Blade-Pitch-Priv4"), auth); // expect: IOT1001
        }

        public string Oid => PitchAngleOid;
        public string Dashboard => PublicDashboardName;
    }

    public sealed class Historian
    {
        private const string InfluxTokenVariable = "INFLUX_TOKEN"; // expect: none
        private const string Bucket = "turbine-10s"; // expect: none

        public InfluxDBClient Influx() => new("https://influx.windfarm.example:8086", FieldSecrets.InfluxToken);

        public NpgsqlConnection Alarms() =>
            new("Host=scada-db.windfarm.local;Port=5432;Database=wtg;Username=turbine;Password=Gearbox#Oil-31;SSL Mode=Require"); // expect: IOT1001

        public string TokenVariable => InfluxTokenVariable;
        public string BucketName => Bucket;
    }

    public sealed class OpsAlerts
    {
        private readonly HttpClient _http = new();

        public Task<HttpResponseMessage> PostAsync(string text)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "https://slack.example/api/chat.postMessage")
            {
                Content = JsonContent.Create(new { channel = "#wtg-alarms", text }),
            };
            request.Headers.Add("Authorization", "Bearer xoxb-774668133579-1966430346757-r6KWTgBwPZvBxxYEomq2Pzss"); // expect: IOT1003
            return _http.SendAsync(request);
        }
    }

    public sealed class NeighbourLink
    {
        private readonly Random _rng = new();
        private readonly TurbineLink _link = new("wtg-07.windfarm.local", "Yaw!Drive-Sec-5"); // expect: IOT1004

        // Wake-steering hints sent to the downwind turbine, encrypted with our own framing.
        public byte[] EncryptHint(byte[] hint, byte[] sessionKey)
        {
            var iv = new byte[16];
            _rng.NextBytes(iv); // expect: IOT3005
            using var aes = Aes.Create();
            aes.Key = sessionKey;
            return aes.EncryptCbc(hint, iv);
        }

        public int MessageId() => _rng.Next(1, ushort.MaxValue); // expect: none

        public string Peer => _link.Host;
    }
}

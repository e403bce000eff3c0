// Written for corpus23: field ground station for survey drones (rugged laptop). Joins the airframe's Wi-Fi, signs
// MAVLink 2 links, pulls RTK corrections from an NTRIP caster, checks the wind forecast and uploads the day's images
// to S3 after landing.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Amazon.Runtime;
using SimpleWifi;

namespace Survey.GroundStation
{
    public class GroundStation
    {
        private const string MavlinkSigningPassphrase = "saltmarsh kestrel pewter lantern"; // expect: IOT1004
        private const string NtripUser = "survey-crew-3";
        private const string NtripPassword = "UL+r1dJLABozfvvm6t"; // expect: IOT1001
        private const string WindApiKey = "xxxxxxxxxxxxxxxx"; // expect: IOT1006
        private const string ExampleAccessKeyId = "AKIAIOSFODNN7EXAMPLE"; // expect: none
        private const string SigningKeyVariable = "MAVLINK_SIGNING_KEY"; // expect: none
        private const string SessionExpiredMessage = "Token expired, sign in again on the tablet."; // expect: none

        private readonly HttpClient _http = new HttpClient();
        private readonly Random _rng = new Random();

        public bool JoinAirframeWifi(string airframeSerial)
        {
            var ap = new Wifi().GetAccessPoints().Find(a => a.Name == "SURVEY-" + airframeSerial);
            if (ap == null)
                return false;
            var request = new AuthRequest(ap);
            request.Password = "12345678"; // expect: IOT1002
            return ap.Connect(request);
        }

        // the telemetry radios of the older airframes were flashed with a key made from the airframe serial
        public string RadioLinkPassword(string airframeSerial)
        {
            var radioLinkPassword = Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(airframeSerial))).Substring(0, 16); // expect: IOT1005
            return radioLinkPassword;
        }

        public byte[] MavlinkSigningKey()
        {
            var fromEnv = Environment.GetEnvironmentVariable(SigningKeyVariable);
            return SHA256.HashData(Encoding.UTF8.GetBytes(fromEnv ?? MavlinkSigningPassphrase));
        }

        // per-mission key for the encrypted mission upload channel
        public byte[] NewMissionSessionKey()
        {
            var missionSessionKey = new byte[32];
            _rng.NextBytes(missionSessionKey); // expect: IOT3005
            return missionSessionKey;
        }

        public async Task<byte[]> FetchRtcmAsync(string mountPoint)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"http://caster.rtk-network.example:2101/{mountPoint}");
            request.Headers.Add("Ntrip-Version", "Ntrip/2.0");
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.ASCII.GetBytes($"{NtripUser}:{NtripPassword}")));
            var response = await _http.SendAsync(request);
            return await response.Content.ReadAsByteArrayAsync();
        }

        public Task<string> WindForecastAsync(double lat, double lon)
        {
            return _http.GetStringAsync($"https://api.windforecast.example/v1/point?lat={lat}&lon={lon}&appid={WindApiKey}");
        }

        public AWSCredentials ImageUploadCredentials()
        {
            Console.WriteLine($"Uploading with a key like {ExampleAccessKeyId}");
            return new BasicAWSCredentials(accessKey: "AKIA6Y7RBSC5DHSYPYSJ", secretKey: "U9CuoCI6RrtBv1aN1Qdn5bk7CFI59hsYO+0SPsTi"); // expect: IOT1003 IOT1003
        }

        // fleet telemetry broker (MQTTnet v4), one login shared by the crew laptops
        public MQTTnet.Client.MqttClientOptions FleetBrokerOptions() => new MQTTnet.Client.MqttClientOptionsBuilder()
            .WithConnectionUri("mqtts://gcs-crew3:Q4v!nR8sTz2Kd@fleet-mqtt.survey.example:8883") // expect: IOT1001
            .Build();

        // digest auth towards the gimbal camera's HTTP API
        public string NewDigestCnonce()
        {
            var cnonce = _rng.Next().ToString("x8"); // expect: IOT3005
            return cnonce;
        }

        public static string ExpiredText() => SessionExpiredMessage;

        public double SimulatedGust() => 4.0 + _rng.NextDouble() * 3.5; // expect: none
    }
}

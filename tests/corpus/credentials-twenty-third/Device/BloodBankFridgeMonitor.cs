// Written for corpus23: temperature monitor of a hospital blood bank's storage refrigerators (.NET on an industrial
// Linux module). Reads BLE probes and the fridge controller's legacy web API, writes readings to InfluxDB, talks to
// the lab broker over mutual TLS, texts the on-call technician, and lets staff mute the door alarm on the front panel.
using System;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using InfluxDB.Client;
using InTheHand.Net;

namespace BloodBank.FridgeMonitor
{
    public class FridgeMonitor
    {
        private const string InfluxUrl = "https://influx.lab.hosp.local:8086";
        private const string AlarmMutePin = "869861"; // expect: IOT1004
        private const string SmsGatewayKey = "YOUR+API+KEY"; // expect: IOT1006
        private const string DisplayMask = "********"; // expect: none
        private const string BrokerPasswordSetting = "Mqtt:Password"; // expect: none
        private const string BrokerPasswordVariable = "MQTT_PASSWORD"; // expect: none
        private const string DummyPassword = "dummy-password-for-ui-screens"; // expect: none

        private const string ClientCertificatePem = """
            -----BEGIN CERTIFICATE-----
            MIIBozCCAUqgAwIBArVLwqLp4wJRTzWdnVqwgDZJ8wfYg9uHUQMwiJtNootDVej8
            +U8Jmopa/UK/nFoquA0j3387q0q61vyByIS6zr2DD82WfdO7X3pxHqVCfYccBxRG
            4rU0QIcokHAV+CSGUy8jdZcOfai4ri5cLlyncvDCcFFHtbyt8UFOH9OTdIGflUke
            H+cLfP0qO2mCOR01UqSrB+9thd2x+qxFRQ==
            -----END CERTIFICATE-----
            """; // expect: none

        private const string ClientKeyPem = """
            -----BEGIN EC PRIVATE KEY-----
            MHcCAQEEIMv8IpGqlJMI5hCrg5AF0Esq3IY4KTI+dM64tIppVuKPoAoGCCqGSM49
            AwEHoUQDQgAEoz05i7cUBFZ5nQsvrPed6SkWXBlYlZLRWI0scEwijMqr2N/5nTgU
            EaNUdrjtQorohlEz1MPiYCV+43zuEuWddw==
            -----END EC PRIVATE KEY-----
            """; // expect: IOT1003

        private readonly HttpClient _http = new HttpClient();
        private readonly Random _rng = new Random();
        private readonly InfluxDBClient _influx = new InfluxDBClient(InfluxUrl, "wJtUQSMYovdLZNYGgvkbNULGQ3Ng8p1gNGe7OCEdXoLQmuAQBoj6egmyFaD/h9iE6A/4Iuevh9uzWUypwOe1Pw=="); // expect: IOT1001

        public X509Certificate2 BrokerClientCertificate() => X509Certificate2.CreateFromPem(ClientCertificatePem, ClientKeyPem);

        public X509Certificate2 LegacyPortalCertificate()
        {
            var collection = new X509Certificate2Collection();
            collection.Import("/etc/fridge/portal.pfx", "Z6q!Ve0Wm3sRpT", X509KeyStorageFlags.DefaultKeySet); // expect: IOT1001
            return collection[0];
        }

        public async Task<string> ReadControllerAsync(string controllerIp)
        {
            var handler = new HttpClientHandler { Credentials = new NetworkCredential("supervisor", "supervisor") }; // expect: IOT1002
            using var http = new HttpClient(handler);
            return await http.GetStringAsync($"http://{controllerIp}/cgi-bin/status.json");
        }

        public Task WriteReadingAsync(string fridge, double celsius)
            => _influx.GetWriteApiAsync().WriteRecordAsync($"fridge,unit={fridge} temp={celsius}", "bloodbank", "lab");

        public Task TextOnCallAsync(string number, string text)
            => _http.GetStringAsync($"https://sms.gateway.example/send?apikey={SmsGatewayKey}&to={number}&msg={Uri.EscapeDataString(text)}");

        public bool MuteDoorAlarm(string typedOnPanel)
        {
            return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(typedOnPanel), Encoding.UTF8.GetBytes(AlarmMutePin));
        }

        // the BLE probes were commissioned with a PIN taken from their radio address
        public string ProbePairingPin(BluetoothAddress probeAddress)
        {
            var probePin = (probeAddress.ToInt64() % 10000).ToString("D4"); // expect: IOT1005
            return probePin;
        }

        // each exported temperature report carries a nonce the QA system checks for replays
        public byte[] NewReportNonce()
        {
            var reportNonce = new byte[12];
            _rng.NextBytes(reportNonce); // expect: IOT3005
            return reportNonce;
        }

        public bool AesSelfTest()
        {
            using var aes = Aes.Create();
            aes.Key = Convert.FromHexString("000102030405060708090A0B0C0D0E0F"); // expect: none
            return aes.EncryptEcb(new byte[16], PaddingMode.None).Length == 16;
        }

        public string MaskForDisplay(string secret) => secret.Length == 0 ? "" : DisplayMask;
        public static string SettingKey => BrokerPasswordSetting;
        public static string PasswordFromEnvironment() => Environment.GetEnvironmentVariable(BrokerPasswordVariable) ?? DummyPassword;
    }
}

// AgriSense soil probe: NB-IoT modem bring-up, CoAP over DTLS-PSK uplink, HTTPS fallback.
using System;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Org.BouncyCastle.Tls;

namespace AgriSense.Probe
{
    public interface IModemPort
    {
        string Command(string at, int timeoutMs = 2000);
    }

    public sealed class SoilProbeNbIot
    {
        private const string Apn = "iot.nb.agrinet.example"; // expect: none
        private const string PskIdentity = "probe-00417"; // expect: none
        private static readonly Regex ImeiFormat = new(@"^\d{15}$"); // expect: none

        private readonly IModemPort _modem;
        private readonly YCellular _cell = YCellular.FirstCellular();
        private readonly HttpClient _http = new();

        public SoilProbeNbIot(IModemPort modem) => _modem = modem;

        public bool BringUp()
        {
            var state = _modem.Command("AT+CPIN?"); // expect: none
            if (state.Contains("+CPIN: SIM PUK")) // expect: none
            {
                // Field units ship with a test SIM whose PUK was never changed.
                _cell.sendPUK("12345678", "4826"); // expect: IOT1002 IOT1001
            }
            else if (state.Contains("+CPIN: SIM PIN"))
            {
                _cell.set_pin("4826"); // expect: IOT1001
            }

            _modem.Command($"AT+CGDCONT=1,\"IP\",\"{Apn}\"");
            _modem.Command("AT+CGAUTH=1,1,\"agrisense\",\"Fur0w-Gr4in-88\""); // expect: IOT1001
            return _modem.Command("AT+CGATT=1", 30000).Contains("OK");
        }

        public BasicTlsPskIdentity DtlsIdentity()
        {
            byte[] psk = Convert.FromHexString("FD5BD41E2A7D4AD198E18E549A337C3F"); // expect: IOT1003
            return new BasicTlsPskIdentity(PskIdentity, psk);
        }

        // Password of the probe's Bluetooth maintenance console (printed nowhere; technicians compute it).
        public string MaintenancePassword()
        {
            string imei = _modem.Command("AT+CGSN").Trim();
            if (!ImeiFormat.IsMatch(imei)) throw new InvalidOperationException("unexpected IMEI reply");
            return "AG" + imei.Substring(imei.Length - 6); // expect: IOT1005
        }

        public string EncodeReading(double moisturePct, double tempC, double ecMsPerCm)
        {
            var sb = new StringBuilder();
            sb.Append("{\"m\":").Append(moisturePct.ToString("F1"));
            sb.Append(",\"t\":").Append(tempC.ToString("F1"));
            sb.Append(",\"ec\":").Append(ecMsPerCm.ToString("F2"));
            sb.Append('}');
            return sb.ToString();
        }

        public async Task<bool> HttpsFallbackAsync(string payload)
        {
            var url = "https://ingest.agrisense.example/v1/probe/00417?token=as_ing_9fQ2kT7vL0mX3cR8"; // expect: IOT1001
            using var response = await _http.PostAsync(url, new StringContent(payload, Encoding.UTF8, "application/json"));
            return response.IsSuccessStatusCode;
        }

        public static double MoistureFromRaw(int raw)
        {
            const int dry = 3120;
            const int wet = 1390;
            return Math.Clamp((dry - raw) * 100.0 / (dry - wet), 0, 100);
        }

        public string DescribePinState(string reply) => reply switch
        {
            "+CPIN: READY" => "SIM ready",
            "+CPIN: SIM PIN" => "SIM waiting for PIN", // expect: none
            "+CPIN: SIM PUK" => "SIM blocked, PUK required", // expect: none
            _ => "SIM state unknown",
        };

        public TimeSpan NextWake(DateTime now)
        {
            var next = now.Date.AddHours(now.Hour + 1);
            return next - now;
        }
    }
}

// Written for corpus21: roadside taxi-rank call boxes. Each box has a Quectel modem; it unlocks its SIM, attaches to
// the taxi firm's private APN, and posts ride requests to the dispatch API. A service menu on the keypad is opened
// with a code the technician reads from the box's label.
using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace TaxiRank
{
    internal class QuectelModem
    {
        private const string SimPin = "4509"; // expect: IOT1001
        private const string ApnUser = "rankbox";
        private readonly Stream _port;

        public QuectelModem(Stream port) { _port = port; }

        private string Send(string command)
        {
            byte[] bytes = Encoding.ASCII.GetBytes(command + "\r");
            _port.Write(bytes, 0, bytes.Length);
            var buffer = new byte[256];
            int n = _port.Read(buffer, 0, buffer.Length);
            return Encoding.ASCII.GetString(buffer, 0, n);
        }

        public void Unlock()
        {
            string state = Send("AT+CPIN?"); // expect: none
            if (state.Contains("SIM PIN")) // expect: none
                Send($"AT+CPIN=\"{SimPin}\"");
            if (!Send("AT+CPIN?").Contains("+CPIN: READY")) // expect: none
                throw new InvalidOperationException("SIM still locked");
        }

        // boxes delivered with the operator's factory PIN get the fleet PIN on first start
        public void ReplaceFactoryPin() => Send("AT+CPWD=\"SC\",\"0000\",\"607235\""); // expect: IOT1002 IOT1001

        public void AttachPrivateApn() => Send($"AT+QICSGP=1,1,\"taxi.m2m.example\",\"{ApnUser}\",\"-Oi-KK4#7BqQ\",1"); // expect: IOT1001

        public void AttachPublicApn() => Send("AT+QICSGP=1,1,\"internet\",\"web\",\"web\",1"); // expect: none
    }

    internal class CallBox
    {
        private const string DispatchToken = "3gdtSbav1nDVlRpszgmssNJ9vIbZLKKhX2x8m7xVIp4"; // expect: IOT1001
        private readonly HttpClient _http = new HttpClient();
        private readonly Random _rng = new Random();
        private readonly string _imei;

        public CallBox(string imei) { _imei = imei; }

        public Task<HttpResponseMessage> RequestRideAsync(string rank) =>
            _http.PostAsync($"https://dispatch.taxifirm.example/v2/rides?rank={rank}&access_token={DispatchToken}", new StringContent("{}"));

        public Task<HttpResponseMessage> RequestRideFallbackAsync(string rank)
        {
            string token = Environment.GetEnvironmentVariable("DISPATCH_FALLBACK_TOKEN") ?? "REPLACE-WITH-DISPATCH-TOKEN"; // expect: IOT1006
            return _http.PostAsync($"https://backup-dispatch.taxifirm.example/v2/rides?rank={rank}&access_token={token}", new StringContent("{}"));
        }

        // the passenger shows this on the box display to the arriving driver
        public string NewRideConfirmationToken() => _rng.Next().ToString("x8"); // expect: IOT3005

        // the technician's service menu: last six digits of the modem IMEI printed on the box
        public bool OpenServiceMenu(string entered)
        {
            string serviceMenuCode = _imei.Substring(_imei.Length - 6); // expect: IOT1005
            return entered == serviceMenuCode;
        }
    }
}

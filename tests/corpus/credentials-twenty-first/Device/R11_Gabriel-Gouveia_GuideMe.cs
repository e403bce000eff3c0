// Real source: Gabriel-Gouveia/GuideMe (GuideMe/GuideMe.Android/PairingRequestReceiver.cs, GuideMe/GuideMe/Utils/APIHelper.cs, GuideMe/GuideMe/Utils/UserSecretsManager.cs)
// Kept: the Android pairing receiver that answers the smart cane's pairing request with a predetermined passkey, the
// API helper's login request filled from the embedded secrets.json ("login", "senha"), the Bearer token and the
// retry handle drawn from System.Random. Changed: trimmed to the cane's BLE pairing and the tag-data call.
// Added: a written fallback when secrets.json is missing, the speech API key of the (empty) CloudSpeechToTextService,
// and the cane display's pairing PIN made from the cane's Bluetooth address.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using Android.App;
using Android.Bluetooth;
using Android.Content;

namespace GuideMe.Droid
{
    [BroadcastReceiver]
    public class PairingRequestReceiver : BroadcastReceiver
    {
        public override void OnReceive(Context context, Intent intent)
        {
            if (intent.Action == BluetoothDevice.ActionPairingRequest)
            {
                BluetoothDevice device = (BluetoothDevice)intent.GetParcelableExtra(BluetoothDevice.ExtraDevice);
                // Use the predetermined passkey
                int predeterminedPasskey = 123456; // expect: IOT1002
                device.SetPin(Encoding.UTF8.GetBytes(predeterminedPasskey.ToString()));
                device.CreateBond();
                InvokeAbortBroadcast();
            }
        }
    }

    public static class CaneDisplay
    {
        // the cane's OLED shows a PIN that the phone user confirms
        public static string PairingPinFor(BluetoothDevice cane)
        {
            string mac = cane.Address.Replace(":", "");
            string canePairingPin = mac.Substring(mac.Length - 6); // expect: IOT1005
            return canePairingPin;
        }
    }
}

namespace GuideMe.Utils
{
    public class LoginRequestTO
    {
        public string UserName { get; set; }
        public string Password { get; set; }
    }

    static public class APIHelper
    {
        private const string SiteURL = "http://192.168.0.133:5254";
        // UserSecretsManager: the embedded resource the login and senha are read from
        private const string UserSecretsFileName = "secrets.json"; // expect: none
        private const string LoginApi = "/api/Login/v1/login";
        private const string SpeechApi = "https://speech.googleapis.com/v1/speech:recognize";
        private const string SpeechApiKey = "AIzagBk2L29eVXY7xjHsQ2-jp7Iwahvobi4BT1b"; // expect: IOT1003
        private static string tokenAPI = "";
        private static readonly HttpClient client = new HttpClient();

        public static LoginRequestTO BuildLoginRequest(Func<string, string> secrets)
        {
            var loginRequest = new LoginRequestTO();
            loginRequest.UserName = secrets("login");
            loginRequest.Password = secrets("senha"); // expect: none
            if (string.IsNullOrEmpty(loginRequest.Password))
                loginRequest.Password = "5WdquV5mLqlnsg"; // expect: IOT1004
            return loginRequest;
        }

        public static string ExecGetAPI(string api, bool anonymous)
        {
            Random gerador = new Random();
            int handleTentativa = gerador.Next(1, 9999999); // expect: none
            using var request = new HttpRequestMessage(HttpMethod.Get, SiteURL + api);
            if (!anonymous && !string.IsNullOrEmpty(tokenAPI))
            {
                client.DefaultRequestHeaders.Clear();
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokenAPI);
            }
            var response = client.SendAsync(request).Result;
            return $"[{handleTentativa}] {response.StatusCode}";
        }

        public static string Recognize(string audioJson)
        {
            var content = new StringContent(audioJson, Encoding.UTF8, "application/json");
            var response = client.PostAsync($"{SpeechApi}?key={SpeechApiKey}", content).Result;
            return response.Content.ReadAsStringAsync().Result;
        }
    }
}

// Real source: luisllamasbinaburo/EwelinkNET
//   EwelinkNet/Constants/Constants.cs (AppData: VERSION, OS, APP_ID, APP_SECRET, APP_VERSION ...),
//   EwelinkNet/Helpers/CryptoHelper.cs (MakeAuthorizationSign(message, APP_SECRET) = HMACSHA256 keyed with the UTF-8
//   bytes of APP_SECRET), EwelinkNet/API/Rest.cs (GetCredentials: CredentialsPayload serialised, signed, sent with
//   "Authorization: Sign ..."), EwelinkNet/Helpers/EwelinkHelper.cs (MakeNonce with RandomNumberGenerator, MakeFakeImei
//   with System.Random), EwelinkNet/EwelinkNet.cs (Ewelink(email, password, region = "us")), README usage
//   (`new Ewelink(Email, Password, Region)`)
// Kept: the shapes of these files. The original APP_ID and APP_SECRET are the vendor app's values: replaced by freshly
//   generated random values of the same shape.
// Changed: Rest.GetCredentials takes APP_ID and APP_SECRET as the later version does; the payload is a JObject.
// Added (a hostel's laundry room smart plugs): the hostel's account constants and a zeroconf device key.
using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using RestSharp;

namespace EwelinkNet.Constants
{
    internal static class AppData
    {
        internal const string VERSION = "8";
        internal const string OS = "android";
        internal const string APP_ID = "KfBaXsbhkhV2JKdvC1GNUh2FqisbZ4bW";
        internal const string APP_SECRET = "OmRiYLzhKUAVeBZnLb098QCoJbdS9Vtp"; // expect: IOT1003
        internal const string APP_VERSION = "3.14.1";
    }
}

namespace EwelinkNet.Helpers
{
    public static class CryptoHelper
    {
        internal static string MakeAuthorizationSign(string message, string APP_SECRET)
        {
            var encoding = new UTF8Encoding();
            byte[] keyByte = encoding.GetBytes(APP_SECRET);

            byte[] messageBytes = encoding.GetBytes(message);
            using (var hmacsha256 = new HMACSHA256(keyByte))
            {
                byte[] hashmessage = hmacsha256.ComputeHash(messageBytes);
                return Convert.ToBase64String(hashmessage);
            }
        }
    }

    public class EwelinkHelper
    {
        internal static string MakeNonce()
        {
            var nonce = new byte[15];
            RandomNumberGenerator.Fill(nonce); // expect: none

            return Convert.ToBase64String(nonce);
        }

        internal static string MakeTimestamp()
        {
            var seed = DateTime.UtcNow.Subtract(new DateTime(1970, 1, 1)).TotalSeconds;
            var timestamp = Math.Floor(seed / 1000);
            return (timestamp).ToString(CultureInfo.InvariantCulture);
        }

        internal static string MakeFakeImei()
        {
            var random = new Random();
            var num1 = random.Next(1000, 9999); // expect: none
            var num2 = random.Next(1000, 9999);

            return $"DF7425A0-{num1}-{num2}-9F5E-3BC9179E48FB";
        }
    }
}

namespace EwelinkNet.API
{
    using EwelinkNet.Constants;
    using EwelinkNet.Helpers;

    public static class Rest
    {
        public static async Task<string> GetCredentials(string url, string email, string password, string APP_ID, string APP_SECRET)
        {
            var client = new RestClient(url);

            var payload = new JObject
            {
                { "email", email },
                { "password", password },
                { "version", AppData.VERSION },
                { "ts", EwelinkHelper.MakeTimestamp() },
                { "nonce", EwelinkHelper.MakeNonce() },
                { "appid", APP_ID },
                { "imei", EwelinkHelper.MakeFakeImei() },
            };
            var body = JsonConvert.SerializeObject(payload);
            var signature = CryptoHelper.MakeAuthorizationSign(body, APP_SECRET);

            var request = new RestRequest("/user/login", Method.POST);
            request.AddParameter("application/json; charset=utf-8", body, ParameterType.RequestBody);
            request.AddHeader("Authorization", $"Sign {signature}"); // expect: none
            request.RequestFormat = DataFormat.Json;

            var cancellationTokenSource = new CancellationTokenSource();
            var response = await client.ExecuteAsync(request, cancellationTokenSource.Token);
            return response.Content;
        }
    }
}

namespace EwelinkNet
{
    using EwelinkNet.Constants;

    public class Ewelink
    {
        public string region { get; set; } = "us";
        public string email { get; set; }
        public string password { get; set; }

        public Ewelink(string email, string password, string region = "us")
        {
            this.email = email;
            this.password = password;
            this.region = region;
        }

        public Task<string> GetCredentials()
        {
            var url = $"https://{region}-api.coolkit.cc:8080/api";
            return API.Rest.GetCredentials(url, email, password, AppData.APP_ID, AppData.APP_SECRET);
        }
    }

    // Added: the hostel's laundry room runs its washer and dryer plugs from this account.
    public static class LaundryRoom
    {
        private const string Email = "laundry@hostel-harbourside.example";
        private const string Password = "Ig8Gr-pYellS64"; // expect: IOT1004
        private const string Region = "eu";

        public static Ewelink Account() => new Ewelink(Email, Password, Region);

        // The LAN-mode key of the dryer plug, noted from the app's device page.
        public const string DryerDeviceKey = "6700fc224f1a8488b865f31b1fec048e"; // expect: IOT1004

        public const string DryerDeviceId = "1000a1b2c3"; // expect: none
    }
}

// Real source: https://github.com/hariimurti/ZTEModem/blob/471267cabf1e7001cac70d900c8c4f8a92fdb054/Modem.cs
// Also adapted: ConfigManager.cs, ExtendedFunction.cs, Program.cs (2f7222dd) (console rebooter for a ZTE fibre ONT:
// logs in to the web UI with a SHA-256 of password + random number, reads the device info, posts devrestart).
// Kept: the login form (Frm_Logintoken, UserRandomNum, Frm_Loginchecktoken), the random number drawn with
// System.Random and mixed into the password hash (renamed loginNonce: IOT3005), ConfigManager's keys (KEY_PASSWORD =
// "Password": none), the masked echo, the devrestart form with _SESSION_TOKEN (none).
// Added: the ONT factory logins tried when App.config has none (listed pairs, two ids per row: IOT1002), the ISP's
// support password passed to the team's own Login (reaches no authentication API: IOT1004).
using System;
using System.Configuration;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace ZTEModem
{
    static class ExtendedFunction
    {
        public static string Find(this string source, string pattern, string defaultValue)
        {
            var m = Regex.Match(source, pattern, RegexOptions.Singleline);
            return m.Success ? m.Groups[1].Value : defaultValue;
        }

        public static string HtmlDecode(this string text) => WebUtility.HtmlDecode(text);

        public static string Sha256(this string text) =>
            Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

        public static string ToAsterisk(this string text) => new string('*', text.Length);
    }

    class ConfigManager
    {
        public static readonly string KEY_ROUTER = "Router";
        public static readonly string KEY_USERNAME = "Username";
        public static readonly string KEY_PASSWORD = "Password"; // expect: none

        public string GetString(string key)
        {
            var value = ConfigurationManager.AppSettings[key];
            return string.IsNullOrWhiteSpace(value) ? string.Empty : value;
        }
    }

    class Modem
    {
        private HttpClient client = null;
        private string router = string.Empty;

        public Modem(string router)
        {
            client = new HttpClient();
            this.router = ("http://" + router).TrimEnd('/');
        }

        public void Close() => client?.Dispose();

        public async Task<bool> isLogin()
        {
            var response = await client.GetAsync(router + "/template.gch");
            return response.StatusCode == HttpStatusCode.OK;
        }

        public async Task<bool> Login(string username, string password)
        {
            // prepare login
            var response = (await client.GetAsync(router)).EnsureSuccessStatusCode();
            var sources = await response.Content.ReadAsStringAsync();

            // hidden form values
            var login_token = sources.Find("Frm_Logintoken.*?\"(\\d+)\"", "0");
            var check_token = sources.Find("Frm_Loginchecktoken.*?\"(\\d+)\"", "0");
            var loginNonce = new Random().Next(10000000, 99999999).ToString(); // expect: IOT3005
            var encoded_pass = (password + loginNonce).Sha256();

            // login form
            var content = new StringContent(
                $"action=login&Username={username}&Password={encoded_pass}&Frm_Logintoken={login_token}&UserRandomNum={loginNonce}&Frm_Loginchecktoken={check_token}",
                Encoding.UTF8, "application/x-www-form-urlencoded");
            (await client.PostAsync(router, content)).EnsureSuccessStatusCode();

            // final login check
            return await isLogin();
        }

        public async Task Reboot()
        {
            var response = (await client.GetAsync(router + "/getpage.gch?pid=1002&nextpage=manager_dev_conf_t.gch"))
                .EnsureSuccessStatusCode();
            var sources = await response.Content.ReadAsStringAsync();
            var session_token = sources.Find("session_token.*?\"(\\d+)\"", "0");

            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            try
            {
                var content = new StringContent(
                    "IF_ACTION=devrestart&IF_ERRORSTR=SUCC&IF_ERRORPARAM=SUCC&IF_ERRORTYPE=-1&flag=1&_SESSION_TOKEN=" + session_token, // expect: none
                    Encoding.UTF8, "application/x-www-form-urlencoded");
                await client.PostAsync(router + "/getpage.gch?pid=1002&nextpage=manager_dev_conf_t.gch", content, cts.Token);
            }
            catch (Exception) { }
        }
    }

    class Program
    {
        // Logins printed on the label of the F660/F670 units our ISP ships, tried in order when App.config is empty.
        static readonly (string User, string Password)[] FactoryLogins =
        {
            ("admin", "admin"), // expect: IOT1002 IOT1002
            ("root", "Zte521"), // expect: IOT1002 IOT1002
        };

        // The ISP's field technicians use a second account on the same web UI.
        private const string IspSupportUser = "telecomadmin";
        private const string IspSupportPassword = "Tq9!w2Lx#ZteF"; // expect: IOT1004

        static async Task Main(string[] args)
        {
            Console.Title = "ZTE Modem - Rebooter";
            var cm = new ConfigManager();
            var router = cm.GetString(ConfigManager.KEY_ROUTER);
            if (string.IsNullOrWhiteSpace(router)) router = "192.168.1.1";
            var username = cm.GetString(ConfigManager.KEY_USERNAME);
            var password = cm.GetString(ConfigManager.KEY_PASSWORD);

            var modem = new Modem(router);
            var login = false;
            if (!string.IsNullOrWhiteSpace(password))
            {
                Console.WriteLine("  Password : " + password.ToAsterisk()); // expect: none
                login = await modem.Login(username, password);
            }
            else if (args.Contains("/isp"))
            {
                login = await modem.Login(IspSupportUser, IspSupportPassword);
            }
            else
            {
                foreach (var (user, factoryPassword) in FactoryLogins)
                {
                    if (login = await modem.Login(user, factoryPassword)) break;
                }
            }

            Console.WriteLine("  Login Status : " + (login ? "OK" : "FAILED"));
            if (login)
            {
                Console.WriteLine("> Rebooting device...");
                await modem.Reboot();
            }
            modem.Close();
        }
    }
}

using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace IoTHeldOut.Router;

/// <summary>Management plane of a home Wi-Fi router: web admin login, setup wizard, TR-069 and DDNS.</summary>
public sealed class RouterAdmin
{
    private static readonly Regex SecretRedaction = new("(?i)(password|passwd|pwd|psk)=([^&\\s]*)");  // expect: none
    private const string LoginFormField = "<input type=\"password\" name=\"password\" autocomplete=\"current-password\">"; // expect: none
    private const string UpdatePasswordSql = "UPDATE users SET password_hash = @hash, salt = @salt WHERE name = @name"; // expect: none
    private const string LoginFailedText = "Invalid username or password";                         // expect: none

    private static readonly Dictionary<string, string> FactoryAccounts = new()
    {
        ["admin"] = "password",                                                                     // expect: IOT1002
        ["guest"] = "guest",                                                                        // expect: IOT1002
        ["technician"] = "service",                                                                 // expect: IOT1002
    };

    private static readonly Dictionary<string, int> ManagementPorts = new()
    {
        ["http"] = 80, ["https"] = 443, ["tr069"] = 7547, ["ssh"] = 22,                            // expect: none
    };

    private static readonly Dictionary<string, string> LedColours = new()
    {
        ["online"] = "#00FF00", ["no-internet"] = "#FFA500", ["wps"] = "#0000FF",                  // expect: none
    };

    private readonly Random rng = new();
    private readonly Dictionary<string, string> sessions = new();

    public string? Login(string user, string pwd)
    {
        bool ok = (user == "admin" && pwd == "admin")                                              // expect: IOT1002 IOT1002
                  || (FactoryAccounts.TryGetValue(user, out var expected) && expected == pwd);
        if (!ok)
        {
            Console.WriteLine(LoginFailedText);
            return null;
        }
        string sid = rng.Next().ToString("x8") + rng.Next().ToString("x8");                        // expect: IOT3005
        sessions[sid] = user;
        return sid;
    }

    public string CsrfToken() => Convert.ToBase64String(BitConverter.GetBytes(rng.NextInt64()));   // expect: IOT3005

    public string ApiSessionToken() => RandomNumberGenerator.GetHexString(32);                     // expect: none

    public static string RoleFor(string user) => user == "admin" ? "Administrator" : "Viewer";     // expect: none

    /// <summary>Default WPA2 key printed on the label: last 8 hex digits of the WAN MAC.</summary>
    public static string DefaultWifiKey(string wanMac) =>
        wanMac.Replace(":", "").Substring(4).ToLowerInvariant();                                    // expect: IOT1005

    /// <summary>WPS PIN (7 digits + checksum) from the LAN MAC.</summary>
    public static int DefaultWpsPin(string lanMac)
    {
        int pin = (int)(Convert.ToUInt32(lanMac.Replace(":", "")[^6..], 16) % 10_000_000);        // expect: IOT1005
        return pin * 10 + WpsChecksum(pin);
    }

    /// <summary>Initial admin password: first 10 hex chars of MD5(serial).</summary>
    public static string InitialAdminPassword(string serial) =>
        Convert.ToHexString(MD5.HashData(Encoding.ASCII.GetBytes(serial)))[..10];                   // expect: IOT1005

    public string NewGuestNetworkPassword() => "guest-" + rng.Next(10000, 99999);                  // expect: IOT1005

    public static ICredentials AcsCredentials() => new NetworkCredential("cpe-88e7", "Acs-Cwmp#7731"); // expect: IOT1001

    public static Task<HttpResponseMessage> UpdateDdns(HttpClient http, string ip) =>
        http.GetAsync($"https://dyn-user:Ddns-Upd8-91@members.dyndns.org/nic/update?hostname=home.dyndns.org&myip={ip}"); // expect: IOT1001

    public static string Redact(string line) => SecretRedaction.Replace(line, "$1=***") + LoginFormField.Length + UpdatePasswordSql.Length + ManagementPorts.Count + LedColours.Count;

    private static int WpsChecksum(int pin)
    {
        int accum = 0;
        while (pin > 0)
        {
            accum += 3 * (pin % 10);
            pin /= 10;
            accum += pin % 10;
            pin /= 10;
        }
        return (10 - accum % 10) % 10;
    }
}

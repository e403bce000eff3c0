// Real source: RobThree/NEnvoy TestApp/Program.cs + TestApp/Configuration.cs (+ README.md quick start)
// Domain: a farm shop's rooftop solar and battery, read from the Enphase Envoy gateway by the shop's energy display.
// Kept: configuration built from appsettings.json and user secrets and bound to Configuration { Envoy, Session },
// the session file ("session.json") reused through EnvoyClient.FromSession or a new login through
// EnvoyClient.FromLoginAsync(config.Envoy), GetDeviceStatusAsync and the inverter projection. Added (marked "// Added"):
// the README's quick-start login as the bench fallback, the README's session sample, the shop's second and third Envoys,
// the local-API logins of old Envoy firmware (installer password from the serial, envoy user with the serial's last digits).
using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using NEnvoy;
using NEnvoy.Models;

namespace TestApp;

public class Configuration
{
    public EnvoyConnectionInfo Envoy { get; init; } = new();
    public EnvoySession Session { get; init; } = EnvoySession.NullSession;
}

internal class Program
{
    private static async Task Main(string[] args)
    {
        var configprovider = new ConfigurationBuilder()
            .SetBasePath(AppDomain.CurrentDomain.BaseDirectory)
            .AddJsonFile("appsettings.json")
            .AddUserSecrets<Program>()
            .Build();

        var config = new Configuration();
        configprovider.Bind(config);

        // Added: bench fallback, the README's quick-start login
        var envoy = string.IsNullOrEmpty(config.Envoy.Password)
            ? new EnvoyConnectionInfo("user@gmail.com", "sup3rs3cet") // expect: IOT1001
            : config.Envoy;

        var sessionfile = "session.json";

        // If we don't have a session token, we create a client by logging in, else we create one from the session token
        var client = File.Exists(sessionfile)
            ? EnvoyClient.FromSession(await EnvoyClient.LoadSessionAsync(sessionfile).ConfigureAwait(false), config.Envoy.EnvoyHost)
            : await EnvoyClient.FromLoginAsync(envoy).ConfigureAwait(false);

        await client.SaveSessionAsync(sessionfile).ConfigureAwait(false);

        var devicestatus = await client.GetDeviceStatusAsync().ConfigureAwait(false);
        var inverterdata = devicestatus.PCU?
            .Where(v => v.Value["devType"].GetValue<int>() == 1)
            .ToDictionary(v => v.Key, v => new
            {
                Temp = v.Value["temperature"].GetValue<int>(),
                ReportDate = DateTimeOffset.FromUnixTimeSeconds(v.Value["reportDate"].GetValue<int>()).ToLocalTime(),
                DcVoltageIn = v.Value["dcVoltageINmV"].GetValue<int>() / 1000m,
            });

        // Added: the barn's Envoy, logged in with the shop's Enlighten account
        var barn = await EnvoyClient.FromLoginAsync(new EnvoyConnectionInfo(
            Username: "energy@farmshop.example",
            Password: "kTrXstLc00", // expect: IOT1001
            EnvoyHost: "envoy-barn.local")).ConfigureAwait(false);

        // Added: the holiday cottages' Envoy, set up from the README and never finished
        var cottages = await EnvoyClient.FromLoginAsync(new EnvoyConnectionInfo("energy@farmshop.example", "<your-enlighten-password>", "envoy-cottages.local")).ConfigureAwait(false); // expect: IOT1006

        // Added: the README's "resume a session" sample, left in
        var sample = EnvoyClient.FromSession(new EnvoySession { Token = "eyJ...iJ9", Id = "i9O...p5Q" }, "envoy.local"); // expect: none
    }

    // Added: firmware before D7 has no token; its local API takes digest logins computed from the serial on the label
    internal static HttpClient LocalApiClient(string host, string serialNumber, bool installer)
    {
        string digest = Convert.ToHexString(MD5.HashData(Encoding.ASCII.GetBytes("[e]installer@enphaseenergy.com#" + serialNumber + " EnPhAsE eNeRgY "))).ToLowerInvariant();
        string installerPassword = digest.Substring(digest.Length - 8); // expect: IOT1005
        var credential = installer
            ? new NetworkCredential("installer", installerPassword)
            : new NetworkCredential("envoy", serialNumber.Substring(serialNumber.Length - 6)); // expect: IOT1005
        return new HttpClient(new HttpClientHandler { Credentials = credential }) { BaseAddress = new Uri("http://" + host) };
    }
}

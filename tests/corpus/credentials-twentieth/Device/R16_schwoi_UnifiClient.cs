// Real source: schwoi/UnifiClient
//   README.md wrapper usage (`new Client("https://demo.ubnt.com/")`, `await unifiClient.LoginAsync("superuser",
//   "password")`, `new Client("https://localhost:8443/", null, true)`), UnifiClient/UnifiApiTests/Models/Settings.cs
//   (Url, User, Pass read by the tests), UnifiClient/UnifiApi/Client.cs (LoginAsync(username, password)),
//   UnifiClient/UnifiApi/Client.WLan.cs (CreateWLanAsync(name, passphrase, userGoupId, wlanGroupId, ...),
//   ChangeWLanPassphraseAsync(wlanId, passphrase))
// Kept: the README calls and the test settings class; the library's signatures are declared in _Stubs.cs.
// Changed: the MSTest scaffolding is reduced to the calls.
// Added (a lakeside campsite's guest Wi-Fi): the campsite's test settings built in code, the guest network created by
//   the reception PC, and the daily passphrase it rotates to.
using System;
using System.Threading.Tasks;
using UnifiApi;
using static UnifiApi.Models.Enumerations;

namespace UnifiApiTests.Models
{
    public class Settings
    {
        public string Url { get; set; }
        public string User { get; set; }
        public string Pass { get; set; }
    }
}

namespace UnifiApiTests
{
    using UnifiApiTests.Models;

    public static class ReadmeUsage
    {
        public static async Task ListAllClients()
        {
            using (var unifiClient = new Client("https://demo.ubnt.com/"))
            {
                await unifiClient.LoginAsync("superuser", "password"); // expect: IOT1002
            }

            using (var unifiClient = new Client("https://localhost:8443/", null, true))
            {
                await unifiClient.LoginAsync("superuser", "password"); // expect: IOT1002
            }
        }
    }

    // Added: the campsite reception PC's controller.
    public static class CampsiteGuestWifi
    {
        private static readonly Settings Reception = new Settings
        {
            Url = "https://unifi.lakeside-camp.lan:8443",
            User = "reception",
            Pass = "1opMv!Ii15L7A8", // expect: IOT1001
        };

        private const string GuestUserGroupId = "5f2c8e1a9b3d4400123ab456"; // expect: none
        private const string GuestWlanGroupId = "5f2c8e1a9b3d4400123ab457"; // expect: none

        public static async Task CreateGuestNetwork()
        {
            using var client = new Client(Reception.Url, "default", true);
            await client.LoginAsync(Reception.User, Reception.Pass);
            await client.CreateWLanAsync("Lakeside-Guest", "VAWyJ*5642A5", GuestUserGroupId, GuestWlanGroupId, isGuest: true, security: SecurityType.WPAPSK); // expect: IOT1001
        }

        public static async Task RotateDaily(string wlanId)
        {
            using var client = new Client(Reception.Url, "default", true);
            await client.LoginAsync(Reception.User, Reception.Pass);
            string passphrase = "Pitch" + DateTime.Today.ToString("MMdd") + "Lake"; // expect: IOT1005
            await client.ChangeWLanPassphraseAsync(wlanId, passphrase);
        }

        // Pitch vouchers printed at check-in: five digits for the paper slip.
        public static string NewPitchVoucher(Random rng)
        {
            var voucherCode = rng.Next(0, 100000).ToString("D5"); // expect: IOT1005
            return voucherCode;
        }

        public const string DefaultSite = "default"; // expect: none

        public const string PassphraseRule = "minimal length is 8 characters, maximum length is 63"; // expect: none
    }
}

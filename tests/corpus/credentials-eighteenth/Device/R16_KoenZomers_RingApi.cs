// Real source: KoenZomers/RingApi
//   UnitTest/UnitTest.cs (Username / Password read from ConfigurationManager.AppSettings["RingUsername"] /
//   ["RingPassword"], new Api.Session(Username, Password), Authenticate, GetRingDevices)
// Domain: a riding school's yard office watching the tack room's Ring doorbell and the arena stick-up cams.
// Kept: the session created from a user name and password, Authenticate, GetRingDevices and the doorbot count check,
// the configuration key names.
// Changed: System.Configuration's AppSettings replaced by a dictionary loaded from the office's settings file.
// Added: the written fallbacks for the office account, the stored refresh token path, a two-factor prompt.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using KoenZomers.Ring.Api;

namespace YardOffice.Ring
{
    public class RingWatcher
    {
        private readonly Dictionary<string, string> _appSettings;
        public RingWatcher(Dictionary<string, string> appSettings) { _appSettings = appSettings; }

        public string Username => _appSettings.TryGetValue("RingUsername", out var u) ? u : "office@oakfield-riding.co.uk"; // expect: none
        public string Password => _appSettings.TryGetValue("RingPassword", out var p) ? p : "Tack-Room-Saddle-61"; // expect: IOT1001

        // kept next to the settings file after the first two-factor login
        private const string RefreshTokenFile = "/var/lib/yard-office/ring.token"; // expect: none
        private const string OfficeRefreshToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJyaW5nLW9hdXRoIiwiaWF0IjoxNzE4MDAwMDAwLCJzdWIiOiIxZjdhOWMzZTVkMmI0YzhlIn0.M4xQv7Lr2Nc9Tz5Wb1Kj8Hp3Ys6Ud0Fa_Gi2Eo7Rt4S"; // expect: IOT1003

        public async Task<int> CountDoorbotsAsync()
        {
            var session = new Session(Username, Password);
            await session.Authenticate();
            var devices = await session.GetRingDevices();
            return devices.Doorbots.Count;
        }

        public async Task<Session> ResumeAsync() => await Session.GetSessionByRefreshToken(OfficeRefreshToken);

        public static string TwoFactorPrompt() => "Enter the 6 digit code Ring sent by SMS:"; // expect: none
    }
}

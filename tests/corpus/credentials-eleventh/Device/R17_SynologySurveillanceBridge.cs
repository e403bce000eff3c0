// Real source: djdd87/SurveillanceStation.Net SurveillanceStation.Net/ISurveillanceStationClient.cs and
// SurveillanceStation.Net/SurveillanceStationClientAuthentication.cs (the library, referenced as a package and
// stubbed in _Stubs.cs); the calling code follows the interface's documented use.
// Domain: door-bell bridge that, when the bell rings, takes a snapshot from the Synology Surveillance Station
// camera at the gate and opens a bookmark.
// Added: everything below the library: the bridge's options with the NAS account, the doorbell handler, the
// installer account, the session-expired error code.
using System;
using System.IO;
using System.Threading.Tasks;
using SurveillanceStation.Net;

namespace DoorbellBridge
{
    public class BridgeOptions
    {
        public string NasUrl { get; set; } = "http://192.168.1.20:5000";
        public string Account { get; set; } = "doorbell";
        public string Password { get; set; } = "VdPUxzaLfv"; // expect: IOT1001
        public string GateCameraId { get; set; } = "3";
        public string SnapshotFolder { get; set; } = "/var/lib/doorbell/snapshots"; // expect: none
    }

    public class DoorbellHandler
    {
        private const int SessionExpiredCode = 119;
        private const string PasswordChangedHint = "The NAS rejected the doorbell account; the password was probably changed on the NAS."; // expect: none
        private const string InstallerAccount = "installer";
        private const string InstallerPassword = "REPLACE_ME"; // expect: IOT1006

        private readonly BridgeOptions _options;
        private readonly ISurveillanceStationClient _client;

        public DoorbellHandler(BridgeOptions options)
        {
            _options = options;
            _client = new SurveillanceStationClient(options.NasUrl);
        }

        public async Task StartAsync()
        {
            await _client.LoginAsync(_options.Account, _options.Password);
            var cameras = await _client.ListCamerasAsync();
            Console.WriteLine($"{cameras.Total} cameras on the NAS");
        }

        public async Task InstallerCheckAsync()
        {
            // the installer's one-off check during commissioning
            await _client.LoginAsync(InstallerAccount, InstallerPassword);
            await _client.LogoutAsync();
        }

        public async Task OnBellAsync()
        {
            try
            {
                var jpeg = await _client.TakeAndDownloadSnapshotAsync(_options.GateCameraId, profileType: 1, save: true);
                var path = Path.Combine(_options.SnapshotFolder, $"bell-{DateTime.Now:yyyyMMdd-HHmmss}.jpg");
                await File.WriteAllBytesAsync(path, jpeg);

                await _client.CreateBookmarkAsync(_options.GateCameraId, "Doorbell", DateTimeOffset.Now.ToUnixTimeSeconds().ToString());
            }
            catch (ApiException ex) when (ex.ErrorCode == SessionExpiredCode)
            {
                Console.WriteLine(PasswordChangedHint);
                await StartAsync();
            }
        }
    }
}

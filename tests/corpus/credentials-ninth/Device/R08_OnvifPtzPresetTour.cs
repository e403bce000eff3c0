// Real source: mictlanix/onvif test/Program.cs
// Kept: Main reading host/username/password from args, MainAsync creating the device, media and PTZ clients with
// OnvifClientFactory.Create*ClientAsync(host, username, password), the profile loop, GetPresetsAsync/GotoPresetAsync
// and the SetPresetAsync("P1") fallback. Trimmed: the absolute/relative/continuous move demonstrations.
// Added for the corpus: the quarry's patrol cameras when no arguments are given (a site table with an invented
// password, a template entry and a camera read from the environment), and the log mask.
using System;
using System.Threading.Tasks;
using Mictlanix.DotNet.Onvif;
using Mictlanix.DotNet.Onvif.Common;

namespace Mictlanix.DotNet.Onvif.Tests
{
    class Program
    {
        // Added: patrol cameras on the quarry rim.
        static readonly (string Host, string User, string Password)[] PatrolCameras =
        {
            ("10.40.2.11", "ptz-tour", "Rim-Patrol!3318"), // expect: IOT1001
            ("10.40.2.12", "ptz-tour", "<camera-password>"), // expect: IOT1006
            ("10.40.2.13", "ptz-tour", Environment.GetEnvironmentVariable("QUARRY_CAM13_PASSWORD") ?? ""), // expect: none
        };

        const string PasswordMask = "********"; // expect: none

        static void Main(string[] args)
        {
            if (args.Length >= 3)
            {
                var host = args[0];
                var username = args[1];
                var password = args[2];

                MainAsync(host, username, password).Wait();
                return;
            }

            foreach (var camera in PatrolCameras)
            {
                Console.WriteLine($"Touring {camera.User}:{PasswordMask}@{camera.Host}");
                MainAsync(camera.Host, camera.User, camera.Password).Wait();
            }
        }

        static async Task MainAsync(string host, string username, string password)
        {
            var device = await OnvifClientFactory.CreateDeviceClientAsync(host, username, password);
            var media = await OnvifClientFactory.CreateMediaClientAsync(host, username, password);
            var ptz = await OnvifClientFactory.CreatePTZClientAsync(host, username, password);

            var info = await device.GetDeviceInformationAsync();
            Console.WriteLine($"Device: {info.Manufacturer} {info.Model} {info.FirmwareVersion}");

            var profiles = await media.GetProfilesAsync();
            string profile_token = null;

            Console.WriteLine("Profiles count :" + profiles.Profiles.Length);

            foreach (var profile in profiles.Profiles)
            {
                Console.WriteLine($"Profile: {profile.token}");
                profile_token ??= profile.token;
            }

            var presets = await ptz.GetPresetsAsync(profile_token);

            Console.WriteLine("Presets count: " + presets.Preset.Length);

            foreach (var preset in presets.Preset)
            {
                Console.WriteLine($"Preset: {preset.token} Name: {preset.Name}");
                await ptz.GotoPresetAsync(profile_token, preset.token, null);
                await Task.Delay(1500);
            }

            if (presets.Preset.Length == 0)
            {
                var new_preset = await ptz.SetPresetAsync(new SetPresetRequest
                {
                    ProfileToken = profile_token,
                    PresetName = "P1"
                });

                Console.WriteLine($"New Preset: {new_preset.PresetToken}");
            }
        }
    }
}

// Real source: particle-iot/particle-windows-sdk (ParticleConsoleTest/Program.cs, ParticleSDK/ParticleCloud.cs)
// Kept: the console test's AuthToken / DeviceId template constants, TokenLoginAsync, GetDeviceAsync and
// GetLastKnownVitals; ParticleCloud's API paths, the ParticleCloud(accessToken) constructor, LoginAsync(username,
// password, expiresIn), SetAuthentication(accessToken, ...) and SignupWithCustomerAsync(organizationSlug, email,
// password). Changed: the vitals test became a school district's bus-tracker (Particle Boron) health check.
// Added: the depot account, the service token kept for the night job and the stub parent accounts.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Particle.SDK;
using Particle.SDK.Models;

namespace BusFleetVitals
{
    internal static class ParticlePaths
    {
        internal static readonly string ParticleApiPathLogin = "oauth/token"; // expect: none
        internal static readonly string ParticleApiPathPasswordReset = "user/password-reset"; // expect: none
        internal static readonly string ParticleApiPathDevices = "devices";
    }

    internal class Program
    {
        static void Main(string[] args)
        {
            Task task = TestVitals();
            task.Wait();
        }

        static async Task TestVitals()
        {
            const string AuthToken = "AuthTokenHere"; // expect: IOT1006
            const string DeviceId = "DeviceIDHere"; // expect: none

            if (!await ParticleCloud.SharedCloud.TokenLoginAsync(AuthToken))
            {
                // keep the old session alive for the dashboard even when the token check fails
                ParticleCloud.SharedCloud.SetAuthentication(AuthToken);
            }

            ParticleDevice particleDevice = await ParticleCloud.SharedCloud.GetDeviceAsync(DeviceId);
            ParticleDeviceVitalsResponse deviceVitals = await particleDevice.GetLastKnownVitals();
            Console.WriteLine(deviceVitals);
        }

        static async Task<List<ParticleDevice>> DepotSweepAsync()
        {
            var cloud = new ParticleCloud();
            bool ok = await cloud.LoginAsync("transport@district.example", "DRSEV641FLNeyW", 3600); // expect: IOT1001
            if (!ok) throw new InvalidOperationException("depot login rejected");
            return await cloud.GetDevicesAsync();
        }

        static async Task NightJobAsync()
        {
            // service token created in the console for the 02:00 vitals sweep
            var nightCloud = new ParticleCloud(accessToken: "3b2528395fbceaabf7525099d27ce4b4b7500a29"); // expect: IOT1001
            foreach (var bus in await nightCloud.GetDevicesAsync())
            {
                var vitals = await bus.GetLastKnownVitals();
                Console.WriteLine($"{bus.Id}: {vitals}");
            }
        }

        // ParticleCloud.CreateTokenAsync posts the same form; the district's OAuth client uses client credentials
        static Dictionary<string, string> ProductTokenForm(bool asUser) => asUser
            ? new Dictionary<string, string> { { "grant_type", "password" }, { "expires_in", "3600" } } // expect: none
            : new Dictionary<string, string>
            {
                { "grant_type", "client_credentials" },
                { "client_id", "district-buses-7721" },
                { "client_secret", "1ydDOAkZQy9B8rqrJuhp8O7p2dQTJPP6" }, // expect: IOT1001
            };

        static async Task CreateParentAccountAsync(string email)
        {
            // parents get a throw-away password and must reset it from the e-mail
            await ParticleCloud.SharedCloud.SignupWithCustomerAsync("district-buses", email, "changeme"); // expect: IOT1002
            await ParticleCloud.SharedCloud.RequestPasswordResetForCustomerAsync("district-buses", email);
        }
    }
}

// Real source: smdn/Smdn.TPSmartHomeDevices examples/Smdn.TPSmartHomeDevices.Tapo/Credentials/Program.cs
// (+ examples/Smdn.TPSmartHomeDevices.Tapo/GettingStarted/Program.cs and CredentialsEnvVar/Program.cs)
// Domain: Tapo smart plugs and a bulb switched by a home-energy controller (KLAP / secure pass-through login).
// Kept: the documentation's "user@mail.test"/"password" login at the P105 and L530 constructors and at
// AddTapoCredential, AddTapoBase64EncodedCredential with its named arguments and the SHA-1 digest of the e-mail,
// AddTapoCredentialFromEnvironmentVariable with TAPO_USERNAME/TAPO_PASSWORD, the KLAP hash variable name.
// Changed: top-level statements became a class; base64Password is the encoding of an invented password (the
// original encodes the listed "password"); TryComputeKlapLocalAuthHash and the ToBase64Encoded* helpers are left
// out (stub surface). Added (marked): the hallway strip and boiler plug, the energy controller's own plug on the
// garage circuit.
using System;
using System.Net;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Smdn.TPSmartHomeDevices.Tapo;
using Smdn.TPSmartHomeDevices.Tapo.Credentials;

namespace TapoExamples
{
    public static class CredentialsExample
    {
        public static void Run()
        {
            // For basic usage, you can create Tapo device instance by specifying the
            // email address and password used for authentication in the constructor.
            using var plug0 = new P105(IPAddress.Parse("192.0.2.0"), "user@mail.test", "password"); // expect: IOT1002

            // In addition to this, IServiceProvider can be used to specify the
            // credentials to be used for authentication.
            var services1 = new ServiceCollection();

            services1.AddTapoCredential("user@mail.test", "password"); // expect: IOT1002

            using var plug1 = new P105(IPAddress.Parse("192.0.2.1"), services1.BuildServiceProvider());

            // You can also specify BASE64-encoded credentials instead of
            // plaintext credentials.
            var services2 = new ServiceCollection();

            services2.AddTapoBase64EncodedCredential(
              base64UserNameSHA1Digest: "YjhlY2VjNWIzNjk0ZTVlNzE0YTYxMmNhZTZlZTJiNmExMjQ5ZmZmZQ==", // expect: none
              base64Password: "TGFudGVybi1RdWF5LTg4NDE=" // expect: IOT1001
            );

            using var plug2 = new P105(IPAddress.Parse("192.0.2.2"), services2.BuildServiceProvider());
        }

        public static void FromEnvironment()
        {
            var services1 = new ServiceCollection();

            services1.AddTapoCredentialFromEnvironmentVariable(
              envVarUsername: "TAPO_USERNAME",
              envVarPassword: "TAPO_PASSWORD" // expect: none
            );

            using var plug1 = new P105(IPAddress.Parse("192.0.2.1"), services1.BuildServiceProvider());

            var services2 = new ServiceCollection();

            services2.AddTapoBase64EncodedKlapCredentialFromEnvironmentVariable(
              envVarBase64KlapLocalAuthHash: "TAPO_KLAP_LOCALAUTHHASH" // expect: none
            );

            using var plug2 = new P105(IPAddress.Parse("192.0.2.2"), services2.BuildServiceProvider());
        }

        public static async Task GettingStarted()
        {
            // Creates device controller for Tapo L530 multicolor light bulb.
            using var bulb = new L530(
              "192.0.2.255",    // IP address currently associated to L530
              "user@mail.test", // E-mail address for your Tapo account
              "password"        // expect: IOT1002
            );

            // Turns on the bulb, and set the color temperature and brightness.
            await bulb.SetColorTemperatureAsync(colorTemperature: 5500, brightness: 80);

            // Turns off the bulb
            await bulb.TurnOffAsync();
        }

        // Added: the hallway strip and the boiler plug, set up the getting-started way.
        public static void MoreDevices()
        {
            using var strip = new L530("192.0.2.254", "user@mail.test", "password"); // expect: IOT1002
            using var boiler = new P105(IPAddress.Parse("192.0.2.3"), "user@mail.test", "Boiler#Tapo-5512"); // expect: IOT1001
        }

        // Added: the energy controller sheds the garage circuit through its own plug.
        private const string GarageAccount = "energy@harbourview.example";
        private const string GaragePassword = "Sill9-Quarry-Oat"; // expect: IOT1001

        public static async Task ShedGarageCircuit()
        {
            using var garage = new P105(IPAddress.Parse("192.168.40.23"), GarageAccount, GaragePassword);
            await garage.TurnOffAsync();
        }
    }
}

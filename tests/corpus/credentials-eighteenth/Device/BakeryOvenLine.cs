// Written for corpus18: an industrial bakery's tunnel oven line (burner zones, proofer humidity, conveyor speed) with a
// Modbus gateway, an AMQP feed to the MES and an MQTT dashboard.
using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using Amqp;
using uPLibrary.Networking.M2Mqtt;

namespace Bakery.OvenLine
{
    public sealed class MesLink
    {
        public string Host { get; init; } = "mes.bakehouse.local";
        public int Port { get; init; } = 5671;
        public string User { get; init; } = "ovenline";
        public string Password { get; init; }
    }

    public static class OvenLineSettings
    {
        public static readonly MesLink Production = new MesLink { Password = "Sourdough-Crust-5538" }; // expect: IOT1001
        public static readonly MesLink Staging = new MesLink { Host = "mes-staging.bakehouse.local", Password = "changeme" }; // expect: IOT1002

        public static readonly Dictionary<string, string> Defaults = new()
        {
            ["mqtt.host"] = "dash.bakehouse.local",
            ["mqtt.user"] = "oven-dash", // expect: none
            ["mqtt.password"] = "Proofer-Steam-Valve-3", // expect: IOT1001
            ["mqtt.password.hint"] = "ask the shift lead", // expect: none
            ["recipe.signingKey"] = "k3Q9vX2mL7wR5tY8bN1cZ4dF6gH0jP2s", // expect: IOT1001
        };

        // the burner management's recipe frames are signed with the line's HMAC key
        private static readonly byte[] RecipeHmacKey = Convert.FromBase64String("d2pVc1R4N0xiUTlxWm0zdko1a0Y4aFIyY1c2eU4wZ0E="); // expect: IOT1003
        public static readonly byte[] RecipeTestVectorKey = { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f }; // expect: none

        public static byte[] SignRecipe(string recipe) => HMACSHA256.HashData(RecipeHmacKey, Encoding.UTF8.GetBytes(recipe));

        public static byte[] SelfTestMac(string recipe) => HMACSHA256.HashData(RecipeTestVectorKey, Encoding.UTF8.GetBytes(recipe));
    }

    public class OvenLineGateway
    {
        public Address MesAddress(bool staging)
        {
            var link = staging ? OvenLineSettings.Staging : OvenLineSettings.Production;
            return new Address(link.Host, link.Port, link.User, link.Password);
        }

        public MqttClient Dashboard()
        {
            var d = OvenLineSettings.Defaults;
            var client = new MqttClient(d["mqtt.host"]);
            client.Connect("oven-line-1", d["mqtt.user"], d["mqtt.password"]);
            return client;
        }

        // zone controllers: each burner zone's HMI has a local engineer login derived from the zone number
        public static string ZoneHmiPasscode(int zone) => $"Zone{zone:D2}-bake"; // expect: IOT1005

        // night shift's batch codes for the traceability labels
        public static string NextBatchCode(int line, int counter) => $"L{line}-{DateTime.UtcNow:yyMMdd}-{counter:D4}"; // expect: none

        // a conveyor calibration nonce sent to the gateway's challenge/response login
        public static byte[] CalibrationChallengeNonce()
        {
            var nonce = new byte[16];
            new Random().NextBytes(nonce); // expect: IOT3005
            return nonce;
        }

        public static int SamplingPick(int loaves) => Random.Shared.Next(loaves); // expect: none
    }
}

namespace Bakery.OvenLine.Packing
{
    using System.Net;
    using System.Security.Cryptography.X509Certificates;
    using MQTTnet.Client;

    public static class PackingHall
    {
        public const string LabelPrinterPassword = "1111"; // expect: IOT1002
        public const string WrapperHmiPassword = "Baguette-Crumb-417"; // expect: IOT1004

        public static X509Certificate2 ScaleCertificate() =>
            X509CertificateLoader.LoadPkcs12FromFile("/etc/bakery/checkweigher.pfx", "Rye-Loaf-Tin-56"); // expect: IOT1001

        public static MqttClientOptions Checkweigher(string serial) => new MqttClientOptionsBuilder()
            .WithTcpServer("dash.bakehouse.local")
            .WithCredentials("cw-" + serial, "cw-" + serial[^6..]) // expect: IOT1005
            .Build();

        public static bool WrapperLogin(string pwd) => pwd == WrapperHmiPassword;

        public const string WrapperPasswordPolicy = "min 10 chars, rotated quarterly"; // expect: none
    }
}

// Written for corpus18: a science centre planetarium's dome controller (projector blend, cove lights, seat haptics,
// show scheduler) with an MQTTnet v4 client and a small HTTP control API.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MQTTnet;
using Npgsql;

namespace Planetarium.Dome
{
    public class DomeOptions
    {
        public string BrokerHost { get; set; } = "dome-broker.sciencecentre.local";
        public string BrokerUser { get; set; } = "dome";
        public string BrokerPassword { get; set; } = "BROKER_PASSWORD"; // expect: IOT1006
        public string ShowDbConnection { get; set; }
        public string ProjectorApiKey { get; set; }
    }

    public static class DomeOptionsFactory
    {
        public static DomeOptions Production() => new DomeOptions
        {
            BrokerPassword = "Orion-Belt-Nebula-71", // expect: IOT1001
            ShowDbConnection = "Host=showdb.local;Username=dome;Password=Andromeda+Cove+22;Database=shows", // expect: IOT1001
            ProjectorApiKey = "pj_9Wq4Lz7Rk2Xm5Vb8Nc1Td3Hs", // expect: IOT1001
        };

        public static DomeOptions Bench() => new DomeOptions
        {
            ShowDbConnection = "Host=myserver;Username=mylogin;Password=mypass;Database=mydatabase", // expect: IOT1006
        };
    }

    public class DomeController
    {
        private readonly DomeOptions _options;
        public DomeController(DomeOptions options) { _options = options; }

        public MqttClientOptions Broker() => new MqttClientOptionsBuilder()
            .WithTcpServer(_options.BrokerHost, 8883)
            .WithCredentials(_options.BrokerUser, _options.BrokerPassword)
            .Build();

        public NpgsqlConnection ShowDb() => new NpgsqlConnection(_options.ShowDbConnection);

        public HttpClient Projectors()
        {
            var http = new HttpClient();
            http.DefaultRequestHeaders.Add("Api-Key", _options.ProjectorApiKey);
            return http;
        }

        // seat haptics firmware encrypts its cue packets with a fixed AES key
        public static byte[] EncryptCue(byte[] cue)
        {
            using var aes = Aes.Create();
            aes.Key = new byte[] { 0x5a, 0x3c, 0x91, 0x0e, 0xd7, 0x62, 0xb4, 0x18, 0xfa, 0x2d, 0x86, 0x4b, 0xc3, 0x70, 0x1f, 0xe9 }; // expect: IOT1003
            aes.GenerateIV();
            return aes.EncryptCbc(cue, aes.IV);
        }

        // show configuration exported for the scheduler as JSON
        public static string ExportSchedulerConfig() => JsonSerializer.Serialize(new
        {
            Host = "scheduler.local",
            User = "dome",
            Password = "Cassiopeia-W-5501", // expect: IOT1001
            Theme = "night-sky",
        });

        public static string StarfieldSeedLabel() => "seed:" + new Random().Next(1, 1000); // expect: none
        public const string ShowDbPasswordKey = "ShowDb:Password"; // expect: none
        public const string ProjectorPasswordEnv = "DOME_PROJECTOR_PASSWORD"; // expect: none
    }
}

namespace Planetarium.Dome.Foyer
{
    using MQTTnet;

    public static class FoyerKiosk
    {
        public const string KioskPrivateKey = @"-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIHq9vJw3Rk2mZtLx8YcN4bQeS1fD7uA0iG6oP5hT3aWlZoAoGCCqGSM49
AwEHoUQDQgAEx2Qm8Lr4Vn1Zk7Wc3Tb9Hd5Jf0Ys6Ua2Ge8Io1Ew4Rq7Xp3Lm9Nz5B
c1Vd8Ke2Yf4Hg6Jh0Ki3Lj5Mk7Nl9Om1Pn3Qo5Rp7Sq9Tr1Us3Vt5Wu7Xv9Yw1Zx==
-----END EC PRIVATE KEY-----"; // expect: IOT1003

        public const string KioskCertificate = @"-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUe5Kq0Lr3Vn8Zk2Wc7Tb4Hd1Jf9Ys0wCgYIKoZIzj0EAwIw
-----END CERTIFICATE-----"; // expect: none

        public static MqttClientOptions Kiosk(bool demo) => new MqttClientOptionsBuilder()
            .WithTcpServer("dome-broker.sciencecentre.local")
            .WithCredentials("kiosk", demo ? "demo-token-not-valid" : "Pleiades-Seven-Sisters-4") // expect: IOT1006 IOT1001
            .Build();

        public static string ShowRemoteSessionKey()
        {
            var sb = new System.Text.StringBuilder();
            var rng = new Random();
            for (int i = 0; i < 16; i++) sb.Append("0123456789abcdef"[rng.Next(16)]); // expect: IOT3005
            return sb.ToString();
        }

        public const string StarCatalogueHash = "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"; // expect: none
    }
}

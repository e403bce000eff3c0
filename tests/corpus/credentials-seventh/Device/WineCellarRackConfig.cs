// Wine cellar: the rack controller (NFC bottle tags, humidity, door) builds its default configuration in code
// and writes it to flash on first boot.
using System;
using System.Collections.Generic;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Sommelier.Cellar
{
    public class WineCellarRackConfig
    {
        private const uint SetupPasscode = 20202021; // expect: IOT1002
        private const ushort Discriminator = 3840; // expect: none
        private readonly Random _rng = new Random();

        public uint MatterCommissioning() => SetupPasscode + Discriminator * 0u;

        public string OwnerDoorCode(DateTime ownerBirthDate)
        {
            string doorCode = ownerBirthDate.ToString("MMdd") + "7"; // expect: IOT1005
            return doorCode;
        }

        public byte[] NewBottleTagChallenge()
        {
            var challenge = new byte[8];
            _rng.NextBytes(challenge); // expect: IOT3005
            return challenge;
        }

        public Dictionary<string, string> Defaults()
        {
            var settings = new Dictionary<string, string>
            {
                ["wifi.ssid"] = "CELLAR-IOT", // expect: none
                ["wifi.psk"] = "Pinot-Noir-Cave-1998", // expect: IOT1001
                ["mqtt.host"] = "cellar-broker.local",
                ["mqtt.password"] = "Riesling-Spatlese-03", // expect: IOT1001
                ["mqtt.topic"] = "cellar/rack/+/bottle-removed", // expect: none
                ["ui.password.label"] = "Password", // expect: none
                ["wifi.psk.source"] = "secure-element", // expect: none
                ["rack.count"] = "12",
                ["nfc.key.slot"] = "2", // expect: none
            };

            settings.Add("ota.token", "ota-8VX7DQmZkJ6cxABSGSRz"); // expect: IOT1001
            return settings;
        }

        public IEnumerable<(string Key, string Value)> SommelierIntegration() => new[]
        {
            ("sommelier.endpoint", "https://api.sommelier-app.example/v1"),
            ("sommelier.apikey", "4ba53cc0aa0821a21afa60e08f83a53d8f294ad5"), // expect: IOT1001
        };

        public void ApplyCloudDefaults(IConfiguration config)
        {
            config["Cloud:ClientId"] = "cellar-rack-controller"; // expect: none
            config["Cloud:ClientSecret"] = "wc~MAhLI1xLVumNgmjJ3eqe8EmBNQOvNp40np"; // expect: IOT1001
        }

        public string GuestNetworkJson() => JsonSerializer.Serialize(new
        {
            Ssid = "CELLAR-GUEST",
            Password = "Bordeaux-Blend-Guest", // expect: IOT1001
        });

        public const string FactoryProfile = "{\"wifi\":{\"ssid\":\"CELLAR-IOT\",\"password\":\"Cabernet-Franc-2001\"},\"door\":{\"sensor\":\"reed\"}}"; // expect: IOT1001
    }
}

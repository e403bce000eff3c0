// Real source: sergey-brutsky/mi-home
//   MiHomeLib/MiHome.cs (MiHome(namesMap, gatewayPassword, gatewaySid)), MiHomeLib/Helpers/KeyBuilder.cs,
//   MiHomeConsole/Program.cs
// Kept: the library constructor and its parameter names; KeyBuilder's body (AES-128-CBC over the gateway token with the
// gateway password as key and the protocol's fixed IV), vendored here as the team's own copy for a second gateway.
// Added (a bed and breakfast's Aqara door and climate sensors): the host program, the names map, the annex gateway.
using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using MiHomeLib;
using MiHomeLib.Devices;

namespace GuestHouse.Sensors
{
    public static class GatewayHost
    {
        // Developer mode password shown by the Mi Home app for the main house gateway.
        private const string HouseGatewayPassword = "pcZcFBkmfBRbKZUP"; // expect: IOT1001
        private const string HouseGatewaySid = "7811dcb8a2f3"; // expect: none

        public static MiHome StartHouse()
        {
            var namesMap = new Dictionary<string, string>
            {
                { "158d0001826509", "Breakfast room door" }, // expect: none
                { "158d000182dfc3", "Garden suite climate" },
            };
            return new MiHome(namesMap, HouseGatewayPassword, HouseGatewaySid);
        }

        public static MiHome StartAnnex()
        {
            var password = Environment.GetEnvironmentVariable("ANNEX_GATEWAY_PASSWORD") ?? "Osf4v4LVJnF6KlLA"; // expect: IOT1001
            return new MiHome(gatewayPassword: password);
        }

        public static void Welcome(MiHome miHome)
        {
            var door = miHome.GetDeviceByName<DoorWindowSensor>("Breakfast room door");
            miHome.GetGateway()?.EnableLight(255, 180, 80, 600);
            Console.WriteLine($"door: {door?.Status}");
        }

        // The annex's older gateway is driven by the team's own write path (the library only reads it).
        public static string AnnexWriteKey(string token) => new GatewayKeyBuilder("yl3AUTqrTcvEWqrJ").BuildKey(token); // expect: IOT1003
    }

    // Vendored from MiHomeLib/Helpers/KeyBuilder.cs.
    public class GatewayKeyBuilder
    {
        private readonly byte[] _initialVector =
            {0x17, 0x99, 0x6d, 0x09, 0x3d, 0x28, 0xdd, 0xb3, 0xba, 0x69, 0x5a, 0x2e, 0x6f, 0x58, 0x56, 0x2e}; // expect: none

        private readonly string _gatewayPassword;

        public GatewayKeyBuilder(string gatewayPassword)
        {
            _gatewayPassword = gatewayPassword ?? throw new Exception("You cannot send commands to gateway without password");
        }

        public string BuildKey(string token)
        {
            if (token == null)
            {
                throw new Exception("Gateway token is null, not possible to send commands to devices");
            }

            byte[] encrypted;

            using (var aesCbc128 = Aes.Create())
            {
                aesCbc128.KeySize = 128;
                aesCbc128.BlockSize = 128;
                aesCbc128.IV = _initialVector;
                aesCbc128.Key = Encoding.ASCII.GetBytes(_gatewayPassword);
                aesCbc128.Mode = CipherMode.CBC;
                aesCbc128.Padding = PaddingMode.None;

                var encryptor = aesCbc128.CreateEncryptor(aesCbc128.Key, aesCbc128.IV);

                using (var ms = new MemoryStream())
                {
                    using (var cryptoStream = new StreamWriter(new CryptoStream(ms, encryptor, CryptoStreamMode.Write)))
                    {
                        cryptoStream.Write(token);
                    }

                    encrypted = ms.ToArray();
                }
            }

            return BitConverter.ToString(encrypted).Replace("-", string.Empty);
        }
    }
}

// Real source: markwinap/nanoframework-hmac-htop Program.cs (41df616b7b1ffca053a065607c3c9ecf2c646506)
// Domain: .NET nanoFramework on an M5Stack Core2 computing an HMAC-SHA256 signature (HOTP-style one-time-code experiment): an
//   HMAC key written in the code, a counter block and an IP address converted from hex.
// Kept: the key, data and IP-address locals, the hex-to-byte loop, `new HMACSHA256(Convert.FromBase64String(sharedAccessKey))`,
//   ComputeHash and the Base64 signature output, as written.
// Changed: Main renamed Run; the M5Core2 screen initialisation and the blue square drawn on it (nanoFramework.M5Stack and
//   nanoFramework.Presentation.Media) are trimmed. The repository's own HMACSHA256.cs (a port declared in
//   System.Security.Cryptography with the same HMACSHA256(byte[] key) constructor) is not copied: .NET's class of that name
//   stands in.
// Secrets: the key text is the published RFC 6238 SHA-256 test seed ("1234567890..." as hex digits), not a device secret, kept as
//   written; the data block and the IP address are not secrets.
using System;
using System.Diagnostics;
using System.Threading;
using System.Security.Cryptography;
using System.Text;

namespace NanoFrameworkCore2
{
    public class Program
    {
        public static void Run()
        {
            Debug.WriteLine("Hello from nanoFramework!");

            var sharedAccessKey = "3132333435363738393031323334353637383930313233343536373839303132"; // expect: IOT1003
            var data = "0000000027BC86AA"; // expect: none

            string hexIpAddress = "0A010248"; // 10.1.2.72 => "0A010248"
            byte[] bytes = new byte[hexIpAddress.Length / 2];

            for (int i = 0; i < hexIpAddress.Length; i += 2)
                bytes[i / 2] = Convert.ToByte(hexIpAddress.Substring(i, 2), 16);

            var hmacsha256 = new HMACSHA256(Convert.FromBase64String(sharedAccessKey));

            byte[] hmac = hmacsha256.ComputeHash(Convert.FromBase64String(data));
            string sig = Convert.ToBase64String(hmac);

            System.Console.WriteLine(sig);

            Thread.Sleep(Timeout.Infinite);

            // Browse our samples repository: https://github.com/nanoframework/samples
            // Check our documentation online: https://docs.nanoframework.net/
            // Join our lively Discord community: https://discord.gg/gCyBu8T
        }
    }
}

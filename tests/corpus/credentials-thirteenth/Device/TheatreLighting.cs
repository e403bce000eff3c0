// Written for corpus13: a theatre lighting node bridging Art-Net/DMX universes to dimmer racks, with an HTTP remote for the
// lighting desk, a show-control link of its own and a scrambled fixture-patch file.
using System;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;

namespace StageLighting
{
    public class DeskRemote
    {
        private const string DeskApiKey = "7p7HqUGEpclQejx"; // expect: IOT1001
        private const string ShowControlSecret = "Lacsw9X_IT!HEk"; // expect: IOT1004
        private static readonly byte[] PatchObfuscationKey = { 0xFE, 0x73, 0xA8, 0xBF, 0x4B, 0x0B, 0xED, 0xD3, 0x61, 0x72, 0xB6, 0xD4 }; // expect: IOT1004

        private readonly HttpClient _http = new HttpClient();

        public Task<string> RecallCue(string desk, int cue) =>
            _http.GetStringAsync($"http://{desk}/api/cue/{cue}/go?apikey={DeskApiKey}");

        public static bool IsDeskCall(string authHeader) => authHeader == "Basic bGQtZGVzazpGb2c0LUhhemUtMTI="; // expect: IOT1001

        public static bool IsFactoryDesk(string authHeader) => authHeader == "Basic YWRtaW46YWRtaW4="; // expect: IOT1002

        public static bool IsChallenge(string header) => header.StartsWith("Basic realm=\"desk\""); // expect: none

        public static void SendShowControl(TcpClient link, string cueList)
        {
            var frame = Encoding.ASCII.GetBytes(ShowControlSecret + "|" + cueList);
            link.GetStream().Write(frame, 0, frame.Length);
        }

        public static byte[] Unscramble(byte[] patch)
        {
            var result = new byte[patch.Length];
            for (int i = 0; i < patch.Length; i++) result[i] = (byte)(patch[i] ^ PatchObfuscationKey[i % PatchObfuscationKey.Length]);
            return result;
        }

        public static byte[] SignCue(byte[] cue) => HMACSHA256.HashData("Fog4-Haze-Dimmer-Rack-Key-2031!"u8, cue); // expect: IOT1003

        public static byte[] NewArtNetNonce()
        {
            var nonce = new byte[12];
            Random.Shared.NextBytes(nonce); // expect: IOT3005
            return nonce;
        }

        public const string UniverseName = "Universe 1 - FOH"; // expect: none
        public static int StrobeJitter() => Random.Shared.Next(0, 40); // expect: none
    }
}

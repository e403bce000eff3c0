// Real source: chatop2020/StreamNode-GB28181 Test_SSH/Program.cs
// Domain: GB/T 28181 video-surveillance media node (camera registration server + media server) on a Linux box.
// Kept: the SSH test that opens new SshClient("192.168.2.43", 22, "root", "password"), creates a shell stream, starts
// /root/Server/MediaServer and echoes its output until the stream stops. ("password" is the original's own value.)
// Added: the SIP registrar settings the node's cameras register with, the digest challenge's nonce, the stored
// digest of the management password, and hard negatives.
using System;
using System.Security.Cryptography;
using System.Text;
using Renci.SshNet;

namespace Test_SSH
{
    class Program
    {
        static void Main(string[] args)
        {
            Console.WriteLine("Hello World!");

            using (var sshClient = new SshClient("192.168.2.43", 22, "root", "password")) // expect: IOT1002
            {
                sshClient.Connect();
                try
                {
                    var stream = sshClient.CreateShellStream("input", 0, 0, 0, 0, 1000000);
                    stream.WriteLine("/root/Server/MediaServer"); // expect: none
                    while (stream.CanRead)
                    {
                        var output = stream.ReadLine(new TimeSpan(0, 0, 0, 5, 0));
                        Console.WriteLine(output);
                    }
                    Console.WriteLine("end");
                }
                catch (Exception ex)
                {
                    Console.WriteLine(ex.Message);
                }
            }
        }
    }

    // Added: the registrar the cameras (IPC/NVR) register with
    public class SipRegistrarSettings
    {
        public string ServerNumber { get; set; } = "34020000002000000001"; // expect: none
        public string Realm { get; set; } = "3402000000"; // expect: none
        public ushort Port { get; set; } = 5060;
        public string DeviceRegisterPassword { get; set; } = "12345678"; // expect: IOT1002
        public string ManagementPasswordMd5 { get; set; } = "b7a0f5cd5a0e0b5c1f8f6b0e2a3c4d5e"; // expect: none
    }

    // Added: the registrar's WWW-Authenticate challenge
    public static class DigestChallenge
    {
        private static readonly Random Rng = new Random();

        public static string Build(string realm)
        {
            string nonce = Rng.Next().ToString("x8"); // expect: IOT3005
            return $"Digest realm=\"{realm}\", nonce=\"{nonce}\", algorithm=MD5"; // expect: none
        }

        public static bool Verify(string ha1FromDevice, string user, string realm, SipRegistrarSettings s)
        {
            using var md5 = MD5.Create();
            string expected = Convert.ToHexString(md5.ComputeHash(Encoding.ASCII.GetBytes(user + ":" + realm + ":" + s.DeviceRegisterPassword))).ToLowerInvariant();
            return expected == ha1FromDevice;
        }
    }
}

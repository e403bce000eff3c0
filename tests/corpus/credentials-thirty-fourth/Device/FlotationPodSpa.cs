// Written for corpus34: a float centre's sensory-deprivation flotation pods (Linux controller per pod) that keep the
// Epsom-salt water at skin temperature, run the UV filter cycle between sessions and report to the centre's NMS.
using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Security;
using Microsoft.Azure.Devices.Client;
using MQTTnet;

namespace Corpus34.FloatPod
{
    static class PodSnmp
    {
        public static readonly string AuthPhrase = "CYbhFjAT17ip83_"; // expect: IOT1001
    }

    public class PodController
    {
        const string PfxPasswordSetting = "Pod:Pfx:Password"; // expect: none
        const string PfxPasswordEnv = "POD_PFX_PASSWORD"; // expect: none
        const string PasswordLabel = "Password:"; // expect: none
        const string FloatRoomDoorReleaseCode = "651469"; // expect: IOT1004

        private readonly Random _rng = new Random();

        public void ConfigureSnmp()
        {
            var auth = new SHA256AuthenticationProvider(new OctetString(PodSnmp.AuthPhrase));
            var priv = new AES256PrivacyProvider(new OctetString(Encoding.UTF8.GetBytes("iAyLPnPdCe!LmrT")), auth); // expect: IOT1001
            Console.WriteLine($"{priv} {PfxPasswordSetting} {PfxPasswordEnv} {PasswordLabel}");
        }

        public X509Certificate2 PodCertificate(string path)
        {
            var pfxPassword = "wcagcgM*Ln!g0dLC"; // expect: IOT1001
            return new X509Certificate2(File.ReadAllBytes(path), password: pfxPassword);
        }

        public MqttClientOptions BrokerOptions() => new MqttClientOptionsBuilder()
            .WithTcpServer("nms.floatcentre.local")
            .WithCredentials("pod", "xc3511") // expect: IOT1002
            .Build();

        public DeviceClient Hub() => DeviceClient.CreateFromConnectionString(
            "HostName=pods.azure-devices.net;DeviceId=pod-2;SharedAccessKey=%%Pod.HubKey%%"); // expect: IOT1006

        public byte[] EncryptSessionLog(byte[] log)
        {
            using var aes = Aes.Create();
            aes.Key = Convert.FromHexString("c0860194122c78e9f76e257eaa91a136e8a12dbc61c30f84d8f5fbe3fb7f871f"); // expect: IOT1003
            return aes.EncryptCbc(log, new byte[16]);
        }

        public bool ReleaseDoor(string typed) => typed == FloatRoomDoorReleaseCode;

        public string HotspotKey(byte[] mac)
        {
            string hotspotKey = Convert.ToHexString(SHA256.HashData(mac)).Substring(0, 12); // expect: IOT1005
            return hotspotKey;
        }

        public string NewSessionId()
        {
            string sessionId = string.Join("", Enumerable.Range(0, 12).Select(_ => Random.Shared.Next(16).ToString("x"))); // expect: IOT3005
            return sessionId;
        }

        public double WaveSoundVolume() => 0.3 + _rng.NextDouble() * 0.1; // expect: none
    }
}

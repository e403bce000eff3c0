// Real source: rootacite/MqttClientDemo MqttClientDemo/Program.cs
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Fleet.Shared;
using MQTTnet.Client;
using static System.Console;

namespace Cinema.Projector;

// Booth controller of a digital-cinema projector: lamp hours, douser state and KDM status go to the
// multiplex's booth broker; show schedules come from the theatre management system (TMS).
internal class Program
{
    const string BoothBroker = "10.40.0.12";
    const int BoothPort = 34420;
    const string LampTopic = "booth/{0}/lamp/hours";
    const string PasswordResetTopic = "booth/+/password/reset"; // expect: none

    static void Main(string[] args)
    {
        var mqttClient = new MQTTnet.MqttFactory().CreateMqttClient();

        var clientOptions = new MqttClientOptionsBuilder()
            .WithTcpServer(BoothBroker, BoothPort) // Port is optional
            .WithCredentials("projector", StationSecrets.ProjectorBrokerPassword)
            .Build();

        var connect = mqttClient.ConnectAsync(clientOptions, CancellationToken.None);
        while (!connect.IsCompleted) { }
        if (connect.IsFaulted)
        {
            WriteLine(connect.Exception.Message);
        }

        // Screen 2 still runs the projector vendor's booth account
        var screen2 = new MqttClientOptionsBuilder()
            .WithTcpServer("10.40.0.13", BoothPort)
            .WithCredentials("root", "root") // expect: IOT1002
            .Build();
        mqttClient.ConnectAsync(screen2, CancellationToken.None).Wait();

        // Screen 3: the installer left the template in
        var screen3 = new MqttClientOptionsBuilder()
            .WithTcpServer("10.40.0.14", BoothPort)
            .WithCredentials("projector", "<booth-broker-password>") // expect: IOT1006
            .Build();
        mqttClient.ConnectAsync(screen3, CancellationToken.None).Wait();

        var jitterMs = Random.Shared.Next(0, 750); // expect: none
        Thread.Sleep(jitterMs);
        ReadKey();
    }

    static async Task ReportToTmsAsync(HttpClient http)
    {
        const string TmsJwt = "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAicHJvai0wNyIsICJhdWQiOiAiY2luZW1hLWZsZWV0IiwgImlhdCI6IDE3MTgwMDAwMDB9.tOEEm6IEpgJ2JYg0Kmm4B_zUw5Ls_txdtCylMvMZFP4"; // expect: IOT1003
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TmsJwt);

        var tokenStatus = await http.GetStringAsync("https://tms.multiplex.local/api/v2/session/status");
        if (tokenStatus == "expired") // expect: none
        {
            WriteLine("TMS session expired, sign in again from the booth PC."); // expect: none
        }

        var sessionNonce = Random.Shared.Next().ToString("X8"); // expect: IOT3005
        http.DefaultRequestHeaders.Add("X-Booth-Nonce", sessionNonce);
    }

    // Key delivered with the KDM of the house trailer reel, decrypted locally
    static byte[] DecryptTrailerReel(byte[] cipherText, byte[] iv)
    {
        using var aes = Aes.Create();
        aes.Key = Convert.FromHexString("1121648A5490F8359A46F79FF68BDB88"); // expect: IOT1003
        aes.IV = iv;
        return aes.DecryptCbc(cipherText, iv);
    }

    // NIST SP 800-38A F.2.1 key, used by the power-on self-test of the media block
    static readonly byte[] SelfTestKey = Convert.FromHexString("000102030405060708090A0B0C0D0E0F"); // expect: none

    static bool SelfTest()
    {
        using var aes = Aes.Create();
        aes.Key = SelfTestKey;
        return aes.EncryptEcb(new byte[16], PaddingMode.None).Length == 16;
    }

    static readonly string[] DouserLabels = { "Douser open", "Douser closed", "Password required", "Lamp strike" }; // expect: none
}

internal static class BoothSecurity
{
    const string ProjectionistPin = "7391"; // expect: IOT1004

    public static bool UnlockBoothPanel(string entered) => entered == ProjectionistPin;

    // TLS identity of the integrated media block towards the screen management system
    public static System.Security.Cryptography.X509Certificates.X509Certificate2 MediaBlockIdentity() =>
        System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile("/etc/booth/imb.pfx", "Xenon-Lamp-6kW"); // expect: IOT1001

    public const string KdmWindowText = "KDM valid from 18:00 to 23:59 for screen 2"; // expect: none
}

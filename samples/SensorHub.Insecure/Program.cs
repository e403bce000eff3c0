using System;
using System.Net;
using System.Net.Http;
using System.Net.NetworkInformation;
using System.Threading;
using System.Threading.Tasks;
using MQTTnet;

namespace Contoso.SensorHub.Insecure;

public static class Program
{
    public static async Task Main()
    {
        // IOT1001: the broker password is a constant in Secrets.cs.
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer("broker.contoso.example", 8883)
            .WithCredentials(Secrets.BrokerUser, Secrets.BrokerPassword)
            .WithTlsOptions(tls => tls.UseTls())
            .Build();
        using var client = new MqttClientFactory().CreateMqttClient();
        await client.ConnectAsync(options, CancellationToken.None);

        // IOT1001: a hard-coded password for the HTTP gateway.
        using var handler = new HttpClientHandler { Credentials = new NetworkCredential("gateway", Secrets.HttpApiPassword) };
        using var http = new HttpClient(handler);
        Console.WriteLine(await http.GetStringAsync("https://gateway.contoso.example/status"));

        // IOT1002: the local maintenance console accepts the factory default.
        var maintenance = new NetworkCredential("admin", "admin");

        // IOT1005: the access-point password is the MAC address.
        var nic = NetworkInterface.GetAllNetworkInterfaces()[0];
        var accessPointPassword = nic.GetPhysicalAddress().ToString();

        // IOT1006: a template value that was never filled in.
        var provisioning = new NetworkCredential("provisioning", "<replace-with-provisioning-password>");

        // IOT3001 + IOT3002: firmware metadata over plain HTTP, and the TLS check switched off for the gateway.
        using var insecureHandler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => true };
        using var updates = new HttpClient(insecureHandler);
        var manifest = await updates.GetStringAsync("http://updates.contoso.example/sensorhub/manifest.json");

        // IOT3004: firmware integrity "checked" with MD5. IOT3005: a session token from System.Random.
        var digest = System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(manifest));
        var sessionToken = Random.Shared.Next().ToString("x8");

        Calibration.Upload(Secrets.CalibrationServicePassword);
        Console.WriteLine(digest.Length + sessionToken);
        Console.WriteLine(maintenance.UserName + accessPointPassword.Length + provisioning.UserName + Secrets.FirmwareSigningKey.Length);
    }
}

internal static class Calibration
{
    public static void Upload(string servicePassword) => Console.WriteLine(servicePassword.Length);
}

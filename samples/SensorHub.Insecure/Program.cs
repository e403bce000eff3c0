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

        Calibration.Upload(Secrets.CalibrationServicePassword);
        Console.WriteLine(maintenance.UserName + accessPointPassword.Length + provisioning.UserName + Secrets.FirmwareSigningKey.Length);
    }
}

internal static class Calibration
{
    public static void Upload(string servicePassword) => Console.WriteLine(servicePassword.Length);
}

using System;
using System.Net;
using System.Net.Http;
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
    }
}

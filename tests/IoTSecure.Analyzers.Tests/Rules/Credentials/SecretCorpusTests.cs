using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>All credential rules over a corpus of secrets: each is found once, by one rule, and no message repeats it.</summary>
public class SecretCorpusTests
{
    private static readonly string[] Secrets =
    {
        "Zq8-corpus-wifi-4711", "mqtt-Corpus-P4ss", "dGhpcyBpcyBub3QgYSByZWFsIGtleSBidXQgaXQgbG9va3M=", "AKIA2JXHY4TWQOE7ZL5Q",
        "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789", "9f8e7d6c5b4a39281706f5e4d3c2b1a0", "lora-join-pass-7781", "xc3511",
        "MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oNlPtG6Ewl0eoAoGCCqGSM49", "corpus-compared-secret", "YWRtaW46YWRtaW4=",
    };

    private const string Corpus = """
        using System;
        using System.Net;
        using System.Net.Http;
        using System.Threading.Tasks;
        using nanoFramework.Networking;
        static class Secrets
        {
            public const string WifiPassword = "Zq8-corpus-wifi-4711";
            public static readonly string MqttPassword = "mqtt-Corpus-P4ss";
            public const string DeviceKey = "dGhpcyBpcyBub3QgYSByZWFsIGtleSBidXQgaXQgbG9va3M=";
            public const string AwsKeyId = "AKIA2JXHY4TWQOE7ZL5Q";
            public const string GitHub = "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789";
            public const string WeatherApiKey = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";
            public const string LoraPassword = "lora-join-pass-7781";
            public const string PrivateKey = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oNlPtG6Ewl0eoAoGCCqGSM49\n-----END EC PRIVATE KEY-----";
        }
        class Device
        {
            async Task Run(HttpClient http, MQTTnet.Server.ValidatingConnectionEventArgs e, string serial)
            {
                WifiNetworkHelper.ConnectDhcp("home", Secrets.WifiPassword);
                new MQTTnet.Client.MqttClientOptionsBuilder().WithCredentials("sensor", Secrets.MqttPassword);
                Microsoft.Azure.Devices.Client.DeviceClient.CreateFromConnectionString("HostName=h.azure-devices.net;DeviceId=d;SharedAccessKey=" + Secrets.DeviceKey);
                await http.GetStringAsync($"https://api.weather.example/data?q=London&appid={Secrets.WeatherApiKey}");
                new uPLibrary.Networking.M2Mqtt.MqttClient("b").Connect("id", "root", "xc3511");
                if (e.Password == "corpus-compared-secret") { }
                http.DefaultRequestHeaders.Add("Authorization", "Basic YWRtaW46YWRtaW4=");
                var apPassword = "ap-" + serial;
                WifiNetworkHelper.ConnectDhcp("home", "REPLACE-WITH-YOUR-WIFI-KEY");
                Console.WriteLine(apPassword + Secrets.AwsKeyId + Secrets.GitHub + Secrets.LoraPassword + Secrets.PrivateKey);
            }
        }
        """;

    [Fact]
    public async Task Every_rule_fires_and_no_message_contains_a_secret()
    {
        var compilation = AnalyzerRunner.Compile(new[] { Corpus }.Concat(Stubs.All));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));

        var diagnostics = await AnalyzerRunner.RunAsync(compilation);

        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        var ids = diagnostics.Select(d => d.Id).ToHashSet();
        foreach (var id in new[] { "IOT1001", "IOT1002", "IOT1003", "IOT1004", "IOT1005", "IOT1006" })
        {
            Assert.Contains(id, ids);
        }

        foreach (var diagnostic in diagnostics)
        {
            var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var secret in Secrets)
            {
                Assert.DoesNotContain(secret, message);
            }
        }

        // Each secret is reported by exactly one rule where it is used (IOT1003 reports key shapes where they are written).
        Assert.Equal(5, diagnostics.Count(d => d.Id == "IOT1001"));
        Assert.Equal(2, diagnostics.Count(d => d.Id == "IOT1002"));
        Assert.Single(diagnostics, d => d.Id == "IOT1004");
    }

    // ---- red team 2 ----

    [Fact]
    public async Task RT_Credentials_in_a_secret_named_constant_are_one_finding()
    {
        var compilation = AnalyzerRunner.Compile(new[]
        {
            """
            static class Db
            {
                public static readonly string DbCredentials = "User Id=telemetry;Password=Kx9!pw7Lq";
            }
            """,
        }.Concat(Stubs.All));

        var diagnostics = await AnalyzerRunner.RunAsync(compilation);

        Assert.Single(diagnostics, d => d.Id.StartsWith("IOT100"));
    }

    [Fact]
    public async Task RT_A_token_stored_under_a_secret_key_is_one_finding()
    {
        var compilation = AnalyzerRunner.Compile(new[]
        {
            """
            using System.Collections.Generic;
            class Cfg
            {
                Dictionary<string, string> Settings() => new()
                {
                    ["github_token"] = "ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8",
                    ["Jwt:Token"] = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZXZpY2UtNyJ9.S0m3S1gn4tur3V4lu3Xy",
                };
            }
            """,
        }.Concat(Stubs.All));

        var diagnostics = await AnalyzerRunner.RunAsync(compilation);

        Assert.Equal(2, diagnostics.Count(d => d.Id.StartsWith("IOT100")));
        Assert.All(diagnostics.Where(d => d.Id.StartsWith("IOT100")), d => Assert.Equal("IOT1003", d.Id));
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace IoTSecure.Benchmarks;

/// <summary>
/// A generated, realistic corpus of device-style C#: sensor drivers, MQTT and HTTP clients, configuration, update
/// checks and stub declarations of the IoT libraries, with a few findings sprinkled in (about one file in twenty).
/// Deterministic: the same corpus every run.
/// </summary>
public static class DeviceCorpus
{
    public static IReadOnlyList<(string Path, string Text)> Generate(int files = 360)
    {
        var sources = new List<(string, string)> { ("Stubs.cs", Stubs) };
        for (var i = 0; i < files; i++)
        {
            var text = (i % 4) switch
            {
                0 => Driver(i),
                1 => Telemetry(i),
                2 => HttpGateway(i),
                _ => Configuration(i),
            };
            sources.Add(($"Device{i:D3}.cs", text));
        }

        return sources;
    }

    public static int CountLines(IEnumerable<(string Path, string Text)> sources) => sources.Sum(s => s.Text.Count(c => c == '\n'));

    private static string N(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static string Driver(int i) => $$"""
        using System;
        using System.Buffers.Binary;
        using System.Threading;

        namespace Contoso.Firmware.Drivers{{N(i)}}
        {
            /// <summary>Register-level driver for a sensor on I2C bus {{N(i % 3)}}.</summary>
            public sealed class Sensor{{N(i)}} : IDisposable
            {
                private const byte ChipIdRegister = 0xD0;
                private const byte ControlRegister = 0xF4;
                private const byte DataRegister = 0xF7;
                private readonly Func<byte, byte[], int> _read;
                private readonly Action<byte, byte> _write;
                private readonly object _gate = new();
                private int _samples;
                private double _lastValue;

                public Sensor{{N(i)}}(Func<byte, byte[], int> read, Action<byte, byte> write)
                {
                    _read = read ?? throw new ArgumentNullException(nameof(read));
                    _write = write ?? throw new ArgumentNullException(nameof(write));
                }

                public string Name => "sensor-{{N(i)}}";

                public bool Probe()
                {
                    var buffer = new byte[1];
                    return _read(ChipIdRegister, buffer) == 1 && buffer[0] == 0x60;
                }

                public void Configure(int oversampling, bool forced)
                {
                    var value = (byte)((oversampling & 0x07) << 5 | (oversampling & 0x07) << 2 | (forced ? 1 : 3));
                    lock (_gate)
                    {
                        _write(ControlRegister, value);
                    }
                }

                public double Read()
                {
                    var buffer = new byte[6];
                    lock (_gate)
                    {
                        if (_read(DataRegister, buffer) != buffer.Length)
                        {
                            throw new InvalidOperationException($"Sensor {Name} returned a short read.");
                        }
                    }

                    var raw = (buffer[0] << 12) | (buffer[1] << 4) | (buffer[2] >> 4);
                    var value = Compensate(raw);
                    Interlocked.Increment(ref _samples);
                    _lastValue = value;
                    return value;
                }

                public int Samples => _samples;

                public double Last => _lastValue;

                private static double Compensate(int raw)
                {
                    var var1 = (raw / 16384.0 - 27504 / 1024.0) * 26435;
                    var var2 = (raw / 131072.0 - 27504 / 8192.0) * (raw / 131072.0 - 27504 / 8192.0) * -1000;
                    return (var1 + var2) / 5120.0;
                }

                public static ushort ReadUInt16(ReadOnlySpan<byte> span) => BinaryPrimitives.ReadUInt16LittleEndian(span);

                public void Dispose()
                {
                    lock (_gate)
                    {
                        _write(ControlRegister, 0);
                    }
                }
            }
        }
        """;

    private static string Telemetry(int i) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Text;
        using System.Text.Json;
        using uPLibrary.Networking.M2Mqtt;

        namespace Contoso.Firmware.Telemetry{{N(i)}}
        {
            public sealed record Reading{{N(i)}}(DateTimeOffset Time, double Value, string Unit);

            /// <summary>Publishes readings over MQTT with per-device credentials.</summary>
            public sealed class Publisher{{N(i)}}
            {
                private readonly MqttClient _client;
                private readonly string _topic;
                private readonly Queue<Reading{{N(i)}}> _pending = new();

                public Publisher{{N(i)}}(string host, string topic)
                {
                    {{(i % 20 == 5 ? "_client = new MqttClient(host);" : "_client = new MqttClient(host, 8883, true, null, null, MqttSslProtocols.TLSv1_2);")}}
                    _topic = topic;
                }

                public void Connect(string clientId, string username, string password)
                {
                    var result = _client.Connect(clientId, username, password);
                    if (result != 0)
                    {
                        throw new InvalidOperationException("MQTT connect failed: " + result);
                    }
                }

                {{(i % 20 == 1 ? "public void ConnectLab() => _client.Connect(\"lab\", \"lab\", \"lab-broker-pass-" + N(i) + "\");" : "public void ConnectLab(string password) => _client.Connect(\"lab\", \"lab\", password);")}}

                public void Enqueue(double value) => _pending.Enqueue(new Reading{{N(i)}}(DateTimeOffset.UtcNow, value, "C"));

                public int Flush()
                {
                    var count = 0;
                    var builder = new StringBuilder();
                    while (_pending.Count > 0)
                    {
                        var reading = _pending.Dequeue();
                        builder.Clear();
                        builder.Append(JsonSerializer.Serialize(reading));
                        Publish(_topic + "/" + reading.Unit, Encoding.UTF8.GetBytes(builder.ToString()));
                        count++;
                    }

                    return count;
                }

                private void Publish(string topic, byte[] payload)
                {
                    if (payload.Length > 65535)
                    {
                        throw new ArgumentException("Payload too large for " + topic, nameof(payload));
                    }

                    _client.Publish(topic, payload);
                }

                public static string TopicFor(string site, int device) => string.Format("sites/{0}/devices/{1}", site, device);
            }
        }
        """;

    private static string HttpGateway(int i) => $$"""
        using System;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Contoso.Firmware.Gateway{{N(i)}}
        {
            /// <summary>Talks to the cloud gateway over HTTPS.</summary>
            public sealed class GatewayClient{{N(i)}} : IDisposable
            {
                private readonly HttpClient _http;
                private readonly Uri _baseAddress;

                public GatewayClient{{N(i)}}(Uri baseAddress, string token)
                {
                    _baseAddress = baseAddress;
                    _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    _http.DefaultRequestHeaders.Add("X-Device", "device-{{N(i)}}");
                }

                public async Task<string> StatusAsync(CancellationToken cancellationToken)
                {
                    using var response = await _http.GetAsync(new Uri(_baseAddress, "status"), cancellationToken);
                    response.EnsureSuccessStatusCode();
                    return await response.Content.ReadAsStringAsync(cancellationToken);
                }

                public async Task<bool> PostAsync(string path, string json, CancellationToken cancellationToken)
                {
                    using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
                    using var response = await _http.PostAsync(path, content, cancellationToken);
                    return response.IsSuccessStatusCode;
                }

                {{(i % 20 == 2 ? "public Task<string> WeatherAsync(string city) => _http.GetStringAsync($\"https://api.weather.example/data?q={city}&appid=9f8e7d6c5b4a39281706f5e4d3c2b1a" + N(i % 10) + "\");" : "public Task<string> WeatherAsync(string city, string key) => _http.GetStringAsync($\"https://api.weather.example/data?q={city}&appid={key}\");")}}

                public void Dispose() => _http.Dispose();
            }
        }
        """;

    private static string Configuration(int i) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Globalization;

        namespace Contoso.Firmware.Configuration{{N(i)}}
        {
            /// <summary>Settings for one device subsystem, read from the provisioned configuration.</summary>
            public sealed class Settings{{N(i)}}
            {
                public const string PasswordKey = "Subsystem{{N(i)}}:Password";
                public const string PasswordPrompt = "Password:";
                private readonly IReadOnlyDictionary<string, string> _values;

                public Settings{{N(i)}}(IReadOnlyDictionary<string, string> values) => _values = values;

                public string Host => Get("Subsystem{{N(i)}}:Host", "localhost");

                public int Port => int.Parse(Get("Subsystem{{N(i)}}:Port", "8883"), CultureInfo.InvariantCulture);

                public string Password => Get(PasswordKey, string.Empty);

                public TimeSpan Interval => TimeSpan.FromSeconds(double.Parse(Get("Subsystem{{N(i)}}:Interval", "30"), CultureInfo.InvariantCulture));

                {{(i % 20 == 3 ? "public static readonly string ServicePassword = \"svc-pass-" + N(i) + "\";" : "public static readonly string ServiceName = \"svc-" + N(i) + "\";")}}

                private string Get(string key, string fallback) => _values.TryGetValue(key, out var value) && value.Length > 0 ? value : fallback;

                public IEnumerable<string> Validate()
                {
                    if (string.IsNullOrWhiteSpace(Host))
                    {
                        yield return "Host is missing";
                    }

                    if (Port is <= 0 or > 65535)
                    {
                        yield return "Port is out of range";
                    }

                    if (Interval < TimeSpan.FromSeconds(1))
                    {
                        yield return "Interval is too short";
                    }
                }
            }
        }
        """;

    private const string Stubs = """
        namespace uPLibrary.Networking.M2Mqtt
        {
            public enum MqttSslProtocols { None, TLSv1_2 }

            public class MqttClient
            {
                public MqttClient(string brokerHostName) { }
                public MqttClient(string brokerHostName, int brokerPort, bool secure, object caCert, object clientCert, MqttSslProtocols sslProtocol) { }
                public byte Connect(string clientId, string username, string password) => 0;
                public ushort Publish(string topic, byte[] message) => 0;
            }
        }
        """;
}

using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds red team 30 found missing (seventeenth session), each beside its hard negatives: a helper's value (awaited or
/// not) first held in a local and then given to the sink; async helpers that wait or call before they return; work items
/// returning a written value (<c>Task.Run(() =&gt; "...")</c>); functions that hold a value in a local, give it a default
/// when it is missing and return it; tuples deconstructed into fields in a constructor; HMAC keys given through the
/// <c>Key</c> property; streaming hashes kept in a field. Labelled line by line (<c>// expect:</c>, see <see cref="ExpectComments"/>).
/// </summary>
public class HeldHelperValuesAndLaterKeysTests
{
    // IOT1001: a helper's written value reaches the sink through the local that holds it, awaited or not, with or without
    // ConfigureAwait. Hard negatives beside it: the same shapes holding an environment variable's value, a configuration key
    // that is then looked up, and a host.
    [Fact]
    public Task Helper_values_held_in_a_local_reach_the_sink_and_run_time_values_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;
            using uPLibrary.Networking.M2Mqtt;
            public static class SiloSecrets
            {
                public static string BrokerPassword() => "Sl4-silo.Broker-72Kq"; // expect: IOT1001
                public static Task<string> FeedTokenAsync() => Task.FromResult("Sl5-silo.Feed-19Xw3P"); // expect: IOT1001
                public static ValueTask<string> ProxyPasswordAsync() => new ValueTask<string>("Sl6-silo.Proxy-44"); // expect: IOT1001
                public static string EnvironmentPassword() => Environment.GetEnvironmentVariable("SILO_MQTT_PASSWORD") ?? "";
                public static Task<string> TokenSettingAsync() => Task.FromResult("Silo:FeedToken"); // expect: none
                public static string Host() => "mqtt.silo.example"; // expect: none
            }
            public static class SiloUplink
            {
                public static async Task Connect(MqttClient mqtt, MqttClient spare, HttpClient http, IReadOnlyDictionary<string, string> settings)
                {
                    var password = SiloSecrets.BrokerPassword();
                    mqtt.Connect("silo-3", "silo", password);
                    var token = await SiloSecrets.FeedTokenAsync().ConfigureAwait(false);
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    var proxyPassword = await SiloSecrets.ProxyPasswordAsync();
                    var proxy = new NetworkCredential("silo-proxy", proxyPassword);

                    var fromEnvironment = SiloSecrets.EnvironmentPassword();
                    spare.Connect("silo-3b", "silo", fromEnvironment);
                    var setting = await SiloSecrets.TokenSettingAsync();
                    http.DefaultRequestHeaders.Add("X-Feed-Token", settings[setting]);
                    var host = SiloSecrets.Host();
                    spare.Connect(host);
                }
            }
            """);

    // IOT1001: an async helper that waits or logs before it returns a written value, and a work item returning one. Hard
    // negatives beside them: the same bodies returning what they read (a file, a parameter's lookup, a cached field given
    // from the environment) and one returning a written host.
    [Fact]
    public Task Helpers_that_wait_or_call_before_returning_a_written_value_reach_the_sink_and_read_values_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net.Http;
            using System.Threading;
            using System.Threading.Tasks;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class PumpSecrets
            {
                private readonly SemaphoreSlim _gate = new(1);
                private string _cached = Environment.GetEnvironmentVariable("PUMP_TOKEN") ?? "";
                public async Task<string> BrokerPasswordAsync() { await _gate.WaitAsync(); return "Pm7-pump.Broker-30Lz"; } // expect: IOT1001
                public async Task<string> ApiKeyAsync() { Console.WriteLine("api key requested"); await Task.Delay(5); return "Pm8-pump.Api-61Rc4N"; } // expect: IOT1001
                public Task<string> UploadTokenAsync() => Task.Run(() => "Pm9-pump.Upload-27Dv"); // expect: IOT1001
                public async Task<string> FilePasswordAsync() { await _gate.WaitAsync(); return await File.ReadAllTextAsync("/etc/pump/mqtt.pw"); }
                public async Task<string> CachedTokenAsync() { await Task.Yield(); return _cached; }
                public async Task<string> LookupAsync(string name) { await Task.Yield(); return name; }
                public Task<string> HostAsync() => Task.Run(() => "mqtt.pump.example"); // expect: none
            }
            public static class PumpUplink
            {
                public static async Task Connect(PumpSecrets secrets, MqttClient mqtt, MqttClient spare, HttpClient http)
                {
                    mqtt.Connect("pump-1", "pump", await secrets.BrokerPasswordAsync());
                    http.DefaultRequestHeaders.Add("X-API-Key", await secrets.ApiKeyAsync());
                    http.DefaultRequestHeaders.Add("X-Upload-Token", await secrets.UploadTokenAsync());

                    spare.Connect("pump-1b", "pump", await secrets.FilePasswordAsync());
                    http.DefaultRequestHeaders.Add("X-Cache-Token", await secrets.CachedTokenAsync());
                    http.DefaultRequestHeaders.Add("X-Lookup-Token", await secrets.LookupAsync(Environment.GetEnvironmentVariable("PUMP_KEY_NAME")!));
                    spare.Connect(await secrets.HostAsync());
                }
            }
            """);

    // IOT1001 and IOT1006: a getter or a method that holds a value in a local, gives it a default when it is missing and
    // returns it: the default ships in the code (a working secret, or a template). Hard negatives beside them: the same
    // bodies giving an empty default, throwing when it is missing, and computing something else in between.
    [Fact]
    public Task Functions_giving_a_held_local_a_default_reach_the_sink_and_empty_or_thrown_defaults_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class MixerSettings
            {
                private string _token = "";
                private string? _password;
                public string Token
                {
                    get
                    {
                        var t = _token;
                        if (t.Length == 0) t = "Mx3-mixer.Tok-58Mv2Kd"; // expect: IOT1001
                        return t;
                    }
                    set => _token = value;
                }
                public string Password()
                {
                    var p = _password;
                    p ??= "REPLACE_WITH_MIXER_PASSWORD"; // expect: IOT1006
                    return p;
                }
                public string SpareToken
                {
                    get
                    {
                        var t = _token;
                        if (string.IsNullOrEmpty(t)) t = "";
                        return t;
                    }
                }
                public string StrictPassword()
                {
                    var p = _password;
                    if (string.IsNullOrEmpty(p)) throw new InvalidOperationException("Mixer password is not set");
                    return p;
                }
                public string TrimmedPassword()
                {
                    var p = _password ?? Environment.GetEnvironmentVariable("MIXER_PASSWORD") ?? "";
                    p = p.Trim();
                    return p;
                }
            }
            public static class MixerUplink
            {
                public static void Connect(MixerSettings s, HttpClient http, MqttClient mqtt, MqttClient spare)
                {
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", s.Token);
                    mqtt.Connect("mixer-2", "mixer", s.Password());
                    http.DefaultRequestHeaders.Add("X-Spare-Token", s.SpareToken);
                    spare.Connect("mixer-2b", "mixer", s.StrictPassword());
                    spare.Connect("mixer-2c", "mixer", s.TrimmedPassword());
                }
            }
            """);

    // IOT1001: a tuple deconstructed into fields in a constructor (this-qualified or not) holds what the helper returns.
    // Hard negatives beside it: a tuple of a host and the name of the variable holding the key, deconstructed the same way.
    [Fact]
    public Task Tuples_deconstructed_into_fields_hold_the_helpers_key_and_names_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using Microsoft.Azure.Devices.Client;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class KilnUnit
            {
                private readonly string _id;
                private readonly string _key;
                private readonly string _host;
                private readonly string _keyVariable;
                private string _user = "";
                private string _password = "";
                private static (string DeviceId, string Key) Spare() => ("kiln-spare-9", "Kq3Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); // expect: IOT1001
                private static (string Host, string KeyVariable) Rig() => ("kiln.azure-devices.net", "KILN_HUB_KEY"); // expect: none
                private static (string User, string Password) Broker() => ("kiln", "Kl2-kiln.Broker-66Wd"); // expect: IOT1001
                public KilnUnit()
                {
                    (_id, _key) = Spare();
                    (_host, _keyVariable) = Rig();
                    (this._user, this._password) = Broker();
                }
                public IAuthenticationMethod Auth() => new DeviceAuthenticationWithRegistrySymmetricKey(_id, _key);
                public IAuthenticationMethod FromEnvironment() => new DeviceAuthenticationWithRegistrySymmetricKey(_host, Environment.GetEnvironmentVariable(_keyVariable));
                public void Connect(MqttClient mqtt) => mqtt.Connect("kiln-9", _user, _password);
            }
            """);

    // IOT1005: an HMAC given the MAC or the serial through its Key property (an object initializer, or an assignment after
    // it is made) derives the PIN from public data, as one constructed with it does. Hard negatives beside them: the same
    // shapes keyed with a secret the maker holds, and an HMAC whose key is never given (a random key).
    [Fact]
    public Task Pins_from_hmacs_given_public_data_as_their_key_property_are_derived_and_secret_keys_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Turnstile
            {
                private readonly byte[] _factorySecret;
                public Turnstile(byte[] factorySecret) => _factorySecret = factorySecret;
                public string GatePin(PhysicalAddress radio, string serialNumber)
                {
                    using var hmac = new HMACSHA256 { Key = radio.GetAddressBytes() };
                    var gatePin = (BitConverter.ToUInt32(hmac.ComputeHash(Encoding.UTF8.GetBytes(serialNumber)), 0) % 1000000).ToString("D6"); // expect: IOT1005
                    return gatePin;
                }
                public string ServicePasscode(string serialNumber)
                {
                    using var hmac = new HMACSHA1();
                    hmac.Key = Encoding.ASCII.GetBytes(serialNumber);
                    var servicePasscode = Convert.ToHexString(hmac.ComputeHash(Encoding.ASCII.GetBytes("service")))[..8]; // expect: IOT1005
                    return servicePasscode;
                }
                public string OwnerPin(string serialNumber)
                {
                    using var hmac = new HMACSHA256 { Key = _factorySecret };
                    var ownerPin = (BitConverter.ToUInt32(hmac.ComputeHash(Encoding.UTF8.GetBytes(serialNumber)), 0) % 1000000).ToString("D6");
                    return ownerPin;
                }
                public string InstallerPin(string serialNumber)
                {
                    using var hmac = new HMACSHA256();
                    hmac.Key = _factorySecret;
                    var installerPin = (BitConverter.ToUInt32(hmac.ComputeHash(Encoding.UTF8.GetBytes(serialNumber)), 0) % 10000).ToString("D4");
                    return installerPin;
                }
                public string SessionPin(string serialNumber)
                {
                    using var hmac = new HMACSHA256();
                    var sessionPin = (BitConverter.ToUInt32(hmac.ComputeHash(Encoding.UTF8.GetBytes(serialNumber)), 0) % 10000).ToString("D4");
                    return sessionPin;
                }
            }
            """);

    // IOT1005: an unkeyed streaming hash kept in a field and fed the serial derives what is read from it. Hard negatives
    // beside it: a streaming HMAC kept in a field, keyed with a secret from the environment, fed the same serial; and an
    // unkeyed one fed only a random nonce.
    [Fact]
    public Task Codes_from_an_unkeyed_streaming_hash_kept_in_a_field_are_derived_and_keyed_ones_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class BottlingStation
            {
                private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                private readonly IncrementalHash _mac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("LINE_KEY") ?? ""));
                private readonly IncrementalHash _nonceHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                public string SetupCode(string serialNumber)
                {
                    this._sha.AppendData(Encoding.UTF8.GetBytes(serialNumber));
                    var setupCode = Convert.ToHexString(_sha.GetHashAndReset())[..8]; // expect: IOT1005
                    return setupCode;
                }
                public string OwnerCode(string serialNumber)
                {
                    _mac.AppendData(Encoding.UTF8.GetBytes(serialNumber));
                    var ownerCode = Convert.ToHexString(_mac.GetHashAndReset())[..8];
                    return ownerCode;
                }
                public string PairingCode()
                {
                    _nonceHash.AppendData(RandomNumberGenerator.GetBytes(16));
                    var pairingCode = Convert.ToHexString(_nonceHash.GetHashAndReset())[..8];
                    return pairingCode;
                }
            }
            """);

    // IOT1001 (twenty-second session, red team 40): a lambda a local holds that takes arguments returns its written choices
    // wherever it is called (pick(lab) with isLab ? "..." : "..."). Hard negatives: lambdas that return what they are given
    // (tidied, or with a suffix), one that returns a configuration key, and an async lambda that reads a file (an awaited
    // async lambda returning a literal is found).
    [Fact]
    public Task Lambdas_with_parameters_return_their_written_choices_and_pass_run_time_values_through() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Threading.Tasks;
            using uPLibrary.Networking.M2Mqtt;
            public static class Bench
            {
                public static void Choose(MqttClient m, bool lab, int site)
                {
                    Func<bool, string> pick = isLab => isLab
                        ? "Lb4!lab-Wz7Tq" // expect: IOT1001
                        : "Pd9!plant-Hk2Ns"; // expect: IOT1001
                    m.Connect("bench-b", "bench", pick(lab));
                    Func<int, string> bySite = s => s switch
                    {
                        1 => "St1!north-Qp4Lz", // expect: IOT1001
                        _ => "St2!south-Vk8Rw", // expect: IOT1001
                    };
                    m.Connect("bench-s", "bench", bySite(site));
                }
                public static void PassThrough(MqttClient m, Func<string, string> setting)
                {
                    Func<string, string> tidy = p => p.Trim();
                    m.Connect("bench-t", "bench", tidy(Environment.GetEnvironmentVariable("BENCH_PASSWORD") ?? ""));
                    Func<string, string> suffixed = p => p + "-bench";
                    m.Connect("bench-u", "bench", suffixed(Environment.GetEnvironmentVariable("BENCH_PASSWORD") ?? ""));
                    Func<string, string> key = name => "Bench:" + name; // expect: none
                    m.Connect("bench-v", "bench", setting(key("Password")));
                }
                public static async Task Loaded(MqttClient m, string site)
                {
                    Func<string, Task<string>> load = async path =>
                    {
                        await Task.Delay(5);
                        return await File.ReadAllTextAsync(path);
                    };
                    m.Connect("bench-w", "bench", await load("/etc/bench/" + site + ".password"));
                    Func<string, Task<string>> fallback = async path =>
                    {
                        await Task.Delay(5);
                        return "Fl9!bench-Tq2Wx"; // expect: IOT1001
                    };
                    m.Connect("bench-x", "bench", await fallback("/etc/bench/spare.password"));
                }
            }
            """);
}

using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds red team 29 found missing (sixteenth session), each beside its hard negatives: helpers awaited at the sink
/// (<c>async</c> returns, <c>Task.FromResult</c>, <c>ConfigureAwait</c>) and called null-conditionally; tuples deconstructed
/// with element types written out, after an <c>await</c>, or into variables declared before; getters choosing a fallback
/// with <c>if</c>/<c>return</c> statements beside a storing setter; PINs from a Bluetooth address's number, from an
/// unkeyed streaming hash (<c>IncrementalHash.CreateHash</c>) and from HMACs keyed with public data; a secret's display
/// and a login's roles, which are no secrets. Labelled line by line (<c>// expect:</c>, see <see cref="ExpectComments"/>).
/// </summary>
public class AwaitedDeconstructedAndStreamedValueTests
{
    private static readonly string[] BluetoothLib = { Stubs.Bluetooth32Feet };

    // IOT1001: a helper that returns one value written in it is followed, awaited or not. Hard negatives beside it: awaited
    // helpers returning a configuration key, an environment variable's value and a host.
    [Fact]
    public Task Awaited_helpers_returning_a_written_secret_reach_the_sink_and_keys_or_hosts_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Vault
            {
            #pragma warning disable CS1998
                public async Task<string> UploadTokenAsync() { return "Ut4-kiln.Vent-81Qe"; } // expect: IOT1001
                public async Task<string> TokenSettingAsync() { return "Kiln:UploadToken"; } // expect: none
            #pragma warning restore CS1998
                public ValueTask<string> BrokerPasswordAsync() => ValueTask.FromResult("Bk2-kiln.Door-55Mx"); // expect: IOT1001
                public Task<string> EnvironmentPasswordAsync() => Task.FromResult(Environment.GetEnvironmentVariable("KILN_MQTT_PASSWORD") ?? "");
                public Task<string> HostAsync() => Task.FromResult("mqtt.kiln.example"); // expect: none
            }
            public static class KilnUplink
            {
                public static async Task Connect(Vault vault, HttpClient http, MqttClient mqtt, MqttClient spare)
                {
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await vault.UploadTokenAsync().ConfigureAwait(false));
                    http.DefaultRequestHeaders.Add("X-Setting", await vault.TokenSettingAsync());
                    mqtt.Connect("kiln-2", "kiln", await vault.BrokerPasswordAsync());
                    spare.Connect(await vault.HostAsync(), "kiln", await vault.EnvironmentPasswordAsync());
                }
            }
            """);

    // IOT1001: an instance helper is followed whatever its receiver, null-conditional included; a fallback of no text keeps
    // it. Hard negative: the same call whose helper reads the secret at run time.
    [Fact]
    public Task Helpers_called_null_conditionally_are_followed_and_run_time_reads_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            public sealed class Secrets
            {
                public string FeedToken() => "Fd7-kiln.Flue-28Vb"; // expect: IOT1001
                public string SpareToken() => Environment.GetEnvironmentVariable("KILN_SPARE_TOKEN") ?? "";
            }
            public sealed class Feed
            {
                private readonly Secrets? _secrets;
                public Feed(Secrets? secrets) => _secrets = secrets;
                public void Authorize(HttpClient http)
                {
                    http.DefaultRequestHeaders.Add("X-Feed-Token", _secrets?.FeedToken() ?? "");
                    http.DefaultRequestHeaders.Add("X-Spare-Token", _secrets?.SpareToken() ?? string.Empty);
                }
            }
            """);

    // IOT1001: keys held in tuples are followed however the tuple is deconstructed. Hard negative: a tuple of a host and the
    // name of the variable holding the key, deconstructed the same ways.
    [Fact]
    public Task Tuples_deconstructed_with_types_after_await_or_into_declared_variables_hold_their_keys() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Threading.Tasks;
            using Microsoft.Azure.Devices.Client;
            public static class Kiln
            {
                private static (string DeviceId, string Key) Bench() => ("kiln-b1", "Kb1Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); // expect: IOT1001
                private static (string DeviceId, string Key) Spare() => ("kiln-s2", "Ks2Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); // expect: IOT1001
            #pragma warning disable CS1998
                private static async Task<(string DeviceId, string Key)> LabAsync() { return ("kiln-l3", "Kl3Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); } // expect: IOT1001
            #pragma warning restore CS1998
                private static (string Host, string KeyVariable) Showroom() => ("showroom.azure-devices.net", "KILN_HUB_KEY"); // expect: none
                public static IAuthenticationMethod Typed() { (string id, string key) = Bench(); return new DeviceAuthenticationWithRegistrySymmetricKey(id, key); }
                public static IAuthenticationMethod Declared() { string id, key; (id, key) = Spare(); return new DeviceAuthenticationWithRegistrySymmetricKey(id, key); }
                public static async Task<IAuthenticationMethod> Awaited() { var (id, key) = await LabAsync(); return new DeviceAuthenticationWithRegistrySymmetricKey(id, key); }
                public static IAuthenticationMethod FromEnvironment()
                {
                    string host, variable;
                    (host, variable) = Showroom();
                    return new DeviceAuthenticationWithRegistrySymmetricKey(host, Environment.GetEnvironmentVariable(variable) ?? "");
                }
            }
            """);

    // IOT1001: a getter choosing a written fallback keeps it beside a storing setter, written with if and return statements.
    // Hard negatives: the same getters whose fallbacks are a mask or a user name, and a password's display choosing between
    // a mask and a state word (no secret: its name ends in what it is, a display).
    [Fact]
    public Task Getters_choosing_a_fallback_with_statements_reach_the_sink_and_masks_and_displays_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Net.Http;
            using System.Net.Http.Headers;
            public sealed class KilnSettings
            {
                private string _token = "", _user = "", _password = "", _display = "";
                public string Token
                {
                    get
                    {
                        if (string.IsNullOrEmpty(_token))
                            return "Kt6-kiln.Cone-40Hr"; // expect: IOT1001
                        return _token;
                    }
                    set { _token = value; }
                }
                public string User { get { if (_user.Length == 0) return "operator"; return _user; } set { _user = value; } } // expect: none
                public string Password { get { if (_password.Length == 0) return "********"; return _password; } set { _password = value; } } // expect: none
                public string PasswordDisplay { get => _display.Length == 0 ? "(not set)" : "********"; set => _display = value; } // expect: none none
            }
            public static class KilnPortal
            {
                public static void Authorize(HttpClient http, KilnSettings s) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", s.Token);
                public static NetworkCredential Login(KilnSettings s) => new NetworkCredential(s.User, s.Password);
                public static string Show(KilnSettings s) => s.PasswordDisplay;
            }
            """);

    // IOT1002 and IOT1004: a table named as logins holds credentials; one named for what each login is or may do (roles,
    // profiles) holds names, even when a name is a listed default's text.
    [Fact]
    public Task Tables_of_login_roles_and_profiles_stay_quiet_and_login_tables_do_not() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public sealed class KilnHmi
            {
                private static readonly Dictionary<string, string> LoginRoles = new() { ["firer"] = "operator", ["lead"] = "supervisor" }; // expect: none none
                private static readonly Dictionary<string, string> LoginProfilesByUser = new() { ["firer"] = "night-shift" }; // expect: none
                private static readonly Dictionary<string, string> HmiLogins = new() { ["firer"] = "Kf9-kiln.Shelf-63" }; // expect: IOT1004
                public bool MayAct(string user, string requested) => LoginRoles.TryGetValue(user, out var role) && role == requested;
                public bool Profile(string user, string requested) => LoginProfilesByUser.TryGetValue(user, out var profile) && profile == requested;
                public bool Login(string user, string password) => HmiLogins.TryGetValue(user, out var expected) && expected == password;
            }
            """);

    // IOT1005: a PIN from a Bluetooth address's number, whatever it is called; from an unkeyed streaming hash of the serial;
    // and from an HMAC whose key is the MAC or the serial itself. Hard negatives: the same hashes keyed with a factory
    // secret or a key the caller holds, which no one computes without the key.
    [Fact]
    public Task Pins_from_a_bluetooth_number_a_streamed_hash_and_publicly_keyed_hmacs_are_derived_and_secret_keys_end_the_chain() =>
        ExpectComments.AssertAsync(BluetoothLib, """
            using System;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            using InTheHand.Net;
            public sealed class KilnPairing
            {
                private static readonly byte[] FactorySecret = Convert.FromBase64String(Environment.GetEnvironmentVariable("KILN_FACTORY_SECRET") ?? "");
                public int PairPin(BluetoothAddress peer) => (int)(peer.ToInt64() % 10000); // expect: IOT1005
                public string SetupCode(string serialNumber)
                {
                    using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256); h.AppendData(Encoding.UTF8.GetBytes(serialNumber)); var setupCode = Convert.ToHexString(h.GetHashAndReset())[..8]; // expect: IOT1005
                    return setupCode;
                }
                public string PairingPin(PhysicalAddress radio)
                {
                    var mac = radio.GetAddressBytes(); using var h = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, mac); h.AppendData(mac); var pairingPin = (BitConverter.ToUInt32(h.GetHashAndReset(), 0) % 1000000).ToString("D6"); // expect: IOT1005
                    return pairingPin;
                }
                public string ServicePin(string serialNumber)
                {
                    var servicePin = (BitConverter.ToUInt32(HMACSHA256.HashData(Encoding.UTF8.GetBytes(serialNumber), Encoding.UTF8.GetBytes(serialNumber)), 0) % 10000).ToString("D4"); // expect: IOT1005
                    return servicePin;
                }
                public string FactoryPin(string serialNumber)
                {
                    using var h = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, FactorySecret); h.AppendData(Encoding.UTF8.GetBytes(serialNumber)); var factoryPin = (BitConverter.ToUInt32(h.GetHashAndReset(), 0) % 1000000).ToString("D6"); // expect: none
                    return factoryPin;
                }
                public string KeyedPin(string serialNumber, byte[] deviceKey)
                {
                    var keyedPin = (BitConverter.ToUInt32(HMACSHA256.HashData(deviceKey, Encoding.UTF8.GetBytes(serialNumber)), 0) % 10000).ToString("D4"); // expect: none
                    return keyedPin;
                }
                public string InstancePin(string serialNumber, byte[] deviceKey)
                {
                    using var hmac = new HMACSHA256(deviceKey); var instancePin = (BitConverter.ToUInt32(hmac.ComputeHash(Encoding.UTF8.GetBytes(serialNumber)), 0) % 10000).ToString("D4"); // expect: none
                    return instancePin;
                }
            }
            """);
}

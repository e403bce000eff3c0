using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 59: precision on unseen, realistic device code, aimed at the last two sessions' changes: the key-protecting
/// passwords added to the sink catalogue (certificate and collection <c>Export(Pfx, password)</c>, encrypted PEM and PKCS#8
/// import and export, the Pkcs package's PKCS#12 builder and reader) and library methods' credential-named parameters
/// taking characters or bytes. Most lines are hard negatives (keypad buffers, zeroed and empty buffers, hashes and derived
/// keys, UI controls, generators, run-time passwords from configuration, a vault or the environment, public keys, PEM
/// labels, telemetry, BLE, SNMP, web UI, OTA, localisation and logging code); a few positives anchor each file and check
/// the rule a written value gets in its byte or character form.
/// Expectations come from docs/rules and docs/accuracy.md, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam59Tests
{
    /// <summary>The referenced libraries of these files (compiled as a separate assembly, as device code sees its SDKs).</summary>
    private const string Libraries = """
        namespace Acme.Auth
        {
            public class Client
            {
                public void Login(string user, string password) { }
                public void LoginBytes(string user, byte[] password) { }
                public void LoginChars(string user, char[] password) { }
                public void LoginSpan(string user, System.ReadOnlySpan<char> password) { }
                public void LoginUtf8(string user, System.ReadOnlySpan<byte> password) { }
                public void LoginMemory(string user, System.ReadOnlyMemory<char> password) { }
                public bool LoginWithHash(string user, byte[] passwordHash) => true;
                public void SetApiKey(byte[] apiKey) { }
            }
        }
        namespace Acme.Keypad
        {
            public sealed class Keypad
            {
                public int ReadDigits(System.Span<char> buffer) => 0;
                public int ReadBytes(byte[] buffer) => 0;
                public string ReadLine() => "";
            }
            public sealed class PasswordBox
            {
                public void SetPasswordChar(char passwordChar) { }
                public void SetPrompt(string passwordPrompt) { }
                public void SetLabel(string passwordLabel) { }
                public void SetMask(System.ReadOnlySpan<char> passwordMask) { }
                public int ReadPassword(System.Span<char> password) => 0;
            }
            public static class PasswordGenerator
            {
                public static void Fill(System.Span<char> password, System.ReadOnlySpan<char> alphabet) { }
            }
        }
        namespace Acme.Crypto
        {
            public static class Cipher
            {
                public static byte[] Encrypt(byte[] plaintext, byte[] key) => plaintext;
                public static byte[] Seal(System.ReadOnlySpan<byte> data, System.ReadOnlySpan<byte> encryptionKey) => null!;
                public static byte[] EncryptWithPassword(byte[] data, System.ReadOnlySpan<char> password, System.ReadOnlySpan<byte> passwordSalt) => data;
            }
            public static class SecureMemory
            {
                public static void Wipe(System.Span<char> password) { }
                public static void Wipe(System.Span<byte> password) { }
            }
            public sealed class TlsPskChannel
            {
                public void UsePsk(byte[] pskIdentity, byte[] psk) { }
                public void SetPeerPublicKey(byte[] peerPublicKey) { }
                public void SelectKey(byte[] keyId) { }
            }
        }
        namespace Acme.Radio
        {
            public sealed class WifiModule
            {
                public bool Join(string ssid, byte[] psk) => true;
            }
        }
        namespace Acme.Vault
        {
            public sealed class SecretClient
            {
                public string GetSecret(string name) => "";
            }
        }
        namespace Acme.Ble
        {
            public enum GattProperties { Read = 1, Write = 2, Notify = 4 }
            public sealed class GattWriteRequest
            {
                public System.Guid Characteristic { get; }
                public byte[] Value { get; } = System.Array.Empty<byte>();
                public void Respond(string status) { }
            }
            public sealed class GattServer
            {
                public void SetStaticPasskey(uint passkey) { }
                public void AddCharacteristic(System.Guid uuid, GattProperties properties, string userDescription) { }
                public event System.EventHandler<GattWriteRequest>? WriteRequested;
                public void Raise(GattWriteRequest r) => WriteRequested?.Invoke(this, r);
            }
        }
        namespace Microsoft.Extensions.Configuration
        {
            public interface IConfiguration { string? this[string key] { get; set; } }
        }
        """;

    // ---------- 1. library methods' byte and character credential parameters: what is not a written password ----------

    // IOT1001: a library method's credential parameter "that takes text, characters or bytes (`string`, `char[]`,
    // `ReadOnlySpan<char>`, `byte[]`, `ReadOnlySpan<byte>` and the other spans and memories ...)" is a sink; "Not findings:
    // empty strings; values from parameters, the environment, `IConfiguration`, a vault or a file". A door terminal signs
    // in with what the keypad gave it, and signs out with an empty password in every form; one bench login anchors the sink.
    [Fact]
    public Task RT59_keypad_buffers_and_empty_values_at_library_byte_and_char_password_parameters_are_no_findings() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System;
            using System.Text;
            using Acme.Auth;
            using Acme.Keypad;
            public sealed class DoorTerminal
            {
                private readonly Client _client;
                private readonly Keypad _keypad;
                public DoorTerminal(Client client, Keypad keypad) { _client = client; _keypad = keypad; }

                public void SignInFromKeypad(string operatorId)
                {
                    Span<char> typed = stackalloc char[32];
                    var n = _keypad.ReadDigits(typed);
                    _client.LoginSpan(operatorId, typed[..n]); // expect: none
                    typed.Clear();

                    var raw = new byte[64];
                    var count = _keypad.ReadBytes(raw);
                    _client.LoginBytes(operatorId, raw[..count]); // expect: none
                    _client.LoginUtf8(operatorId, raw.AsSpan(0, count)); // expect: none
                    Array.Clear(raw);

                    var chars = _keypad.ReadLine().ToCharArray();
                    _client.LoginChars(operatorId, chars); // expect: none
                    _client.LoginMemory(operatorId, chars.AsMemory()); // expect: none
                    Array.Clear(chars);
                }

                public void SignOut(string operatorId)
                {
                    // the controller drops the session when it is given an empty password
                    _client.LoginBytes(operatorId, Array.Empty<byte>()); // expect: none
                    _client.LoginBytes(operatorId, new byte[32]); // expect: none
                    _client.LoginChars(operatorId, new char[16]); // expect: none
                    _client.LoginChars(operatorId, "".ToCharArray()); // expect: none
                    _client.LoginChars(operatorId, string.Empty.ToCharArray()); // expect: none
                    _client.LoginSpan(operatorId, ReadOnlySpan<char>.Empty); // expect: none
                    _client.LoginSpan(operatorId, ""); // expect: none
                    _client.LoginUtf8(operatorId, ""u8); // expect: none
                    _client.LoginUtf8(operatorId, []); // expect: none
                    _client.LoginBytes(operatorId, Encoding.UTF8.GetBytes("")); // expect: none
                    _client.LoginBytes(operatorId, Encoding.UTF8.GetBytes(string.Empty)); // expect: none
                    _client.Login(operatorId, ""); // expect: none
                }

                public void Bench() => _client.LoginBytes("bench", Encoding.UTF8.GetBytes("Bench#Door-4471")); // expect: IOT1001
            }
            """);

    // IOT1002: "Not findings: ... stored hashes compared in constant time". IOT1004: "Names that describe something else are
    // not secrets: `PasswordHash`, `PasswordSalt`, ... a hash function after the secret's word (`PasswordSha256`,
    // `AdminPasswordMd5`)". IOT1003: "A bare `key` or `keys` ... are no key material"; IOT1005: "A keyed function (`HMACSHA256`
    // with a factory secret, PBKDF2, HKDF) or `RandomNumberGenerator` ends the chain". A service console that checks a typed
    // password against a provisioned hash, signs in to a library with the hash, and encrypts backups with a PBKDF2 key.
    [Fact]
    public Task RT59_hashes_salts_and_derived_keys_at_library_byte_parameters_are_no_findings() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System;
            using System.Security.Cryptography;
            using System.Text;
            using Acme.Auth;
            using Acme.Crypto;
            public sealed class ServiceConsole
            {
                // SHA-256 of the unit's service password, written at the factory; the password itself is never on the unit
                private static readonly byte[] ServicePasswordSha256 = Convert.FromHexString("6b3a55e0261b0304143f805a24924d0c1c44524821305f31d9277843b8a10f4e"); // expect: none
                private static readonly byte[] BackupPasswordSalt = "door-controller/backup/v2"u8.ToArray(); // expect: none
                private const int KdfIterations = 210_000;

                public bool Unlock(string typed)
                {
                    var digest = SHA256.HashData(Encoding.UTF8.GetBytes(typed));
                    return CryptographicOperations.FixedTimeEquals(digest, ServicePasswordSha256);
                }

                public bool SignIn(Client client, string user, string typed)
                {
                    var hash = SHA256.HashData(Encoding.UTF8.GetBytes(typed));
                    return client.LoginWithHash(user, hash); // expect: none
                }

                public byte[] Backup(byte[] settings, string passphrase)
                {
                    var key = Rfc2898DeriveBytes.Pbkdf2(passphrase, BackupPasswordSalt, KdfIterations, HashAlgorithmName.SHA256, 32);
                    try { return Cipher.Encrypt(settings, key); } // expect: none
                    finally { CryptographicOperations.ZeroMemory(key); }
                }

                public byte[] SealImage(byte[] image, byte[] sharedSecret)
                {
                    var imageKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, sharedSecret, 32, info: Encoding.ASCII.GetBytes("ota-image-key/v1")); // expect: none
                    return Cipher.Seal(image, imageKey); // expect: none
                }

                public byte[] ExportSettings(byte[] data, ReadOnlySpan<char> typed) =>
                    Cipher.EncryptWithPassword(data, typed, BackupPasswordSalt); // expect: none
            }
            """);

    // IOT1004: "Names that describe something else are not secrets: ... `PasswordPrompt`, `PasswordLabel`"; IOT1001: "Not
    // findings: ... masks (`"********"`); labels (`"Password:"`)"; IOT1005: "`RandomNumberGenerator` ends the chain". A
    // library's password box (mask character, prompt, label, mask) and a generator filling a stack buffer with a per-unit
    // password (ETSI EN 303 645 5.1-1's own remedy): none of it is a written credential.
    [Fact]
    public Task RT59_password_box_controls_and_a_per_unit_password_generator_are_no_findings() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System;
            using Acme.Crypto;
            using Acme.Keypad;
            public sealed class SetupScreen
            {
                private const string Unambiguous = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"; // expect: none
                private readonly PasswordBox _box;
                public SetupScreen(PasswordBox box) => _box = box;

                public void Show()
                {
                    _box.SetPasswordChar('*'); // expect: none
                    _box.SetPrompt("Enter the installer password"); // expect: none
                    _box.SetLabel("Password"); // expect: none
                    _box.SetMask("********"); // expect: none
                }

                public string Read()
                {
                    var buffer = new char[64];
                    var n = _box.ReadPassword(buffer); // expect: none
                    var typed = new string(buffer, 0, n);
                    SecureMemory.Wipe(buffer); // expect: none
                    return typed;
                }

                // a unique password per unit, made on the unit and shown once on the display
                public string NewDevicePassword()
                {
                    Span<char> password = stackalloc char[20];
                    PasswordGenerator.Fill(password, Unambiguous); // expect: none
                    var text = new string(password);
                    SecureMemory.Wipe(password); // expect: none
                    return text;
                }
            }
            """);

    // IOT1001: "IoTSecure recognises the sink by **symbol** (the receiving type and the parameter name), never by method name
    // alone, so an unrelated `Connect(string password)` of your own is not a sink"; "Your own types are never sinks by name";
    // IOT1002 (fourteenth session): only "a listed default handed to the team's own method" is reported there ("an unlisted
    // value there is not reported"). The team's local account check shares the library's method names `Login` and
    // `LoginBytes`; only the library's call is a sink.
    [Fact]
    public Task RT59_team_methods_sharing_a_library_methods_name_are_no_sinks() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System.Security.Cryptography;
            using System.Text;
            using Acme.Auth;
            namespace Plant.Hmi
            {
                public sealed class LocalAccounts
                {
                    private readonly byte[] _hash;
                    public LocalAccounts(byte[] provisionedHash) => _hash = provisionedHash;
                    public bool Login(string user, char[] password) =>
                        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(password)), _hash);
                    public bool LoginBytes(string user, byte[] password) =>
                        CryptographicOperations.FixedTimeEquals(SHA256.HashData(password), _hash);
                }

                public static class KioskDemo
                {
                    public static void Run(LocalAccounts accounts, Client cloud, string user, string typed)
                    {
                        accounts.Login("kiosk", "Lobby-Kiosk-5512".ToCharArray()); // expect: none
                        accounts.LoginBytes("kiosk", Encoding.UTF8.GetBytes("Lobby-Kiosk-5513")); // expect: none
                        cloud.LoginChars(user, typed.ToCharArray()); // expect: none
                        cloud.LoginChars("kiosk", "Lobby-Kiosk-5514".ToCharArray()); // expect: IOT1001
                    }
                }
            }
            """);

    // ---------- 2. the rule a written value gets in its byte or character form ----------

    // IOT1002: "A default password is reported as IOT1002 instead of IOT1001 or IOT1006, never both"; IOT1006: "A
    // placeholder is never reported as IOT1001"; "a value that repeats its holder's or the parameter's name"; IOT1001: the
    // library parameter takes "`Login(user, "...".ToCharArray())`, `Login(user, Encoding.UTF8.GetBytes("..."))`"; "`"..."u8`".
    // A constant read at two sinks is one literal: one finding ("Fix All ... moving each secret once even when it reaches
    // several sinks"); a password-named constant reaching a sink is not IOT1004 too.
    [Fact]
    public Task RT59_listed_defaults_and_templates_as_bytes_or_chars_keep_their_rule() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System;
            using System.Text;
            using Acme.Auth;
            static class GateLogins
            {
                public const string ServicePassword = "12345678"; // expect: IOT1002
                public const string KioskPassword = "Kx!Gate-Lobby-4471"; // expect: IOT1001
                public const string InstallerPassword = "YOUR_INSTALLER_PASSWORD"; // expect: IOT1006
            }
            public sealed class GateController
            {
                public void Provision(Client c)
                {
                    c.LoginBytes("admin", "admin"u8.ToArray()); // expect: IOT1002
                    c.LoginChars("svc", "1234".ToCharArray()); // expect: IOT1002
                    c.LoginSpan("svc", "changeme"); // expect: IOT1002
                    c.LoginUtf8("svc", "password"u8); // expect: IOT1002
                    c.LoginBytes("svc", Encoding.ASCII.GetBytes(GateLogins.ServicePassword));
                    c.LoginChars("kiosk", GateLogins.KioskPassword.ToCharArray());
                    c.LoginUtf8("installer", Encoding.UTF8.GetBytes(GateLogins.InstallerPassword));
                    c.LoginBytes("svc", "<gate-password>"u8.ToArray()); // expect: IOT1006
                    c.LoginChars("svc", "YOUR_PASSWORD".ToCharArray()); // expect: IOT1006
                    c.LoginMemory("svc", "xxxxxxxx".ToCharArray()); // expect: IOT1006
                }
            }
            """);

    // IOT1001: a library method's credential parameter "that takes text, characters or bytes (`string`, `char[]`,
    // `ReadOnlySpan<char>`, `byte[]`, `ReadOnlySpan<byte>` and the other spans and memories ...)" is a sink, and the catalogue's
    // key-protecting passwords are read "as characters or as UTF-8 bytes"; IOT1006: "A placeholder is never reported as
    // IOT1001". `AsSpan()` and `AsMemory()` are how C# hands a string to a `ReadOnlySpan<char>` or `ReadOnlyMemory<char>`
    // parameter, as `ToCharArray()` hands it to a `char[]` one: the text is the same. (The implicit conversion
    // `LoginSpan("svc", "...")` and `ToCharArray()` are found; see the tests above.)
    // DEFECT: expected IOT1001 at lines 6, 7 (twice: two sinks) and 17, IOT1006 at line 18; actual "File0.cs:6 IOT1004"
    // and "File0.cs:7 IOT1001" (once, from the LoginChars call): a value passed through `.AsSpan()` or `.AsMemory()` is not
    // followed, at the library method (LoginSpan, LoginMemory) and at the catalogue's ImportFromEncryptedPem alike, so the
    // constant read only through AsSpan is IOT1004 (reaching no known sink) instead of IOT1001, and the template is silent.
    [Fact]
    public Task RT59_text_handed_on_by_AsSpan_or_AsMemory_reaches_span_and_memory_password_parameters() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System;
            using System.Security.Cryptography;
            using Acme.Auth;
            static class Turnstile
            {
                public const string ServicePassword = "Ts!Gate-Span-6613"; // expect: IOT1001
                public const string KioskPassword = "Ts!Gate-Kiosk-6614"; // expect: IOT1001 IOT1001
            }
            public sealed class TurnstileController
            {
                public void Provision(Client c, string pem)
                {
                    c.LoginSpan("svc", Turnstile.ServicePassword.AsSpan());
                    c.LoginChars("kiosk", Turnstile.KioskPassword.ToCharArray());
                    c.LoginMemory("kiosk", Turnstile.KioskPassword.AsMemory());
                    using var ec = ECDsa.Create();
                    ec.ImportFromEncryptedPem(pem, "Ts!Gate-Key-6615".AsSpan()); // expect: IOT1001
                    c.LoginSpan("svc", "<turnstile-password>".AsSpan()); // expect: IOT1006
                    c.LoginSpan("svc", Console.ReadLine().AsSpan()); // expect: none
                }
            }
            """);

    // IOT1003: "secret bytes given to a library parameter named as a secret (`BasicTlsPskIdentity(identity, psk)`)"; "a
    // public, peer or wrapped key ... are no key material", nor "a lookup key"; IOT1006: "a template given as a key". An uplink
    // that gives its cloud API key and its Wi-Fi PSK as bytes, and a TLS-PSK channel whose peer key and key id are public.
    [Fact]
    public Task RT59_secret_bytes_under_other_secret_names_are_key_material_and_public_bytes_are_not() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System;
            using System.Text;
            using Acme.Auth;
            using Acme.Crypto;
            using Acme.Radio;
            public sealed class Uplink
            {
                public void Start(Client cloud, WifiModule wifi, TlsPskChannel tls, byte[] provisionedKey, string ssid, byte[] psk, byte[] provisionedPsk)
                {
                    cloud.SetApiKey(Encoding.UTF8.GetBytes("ak_live_7Qm2Vt9Kx4Lp8Rz3Wb6N")); // expect: IOT1003
                    cloud.SetApiKey(Encoding.UTF8.GetBytes("YOUR_API_KEY")); // expect: IOT1006
                    cloud.SetApiKey(provisionedKey); // expect: none
                    wifi.Join(ssid, psk); // expect: none
                    wifi.Join("orchard-ap", Encoding.ASCII.GetBytes("Orchard-Lantern-2291")); // expect: IOT1003
                    tls.UsePsk(Encoding.ASCII.GetBytes(ssid), psk: provisionedPsk); // expect: none
                    tls.SetPeerPublicKey(Convert.FromHexString("04e0b5dac54ecbd40625ef67a531a3a1f24e9b49d322a71f77a51fd0e495ed376b4dc292a2fd143ad61534d587df31dd959a0dd152bed07e258ca2e739e906f1cc")); // expect: none
                    tls.SelectKey("kid-2026-q4"u8.ToArray()); // expect: none
                }
            }
            """);

    // IOT1003: "Any library's method takes key material at a byte parameter whose name says which key it is: ... a `psk` or
    // `sharedSecret`. A bare `key` ..., a public, peer or wrapped key ... are no key material"; IOT1004: "a credential word
    // only at the start of a longer word (`PSKIDENTITY`) does not" count. A TLS-PSK identity is sent in clear in the
    // ClientKeyExchange (RFC 4279): it names the key, it is no key. A gateway's TLS-PSK channel with its identity written in
    // the code and its key provisioned.
    // DEFECT: expected none; actual "File0.cs:5 IOT1003" (the Identity constant, through GetBytes) and "File0.cs:8 IOT1003"
    // ("literal symmetric or HMAC key reaches 'TlsPskChannel.UsePsk' parameter 'pskIdentity'"): a byte parameter whose name
    // only starts with `psk` is taken for the key.
    [Fact]
    public Task RT59_a_tls_psk_identity_given_as_bytes_is_no_key_material() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System.Text;
            using Acme.Crypto;
            public sealed class GatewayTls
            {
                private const string Identity = "kiln-gw-0042"; // expect: none
                public void Open(TlsPskChannel tls, byte[] provisionedPsk, string serial)
                {
                    tls.UsePsk(pskIdentity: "kiln-gw-0042"u8.ToArray(), psk: provisionedPsk); // expect: none
                    tls.UsePsk(Encoding.ASCII.GetBytes(Identity), provisionedPsk); // expect: none
                    tls.UsePsk(Encoding.ASCII.GetBytes("gw-" + serial), provisionedPsk); // expect: none
                }
            }
            """);

    // IOT1001: "a parameter named as a credential (a password, passphrase or PSK word ...) that takes text, characters or
    // bytes" of a library method is a sink; IOT1002: "wherever IOT1001 looks", "A default password is reported as IOT1002
    // instead of IOT1001 or IOT1006, never both: known defaults beat placeholders (`"password"`, `"changeme"`, `"12345678"`),
    // whatever else they look like"; IOT1003: "Counting bytes (`00 01 02 ... 0f` ...) ... are no key". A Wi-Fi module whose
    // WPA2 passphrase parameter is named `psk` and takes its ASCII bytes, given the two most shipped Wi-Fi defaults.
    // UNCERTAIN: expected IOT1002 at lines 8 and 9; actual "File0.cs:8 IOT1003" and "File0.cs:9 IOT1003" ("literal symmetric
    // or HMAC key reaches 'WifiModule.Join' parameter 'psk'"). The docs do not say which rule a listed default gets at a
    // key-material parameter; the bytes of "12345678" are the counting bytes 0x31..0x38, which IOT1003 says are no key.
    [Fact]
    public Task RT59_listed_default_wifi_passphrase_given_as_bytes_at_a_psk_parameter_is_iot1002() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System.Text;
            using Acme.Radio;
            public sealed class OrchardWifi
            {
                public void Join(WifiModule wifi, string ssid, string passphrase)
                {
                    wifi.Join(ssid, Encoding.ASCII.GetBytes(passphrase)); // expect: none
                    wifi.Join("orchard-ap", Encoding.ASCII.GetBytes("12345678")); // expect: IOT1002
                    wifi.Join("orchard-ap", Encoding.ASCII.GetBytes("password")); // expect: IOT1002
                }
            }
            """);

    // ---------- 3. the new catalogue entries: key-protecting passwords read at run time ----------

    // IOT1001: "the passwords that protect a private key where it is imported or exported ...: `Export(X509ContentType.Pfx,
    // password)` on a certificate or a collection"; "Not findings: empty strings; values from parameters, the environment,
    // `IConfiguration`, a vault or a file; ... configuration keys and environment variable names"; IOT1004: "a vault
    // resource's name (`CredentialResource`) is where a secret is kept"; IOT1005: "`RandomNumberGenerator` ends the chain". A
    // certificate backup that exports PFX files with passwords from the environment, configuration, a vault and a one-time
    // random password, and public exports; one bench export anchors the sink.
    [Fact]
    public Task RT59_pfx_exports_with_run_time_empty_or_random_passwords_are_no_findings() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Security.Cryptography.X509Certificates;
            using Acme.Vault;
            using Microsoft.Extensions.Configuration;
            public sealed class CertificateBackup
            {
                private const string PfxPasswordVariable = "DEVICE_PFX_PASSWORD"; // expect: none
                private const string PfxPasswordSetting = "Provisioning:PfxPassword"; // expect: none
                private const string VaultSecretName = "gateway-pfx-password"; // expect: none
                private const string PasswordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // expect: none
                private readonly IConfiguration _config;
                private readonly SecretClient _vault;
                public CertificateBackup(IConfiguration config, SecretClient vault) { _config = config; _vault = vault; }

                public void Save(X509Certificate2 device, X509Certificate2Collection chain, string directory)
                {
                    var fromEnv = Environment.GetEnvironmentVariable(PfxPasswordVariable) ?? throw new InvalidOperationException($"{PfxPasswordVariable} is not set");
                    File.WriteAllBytes(Path.Combine(directory, "device.pfx"), device.Export(X509ContentType.Pfx, fromEnv)); // expect: none
                    var fromConfig = _config[PfxPasswordSetting] ?? string.Empty;
                    File.WriteAllBytes(Path.Combine(directory, "chain.p12"), chain.Export(X509ContentType.Pkcs12, fromConfig)!); // expect: none
                    var fromVault = _vault.GetSecret(VaultSecretName);
                    File.WriteAllBytes(Path.Combine(directory, "escrow.pfx"), device.Export(X509ContentType.Pfx, fromVault)); // expect: none
                    File.WriteAllBytes(Path.Combine(directory, "device.cer"), device.Export(X509ContentType.Cert)); // expect: none
                    File.WriteAllBytes(Path.Combine(directory, "chain.p7b"), chain.Export(X509ContentType.Pkcs7)!); // expect: none
                    File.WriteAllBytes(Path.Combine(directory, "open.pfx"), device.Export(X509ContentType.Pfx, "")); // expect: none
                    File.WriteAllBytes(Path.Combine(directory, "open2.pfx"), device.Export(X509ContentType.Pfx, (string?)null)); // expect: none
                }

                public string ExportForTechnician(X509Certificate2 device, string directory)
                {
                    var oneTime = RandomNumberGenerator.GetString(PasswordAlphabet, 16);
                    File.WriteAllBytes(Path.Combine(directory, "handover.pfx"), device.Export(X509ContentType.Pfx, oneTime)); // expect: none
                    return oneTime;
                }

                public void Bench(X509Certificate2 device) =>
                    File.WriteAllBytes("bench.pfx", device.Export(X509ContentType.Pfx, "Bench-Pfx-Rig-0719")); // expect: IOT1001
            }
            """);

    // IOT1001: "`ImportFromEncryptedPem`, `ImportEncryptedPkcs8PrivateKey`, `ExportEncryptedPkcs8PrivateKey`,
    // `ExportEncryptedPkcs8PrivateKeyPem` and `TryExportEncryptedPkcs8PrivateKey` on every key type"; "Not findings: empty
    // strings; values from parameters"; IOT1003: "a public certificate (`-----BEGIN CERTIFICATE-----`) is not a finding"
    // (a public key is no private key either); IOT1005: "the host name (`Environment.MachineName`...)" and "the value passed to a
    // password parameter of the credential catalogue". A key store that tests for the encrypted PEM label, writes it, verifies firmware with a public key, and protects keys with the caller's passphrase.
    [Fact]
    public Task RT59_encrypted_pkcs8_and_pem_with_caller_passphrases_labels_and_public_keys_are_no_findings() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """"
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class KeyStore
            {
                private const string EncryptedLabel = "ENCRYPTED PRIVATE KEY"; // expect: none
                private const string FirmwarePublicKeyPem = """
                    -----BEGIN PUBLIC KEY-----
                    MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE4LXaxU7L1AYl72elMaOh8k6bSdMi
                    px93pR/Q5JXtN2tNwpKi/RQ61hU81YffMd2Vmg3RUr7QfiWMouc56QbxzA==
                    -----END PUBLIC KEY-----
                    """; // expect: none
                private static readonly PbeParameters Pbe = new(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 600_000);

                public ECDsa Load(string path, ReadOnlySpan<char> passphrase)
                {
                    var pem = File.ReadAllText(path);
                    var key = ECDsa.Create();
                    if (pem.Contains(EncryptedLabel, StringComparison.Ordinal))
                        key.ImportFromEncryptedPem(pem, passphrase); // expect: none
                    else
                        key.ImportFromPem(pem);
                    return key;
                }

                public RSA LoadDer(string path, byte[] passphraseUtf8)
                {
                    var rsa = RSA.Create();
                    rsa.ImportEncryptedPkcs8PrivateKey(passphraseUtf8, File.ReadAllBytes(path), out _); // expect: none
                    return rsa;
                }

                public void Save(ECDsa key, string path, string passphrase)
                {
                    var der = key.ExportEncryptedPkcs8PrivateKey(passphrase, Pbe); // expect: none
                    File.WriteAllText(path, new string(PemEncoding.Write(EncryptedLabel, der)));
                    var pem = key.ExportEncryptedPkcs8PrivateKeyPem(Encoding.UTF8.GetBytes(passphrase), Pbe); // expect: none
                    File.WriteAllText(path + ".pem", pem);
                    File.WriteAllText(path + ".pub", key.ExportSubjectPublicKeyInfoPem()); // expect: none
                    var buffer = new byte[4096];
                    if (key.TryExportEncryptedPkcs8PrivateKey(passphrase.AsSpan(), Pbe, buffer, out var written)) // expect: none
                        File.WriteAllBytes(path + ".p8", buffer[..written]);
                }

                public void SaveForTpmImport(RSA key, string path) =>
                    File.WriteAllBytes(path, key.ExportEncryptedPkcs8PrivateKey(ReadOnlySpan<char>.Empty, Pbe)); // expect: none

                public bool VerifyFirmware(byte[] image, byte[] signature)
                {
                    using var pub = ECDsa.Create();
                    pub.ImportFromPem(FirmwarePublicKeyPem);
                    return pub.VerifyData(image, signature, HashAlgorithmName.SHA256);
                }

                public void SaveWithHostName(ECDsa key, string path) =>
                    File.WriteAllBytes(path, key.ExportEncryptedPkcs8PrivateKey(Environment.MachineName, Pbe)); // expect: IOT1005
            }
            """");

    // IOT1003: PEM private keys are found by their blocks, "not ... a PEM block with no key in its body (a sample's
    // `-----BEGIN EC PRIVATE KEY-----` around a word: a placeholder, IOT1006 at a sink)"; a private key is a block with a body.
    // A key loader that tells the PEM kinds apart by their header lines (before ImportFromEncryptedPem or ImportFromPem), as
    // device code commonly does: a header alone holds no key (a footer alone is rightly no finding).
    // DEFECT: expected none; actual "File0.cs:6 IOT1003", "File0.cs:7 IOT1003" and "File0.cs:15 IOT1003" ("private key
    // written in a string literal") at the three header-only literals.
    [Fact]
    public Task RT59_pem_header_lines_used_to_tell_key_formats_apart_are_no_private_keys() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System;
            using System.IO;
            using System.Security.Cryptography;
            public static class KeyFormats
            {
                private const string EncryptedHeader = "-----BEGIN ENCRYPTED PRIVATE KEY-----"; // expect: none
                private const string Pkcs1Header = "-----BEGIN RSA PRIVATE KEY-----"; // expect: none
                private const string Pkcs8Footer = "-----END PRIVATE KEY-----"; // expect: none

                public static AsymmetricAlgorithm Load(string path, Func<string> askPassphrase)
                {
                    var pem = File.ReadAllText(path).Trim();
                    AsymmetricAlgorithm key = pem.StartsWith(Pkcs1Header, StringComparison.Ordinal) ? RSA.Create() : ECDsa.Create();
                    if (pem.StartsWith(EncryptedHeader, StringComparison.Ordinal)) key.ImportFromEncryptedPem(pem, askPassphrase());
                    else if (pem.EndsWith(Pkcs8Footer, StringComparison.Ordinal) || pem.Contains("-----BEGIN EC PRIVATE KEY-----")) key.ImportFromPem(pem); // expect: none
                    else throw new InvalidDataException("not a PEM private key");
                    return key;
                }
            }
            """);

    // IOT1001: "the System.Security.Cryptography.Pkcs package's `Pkcs12Builder.SealWithMac` / `AddSafeContentsEncrypted`,
    // `Pkcs12SafeContents.AddShroudedKey` / `Decrypt` and `Pkcs12Info.VerifyMac`"; "Not findings: empty strings; values from
    // parameters, the environment, `IConfiguration`"; IOT1002: "wherever IOT1001 looks". An enrollment bundle built with a
    // password from configuration or a caller's wrapping secret, opened without a password (null or empty) or with a typed
    // one; one legacy bundle sealed with a listed default anchors the sink.
    [Fact]
    public Task RT59_pkcs12_bundles_with_configured_wrapping_or_no_passwords_are_no_findings() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Security.Cryptography.Pkcs;
            using System.Security.Cryptography.X509Certificates;
            using Microsoft.Extensions.Configuration;
            public sealed class EnrollmentBundle
            {
                private static readonly PbeParameters KeyPbe = new(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 100_000);
                private readonly IConfiguration _config;
                public EnrollmentBundle(IConfiguration config) => _config = config;

                public byte[] Build(X509Certificate2 cert, RSA key)
                {
                    var password = _config["Enrollment:BundlePassword"] ?? throw new InvalidOperationException("Enrollment:BundlePassword is not set"); // expect: none
                    var certs = new Pkcs12SafeContents();
                    certs.AddCertificate(cert);
                    var keys = new Pkcs12SafeContents();
                    keys.AddShroudedKey(key, password, KeyPbe); // expect: none
                    var builder = new Pkcs12Builder();
                    builder.AddSafeContentsUnencrypted(certs);
                    builder.AddSafeContentsEncrypted(keys, password, KeyPbe); // expect: none
                    builder.SealWithMac(password, HashAlgorithmName.SHA256, 2048); // expect: none
                    return builder.Encode();
                }

                public byte[] BuildForTpm(RSA key, ReadOnlySpan<byte> wrappingSecret)
                {
                    var keys = new Pkcs12SafeContents();
                    keys.AddShroudedKey(key, wrappingSecret, KeyPbe); // expect: none
                    var builder = new Pkcs12Builder();
                    builder.AddSafeContentsEncrypted(keys, wrappingSecret, KeyPbe); // expect: none
                    builder.SealWithoutIntegrity();
                    return builder.Encode();
                }

                public bool Open(string path, string? typed)
                {
                    var info = Pkcs12Info.Decode(File.ReadAllBytes(path), out _);
                    if (info.VerifyMac(null)) return true; // expect: none
                    if (info.VerifyMac(string.Empty)) return true; // expect: none
                    if (info.VerifyMac("")) return true; // expect: none
                    return info.VerifyMac(typed); // expect: none
                }

                public void DecryptContents(Pkcs12SafeContents contents, string passphrase) => contents.Decrypt(passphrase); // expect: none

                public void SealLegacy(Pkcs12Builder builder) => builder.SealWithMac("1234", HashAlgorithmName.SHA1, 2000); // expect: IOT1002
            }
            """);

    // IOT1001: "The message names the sink, the parameter and the symbol the value travelled through" (a finding per sink, at
    // the literal, as red team 15's `// expect: IOT1001 IOT1001` labels a member read at two sinks); IOT1003: "One literal, one
    // rule". One field kit passphrase given to an encrypted PEM import, a PFX export, a PKCS#12 seal and a library login as
    // characters and as bytes: five IOT1001 findings at the literal, no other rule (no IOT1003 at the byte form, no IOT1004).
    // (First written as one finding per literal; the docs and the suite report one per sink, so the labels were corrected.)
    [Fact]
    public Task RT59_one_key_passphrase_read_at_five_new_sinks_is_iot1001_at_each_and_no_other_rule() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System.IO;
            using System.Security.Cryptography;
            using System.Security.Cryptography.Pkcs;
            using System.Security.Cryptography.X509Certificates;
            using System.Text;
            using Acme.Auth;
            static class FieldKit { public const string KeyPassphrase = "Fk-Harrow-Passphrase-8831"; } // expect: IOT1001 IOT1001 IOT1001 IOT1001 IOT1001
            public sealed class FieldKitProvisioner
            {
                public void Run(Client c, X509Certificate2 cert, string pem)
                {
                    using var ec = ECDsa.Create();
                    ec.ImportFromEncryptedPem(pem, FieldKit.KeyPassphrase);
                    File.WriteAllBytes("kit.pfx", cert.Export(X509ContentType.Pfx, FieldKit.KeyPassphrase));
                    var builder = new Pkcs12Builder();
                    builder.SealWithMac(FieldKit.KeyPassphrase, HashAlgorithmName.SHA256, 2048);
                    c.LoginChars("kit", FieldKit.KeyPassphrase.ToCharArray());
                    c.LoginUtf8("kit", Encoding.UTF8.GetBytes(FieldKit.KeyPassphrase));
                }
            }
            """);

    // IOT1003: "One literal, one rule: a literal that IOT1003 reports is never reported by IOT1001 too"; "literal key bytes
    // given to a symmetric cipher or HMAC (`new HMACSHA256(key)` ...) when the key is ... `Encoding.GetBytes` of text written in
    // the code, directly or through a field or local". A relay uses one shared secret as its HMAC key and its PFX password.
    // DEFECT: expected "File0.cs:5 IOT1003" only; actual "File0.cs:5 IOT1001" and "File0.cs:5 IOT1003": the literal is
    // reported by both rules (the same happens with the older `new X509Certificate2(pfx, Relay.SharedSecret)` sink, so the
    // one-rule merge does not cover a literal that reaches a key parameter and a password parameter).
    [Fact]
    public Task RT59_a_secret_that_is_an_hmac_key_and_a_pfx_password_is_one_iot1003_finding() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System.IO;
            using System.Security.Cryptography;
            using System.Security.Cryptography.X509Certificates;
            using System.Text;
            static class Relay { public const string SharedSecret = "Rl-Quarry-Shared-5521-Vq8"; } // expect: IOT1003
            public sealed class RelayNode
            {
                public byte[] Sign(byte[] frame)
                {
                    using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(Relay.SharedSecret));
                    return hmac.ComputeHash(frame);
                }

                public void Backup(X509Certificate2 cert) =>
                    File.WriteAllBytes("relay.pfx", cert.Export(X509ContentType.Pfx, Relay.SharedSecret));
            }
            """);

    // ---------- 4. big realistic files that should be almost entirely clean ----------

    // IOT1001: "Not findings: ... values from ... `IConfiguration` ...; configuration keys and environment variable names
    // (`"Mqtt:Password"`, `"MQTT_PASSWORD"`)"; "A redacted copy (`"***"` ...) or a note of whether the secret is there
    // (`"password":"set"` in a status) is no value"; "values under 8 characters under a token's or key's name stored under such
    // a key are not secrets"; IOT1004: "names that end in a non-secret word". An MQTTnet telemetry service configured from
    // IConfiguration, with command topics named for passwords and tokens, the v4 byte-password overload, and a status payload.
    [Fact]
    public Task RT59_mqtt_telemetry_service_configured_at_run_time_is_clean() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System;
            using System.Text;
            using System.Text.Json;
            using MQTTnet.Client;
            using Microsoft.Extensions.Configuration;
            namespace Orchard.Telemetry
            {
                public sealed class TelemetryOptions
                {
                    public string Host { get; set; } = "localhost"; // expect: none
                    public int Port { get; set; } = 8883;
                    public string ClientId { get; set; } = "";
                    public string UserName { get; set; } = "";
                    public string Password { get; set; } = ""; // expect: none
                    public string TopicRoot { get; set; } = "orchard/v1"; // expect: none
                }

                public sealed class TelemetryService
                {
                    private const string PasswordSetting = "Telemetry:Password"; // expect: none
                    private const string PasswordResetTopic = "commands/password-reset"; // expect: none
                    private const string TokenRefreshTopic = "commands/token-refresh"; // expect: none
                    private readonly TelemetryOptions _options;

                    public TelemetryService(IConfiguration config)
                    {
                        _options = new TelemetryOptions
                        {
                            Host = config["Telemetry:Host"] ?? "mqtt.orchard.local", // expect: none
                            ClientId = config["Telemetry:ClientId"] ?? Environment.MachineName,
                            UserName = config["Telemetry:UserName"] ?? "",
                            Password = config[PasswordSetting] ?? "", // expect: none
                        };
                    }

                    public MqttClientOptions BuildOptions() =>
                        new MqttClientOptionsBuilder()
                            .WithTcpServer(_options.Host, _options.Port)
                            .WithClientId(_options.ClientId)
                            .WithCredentials(_options.UserName, Encoding.UTF8.GetBytes(_options.Password)) // expect: none
                            .WithTls()
                            .Build();

                    public string Topic(string leaf) => $"{_options.TopicRoot}/{_options.ClientId}/{leaf}";

                    public bool IsControlTopic(string topic) =>
                        topic.EndsWith(PasswordResetTopic, StringComparison.Ordinal) || topic.EndsWith(TokenRefreshTopic, StringComparison.Ordinal);

                    public string StatusPayload(double soilMoisture, bool credentialsConfigured) =>
                        JsonSerializer.Serialize(new { moisture = soilMoisture, unit = "%", password = credentialsConfigured ? "set" : "not configured", token = "n/a" }); // expect: none

                    public string ConnectLog() => $"mqtt connect host={_options.Host} user={_options.UserName} password=***"; // expect: none
                }
            }
            """);

    // IOT1004: "GUIDs and 16-bit BLE UUIDs behind secret-sounding names (a BLE characteristic named `PASSWORD`)"; "under a
    // UUID's or a characteristic's name (`PasswordCharacteristic = "2A3D"`) they are an identifier"; "prose (`"Token expired,
    // sign in again"` ...)"; IOT1005: "`RandomNumberGenerator` ends the chain"; IOT1002: "stored hashes compared in constant
    // time". A BLE provisioning GATT server whose characteristics are named PASSWORD and PIN, with a random static passkey.
    [Fact]
    public Task RT59_ble_provisioning_gatt_server_with_password_and_pin_characteristics_is_clean() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System;
            using System.Security.Cryptography;
            using System.Text;
            using Acme.Ble;
            namespace Orchard.Ble
            {
                public static class GattUuids
                {
                    public static readonly Guid ProvisioningService = new("6e400001-b5a3-f393-e0a9-e50e24dcca9e"); // expect: none
                    public const string PASSWORD = "6e400003-b5a3-f393-e0a9-e50e24dcca9e"; // expect: none
                    public const string PIN = "6e400004-b5a3-f393-e0a9-e50e24dcca9e"; // expect: none
                    public const string WifiPskCharacteristic = "6e400005-b5a3-f393-e0a9-e50e24dcca9e"; // expect: none
                    public const string PinCharacteristic = "2A3D"; // expect: none
                }

                public sealed class ProvisioningGatt
                {
                    private readonly byte[] _passwordHash;
                    private uint _passkey;
                    public ProvisioningGatt(byte[] provisionedPasswordHash) => _passwordHash = provisionedPasswordHash;

                    public uint Start(GattServer server)
                    {
                        _passkey = (uint)RandomNumberGenerator.GetInt32(0, 1_000_000);
                        server.SetStaticPasskey(_passkey);
                        server.AddCharacteristic(Guid.Parse(GattUuids.PASSWORD), GattProperties.Write, "Password"); // expect: none
                        server.AddCharacteristic(Guid.Parse(GattUuids.PIN), GattProperties.Write, "PIN"); // expect: none
                        server.AddCharacteristic(Guid.Parse(GattUuids.WifiPskCharacteristic), GattProperties.Write, "Wi-Fi passphrase"); // expect: none
                        server.WriteRequested += OnWrite;
                        return _passkey;
                    }

                    private void OnWrite(object? sender, GattWriteRequest request)
                    {
                        if (request.Characteristic == Guid.Parse(GattUuids.PASSWORD))
                        {
                            var ok = CryptographicOperations.FixedTimeEquals(SHA256.HashData(request.Value), _passwordHash);
                            request.Respond(ok ? "Password accepted" : "Wrong password, try again"); // expect: none
                        }
                        else if (request.Characteristic == Guid.Parse(GattUuids.PIN))
                        {
                            var entered = Encoding.ASCII.GetString(request.Value);
                            request.Respond(entered.Length == 6 ? "PIN received" : "PIN must have 6 digits"); // expect: none
                        }
                    }
                }
            }
            """);

    // IOT1001: the #SNMP community "`"public"` and `"private"` are IOT1002"; "a fallback after a lookup by key
    // (`config["Mqtt:Password"] ?? "..."`)" ships; "An SNMP community's name (`community` ...) is a credential's name for a
    // helper's or a record's parameter, so what callers and creations pass it is followed"; "Not findings: ... values from
    // ... `IConfiguration`"; IOT1004: "names that end in a non-secret word". A UPS poller whose targets and community come
    // from configuration, and a Modbus register map naming the inverter's password register; one legacy fallback anchors it.
    [Fact]
    public Task RT59_snmp_and_modbus_poller_with_communities_from_configuration_is_clean() =>
        ExpectComments.AssertAsync(new[] { Libraries, Stubs.SharpSnmpMessaging }, """
            using System;
            using System.Collections.Generic;
            using System.Net;
            using Lextm.SharpSnmpLib;
            using Lextm.SharpSnmpLib.Messaging;
            using Microsoft.Extensions.Configuration;
            namespace Plant.Poller
            {
                public sealed record SnmpTarget(string Host, int Port, string Community);

                public sealed class UpsPoller
                {
                    private const string CommunitySetting = "Snmp:Community"; // expect: none
                    private static readonly ObjectIdentifier BatteryCharge = new("1.3.6.1.2.1.33.1.2.4.0");
                    private static readonly ObjectIdentifier OutputLoad = new("1.3.6.1.2.1.33.1.4.4.1.5.1");
                    private readonly IConfiguration _config;
                    public UpsPoller(IConfiguration config) => _config = config;

                    public IEnumerable<SnmpTarget> Targets()
                    {
                        foreach (var host in (_config["Snmp:Hosts"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
                            yield return new SnmpTarget(host.Trim(), 161, _config[CommunitySetting] ?? throw new InvalidOperationException("Snmp:Community is not set"));
                    }

                    public IList<Variable> Poll(SnmpTarget target)
                    {
                        var endpoint = new IPEndPoint(IPAddress.Parse(target.Host), target.Port);
                        var vars = new List<Variable> { new(BatteryCharge), new(OutputLoad) };
                        return Messenger.Get(VersionCode.V2, endpoint, new OctetString(target.Community), vars, 2000); // expect: none
                    }

                    public IList<Variable> PollLegacy(string host)
                    {
                        var community = _config["Snmp:LegacyCommunity"] ?? "public"; // expect: IOT1002
                        return Messenger.Get(VersionCode.V1, new IPEndPoint(IPAddress.Parse(host), 161), new OctetString(community), new List<Variable> { new(BatteryCharge) }, 2000);
                    }
                }

                public static class InverterRegisters
                {
                    // holding registers of the inverter; Modbus itself carries no credentials
                    public const ushort PasswordRegister = 40101;
                    public const string PasswordRegisterName = "installer_password"; // expect: none
                    public static readonly (string Name, ushort Address)[] Map =
                    {
                        ("battery_soc", 30845), // expect: none
                        ("pv_power", 30775), // expect: none
                        ("password_level", 40029), // expect: none
                        ("grid_code", 40135), // expect: none
                    };
                }
            }
            """);

    // IOT1001: "script in a served page (`password=form.pw.value`) [is] no secret"; "Not findings: ... labels
    // (`"Password:"`)"; IOT1004: "prose (`"Token expired, sign in again"`, `"Enter the new passcode twice"`: three or more words
    // with sentence punctuation ...)", "Names that describe something else are not secrets: ... `PasswordLabel`,
    // `ApiKeyHeaderName`, ... `PasswordMinLength`", "names that end in a non-secret word"; IOT1002: "stored hashes compared in
    // constant time". A kiln controller's login page: form field names, labels, validation messages and the served HTML.
    [Fact]
    public Task RT59_web_ui_login_form_field_names_labels_and_messages_are_clean() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """"
            using System;
            using System.Collections.Specialized;
            using System.Net;
            using System.Security.Cryptography;
            using System.Text;
            namespace Kiln.WebUi
            {
                public sealed class LoginPage
                {
                    public const string UserFieldName = "username"; // expect: none
                    public const string PasswordFieldName = "password"; // expect: none
                    public const string PinFieldName = "pin"; // expect: none
                    private const int PasswordMinLength = 12;
                    private const string PasswordLabel = "Password"; // expect: none
                    private const string PasswordTooShort = "Password must be at least 12 characters."; // expect: none
                    private const string PasswordsDoNotMatch = "Passwords do not match."; // expect: none
                    private const string WrongPassword = "Wrong user name or password."; // expect: none
                    private const string PasswordChanged = "Your password has been changed."; // expect: none
                    private readonly Func<string, byte[]?> _storedHash;
                    public LoginPage(Func<string, byte[]?> storedHash) => _storedHash = storedHash;

                    public string Render(string? error) => $"""
                        <form method="post" action="/login">
                          <label for="{UserFieldName}">User</label>
                          <input id="{UserFieldName}" name="{UserFieldName}" autocomplete="username">
                          <label for="{PasswordFieldName}">{PasswordLabel}</label>
                          <input id="{PasswordFieldName}" name="{PasswordFieldName}" type="password" autocomplete="current-password" minlength="{PasswordMinLength}">
                          <p class="error">{WebUtility.HtmlEncode(error ?? "")}</p>
                          <button type="submit">Sign in</button>
                        </form>
                        <script>document.getElementById("password").addEventListener("keyup", e => caps.hidden = !e.getModifierState("CapsLock"));</script>
                        """; // expect: none

                    public string? SignIn(NameValueCollection form)
                    {
                        var user = form[UserFieldName] ?? "";
                        var password = form[PasswordFieldName] ?? "";
                        var stored = _storedHash(user);
                        if (stored is null) return WrongPassword;
                        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(password));
                        return CryptographicOperations.FixedTimeEquals(hash, stored) ? null : WrongPassword;
                    }

                    public string? ChangePassword(string newPassword, string confirm)
                    {
                        if (newPassword.Length < PasswordMinLength) return PasswordTooShort;
                        if (!string.Equals(newPassword, confirm, StringComparison.Ordinal)) return PasswordsDoNotMatch;
                        return PasswordChanged;
                    }
                }
            }
            """");

    // IOT1004: "`TokenUrl`", "`ApiKeyHeaderName`", "configuration keys and paths (`"Mqtt:Broker:Password"`,
    // `"/etc/device/secret"`)"; IOT1003: "a public certificate (`-----BEGIN CERTIFICATE-----`) is not a finding", "a public ...
    // key ... [is] no key material"; IOT1001: "Not findings: ... values from ... `IConfiguration`"; a secret-named query value
    // read at run time is none. An OTA updater: OAuth client credentials from configuration, a manifest URL template, a signed
    // CDN URL whose signature comes from the manifest, staging and token-cache paths, and the firmware signing public key.
    [Fact]
    public Task RT59_ota_updater_urls_paths_headers_and_signing_public_key_are_clean() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """"
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Security.Cryptography;
            using System.Text.Json;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Configuration;
            namespace Kiln.Ota
            {
                public sealed class OtaUpdater
                {
                    private const string ManifestUrl = "https://ota.kilnworks.example/v2/devices/{0}/manifest?channel={1}"; // expect: none
                    private const string TokenUrl = "https://auth.kilnworks.example/oauth2/token"; // expect: none
                    private const string ApiKeyHeaderName = "X-Api-Key"; // expect: none
                    private const string StagingPath = "/var/lib/kiln/ota/staging.bin"; // expect: none
                    private const string TokenCachePath = "/var/lib/kiln/ota/token.json"; // expect: none
                    private const string FirmwareSigningKeyPem = """
                        -----BEGIN PUBLIC KEY-----
                        MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE4LXaxU7L1AYl72elMaOh8k6bSdMi
                        px93pR/Q5JXtN2tNwpKi/RQ61hU81YffMd2Vmg3RUr7QfiWMouc56QbxzA==
                        -----END PUBLIC KEY-----
                        """; // expect: none
                    private readonly HttpClient _http;
                    private readonly IConfiguration _config;
                    public OtaUpdater(HttpClient http, IConfiguration config) { _http = http; _config = config; }

                    private async Task<string> AccessTokenAsync(CancellationToken ct)
                    {
                        using var form = new FormUrlEncodedContent(new[]
                        {
                            new KeyValuePair<string, string>("grant_type", "client_credentials"), // expect: none
                            new KeyValuePair<string, string>("client_id", _config["Ota:ClientId"] ?? ""),
                            new KeyValuePair<string, string>("client_secret", _config["Ota:ClientSecret"] ?? ""),
                            new KeyValuePair<string, string>("scope", "firmware.read"), // expect: none
                        });
                        using var response = await _http.PostAsync(TokenUrl, form, ct);
                        response.EnsureSuccessStatusCode();
                        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
                        var token = json.RootElement.GetProperty("access_token").GetString() ?? "";
                        await File.WriteAllTextAsync(TokenCachePath, JsonSerializer.Serialize(new { access_token = token, expires_in = 3600 }), ct);
                        return token;
                    }

                    public async Task<bool> CheckAsync(string deviceId, string channel, CancellationToken ct)
                    {
                        var token = await AccessTokenAsync(ct);
                        using var request = new HttpRequestMessage(HttpMethod.Get, string.Format(ManifestUrl, Uri.EscapeDataString(deviceId), channel));
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                        request.Headers.Add(ApiKeyHeaderName, _config["Ota:ApiKey"]);
                        using var response = await _http.SendAsync(request, ct);
                        if (!response.IsSuccessStatusCode) return false;
                        using var manifest = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
                        var root = manifest.RootElement;
                        var version = root.GetProperty("version").GetString() ?? "";
                        var sig = root.GetProperty("sig").GetString() ?? "";
                        var expires = root.GetProperty("expires").GetInt64();
                        var image = await _http.GetByteArrayAsync($"https://cdn.kilnworks.example/fw/{Uri.EscapeDataString(version)}.bin?sig={Uri.EscapeDataString(sig)}&se={expires}", ct); // expect: none
                        var signature = Convert.FromBase64String(root.GetProperty("signature").GetString() ?? "");
                        using var verifier = ECDsa.Create();
                        verifier.ImportFromPem(FirmwareSigningKeyPem);
                        if (!verifier.VerifyData(image, signature, HashAlgorithmName.SHA256)) return false;
                        await File.WriteAllBytesAsync(StagingPath, image, ct);
                        return true;
                    }
                }
            }
            """");

    // IOT1002: "a display name or translation of its key (`["user"] = "User"`, `["Service"] = "Service"`) do not" count;
    // IOT1001: configuration built in code is judged under secret-named keys, where "prose, identifiers, markup and values
    // under 8 characters under a token's or key's name ... are not secrets". An HMI's string tables: each credential key's
    // display text and its translations ("Passwort", "Mot de passe", "Wachtwoord", "Contraseña", "Zugriffstoken"). IOT1006
    // is "A template value reaching a credential sink"; a display name is no template of a credential.
    // DEFECT: expected none; actual "File0.cs:15 IOT1006" ("Wi-Fi passphrase" under "wifi.psk") and "File0.cs:16 IOT1006"
    // ("Access token" under "api.token"): English display names of their keys are taken for templates (the same keys'
    // "Password", "PIN", "Enter your passcode" and every translation pass).
    [Fact]
    public Task RT59_localisation_tables_translating_password_pin_and_token_are_clean() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System.Collections.Generic;
            using System.Globalization;
            namespace Kiln.Hmi
            {
                public static class Strings
                {
                    private static readonly Dictionary<string, Dictionary<string, string>> Tables = new()
                    {
                        ["en"] = new()
                        {
                            ["login.user"] = "User name",
                            ["login.password"] = "Password", // expect: none
                            ["login.pin"] = "PIN", // expect: none
                            ["login.passcode.prompt"] = "Enter your passcode", // expect: none
                            ["wifi.psk"] = "Wi-Fi passphrase", // expect: none
                            ["api.token"] = "Access token", // expect: none
                            ["error.password"] = "Wrong password", // expect: none
                        },
                        ["de"] = new()
                        {
                            ["login.user"] = "Benutzername",
                            ["login.password"] = "Passwort", // expect: none
                            ["login.pin"] = "PIN-Code", // expect: none
                            ["login.passcode.prompt"] = "Geben Sie Ihren Zugangscode ein", // expect: none
                            ["wifi.psk"] = "WLAN-Schlüssel", // expect: none
                            ["api.token"] = "Zugriffstoken", // expect: none
                        },
                        ["fr"] = new()
                        {
                            ["login.password"] = "Mot de passe", // expect: none
                            ["wifi.psk"] = "Clé Wi-Fi", // expect: none
                            ["api.token"] = "Jeton d'accès", // expect: none
                        },
                        ["nl"] = new()
                        {
                            ["login.password"] = "Wachtwoord", // expect: none
                            ["login.pin"] = "Pincode", // expect: none
                            ["api.token"] = "Toegangstoken", // expect: none
                        },
                        ["es"] = new()
                        {
                            ["login.password"] = "Contraseña", // expect: none
                            ["api.token"] = "Token de acceso", // expect: none
                        },
                    };

                    public static string Get(string key) =>
                        Tables.TryGetValue(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, out var table) && table.TryGetValue(key, out var text)
                            ? text
                            : Tables["en"].TryGetValue(key, out var fallback) ? fallback : key;
                }
            }
            """);

    // IOT1001: "A redacted copy (`"***"`, `"[redacted]"`, `token=REDACTED` in a logged URL) or a note of whether the secret is
    // there (`"password":"set"` in a status) is no value"; "Not findings: ... masks (`"********"`)"; "The key is judged on its
    // last segment"; IOT1004: "configuration keys and paths", "names that end in a non-secret word (... `PasswordRotationDays`
    // ...)". A device log that redacts secrets (a regex of secret keys, masks, a masked connection string and URL) and a table
    // of default settings whose keys end in what the setting is (minLength, ttlSeconds, digits, env, source).
    [Fact]
    public Task RT59_redacting_log_and_settings_tables_about_credentials_are_clean() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System;
            using System.Collections.Generic;
            using System.Text.RegularExpressions;
            namespace Kiln.Diagnostics
            {
                public static class Redact
                {
                    private static readonly Regex SecretPairs = new("(password|pwd|psk|token|api_key)=([^&;\\s]+)", RegexOptions.IgnoreCase | RegexOptions.Compiled); // expect: none
                    public const string Mask = "********"; // expect: none
                    public static string Line(string text) => SecretPairs.Replace(text, m => m.Groups[1].Value + "=***");
                }

                public sealed class DeviceLog
                {
                    public void Connecting(string host, string user, string password) =>
                        Write($"mqtt connect host={host} user={user} password=***"); // expect: none
                    public void WifiJoin(string ssid, string psk) =>
                        Write($"wifi join ssid={ssid} psk={new string('*', psk.Length)}"); // expect: none
                    public void Fetch() =>
                        Write("GET https://api.kilnworks.example/v1/readings?api_key=REDACTED&site=3"); // expect: none
                    public void Database() =>
                        Write("db Host=db.kiln.local;Username=kiln;Password=***;Database=telemetry"); // expect: none
                    public void Status(bool hasPassword) =>
                        Write(hasPassword ? "{\"password\":\"set\"}" : "{\"password\":\"not configured\"}"); // expect: none
                    public void TokenRotated(DateTimeOffset at) =>
                        Write($"token rotated at {at:O}; token=[redacted]"); // expect: none
                    private static void Write(string line) => Console.WriteLine(Redact.Line(line));
                }

                public static class DefaultSettings
                {
                    public static readonly Dictionary<string, string> Values = new()
                    {
                        ["wifi.password.minLength"] = "12", // expect: none
                        ["mqtt.token.ttlSeconds"] = "3600", // expect: none
                        ["ui.pin.digits"] = "6", // expect: none
                        ["ota.token.audience"] = "kiln-ota", // expect: none
                        ["mqtt.password.env"] = "KILN_MQTT_PASSWORD", // expect: none
                        ["wifi.psk.source"] = "/run/secrets/wifi_psk", // expect: none
                        ["admin.password.rotationDays"] = "90", // expect: none
                    };

                    public static readonly (string Unit, double Factor)[] PressureToKilopascal =
                    {
                        ("kPa", 1.0), ("psi", 6.894757), ("bar", 100.0), ("inH2O", 0.249089),
                    };
                }
            }
            """);
}

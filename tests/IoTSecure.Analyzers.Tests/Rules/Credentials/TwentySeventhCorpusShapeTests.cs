using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the twenty-seventh unseen corpus found missing or misfiled, each beside its hard negatives: a setting's key
/// written as a dotted path under a password's name; an alarm's numbered condition under a code's name; the key value of a
/// library type named as credentials (the Azure Storage SDK's <c>StorageCredentials(accountName, keyValue)</c>); the
/// number an OTP model draws from System.Random, however its member is spelt. Labelled line by line (<c>// expect:</c>,
/// see <see cref="ExpectComments"/>).
/// </summary>
public class TwentySeventhCorpusShapeTests
{
    private const string AzureStorage = """
        namespace Microsoft.WindowsAzure.Storage.Auth
        {
            public sealed class StorageCredentials
            {
                public StorageCredentials(string sasToken) { }
                public StorageCredentials(string accountName, string keyValue) { }
                public StorageCredentials(string accountName, string keyValue, string keyName) { }
            }
        }
        """;

    // IOT1004: no finding "on configuration keys and paths". A setting's key written as a lower-case dotted or slashed
    // path whose last segment names the credential, under names that say password, PSK or token. Beside them the
    // password itself, dotted but not a key's path (capitals and digits in its first segment), is still a secret.
    [Fact]
    public Task Dotted_and_slashed_setting_keys_under_secret_names_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public static class BoothSettings
            {
                private const string MqttPasswordSetting = "booth.mqtt.password"; // expect: none
                private const string WifiPskKey = "wifi.psk"; // expect: none
                private static readonly string HubTokenPath = "hub/device_token"; // expect: none
                private const string OvenPassword = "booth/oven-controller.passwd"; // expect: none
                private const string BrokerPassword = "Kx9.booth.password-77"; // expect: IOT1004
                public static string Describe() => MqttPasswordSetting + WifiPskKey + HubTokenPath + OvenPassword + BrokerPassword;
            }
            """);

    // IOT1004 precision: what a door, a lock or an alarm reports opens nothing. An alarm's numbered condition
    // ("OVERTEMP-2", "LOW_FUEL_3") under a code's name is a state the device reports; the code that disarms the alarm, in
    // digits, and the same condition under a password's name stay findings.
    [Fact]
    public Task Numbered_conditions_under_code_names_stay_quiet_and_typed_codes_do_not() =>
        ExpectComments.AssertAsync("""
            public static class Booth
            {
                private const string BoothAlarmCode = "OVERTEMP-2"; // expect: none
                private const string FuelAlarmCode = "LOW_FUEL_3"; // expect: none
                private const string DisarmCode = "731904"; // expect: IOT1004
                private const string GuestCode = "482917"; // expect: IOT1004
                private const string AlarmPassword = "OVERTEMP-2"; // expect: IOT1004
                public static bool Matches(string code) => code.Length > 0 && (BoothAlarmCode + FuelAlarmCode + DisarmCode + GuestCode + AlarmPassword).Contains(code);
            }
            """);

    // IOT1001 and IOT1006: a library type named as credentials takes its key under any key's name, its key's value too
    // (StorageCredentials(accountName, keyValue)). The account name beside it is no secret.
    [Fact]
    public Task A_storage_credentials_key_value_is_a_sink_for_keys_and_templates() =>
        ExpectComments.AssertAsync(new[] { AzureStorage }, """
            using Microsoft.WindowsAzure.Storage.Auth;
            public sealed class Camera
            {
                private readonly string Azure_StorageAccountName = "<YOUR Azure_StorageAccountName>"; // expect: none
                private readonly string Azure_AccessKey = "<YOUR Azure_ContainerName>"; // expect: IOT1006
                public StorageCredentials Template() => new StorageCredentials(Azure_StorageAccountName, Azure_AccessKey);
                public StorageCredentials Written() => new StorageCredentials("campics", "Vb4Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts1Pa6Qd3We7Zx0Cv5Bn9Ml2Kj8Hg4Fd6Sa1Op3Iu7Yt5Re9Wq2Tg==", "key1"); // expect: IOT1001
            }
            """);

    // IOT3005: a one-time code made by System.Random. The number an OTP model draws, whatever its member is called (a
    // misspelt SmsOpt), is the OTP; the model's other drawn numbers (a retry delay, a phone number's test digits) and a
    // type not named as a code stay quiet.
    [Fact]
    public Task The_number_an_otp_model_draws_is_the_otp_and_its_other_numbers_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            public class Otp
            {
                public Guid Id { get; set; } = Guid.NewGuid();
                public int SmsOpt { get; set; } = Random.Shared.Next(100000, 999999); // expect: IOT3005
                public int RetryDelayMs { get; set; } = Random.Shared.Next(100, 900); // expect: none
                public int PhoneNumber { get; set; } = Random.Shared.Next(100, 900); // expect: none
            }
            public class Reading
            {
                public int Level { get; set; } = Random.Shared.Next(0, 100); // expect: none
            }
            """);
}

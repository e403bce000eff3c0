using System.Linq;
using IoTSecure.Detection;
using IoTSecure.Detection.Configuration;

namespace IoTSecure.Analyzers.Tests.Values;

/// <summary>What the analyzers call a secret-named key holding a secret value, the gate's file scan must find too.</summary>
public class GateVocabularyAgreementTests
{
    [Theory]
    [InlineData("OTA_SEED=Kx9-Wq7Lt2mZ\n")]
    [InlineData("{ \"OtaSeed\": \"Kx9-Wq7Lt2mZ\" }")]
    public void A_team_secret_name_is_a_secret_key_in_a_shipped_file(string file)
    {
        var vocabulary = TeamOptions.Vocabulary("otaseed", null);
        Assert.True(vocabulary.Names.IsSecretName("OtaSeed"));      // the analyzers' IOT1004 judges the symbol so
        Assert.True(vocabulary.IsSecretValue("Kx9-Wq7Lt2mZ"));
        Assert.NotEmpty(SecretTokens.FindInFile(file, vocabulary, out _));
    }

    [Theory]
    [InlineData("WifiPswd")]
    [InlineData("WifiPaswd")]
    [InlineData("WifiPasword")]
    public void A_built_in_secret_word_is_a_secret_key_in_a_shipped_file(string key)
    {
        Assert.True(SecretNames.Default.IsSecretName(key));          // IOT1004 reports `const string WifiPswd = "..."`
        Assert.NotEmpty(SecretTokens.FindInFile("{ \"" + key + "\": \"Kx9-Wq7Lt2mZ\" }", SecretVocabulary.Default, out _));
    }

    [Fact]
    public void A_team_placeholder_in_a_shipped_connection_string_is_a_placeholder_as_in_code()
    {
        // Code: new DeviceClient/CreateFromConnectionString("...;SharedAccessKey=set-at-factory") is IOT1006 (placeholder) with this pattern.
        var vocabulary = TeamOptions.Vocabulary(null, "^set-at-factory$");
        Assert.Null(vocabulary.Placeholders.Problem);
        Assert.False(vocabulary.IsSecretValue("set-at-factory"));
        var file = "{ \"Hub\": \"HostName=hub.example.net;DeviceId=d1;SharedAccessKey=set-at-factory\" }";
        Assert.Empty(SecretTokens.FindInFile(file, vocabulary, out _));
    }

    [Fact]
    public void A_password_that_starts_with_a_dollar_is_a_secret_in_a_shipped_json_file()
    {
        Assert.True(SecretVocabulary.Default.IsSecretValue("$uper-Kx9-Wq7"));   // IOT1004/IOT1001 in code
        Assert.NotEmpty(SecretTokens.FindInFile("{ \"WifiPassword\": \"$uper-Kx9-Wq7\" }", SecretVocabulary.Default, out _));
    }

    [Theory]
    [InlineData("{ \"WifiPassword\": \"WifiPassword\" }")]                           // code: the symbol's own name, a template (IOT1006, never IOT1001/IOT1004)
    [InlineData("{ \"DeviceKey\": \"3f2504e0-4f89-11d3-9a0c-0305e82c3301\" }")]   // code: a UUID in a secret-named symbol is an identifier (not IOT1004)
    public void What_code_calls_a_template_or_an_identifier_does_not_fail_the_gate(string file) =>
        Assert.Empty(SecretTokens.FindInFile(file, SecretVocabulary.Default, out _));
}

using IoTSecure.Detection;

namespace IoTSecure.Analyzers.Tests.Values;

/// <summary>The one word splitter behind secret names, name repeats and "this value says it is fake".</summary>
public class SecretWordsTests
{
    [Theory]
    [InlineData("WifiPassword", "wifi,password")]
    [InlineData("wifi_password", "wifi,password")]
    [InlineData("WIFI-PASSWORD", "wifi,password")]
    [InlineData("c_AP_PASSWORD", "c,ap,password")]
    [InlineData("APIToken", "api,token")]
    [InlineData("wifi2Password", "wifi2,password")]
    public void Names_split_into_lower_case_words(string name, string words) =>
        Assert.Equal(words, string.Join(",", SecretNames.SplitWords(name)));

    [Theory]
    [InlineData("dummy1", "dummy")]
    [InlineData("Test123Token", "test,token")]
    [InlineData("TESTToken", "test,token")]
    public void Values_split_on_digits_when_asked(string value, string words) =>
        Assert.Equal(words, string.Join(",", SecretNames.SplitWords(value, lettersOnly: true)));

    [Theory]
    [InlineData("DummyPassword")]
    [InlineData("test_token")]
    [InlineData("TestToken")]
    [InlineData("TESTToken")]
    [InlineData("dummy1")]
    [InlineData("example-key-2")]
    [InlineData("MOCK_SECRET")]
    public void Fake_words_are_read_in_names_and_values(string text) => Assert.True(SecretText.SaysFake(text));

    [Theory]
    [InlineData("Contest")]
    [InlineData("Latest")]
    [InlineData("Protestant9")]
    [InlineData("Kx9!tEsTy")]
    [InlineData("")]
    public void Words_merely_containing_a_fake_word_are_not_fake(string text) => Assert.False(SecretText.SaysFake(text));

    [Theory]
    [InlineData("HUB_TOKEN", "HubToken")]
    [InlineData("GROUP_ENROLLMENT_PRIMARY_KEY", "enrollmentGroupPrimaryKey")]
    [InlineData("password.mqtt.gate", "s_gateMqttPassword")] // .NET's field prefixes are no words of the name
    [InlineData("Psk-Wifi-Site", "m_siteWifiPsk")]
    [InlineData("HUB_TOKEN", "t_hubToken")]
    [InlineData("S_HUB_TOKEN", "s_hubToken")]
    [InlineData("token", "s_token")]
    public void Values_spelling_their_holders_words_repeat_the_name(string value, string name) => Assert.True(SecretNames.SpellsName(value, name));

    [Theory]
    [InlineData("Mqtt-Gate-Password-2024", "GateMqttPassword")] // a number the name does not hold
    [InlineData("gate.mqtt", "s_gateMqttPassword")] // fewer words than the name
    [InlineData("password.gate", "x_gatePassword")] // only s_, m_ and t_ are field prefixes
    public void Values_not_spelling_all_their_holders_words_do_not_repeat_the_name(string value, string name) => Assert.False(SecretNames.SpellsName(value, name));
}

using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;
namespace IoTSecure.Analyzers.Sinks;

/// <summary>What a sink parameter carries; decides how its value is judged and how the finding is worded.</summary>
public enum SecretKind
{
    /// <summary>A password or passphrase (Wi-Fi PSK, MQTT password, certificate password).</summary>
    Password,

    /// <summary>A connection string whose key-value pairs may carry a key (SharedAccessKey=, AccountKey=, Password=).</summary>
    ConnectionString,

    /// <summary>A symmetric key or SAS key (base64 text or bytes).</summary>
    SymmetricKey,

    /// <summary>An API key or bearer token.</summary>
    ApiKey,

    /// <summary>A URI whose user information or query (<c>?apikey=</c>, <c>&amp;sig=</c>) may carry a secret.</summary>
    Url,

    /// <summary>An HTTP header value; a secret only when the header's name is an authentication header.</summary>
    Header,

    /// <summary>Raw key bytes of a symmetric cipher or HMAC (judged by IOT1003 when written as a literal).</summary>
    KeyMaterial,

    /// <summary>A nanoFramework WebServer authentication specification, <c>"Basic:user password"</c> or <c>"ApiKey:key"</c>.</summary>
    AuthenticationSpec,

    /// <summary>An SNMP community string: judged as a password, and <c>public</c> and <c>private</c> are its universal defaults.</summary>
    Community,
}

internal static class SecretKindText
{
    public static string Describe(SecretKind kind) => kind switch
    {
        SecretKind.Password => "password",
        SecretKind.ConnectionString => "key in a connection string",
        SecretKind.SymmetricKey => "symmetric key",
        SecretKind.ApiKey => "API key or token",
        SecretKind.Url => "secret in a URI",
        SecretKind.Header => "credential in an authentication header",
        SecretKind.AuthenticationSpec => "credential in an authentication attribute",
        SecretKind.KeyMaterial => "symmetric or HMAC key",
        SecretKind.Community => "SNMP community",
        _ => "secret",
    };
}

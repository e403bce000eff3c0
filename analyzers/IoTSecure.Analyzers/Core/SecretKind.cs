namespace IoTSecure.Analyzers.Core;

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
}

internal static class SecretKindText
{
    public static string Describe(SecretKind kind) => kind switch
    {
        SecretKind.Password => "password",
        SecretKind.ConnectionString => "key in a connection string",
        SecretKind.SymmetricKey => "symmetric key",
        SecretKind.ApiKey => "API key or token",
        _ => "secret",
    };
}

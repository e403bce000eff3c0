using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IoTSecure.Analyzers.Rules.Credentials;

/// <summary>
/// IOT1001: a secret written in the code reaches a catalogued authentication API (Wi-Fi, MQTT, IoT Hub, AMQP, HTTP,
/// certificates, WebServer), directly or through constants, fields, locals and string building, or is compared with
/// a credential received at run time.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardcodedCredentialAnalyzer : CredentialVerdictAnalyzer
{
    private protected override DiagnosticDescriptor Rule => Descriptors.HardcodedCredential;

    private protected override CredentialVerdict Verdict => CredentialVerdict.HardcodedSecret;
}

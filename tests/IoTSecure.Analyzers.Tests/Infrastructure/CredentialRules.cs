using IoTSecure.Analyzers.Rules.Credentials;

namespace IoTSecure.Analyzers.Tests.Infrastructure;

// The credential sink pass (CredentialSinkAnalyzer) reports four rules; each rule's tests run the whole pass and keep
// only that rule's diagnostics, so a test names exactly the findings of the rule it is about.

/// <summary>The sink pass reporting IOT1001 only.</summary>
public sealed class HardcodedCredentialRule : CredentialSinkAnalyzer
{
    public HardcodedCredentialRule() : base(RuleIdentifiers.HardcodedCredential) { }
}

/// <summary>The sink pass reporting IOT1002 only.</summary>
public sealed class DefaultPasswordRule : CredentialSinkAnalyzer
{
    public DefaultPasswordRule() : base(RuleIdentifiers.DefaultPassword) { }
}

/// <summary>The sink pass reporting IOT1004 only.</summary>
public sealed class SecretNamedSymbolRule : CredentialSinkAnalyzer
{
    public SecretNamedSymbolRule() : base(RuleIdentifiers.SecretNamedSymbol) { }
}

/// <summary>The sink pass reporting IOT1006 only.</summary>
public sealed class PlaceholderCredentialRule : CredentialSinkAnalyzer
{
    public PlaceholderCredentialRule() : base(RuleIdentifiers.PlaceholderCredential) { }
}

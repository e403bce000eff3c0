using Microsoft.CodeAnalysis;

namespace IoTSecure.Analyzers;

/// <summary>Every analyzer descriptor of IoTSecure, side by side.</summary>
public static class Descriptors
{
    public static readonly DiagnosticDescriptor AnalysisSkipped = Create(
        RuleIdentifiers.AnalysisSkipped,
        RuleCategories.Configuration,
        DiagnosticSeverity.Info,
        title: "IoTSecure analysis skipped for this compilation",
        messageFormat: "The IoTSecure rules did not analyse '{0}': its analyzer configuration marks it as a test project (build_property.IsTestProject = true){1}",
        description: "Test projects hold fake secrets, so the rules skip them unless iotsecure.analyze_test_projects = true or the project is declared " +
                     "a device (IoTDevice=true). This note is written into the compiler's log so that the pack and publish gate can tell a compile the rules " +
                     "skipped from one they passed (PSTI Schedule 4, CRA Annex II: a statement of compliance claims only what was checked).",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor UnusablePlaceholderPattern = Create(
        RuleIdentifiers.UnusablePlaceholderPattern,
        RuleCategories.Configuration,
        DiagnosticSeverity.Warning,
        title: "Placeholder pattern is not used",
        messageFormat: "iotsecure.placeholder_patterns {0}; it is not used, so placeholder values are judged by the built-in rules only: fix the pattern, for example iotsecure.placeholder_patterns = (?i)^(todo|tbd|fill[-_ ]?me)$",
        description: "A team's placeholder pattern turns matching values into IOT1006 warnings instead of IOT1001/IOT1002 errors. A pattern that is " +
                     "not a regular expression, or that matches working secrets (.*, \\w+), would be ignored silently or would switch the credential rules off " +
                     "in effect (ETSI EN 303 645 5.1-1), so it is not used and this warning names it.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor UnusedConfiguration = Create(
        RuleIdentifiers.UnusedConfiguration,
        RuleCategories.Configuration,
        DiagnosticSeverity.Warning,
        title: "IoTSecure configuration is not used",
        messageFormat: "IoTSecure configuration is not used: {0}",
        description: "An iotsecure.* option in a file-scoped .editorconfig section, an option name IoTSecure does not know, or a credential sink entry " +
                     "that is not a sink would otherwise be ignored without a word, and the team would believe its sinks or names are checked.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor HardcodedCredential = Create(
        RuleIdentifiers.HardcodedCredential,
        RuleCategories.Credentials,
        DiagnosticSeverity.Error,
        title: "Hard-coded credential reaches an authentication API",
        messageFormat: "Hard-coded {0} {1}{2}; load it from secure storage, configuration or the environment instead",
        description: "A credential written into device code ships in every unit and can be read out of the firmware. " +
                     "ETSI EN 303 645 provisions 5.1-1 and 5.4-3 and UK PSTI Schedule 1 paragraph 1 forbid universal and hard-coded credentials. " +
                     "The diagnostic names the sink, the parameter and the symbol the value travelled through; it never prints the value.",
        WellKnownDiagnosticTags.Telemetry);

    public static readonly DiagnosticDescriptor DefaultPassword = Create(
        RuleIdentifiers.DefaultPassword,
        RuleCategories.Credentials,
        DiagnosticSeverity.Error,
        title: "Universal default password",
        messageFormat: "Universal default {0} {1}{2}; it is on published attack lists (Mirai): require a unique per-device credential set at provisioning or first use",
        description: "A password from the Mirai botnet table or the common factory defaults (admin, root, 1234, pi/raspberry, ubnt/ubnt ...) " +
                     "opens every unit that ships it. ETSI EN 303 645 5.1-1 and UK PSTI Schedule 1 paragraph 1 forbid universal default passwords.",
        WellKnownDiagnosticTags.Telemetry);

    public static readonly DiagnosticDescriptor PlaceholderCredential = Create(
        RuleIdentifiers.PlaceholderCredential,
        RuleCategories.Credentials,
        DiagnosticSeverity.Warning,
        title: "Placeholder credential left in device code",
        messageFormat: "Placeholder {0} {1}{2}; provision the real value per device at run time before this code ships",
        description: "A template value such as \"your_wifi_password\" or \"<replace-with-key>\" reaches a credential API. Samples and templates " +
                     "get copied into products; the value must come from provisioning, configuration or the environment (ETSI EN 303 645 5.1-1).",
        WellKnownDiagnosticTags.Telemetry);

    public static readonly DiagnosticDescriptor SecretToken = Create(
        RuleIdentifiers.SecretToken,
        RuleCategories.Credentials,
        DiagnosticSeverity.Error,
        title: "Key material or secret token in source",
        messageFormat: "{0}; remove it from the code and provision it per device (a secure element, a protected key store, or configuration)",
        description: "Private keys, IoT Hub and Storage keys, SAS tokens, cloud and source-control tokens, JWTs and literal symmetric or HMAC keys " +
                     "written in code ship in every unit and in the package (ETSI EN 303 645 5.4-3, 5.4-4; UK PSTI Schedule 1 paragraph 1). " +
                     "The diagnostic names the kind of secret, never its value.",
        WellKnownDiagnosticTags.Telemetry);

    public static readonly DiagnosticDescriptor SecretNamedSymbol = new(
        RuleIdentifiers.SecretNamedSymbol,
        title: "Secret-named symbol initialised with a literal",
        messageFormat: "'{0}' is named like a secret and is given a value written in the code; load it from secure storage, configuration or the environment",
        category: RuleCategories.Credentials,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A password, token, key or passphrase held in a symbol with a literal value, even when it reaches no API IoTSecure knows " +
                     "(a team's own SDK). Lower confidence than IOT1001 (a name heuristic); ETSI EN 303 645 5.4-3.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.SecretNamedSymbol),
        customTags: new[] { WellKnownDiagnosticTags.CompilationEnd, WellKnownDiagnosticTags.Telemetry });

    public static readonly DiagnosticDescriptor DerivedDevicePassword = Create(
        RuleIdentifiers.DerivedDevicePassword,
        RuleCategories.Credentials,
        DiagnosticSeverity.Error,
        title: "Per-device password derived from public data",
        messageFormat: "Per-device password {0} is derived from {1} without a keyed cryptographic function; anyone who can read that value can compute the password",
        description: "A password made from a MAC address, serial number, device ID, host name, counter or the clock, or with System.Random, is guessable. " +
                     "UK PSTI Schedule 1 paragraph 1(3) and ETSI EN 303 645 5.1-2 allow per-device passwords only when they are not derived from public " +
                     "information, unless through a keyed cryptographic function (for example HMAC-SHA256 with a factory secret) or a cryptographic generator.",
        WellKnownDiagnosticTags.Telemetry);

    public static readonly DiagnosticDescriptor MissingSecurityUpdate = new(
        RuleIdentifiers.MissingSecurityUpdate,
        title: "Device application has no security-update mechanism",
        messageFormat: "Device application '{0}' has no security-update mechanism: mark the code that installs updates with [IoTSecure.SecurityUpdateHook], use a platform update mechanism, or declare <IoTUpdateMechanism>External</IoTUpdateMechanism> (OS packages, containers) or None with <IoTNoUpdateRationale>",
        category: RuleCategories.Updates,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A connected product must be able to receive security updates for its defined support period (ETSI EN 303 645 5.3-1, 5.3-2; " +
                     "UK PSTI Schedule 1 para 3; EU CRA Annex I (2)(c)). Reported once per device project, at the end of the compilation.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.MissingSecurityUpdate),
        customTags: new[] { WellKnownDiagnosticTags.CompilationEnd, WellKnownDiagnosticTags.Telemetry });

    public static readonly DiagnosticDescriptor UnverifiedUpdate = Create(
        RuleIdentifiers.UnverifiedUpdate,
        RuleCategories.Updates,
        DiagnosticSeverity.Error,
        title: "Update applied without verifying its signature",
        messageFormat: "'{0}' in update hook '{1}' applies a payload that no asymmetric signature check guards; verify the signature (ECDsa/RSA VerifyData, SignedCms.CheckSignature) and stop when it fails, before writing, loading or flashing",
        description: "ETSI EN 303 645 5.3-9 and 5.3-10 require the authenticity and integrity of software updates to be verified before they are installed. " +
                     "A check counts only when its failure stops the path to the apply step.",
        WellKnownDiagnosticTags.Telemetry);

    public static readonly DiagnosticDescriptor InsecureUpdateChannel = Create(
        RuleIdentifiers.InsecureUpdateChannel,
        RuleCategories.Updates,
        DiagnosticSeverity.Error,
        title: "Update fetched over an unauthenticated channel",
        messageFormat: "The update in hook '{0}' travels over an unauthenticated channel: {1}",
        description: "An update fetched over clear text or with certificate validation disabled can be replaced in transit (ETSI EN 303 645 5.3-2, 5.5-5).",
        WellKnownDiagnosticTags.Telemetry);

    public static readonly DiagnosticDescriptor ChecksumOnlyUpdate = Create(
        RuleIdentifiers.ChecksumOnlyUpdate,
        RuleCategories.Updates,
        DiagnosticSeverity.Warning,
        title: "Update integrity rests on a checksum alone",
        messageFormat: "Update hook '{0}' checks the payload with {1} only; a hash delivered with the payload shows it was not damaged, not who made it: verify an asymmetric signature with a key embedded in the device",
        description: "CRC32, MD5, SHA-1 and even SHA-256 hashes that come from the same source as the payload are integrity checks, not authenticity (ETSI EN 303 645 5.3-9).",
        WellKnownDiagnosticTags.Telemetry);

    public static readonly DiagnosticDescriptor ClearTextProtocol = Create(
        RuleIdentifiers.ClearTextProtocol,
        RuleCategories.Communication,
        DiagnosticSeverity.Warning,
        title: "Clear-text protocol",
        messageFormat: "{0} is clear text{1}; use {2}",
        description: "HTTP, WebSocket, FTP, telnet, CoAP, RTSP and MQTT without TLS expose device traffic and credentials on the network " +
                     "(ETSI EN 303 645 5.5-1, 5.5-5, 5.8-1). An error when credentials travel over the channel, a warning otherwise; loopback hosts are exempt.",
        WellKnownDiagnosticTags.Telemetry);

    public static readonly DiagnosticDescriptor CertificateValidationDisabled = Create(
        RuleIdentifiers.CertificateValidationDisabled,
        RuleCategories.Communication,
        DiagnosticSeverity.Error,
        title: "TLS certificate validation disabled",
        messageFormat: "{0} disables TLS certificate validation{1}; validate the chain and the host name, or pin the expected certificate",
        description: "A callback that accepts every certificate, or a TLS option that ignores untrusted, revoked or mismatched certificates, " +
                     "turns TLS into encryption with an unknown party (ETSI EN 303 645 5.5-1, 5.5-5).",
        WellKnownDiagnosticTags.Telemetry);

    public static readonly DiagnosticDescriptor ObsoleteTlsVersion = Create(
        RuleIdentifiers.ObsoleteTlsVersion,
        RuleCategories.Communication,
        DiagnosticSeverity.Error,
        title: "Obsolete SSL/TLS version",
        messageFormat: "'{0}' enables {1}, which is obsolete; use TLS 1.2 or 1.3, or leave the choice to the operating system",
        description: "SSL 2.0, SSL 3.0, TLS 1.0 and TLS 1.1 are broken or deprecated (RFC 8996); ETSI EN 303 645 5.5-1 asks for best-practice cryptography.",
        WellKnownDiagnosticTags.Telemetry);

    public static readonly DiagnosticDescriptor WeakCryptography = Create(
        RuleIdentifiers.WeakCryptography,
        RuleCategories.Communication,
        DiagnosticSeverity.Error,
        title: "Broken or weak cryptographic algorithm",
        messageFormat: "{0}; {1}",
        description: "MD5, SHA-1, DES, 3DES, RC2, ECB mode, constant IVs, RSA keys under 2048 bits and weak PBKDF2 settings are not best-practice " +
                     "cryptography (ETSI EN 303 645 5.5-1, 5.5-7). Non-security uses of a hash can be declared with iotsecure.non_security_hash_methods.",
        WellKnownDiagnosticTags.Telemetry);

    public static readonly DiagnosticDescriptor InsecureRandom = Create(
        RuleIdentifiers.InsecureRandom,
        RuleCategories.Communication,
        DiagnosticSeverity.Error,
        title: "Non-cryptographic random number generator for a security value",
        messageFormat: "System.Random produces '{0}', a security value ({1}); use RandomNumberGenerator",
        description: "System.Random is predictable: keys, IVs, nonces, tokens, passwords, PINs and session identifiers made with it can be guessed " +
                     "(ETSI EN 303 645 5.5-1). Random for jitter, back-off, sampling or simulation is fine.",
        WellKnownDiagnosticTags.Telemetry);

    public static readonly DiagnosticDescriptor ConstantInitializationVector = Create(
        RuleIdentifiers.ConstantInitializationVector,
        RuleCategories.Communication,
        DiagnosticSeverity.Error,
        title: "Constant initialisation vector or nonce",
        messageFormat: "The {0} {1}, so it is the same for every message; generate a fresh one with RandomNumberGenerator for each encryption and send it with the ciphertext",
        description: "A CBC or CFB IV that repeats shows which messages start alike; a repeated AES-GCM, AES-CCM or ChaCha20-Poly1305 nonce under one key " +
                     "gives away the keystream and lets an attacker forge messages (NIST SP 800-38A appendix C, SP 800-38D section 8.2). " +
                     "ETSI EN 303 645 5.5-1 and EN 18031-1 CRY-1 ask for best-practice cryptography.",
        WellKnownDiagnosticTags.Telemetry);

    private static DiagnosticDescriptor Create(
        string id, string category, DiagnosticSeverity severity, string title, string messageFormat, string description,
        params string[] tags) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description,
            helpLinkUri: RuleIdentifiers.HelpLink(id), customTags: tags);
}

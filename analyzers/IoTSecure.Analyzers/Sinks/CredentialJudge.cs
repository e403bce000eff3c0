using System.Collections.Generic;
using System.Linq;
using IoTSecure.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;

namespace IoTSecure.Analyzers.Sinks;

/// <summary>What a credential value written in the code is. One judge, so each value gets exactly one rule.</summary>
internal enum CredentialVerdict
{
    /// <summary>Not a written credential (empty, runtime value, label, mask, configuration key, template).</summary>
    None,

    /// <summary>IOT1001: a real-looking secret written in the code.</summary>
    HardcodedSecret,

    /// <summary>IOT1002: a universal default password (Mirai table, factory defaults, their Basic-auth encodings).</summary>
    DefaultPassword,

    /// <summary>IOT1006: a placeholder left for someone to fill in, or the symbol's own name.</summary>
    Placeholder,

    /// <summary>
    /// IOT1003: a key written in place in a key's slot of a connection string (<c>SharedAccessKey=</c>, <c>AccountKey=</c>):
    /// a Format argument, a piece of a concatenation or of a builder's appends. A key held in a named constant elsewhere
    /// (its shape alone says nothing) stays IOT1001 at the sink; a literal that holds <c>SharedAccessKey=...</c> itself is
    /// the token rule's, at that literal.
    /// </summary>
    KeyMaterial,
}

/// <summary>
/// Judges the value reaching a credential sink or compared with a received credential. The judgement depends on the
/// kind of sink: connection strings and URIs are searched for their secret-bearing parts; header values count only
/// under an authentication header's name.
/// </summary>
internal static class CredentialJudge
{
    /// <param name="argument">The value at a catalogued credential parameter.</param>
    /// <param name="value">The value resolved to its written text.</param>
    /// <param name="settings">The team's settings (placeholder patterns, secret names).</param>
    /// <param name="textOf">Resolves a sibling argument (a header's name held in a field or an option) to its written text, or null.</param>
    /// <param name="origin">The written part the verdict rests on (where it is reported).</param>
    public static CredentialVerdict Judge(SinkArgument argument, ResolvedString value, AnalyzerSettings settings, System.Func<IOperation, string?> textOf, out StringPart origin)
    {
        static IReadOnlyList<ConnectionStringSecret> UrlPairs(ResolvedString value) =>
            ConnectionStrings.FindUrlPairs(value.Text, pair => RepeatsHoldersName(value, pair) || IsCutHeldValue(value, pair));

        origin = default;
        var parameter = argument.Sink.Spec.Parameter;
        switch (argument.Sink.Spec.Kind)
        {
            // Each kind's text read first, then the other's: a URL with user information handed to a connection-string sink,
            // or a connection string to a URL's (a mix-up), carries its password all the same.
            case SecretKind.ConnectionString:
                return JudgePairs(value, ConnectionStrings.FindPairs(value.Text), settings, out origin) is var pairs && pairs != CredentialVerdict.None
                    ? pairs
                    : JudgePairs(value, UrlPairs(value), settings, out origin) is var urlInPlace && urlInPlace != CredentialVerdict.None
                        ? urlInPlace
                        : WholePlaceholder(value, settings, out origin);

            case SecretKind.Url:
                return JudgePairs(value, UrlPairs(value), settings, out origin) is var urlPairs && urlPairs != CredentialVerdict.None
                    ? urlPairs
                    : !IsUrlText(value.Text) && JudgePairs(value, ConnectionStrings.FindPairs(value.Text), settings, out origin) is var pairsInPlace && pairsInPlace != CredentialVerdict.None
                        ? pairsInPlace
                        : WholePlaceholder(value, settings, out origin);

            case SecretKind.Header:
                // The whole line at a header-name parameter (WebHeaderCollection.Add("Authorization: Bearer ...")): its name
                // says whether its value is a credential. Otherwise the header's name is the sibling argument.
                string headerValue;
                if (SinkSlot.IsHeaderNameParameter(parameter))
                {
                    if (!value.IsFullyKnown || !AuthenticationHeaders.TrySplitHeaderLine(value.Text, out var lineName, out headerValue) ||
                        !AuthenticationHeaders.IsAuthenticationHeader(lineName))
                    {
                        return CredentialVerdict.None;
                    }
                }
                else if (!IsAuthenticationHeaderCall(argument, textOf) || !value.IsFullyKnown)
                {
                    return CredentialVerdict.None;
                }
                else
                {
                    headerValue = value.Text;
                }

                var headerCredential = AuthenticationHeaders.CredentialOf(headerValue);
                if (headerCredential.Length > 0 && headerCredential == headerValue.Trim() && SecretText.LooksLikeWords(headerCredential) &&
                    !DefaultCredentialList.IsDefaultPassword(headerCredential) && SecretText.Classify(headerCredential, settings.PlaceholderPatterns) != TextClass.Placeholder &&
                    // (PagerApiKey = "PagerApiKey": words that repeat a secret-named holder's name are a template never filled
                    // in; Anonymous = "Anonymous" is the state word under its own name)
                    !((FirstWritten(value).Holder ?? value.Via)?.Name is { } holderName && settings.SecretNames.IsSecretName(holderName) &&
                      RepeatsName(headerCredential, holderName)))
                {
                    return CredentialVerdict.None; // a bare word ("None", "Anonymous"): a header state, no headerCredential
                }

                return JudgeText(headerCredential, value, parameter, settings, out origin, value.Text.LastIndexOf(headerCredential, System.StringComparison.Ordinal));

            case SecretKind.KeyMaterial:
                // Written key bytes are IOT1003's; a template given as the key ("[enter sas key]" decoded from Base64, or a value
                // that only names its holder: EnrollmentGroupKey = "ENROLLMENT_GROUP_KEY") is IOT1006.
                // A listed default given as the key's text (a Wi-Fi module's psk: Encoding.ASCII.GetBytes("12345678")) is the
                // universal default it is, IOT1002, whatever parameter takes it: known defaults beat every other verdict.
                origin = FirstWritten(value);
                return !value.IsFullyKnown || origin.Scope is null ? CredentialVerdict.None
                    : DefaultCredentialList.IsDefaultPassword(value.Text) ? CredentialVerdict.DefaultPassword
                    : SecretText.Classify(value.Text, settings.PlaceholderPatterns) == TextClass.Placeholder || RepeatsName(value.Text, origin.Holder?.Name)
                    ? CredentialVerdict.Placeholder
                    : CredentialVerdict.None;

            case SecretKind.AuthenticationSpec:
                if (!value.IsFullyKnown || CredentialOfAuthenticationSpec(value.Text) is not { } credential)
                {
                    return CredentialVerdict.None;
                }

                return JudgeText(credential, value, parameter, settings, out origin);

            default:
                if (!value.IsFullyKnown || (IsAnonymousLogin(argument) && ConnectionStrings.IsAnonymousLoginPassword(value.Text)))
                {
                    return CredentialVerdict.None;
                }

                if (SecretNames.OnlyPassNamesPassword(parameter) && SecretNames.IsVerdictWord(value.Text))
                {
                    return CredentialVerdict.None; // Record(id, pass: "PASS"): a test verdict, not the default password "pass"
                }

                if (argument.Sink.Spec.Kind == SecretKind.Community && value.Text.Trim().ToLowerInvariant() is "public" or "private")
                {
                    origin = FirstWritten(value);
                    return origin.Scope is null ? CredentialVerdict.None : CredentialVerdict.DefaultPassword; // SNMP's universal defaults
                }

                var verdict = JudgeText(value.Text, value, parameter, settings, out origin);

                // An IoT Hub or DPS key written in place in the symmetric key's own slot is key material (IOT1003), as it is
                // in a connection string's SharedAccessKey=; held in a named constant, its shape alone says nothing (IOT1001).
                // So is a cloud secret access key written in place at a parameter named for it (AWS: 40 characters of
                // the base64 alphabet at BasicAWSCredentials' secretKey), listed key material beside its key id.
                // A key a named helper returns (SasKeyFor(id) => id switch { "demo-rig" => "...", _ => SasKey }) is held by that name.
                var writtenInPlace = origin.Holder is null && origin.Text is { } written && written.Trim() == value.Text.Trim() && !IsReturnedByMember(origin.Scope, argument);
                return verdict == CredentialVerdict.HardcodedSecret && writtenInPlace &&
                       ((argument.Sink.Spec.Kind == SecretKind.SymmetricKey && SecretTokens.IsBase64Key(value.Text.Trim())) ||
                        (IsSecretAccessKeyName(parameter) && IsSecretAccessKeyShape(value.Text.Trim())))
                    ? CredentialVerdict.KeyMaterial
                    : verdict;
        }
    }

    /// <summary>
    /// Whether text outside the sink's argument is what a named method, property or local function returns (an arm of the
    /// switch it returns, a branch of its choice, its fallback): held by that name, not written in place at the sink.
    /// </summary>
    private static bool IsReturnedByMember(SyntaxNode? scope, SinkArgument argument)
    {
        if (scope is null || (scope.SyntaxTree == argument.Value.Syntax.SyntaxTree && argument.Value.Syntax.Span.Contains(scope.Span)))
        {
            return false;
        }

        var node = scope;
        var inTuple = false;
        while (node.Parent is ParenthesizedExpressionSyntax or SwitchExpressionArmSyntax or SwitchExpressionSyntax or ConditionalExpressionSyntax or CastExpressionSyntax ||
               node.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } || node.Parent is ArgumentSyntax { Parent: TupleExpressionSyntax } ||
               CompletedTaskOf(node) is not null)
        {
            // an element of a tuple a helper returns or a field holds (Spare = ("bench-12", "...")): held by that name too;
            // so is the value a task is completed with (Task.FromResult(("lab-62", "...")), new ValueTask<string>("..."))
            inTuple |= node.Parent is ArgumentSyntax { Parent: TupleExpressionSyntax };
            node = node.Parent is ArgumentSyntax { Parent: TupleExpressionSyntax tuple } ? tuple : CompletedTaskOf(node) ?? node.Parent!;
        }

        return node.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } or PropertyDeclarationSyntax } => inTuple,
            ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax or PropertyDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax } => true,
            ReturnStatementSyntax returned => returned.FirstAncestorOrSelf<SyntaxNode>(n => n is AnonymousFunctionExpressionSyntax or MemberDeclarationSyntax or LocalFunctionStatementSyntax)
                is MethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax,
            _ => false,
        };
    }

    /// <summary>
    /// The completed task a value is the only argument of (<c>Task.FromResult(value)</c>, <c>ValueTask.FromResult(value)</c>,
    /// <c>new ValueTask&lt;T&gt;(value)</c>), read by name as the resolver reads it; null for any other place.
    /// </summary>
    private static ExpressionSyntax? CompletedTaskOf(SyntaxNode node) =>
        node.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: var call } }
            ? call switch
            {
                InvocationExpressionSyntax invocation when SyntaxNames.Rightmost(invocation.Expression) == "FromResult" => invocation,
                BaseObjectCreationExpressionSyntax creation when creation is ObjectCreationExpressionSyntax { Type: GenericNameSyntax { Identifier.ValueText: "ValueTask" } } => creation,
                _ => null,
            }
            : null;

    /// <summary>A parameter named as a secret access key (<c>secretKey</c>, <c>secretAccessKey</c>, <c>awsSecretAccessKey</c>).</summary>
    private static bool IsSecretAccessKeyName(string parameter) =>
        SecretNames.Normalize(parameter) is var joined && (joined.EndsWith("secretkey", System.StringComparison.Ordinal) || joined.EndsWith("secretaccesskey", System.StringComparison.Ordinal));

    /// <summary>AWS's secret access key shape: 40 characters of the base64 alphabet mixing upper case, lower case and digits.</summary>
    private static bool IsSecretAccessKeyShape(string text)
    {
        if (text.Length != 40)
        {
            return false;
        }

        bool upper = false, lower = false, digit = false;
        foreach (var c in text)
        {
            if (c is not ((>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '/' or '+'))
            {
                return false;
            }

            upper |= c is >= 'A' and <= 'Z';
            lower |= c is >= 'a' and <= 'z';
            digit |= c is >= '0' and <= '9';
        }

        return upper && lower && digit;
    }

    /// <summary>Judges a literal compared with a received credential named <paramref name="receivedName"/>.</summary>
    public static CredentialVerdict JudgeComparison(ResolvedString value, string receivedName, AnalyzerSettings settings, out StringPart origin)
    {
        origin = default;
        if (!value.IsFullyKnown)
        {
            return CredentialVerdict.None;
        }

        // token == "OK", tokenStatus == "expired": a protocol word or status, unless it is a listed default ("admin");
        // firstPass == "PASS": a test verdict under a name that says password only by "pass".
        var text = value.Text;
        if (SecretNames.OnlyPassNamesPassword(receivedName) && SecretNames.IsVerdictWord(text))
        {
            return CredentialVerdict.None;
        }

        if (!DefaultCredentialList.IsDefaultPassword(text) && (IsOneWord(text) || SecretText.IsProse(text)))
        {
            return CredentialVerdict.None;
        }

        return JudgeText(text, value, receivedName, settings, out origin);
    }

    /// <summary>
    /// Judges a value stored in code under a secret-named key (configuration built in code) or paired with a user name,
    /// as the pack gate judges the same key and value in a shipped file: prose and identifiers are no secrets there,
    /// unless they are listed defaults.
    /// </summary>
    /// <param name="value">The value stored under the key, resolved.</param>
    /// <param name="keyName">The key's last segment (<c>Broker:Secret</c> to <c>Secret</c>), or <c>password</c> for a password paired with a user name.</param>
    /// <param name="keyIsWritten">Whether <paramref name="keyName"/> is the whole key as written, a bare word (a label table repeats it); false for a user/password pair and for a configuration path (<c>sip:password</c>).</param>
    /// <param name="settings">The team's settings.</param>
    /// <param name="origin">The written part the verdict rests on.</param>
    /// <param name="isPair">Whether the value is the second of a pair in a table (<c>{ "dealer", "..." }</c>, <c>["en"] = "..."</c>), judged as a
    /// password with no key to say so: a passphrase of words is not read there (a banner or a message is words too).</param>
    /// <param name="wholeKey">The key as written (<c>softap.pass</c>), when <paramref name="keyName"/> is only its last segment: what a key
    /// ending in <c>pass</c> is for is read from the word before it.</param>
    public static CredentialVerdict JudgeKeyed(ResolvedString value, string keyName, bool keyIsWritten, AnalyzerSettings settings, out StringPart origin, bool isPair = false,
        string? wholeKey = null)
    {
        origin = default;
        if (!value.IsFullyKnown)
        {
            return CredentialVerdict.None;
        }

        var text = value.Text;
        var normalized = SecretNames.Normalize(text);
        if (keyIsWritten && normalized.Length > 0 && normalized == SecretNames.Normalize(keyName))
        {
            return CredentialVerdict.None; // ["password"] = "Password": a label table
        }

        if (SecretText.KeySaysMock(keyName) || SecretText.IsMarkup(text))
        {
            return CredentialVerdict.None; // mockData.Add("mockAPIKey", "..."): test data under a key that says so; a form's markup
        }

        if (text.Trim().Length < 8 && SecretNames.SplitWords(keyName) is { Count: > 0 } keyWords && keyWords[keyWords.Count - 1] is "token" or "key" &&
            !DefaultCredentialList.IsDefaultPassword(text))
        {
            return CredentialVerdict.None; // a lexer's ("operator", "+=") under Token: a token or key of under 8 characters is no credential's (a short secret may be a password)
        }

        if (!DefaultCredentialList.IsDefaultPassword(text) &&
            (SecretText.IsProse(text) || (SecretText.IsUuid(text) && !IsPinUnderPasswordKey(text, keyName)) || SecretText.IsPath(text) ||
             (SecretText.LooksLikeWords(text) && SecretText.Classify(text, settings.PlaceholderPatterns) != TextClass.Placeholder && // "wifi-password-here" is a template
              (isPair || !IsWordPassphraseUnderPasswordKey(text, keyName, wholeKey ?? keyName)))))
        {
            return CredentialVerdict.None; // translations, error codes, labels, identifiers and paths stored under the key
        }

        // (a passphrase of words under a pre-shared key's key, Wifi:PreSharedKey, is judged as the passphrase it is)
        return JudgeText(text, value, !isPair && SecretText.LooksLikeWords(text) ? "passphrase" : keyName, settings, out origin);
    }

    /// <summary>
    /// A passphrase of plain words under a password's or a pre-shared key's key (<c>["wifi.psk"] = "correct horse battery
    /// staple"</c>, <c>"orchard-lantern-copper-meadow"</c>): three to eight words of three or more letters, separated by spaces
    /// or hyphens, written in one case throughout, none of them a credential's name (<c>"Broker password"</c> is a caption)
    /// nor a sentence's little word in the languages a device's interface is translated into (<c>"Wachtwoord voor wifi"</c>,
    /// <c>"Clave de acceso"</c>, <c>"Enter the passphrase"</c> are labels). Words joined by hyphens alone, four or more, are a
    /// generator's passphrase even with one little word among them (<c>"orbit-over-tundra-kettle"</c>: diceware lists hold
    /// such words), unless it starts them or there are two (<c>"to-be-set-later"</c>). A key that ends in <c>pass</c> after
    /// other words is a ticket's as often as a password's: words are a passphrase there only when a word before <c>pass</c>
    /// names what a device signs in to (<see cref="NamesAccountPass"/>: <c>softap.pass</c>, <c>WiFiPass</c>, <c>wlan0.pass</c>);
    /// under <c>stadium.pass</c> or <c>boarding.pass</c> they name the pass (<c>"North Stand Hospitality"</c>). A working
    /// password, as IOT1004 and IOT1006 read such a value; words under other keys (an API key's description) stay text.
    /// </summary>
    private static bool IsWordPassphraseUnderPasswordKey(string text, string keyName, string wholeKey)
    {
        var keyWords = SecretNames.SplitWords(keyName);
        var barePass = keyWords.Count > 0 && keyWords[keyWords.Count - 1] == "pass"; // mqtt.pass, softap.pass, boarding.pass
        if (!(SecretNames.IsPasswordName(keyName) || barePass ||
              keyWords.Count > 0 && keyWords[keyWords.Count - 1] is "psk" or "passphrase" ||
              string.Concat(keyWords).EndsWith("presharedkey", System.StringComparison.Ordinal))) // Wifi:PreSharedKey, pre_shared_key
        {
            return false;
        }

        var words = text.Split(new[] { ' ', '-' }, System.StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || words.Length > 8 || text.IndexOf("  ", System.StringComparison.Ordinal) >= 0 || IsSentenceCase(words) ||
            !words.All(w => w.Length >= 3 && w.All(char.IsLetter) && !SecretNames.IsPasswordName(w) && !SecretNames.Default.IsSecretName(w)))
        {
            return false;
        }

        var little = words.Count(w => SentenceWords.Contains(w.ToLowerInvariant()));
        var generated = words.Length >= 4 && text.IndexOf(' ') < 0 && little == 1 && !SentenceWords.Contains(words[0].ToLowerInvariant());
        if (little > 0 && !generated)
        {
            return false;
        }

        // (a key that is `pass` alone is a password's; what a `pass` after other words is for is said by the word just before
        // it, its digits left out (wlan0, Sta1), or by it joined to the one or two before it (WiFiPass: wi, fi; PPPoEPass)
        return !barePass || NamesAccountPass(SecretNames.SplitWords(wholeKey));

        // "Leave blank when unused", "Lütfen şifrenizi girin": a sentence's capital on its first word alone; a passphrase is
        // written in one case throughout (correct horse battery staple, Orchard Lantern Copper Meadow)
        static bool IsSentenceCase(string[] words) =>
            char.IsUpper(words[0][0]) && words.Skip(1).All(w => char.IsLower(w[0]));
    }

    private static readonly char[] Digits = "0123456789".ToCharArray();

    /// <summary>
    /// Whether words written under a key that ends in <c>pass</c> after other words name a ticket or a stage, not an
    /// account (<c>render.shadow.pass=soft contact hardening</c> in configuration text, <c>boarding.pass</c>): see
    /// <see cref="NamesAccountPass"/>. False for any value that is not words.
    /// </summary>
    internal static bool IsNamedPass(string key, string value) =>
        SecretNames.SplitWords(key) is { Count: > 1 } words && words[words.Count - 1] == "pass" && SecretText.LooksLikeWords(value) && !NamesAccountPass(words);

    /// <summary>
    /// Whether a key whose last word is <c>pass</c> (<paramref name="words"/>, split) names an account's password: <c>pass</c>
    /// alone; a technology a device signs in with just before it (<see cref="SignInTechnologies"/>: <c>ssh.pass</c>,
    /// <c>pool.filter.mqtt.pass</c>, <c>WiFiPass</c>, <c>PPPoEPass</c>, <c>wlan0.pass</c>), its digits left out and joined to
    /// the one or two words before it; or a generic role or system just before it (<see cref="SignInRoles"/>: <c>admin.pass</c>,
    /// <c>device.pass</c>) with nothing before it but such words or a technology (<c>mqtt.user.pass</c>). A role after another
    /// word (<c>ferry.service.pass</c>, <c>rail.network.pass</c>, <c>render.ui.pass</c>) is a ticket's or a stage's pass, as is
    /// any other word (<c>boarding.pass</c>, <c>render.bloom.pass</c>).
    /// </summary>
    private static bool NamesAccountPass(IReadOnlyList<string> words)
    {
        if (words.Count < 2 || words[words.Count - 1] != "pass")
        {
            return true;
        }

        var before = new List<string>();
        for (var i = words.Count - 2; i >= 0; i--)
        {
            if (words[i].TrimEnd(Digits) is { Length: > 0 } word)
            {
                before.Add(word); // nearest first
            }
        }

        var joined = string.Empty;
        for (var i = 0; i < before.Count && i < 3; i++)
        {
            joined = before[i] + joined;
            if (SignInTechnologies.Contains(joined))
            {
                return true;
            }
        }

        return before.Count > 0 && SignInRoles.Contains(before[0]) &&
               before.Skip(1).All(word => SignInRoles.Contains(word) || SignInTechnologies.Contains(word));
    }

    /// <summary>
    /// The technologies a device signs in with, named just before a key's last word <c>pass</c> (<c>softap.pass</c>,
    /// <c>ssh.pass</c>, <c>ntrip.pass</c>, <c>WiFiPass</c>): networks and links, protocols, services, stores and platforms.
    /// Words under such a key are a passphrase whatever comes before (<c>gpu.node.ssh.pass</c>).
    /// </summary>
    private static readonly System.Collections.Generic.HashSet<string> SignInTechnologies = new(System.StringComparer.Ordinal)
    {
        // networks and links
        "wifi", "wlan", "wpa", "wpa2", "wpa3", "wps", "ap", "softap", "sta", "hotspot", "ssid", "eth", "ethernet", "lte", "gsm", "gprs",
        "cellular", "modem", "sim", "apn", "ppp", "pppoe", "nbiot", "ble", "bt", "bluetooth", "zigbee", "zwave", "lora", "lorawan", "eap",
        "peap", "ttls", "radius", "vpn", "wireguard", "wg", "openvpn", "ipsec", "ike", "l2tp", "pptp", "chap", "pap", "mschap", "socks",
        // protocols and services
        "ssh", "sshd", "sftp", "ftp", "ftps", "tftp", "scp", "rsync", "telnet", "vnc", "rdp", "mqtt", "mqtts", "amqp", "stomp", "coap",
        "lwm2m", "xmpp", "nats", "kafka", "rabbit", "rabbitmq", "http", "https", "tls", "ssl", "dtls", "sasl", "ocpp", "cwmp", "tr069",
        "usp", "dlms", "cosem", "ocpi", "oauth", "oidc", "saml", "jwt", "grpc", "ws", "wss", "websocket", "webui", "grafana", "smtp", "imap",
        "pop3", "snmp", "snmpv3", "sip", "voip", "rtsp", "rtmp", "onvif", "ntrip", "ntp", "ddns", "dyndns", "ldap", "kerberos", "smb",
        "cifs", "nfs", "samba", "webdav", "git", "docker", "modbus", "bacnet", "knx", "dali", "mbus", "profinet", "opc", "opcua", "s7", "plc",
        "hmi", "scada", "dnp3",
        // stores and platforms
        "db", "sql", "mysql", "mariadb", "postgres", "postgresql", "pg", "mongo", "mongodb", "couchdb", "influx", "influxdb", "redis",
        "memcached", "elastic", "elasticsearch", "aws", "azure", "gcp", "iothub", "thingsboard", "blynk", "homeassistant", "hass", "openhab",
        "nodered", "tasmota", "esphome", "keystore", "truststore", "nvs", "ota", "bootloader", "bios", "uefi", "nvr", "dvr", "ipcam",
    };

    /// <summary>
    /// Generic roles and systems an account may belong to (<c>admin</c>, <c>device</c>, <c>network</c>, <c>service</c>,
    /// <c>ui</c>): a passphrase's key just before <c>pass</c> only with nothing but such words or a technology before them
    /// (<c>admin.pass</c>, <c>mqtt.user.pass</c>); after another word they name a ticket or a stage (<c>ferry.service.pass</c>).
    /// </summary>
    private static readonly System.Collections.Generic.HashSet<string> SignInRoles = new(System.StringComparer.Ordinal)
    {
        "admin", "root", "user", "login", "account", "auth", "operator", "installer", "technician", "tech", "maintenance", "support", "factory",
        "backup", "remote", "device", "controller", "server", "service", "svc", "backend", "system", "sys", "cloud", "iot", "gateway", "gw",
        "hub", "router", "camera", "cam", "console", "shell", "serial", "uart", "broker", "api", "rest", "web", "ui", "portal", "dashboard",
        "mail", "email", "sms", "pop", "dns", "registry", "nas", "database", "vault", "firmware", "fw", "rtu", "station", "repeater",
        "extender", "mesh", "lan", "wan", "net", "network", "uplink", "backhaul", "thread", "matter", "proxy", "primary", "secondary",
    };

    /// <summary>A sentence's little words and a form's verbs in the languages device interfaces are translated into: a label's, not a passphrase's.</summary>
    private static readonly System.Collections.Generic.HashSet<string> SentenceWords = new(System.StringComparer.Ordinal)
    {
        "the", "for", "and", "your", "you", "with", "from", "this", "that", "enter", "type", "new", "old", "here", "please", "not", "are", "use",
        "del", "los", "las", "por", "para", "una", "con", "des", "les", "pour", "une", "votre", "vos", "avec", "der", "die", "das", "und", "für",
        "ihr", "ihre", "mit", "ein", "eine", "den", "dem", "voor", "van", "het", "een", "uw", "met", "per", "della", "delle", "il", "con", "och",
        "för", "med", "til", "og", "dla", "nie", "sua", "seu", "uma", "com", "dos", "das", "sie", "bitte", "geben", "eingeben", "saisir", "introduzca",
        "until", "when", "each", "after", "before", "only", "must", "will", "can", "has", "have", "was", "were", "been", "into", "than", "then",
        "leave", "blank", "set", "see", "ask", "din", "ditt", "alla", "allo", "nella", "pelo", "pela", "sitä", "tämä", "lütfen", "swojego", "swoje",
        "during", "inside", "outside", "every", "under", "within", "without", "behind", "among", "beneath", "above", "below", "over", "through",
        "across", "via", "around", "near", "onto", "upon", "between", "while", "once", "twice", "any", "all", "its", "their", "our", "his", "her",
        // English's prepositions, conjunctions, determiners, pronouns and auxiliaries that are no nouns (a note's, not a word list's)
        "beside", "besides", "whenever", "unless", "except", "alongside", "whose", "which", "these", "those", "where", "whereas", "whether",
        "although", "though", "because", "since", "till", "toward", "towards", "against", "along", "amid", "amidst", "beyond", "despite",
        "unlike", "versus", "who", "whom", "what", "how", "why", "should", "would", "could", "shall", "does", "did", "done", "being", "nor",
        "both", "either", "neither", "some", "many", "most", "few", "more", "less", "such", "same", "other", "another", "very", "also", "just",
        "too", "now", "there", "them", "they", "she", "him", "itself", "about", "underneath", "throughout", "amongst", "whilst", "regarding",
        "including", "excluding", "pending", "whereby", "wherever", "whatever", "however", "otherwise", "else", "instead", "already", "again",
        "always", "never", "unto", "out", "off",
    };

    /// <summary>
    /// Four digits under a password's or PIN's key (<c>["lte.sim.pin"] = "7351"</c>): a PIN, not a 16-bit Bluetooth UUID
    /// (those are judged as UUIDs under other keys: <c>"2A37"</c>).
    /// </summary>
    private static bool IsPinUnderPasswordKey(string text, string keyName) =>
        SecretNames.IsUnambiguousPasswordName(keyName) && (text.Trim().All(char.IsDigit) || IsHexUnderPasswordWord(text, keyName));

    /// <summary>
    /// Hex digits under a name or key that ends in a password's word (<c>PanelPassword = "7A3C"</c>,
    /// <c>["vent.panel.password"] = "7A3C"</c>): a panel's password, not a 16-bit UUID, which a UUID's name would say.
    /// </summary>
    internal static bool IsHexUnderPasswordWord(string text, string name) =>
        text.Trim() is { Length: > 0 } trimmed && trimmed.All(System.Uri.IsHexDigit) &&
        SecretNames.SplitWords(name) is { Count: > 0 } words && words[words.Count - 1] is var last && (last is "passcode" or "passkey" || SecretNames.IsPasswordSpelling(last));

    /// <summary>A connection string or URI that is a template as a whole ("&lt;your device connection string&gt;"): IOT1006.</summary>
    private static CredentialVerdict WholePlaceholder(ResolvedString value, AnalyzerSettings settings, out StringPart origin)
    {
        origin = FirstWritten(value);
        // A URI or connection string with structure (a scheme, key=value pairs) is judged by its parts, even on an
        // example host (wss://csms.example/ocpp): only a template as a whole is one.
        return value.IsFullyKnown && origin.Scope is not null && value.Text.IndexOf("://", System.StringComparison.Ordinal) < 0 &&
               value.Text.IndexOf('=') < 0 && SecretText.Classify(value.Text, settings.PlaceholderPatterns) == TextClass.Placeholder
            ? CredentialVerdict.Placeholder
            : CredentialVerdict.None;
    }

    private static CredentialVerdict JudgeText(string text, ResolvedString value, string parameter, AnalyzerSettings settings, out StringPart origin, int textStart = -1)
    {
        // The part that writes the judged text (the token after "Bearer ", held in its own constant), else the first written.
        origin = textStart > 0 && value.PartAt(textStart) is { Scope: not null, Text.Length: > 0 } credentialPart ? credentialPart : FirstWritten(value);
        if (origin.Scope is null)
        {
            return CredentialVerdict.None;
        }

        // A login with no secret in it (a guest's "guest:", a masked "svc:********" in a Basic header): nothing to report.
        if (SecretText.IsLoginWithoutSecret(text))
        {
            return CredentialVerdict.None;
        }

        // A SAS token whose signature is masked or missing (sig=****, a log's or a sample's copy) carries no secret; one whose
        // signature is a template (sig=<signature>) is a template.
        if (SecretText.IsUnsignedSharedAccessSignature(text))
        {
            return CredentialVerdict.None;
        }

        if (SecretText.SharedAccessSignatureOf(text) is { Length: > 0 } signature &&
            SecretText.Classify(System.Uri.UnescapeDataString(signature), settings.PlaceholderPatterns) == TextClass.Placeholder)
        {
            return CredentialVerdict.Placeholder;
        }

        // A token or key by its shape (a GitHub token, a JWT) is reported at its literal as IOT1003: one literal, one finding.
        // A vendor's documented example (AWS's AKIAIOSFODNN7EXAMPLE and its secret ...EXAMPLEKEY) is nobody's secret, and a
        // redacted copy ("***", "[redacted]") for a log is neither a credential nor a template.
        if (SecretTokens.FindTokens(text).Count > 0 || SecretTokens.IsDocumentedExample(text) || SecretText.IsRedaction(text))
        {
            return CredentialVerdict.None;
        }

        // Known defaults beat placeholders: "password", "admin", "changeme" or "12345678" open every unit that ships them,
        // whatever else they look like (a template value, the parameter's own name).
        if (DefaultCredentialList.IsDefaultPassword(text) || DefaultCredentialList.IsDefaultBasicAuth(text) || DefaultCredentialList.IsBasicAuthWithDefaultPassword(text))
        {
            return CredentialVerdict.DefaultPassword;
        }

        // A value that repeats its holder's or the parameter's name (HUB_TOKEN = "HUB_TOKEN", ApiKey = "API_KEY") is a
        // template never filled in, whatever shape it has (an environment-variable-like name included).
        if (RepeatsName(text, parameter) || RepeatsName(text, (origin.Holder ?? value.Via)?.Name) ||
            // ... also where it is assigned in a method (gateBrokerPassword = "password-broker-gate"; then read at the sink)
            (origin.Holder is null && value.Via is null && RepeatsName(text, AssignedTo(origin.Scope))))
        {
            return CredentialVerdict.Placeholder;
        }

        // A login whose password is a template ("meter-7:YOUR_METER_PASSWORD" in a Basic header built in code) is that
        // template, as the same password at a NetworkCredential is; so is one whose password repeats the name of a symbol
        // the login is built from ($"{ChargeBoxId}:{OcppPassword}" with OcppPassword = "OcppPassword").
        if (SecretText.LoginPassword(DefaultCredentialList.DecodedBasicCredentials(text) ?? text) is { } loginPassword &&
            (SecretText.Classify(loginPassword, settings.PlaceholderPatterns) == TextClass.Placeholder || RepeatsAHoldersName(loginPassword, value, origin)))
        {
            return CredentialVerdict.Placeholder;
        }

        switch (SecretText.Classify(text, settings.PlaceholderPatterns))
        {
            case TextClass.Placeholder:
                return CredentialVerdict.Placeholder;
            case TextClass.Value:
                break;
            default:
                return CredentialVerdict.None;
        }

        return DefaultCredentialList.IsDefaultPassword(text) || DefaultCredentialList.IsDefaultBasicAuth(text)
            ? CredentialVerdict.DefaultPassword
            : CredentialVerdict.HardcodedSecret;
    }

    /// <summary>
    /// The syntactic screen for <see cref="Judge"/>: whether a value written as <paramref name="value"/> could get any
    /// verdict at <paramref name="sink"/>. A URI or connection string whose only unknown parts are run-time values is
    /// judged on its text right away, as the resolver would see it.
    /// </summary>
    public static bool MayJudge(CredentialSink sink, ExpressionSyntax value, AnalyzerSettings settings) =>
        sink.Kind == SecretKind.KeyMaterial
            ? (KeyTextOf(value) is { } keyText && SyntacticValues.MayHoldWrittenText(keyText)) || IsWrittenPem(value) ||
              // DeriveKey(byte[] masterKey, ...) => new HMACSHA256(masterKey): the text its callers decode (the resolver reads them)
              (value is IdentifierNameSyntax keyParameter && SecretNames.IsQualifiedKeyName(keyParameter.Identifier.ValueText) &&
               SyntacticValues.Find(keyParameter, readCallers: false).Kind == DeclarationKind.Parameter)
            : SyntacticValues.MayHoldWrittenText(value) && MayJudgeHeldText(sink, value, settings);

    /// <summary>
    /// A PEM block written as the key's text (<c>X509Certificate2.CreateFromPem(cert, keyPem)</c>): a key with a body is
    /// IOT1003's by its shape wherever it is written; a block with no key in it is a template (IOT1006) here.
    /// </summary>
    private static bool IsWrittenPem(ExpressionSyntax value) =>
        SyntacticValues.WrittenText(value) is { } text && text.IndexOf("-----BEGIN", System.StringComparison.Ordinal) >= 0;

    /// <summary>
    /// What a key sink's value is judged on: the text a key's bytes are decoded from (<see cref="KeyTextOf(IOperation)"/>),
    /// or the value itself when the key is given as text (a PEM key's <c>keyPem</c>). Null for bytes.
    /// </summary>
    public static IOperation? KeyJudgedValue(IOperation value) =>
        KeyTextOf(value) ?? (StringValueResolver.Unwrap(value).Type?.SpecialType == SpecialType.System_String ? StringValueResolver.Unwrap(value) : null);

    /// <summary>
    /// <see cref="MayJudge"/> for a value of a sink other than a key's, once <see cref="SyntacticValues.MayHoldWrittenText(ExpressionSyntax)"/>
    /// has said it may hold written text (the caller asked already: the name lookup is the screen's cost).
    /// </summary>
    public static bool MayJudgeHeldText(CredentialSink sink, ExpressionSyntax value, AnalyzerSettings settings)
    {
        if (sink.Kind is not (SecretKind.Url or SecretKind.ConnectionString) || SyntacticValues.WrittenText(value) is not { } text)
        {
            return true;
        }

        // The answer is the text's alone (under one configuration): a URL or connection string template written at many
        // calls (a generated client's, a helper's copies) and asked again in every compilation an editor makes is read once.
        var isUrl = sink.Kind == SecretKind.Url;
        var known = HeldTextAnswers.GetValue(settings, _ => new LockedCache<(bool, string), bool>(maxEntries: 4096));
        return known.TryGetValue((isUrl, text), out var answer) ? answer : known.GetOrAdd((isUrl, text), MayJudgeText(isUrl, text, settings));
    }

    /// <summary>
    /// Whether text is written as a URL (a scheme and <c>://</c>): a URL sink reads it as one only. Text without one at a
    /// URL sink (<c>new Uri("HostName=...;Password=...")</c>, a mix-up) is read as a connection string too.
    /// </summary>
    private static bool IsUrlText(string text) => text.IndexOf("://", System.StringComparison.Ordinal) > 0;

    /// <summary><see cref="MayJudgeHeldText"/>'s answers per configuration, by the sink's kind (URL or connection string) and written text.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AnalyzerSettings, LockedCache<(bool IsUrl, string Text), bool>> HeldTextAnswers = new();

    /// <summary>Whether a URL's or connection string's written text (<see cref="SyntacticValues.Hole"/> for each run-time part) holds a value the judge could report.</summary>
    private static bool MayJudgeText(bool isUrl, string text, AnalyzerSettings settings)
    {
        if (text.IndexOf(SyntacticValues.Hole) < 0 && SecretText.Classify(text, settings.PlaceholderPatterns) == TextClass.Placeholder)
        {
            return true; // "<your device connection string>": a placeholder for the whole string (IOT1006)
        }

        // (a URL handed to a connection-string sink, or a connection string to a URL's, carries its password all the same)
        var pairs = isUrl
            ? (IsUrlText(text) ? ConnectionStrings.FindUrlPairs(text) : ConnectionStrings.FindUrlPairs(text).Concat(ConnectionStrings.FindPairs(text)))
            : ConnectionStrings.FindPairs(text).Concat(ConnectionStrings.FindUrlPairs(text));
        foreach (var pair in pairs)
        {
            if (pair.ValueStart < text.Length && text[pair.ValueStart] != SyntacticValues.Hole && ClassifyPairValue(pair.Value, settings) != CredentialVerdict.None)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A single word of letters ("OK", "expired", "READY", "BadUserName"): a status or protocol word when compared. Letters
    /// whose case changes at random ("ZIyukWBqRW": three or more pieces of one or two letters between the case changes) are
    /// a generated password's shape, not a word's.
    /// </summary>
    private static bool IsOneWord(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return text.Length < 8 || SecretText.ShortCasePieces(text) < 3;
    }

    /// <summary>
    /// The text a key is decoded from: the argument of <c>Convert.FromBase64String</c>/<c>FromHexString</c> or
    /// <c>GetBytes</c>, or the UTF-8 literal of <c>"..."u8.ToArray()</c>.
    /// </summary>
    public static ExpressionSyntax? KeyTextOf(ExpressionSyntax value) =>
        SyntacticValues.Strip(value) switch
        {
            InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } call when SyntaxNames.Rightmost(call.Expression) is "FromBase64String" or "FromHexString" or "GetBytes" =>
                call.ArgumentList.Arguments[0].Expression,
            InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToArray", Expression: var receiver } }
                when SyntacticValues.Strip(receiver) is LiteralExpressionSyntax utf8 && utf8.IsKind(SyntaxKind.Utf8StringLiteralExpression) => utf8,
            _ => null,
        };

    /// <summary>The operation a key is decoded from, as <see cref="KeyTextOf(ExpressionSyntax)"/>, or null.</summary>
    public static IOperation? KeyTextOf(IOperation value) =>
        StringValueResolver.Unwrap(value) switch
        {
            IInvocationOperation { Arguments.Length: 1 } call when call.TargetMethod.Name is "FromBase64String" or "FromHexString" or "GetBytes" => call.Arguments[0].Value,
            IInvocationOperation { Arguments.Length: 0, TargetMethod.Name: "ToArray", Instance: { } instance } when StringValueResolver.Unwrap(instance) is IUtf8StringOperation utf8 => utf8,
            _ => null,
        };

    /// <summary>
    /// Keys whose value is key material, not a password: IoT Hub, Service Bus and Storage keys, and the SAS token of a
    /// connection string (<c>SharedAccessSignature=sv=...&amp;sig=...</c>). A SAS signature in a URL's query
    /// (<c>?sv=...&amp;sig=...</c>) is not: a Storage SAS URL is a bearer credential written in a request URI, IOT1001 as
    /// the rule page lists it.
    /// </summary>
    public static bool IsKeyMaterialKey(string keyName) =>
        keyName.Equals("SharedAccessKey", System.StringComparison.OrdinalIgnoreCase) || keyName.Equals("AccountKey", System.StringComparison.OrdinalIgnoreCase) ||
        keyName.Equals("SharedSecretValue", System.StringComparison.OrdinalIgnoreCase) || keyName.Equals("SharedAccessSignature", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a pair's value is key material: under a key's name (<see cref="IsKeyMaterialKey"/>), or the <c>sig</c> of a
    /// SAS token in a connection string's <c>SharedAccessSignature=</c> slot (<paramref name="text"/> is the text the pair
    /// was found in; the slot's name is looked for in the <see cref="SasSlotReach"/> characters before the pair's value,
    /// so a text of many pairs costs linear time).
    /// </summary>
    public static bool IsKeyMaterialPair(ConnectionStringSecret pair, string text)
    {
        if (IsKeyMaterialKey(pair.KeyName))
        {
            return true;
        }

        if (!pair.KeyName.Equals("sig", System.StringComparison.OrdinalIgnoreCase) || pair.ValueStart <= 0 || pair.ValueStart > text.Length)
        {
            return false;
        }

        var count = System.Math.Min(pair.ValueStart, SasSlotReach);
        return text.LastIndexOf("SharedAccessSignature=", pair.ValueStart - 1, count, System.StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>How far before a <c>sig=</c> value its SAS token's slot name may be: a SAS token's other fields are short.</summary>
    private const int SasSlotReach = 1024;

    /// <summary>
    /// The verdict on a working key in a key's slot, by where its text is written (<paramref name="literalText"/>, the text
    /// of the literal or text part that holds it, and the symbol that holds that literal, if any): a literal that holds the
    /// whole <c>SharedAccessKey=...</c> is the token rule's (no verdict here); a key written in place (at the sink, or as a
    /// piece of a Format call or concatenation a local holds: <paramref name="scope"/> is then no bare literal) is
    /// <see cref="CredentialVerdict.KeyMaterial"/>; a bare key held in a named constant is <see cref="CredentialVerdict.HardcodedSecret"/>.
    /// </summary>
    public static CredentialVerdict KeyMaterialVerdict(string? literalText, ISymbol? holder, SyntaxNode? scope = null) =>
        literalText is not null && HoldsTokenShape(literalText) ? CredentialVerdict.None
        : holder is null || (scope is ExpressionSyntax written && !IsWholeInitializer(written)) ? CredentialVerdict.KeyMaterial
        : CredentialVerdict.HardcodedSecret;

    /// <summary>
    /// Whether a literal's text holds a token by its shape (<see cref="SecretTokens.FindTokens(string)"/>), answered once
    /// per text instance: a literal of many key pairs (a JSON table of connection strings) asks once per pair.
    /// </summary>
    private static bool HoldsTokenShape(string literalText) =>
        TokenShapes.GetValue(literalText, text => SecretTokens.FindTokens(text).Count > 0 ? HasToken : NoToken) == HasToken;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, object> TokenShapes = new();
    private static readonly object HasToken = new();
    private static readonly object NoToken = new();

    /// <summary>A literal that is a symbol's whole value (<c>const string SensorKey = "..."</c>, a helper's <c>return "...";</c>), not a piece written inside a composite.</summary>
    private static bool IsWholeInitializer(ExpressionSyntax written)
    {
        SyntaxNode node = written;
        while (node.Parent is ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        // (or what a helper returns: return "...";)
        return SyntacticValues.Strip(written) is LiteralExpressionSyntax && node.Parent is EqualsValueClauseSyntax or ArrowExpressionClauseSyntax or ReturnStatementSyntax;
    }

    /// <summary>The verdict on a connection-string or URI pair's value written in the code.</summary>
    public static CredentialVerdict ClassifyPairValue(string value, AnalyzerSettings settings) =>
        DefaultCredentialList.IsDefaultPassword(value) ? CredentialVerdict.DefaultPassword :
        SecretText.IsRedaction(value) ? CredentialVerdict.None : // token=REDACTED in a logged URL, "password":"hidden" or "set" in a status: no value, no template
        SecretText.Classify(value, settings.PlaceholderPatterns) switch
        {
            TextClass.Placeholder => CredentialVerdict.Placeholder,
            TextClass.Value => DefaultCredentialList.IsDefaultPassword(value) ? CredentialVerdict.DefaultPassword : CredentialVerdict.HardcodedSecret,
            _ => CredentialVerdict.None,
        };

    private static CredentialVerdict JudgePairs(ResolvedString value, IReadOnlyList<ConnectionStringSecret> pairs, AnalyzerSettings settings, out StringPart origin)
    {
        origin = default;
        foreach (var found in pairs)
        {
            var part = value.PartAt(found.ValueStart);
            if (part.Scope is null)
            {
                continue;
            }

            var pair = IsCutHeldValue(value, found) ? new ConnectionStringSecret(found.KeyName, found.ValueStart, part.Text!.Length, part.Text) : found;

            if (SecretTokens.FindTokens(pair.Value).Count > 0)
            {
                continue; // a token by its shape (a Google key in &key=, a JWT in access_token=): IOT1003's, where it is written
            }

            var verdict = ClassifyPairValue(pair.Value, settings);
            if (verdict == CredentialVerdict.HardcodedSecret && IsKeyMaterialPair(pair, value.Text ?? string.Empty))
            {
                verdict = KeyMaterialVerdict(part.Text, part.Holder, part.Scope);
            }

            // &appid={Secrets.WEATHER_API_KEY} with WEATHER_API_KEY = "WEATHER_API_KEY": a value that repeats its holder's
            // name is a template never filled in, as at any other sink.
            if (verdict is CredentialVerdict.HardcodedSecret or CredentialVerdict.None && RepeatsHoldersName(value, pair))
            {
                verdict = CredentialVerdict.Placeholder;
            }

            if (verdict != CredentialVerdict.None)
            {
                origin = part;
                return verdict;
            }
        }

        return CredentialVerdict.None;
    }

    /// <summary>
    /// Whether a pair's value is the start of a value held by a symbol that runs on past it (<c>&amp;apikey={Secrets.ApiKey}</c>
    /// with a '#' or a space in the key, where a parser ends the value): the symbol's whole text is the secret. A held text
    /// that carries pairs of its own ('=') is read as it is.
    /// </summary>
    private static bool IsCutHeldValue(ResolvedString value, ConnectionStringSecret pair) =>
        value.Text is { } text && value.PartAt(pair.ValueStart, out var start) is { Holder: not null, Text: { } held } &&
        start == pair.ValueStart && held.Length > pair.ValueLength && held.IndexOf('=') < 0 &&
        string.CompareOrdinal(text, pair.ValueStart, held, 0, pair.ValueLength) == 0;

    /// <summary>Whether a pair's whole value is read from a constant or field whose name it repeats (<c>WEATHER_API_KEY = "WEATHER_API_KEY"</c>).</summary>
    private static bool RepeatsHoldersName(ResolvedString value, ConnectionStringSecret pair) =>
        value.PartAt(pair.ValueStart) is { Holder: { } holder, Scope: not null } part && pair.Value == part.Text && RepeatsName(pair.Value, holder.Name);

    /// <summary>
    /// Whether <paramref name="text"/> spells the name of a symbol <paramref name="value"/> reads (the judged part's holder,
    /// the value's, or any part's): a login's password that repeats the constant it is read from.
    /// </summary>
    private static bool RepeatsAHoldersName(string text, ResolvedString value, StringPart origin)
    {
        if (RepeatsName(text, (origin.Holder ?? value.Via)?.Name))
        {
            return true;
        }

        foreach (var part in value.Parts)
        {
            if (part.Holder is { } holder && RepeatsName(text, holder.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a value spells <paramref name="name"/> again, whatever its case and separators (<c>HUB_TOKEN</c> for <c>HubToken</c>).</summary>
    private static bool RepeatsName(string text, string? name) => SecretNames.SpellsName(text, name);

    /// <summary>
    /// The name a written value is assigned to where it is written (<c>_password = "..."</c>, <c>this.password = "..."</c>,
    /// <c>Gate.s_password = "..."</c>, a default <c>_password ??= "..."</c>), also as one choice of what is assigned (an arm
    /// of <c>bench ? "..." : File.ReadAllText(...)</c> or of a <c>switch</c> expression, the fallback of <c>??</c>, through a
    /// cast or <c>!</c>): the
    /// holder its text may repeat; null for any other place.
    /// </summary>
    private static string? AssignedTo(SyntaxNode? written)
    {
        var value = written;
        while (value?.Parent is { } parent &&
               (parent is ParenthesizedExpressionSyntax or SwitchExpressionArmSyntax or CastExpressionSyntax ||
                parent is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } ||
                (parent is ConditionalExpressionSyntax conditional && value != conditional.Condition) ||
                (parent is SwitchExpressionSyntax choice && value != choice.GoverningExpression) ||
                (parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } coalesce && value == coalesce.Right)))
        {
            value = parent;
        }

        return value?.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression or (int)SyntaxKind.CoalesceAssignmentExpression } assignment &&
               assignment.Right == value
            ? SyntaxNames.Rightmost(assignment.Left)
            : null;
    }

    private static StringPart FirstWritten(ResolvedString value)
    {
        foreach (var part in value.Parts)
        {
            if (!string.IsNullOrEmpty(part.Text) && part.Scope is not null)
            {
                return part;
            }
        }

        return default;
    }

    /// <summary>
    /// An anonymous login (<c>new NetworkCredential("anonymous", "scanner@office.example")</c>): by FTP's convention the
    /// password is an e-mail address given as courtesy, not a secret (the caller checks the password has that shape: an
    /// "anonymous" user with a working password is a login like any other).
    /// </summary>
    private static bool IsAnonymousLogin(SinkArgument argument)
    {
        foreach (var sibling in argument.Siblings)
        {
            if (sibling.Parameter?.Name is { } name && name.IndexOf("user", System.StringComparison.OrdinalIgnoreCase) >= 0 &&
                StringValueResolver.Unwrap(sibling.Value).ConstantValue is { HasValue: true, Value: string user } &&
                user.Trim().ToLowerInvariant() is "anonymous" or "ftp")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAuthenticationHeaderCall(SinkArgument argument, System.Func<IOperation, string?> textOf)
    {
        foreach (var sibling in argument.Siblings)
        {
            if (sibling.Parameter?.Name is { } siblingName && SinkSlot.IsHeaderNameParameter(siblingName))
            {
                // HttpRequestHeader.Authorization: the header named by the enum
                if (StringValueResolver.Unwrap(sibling.Value) is IFieldReferenceOperation { Field: { ContainingType.TypeKind: TypeKind.Enum } member } &&
                    member.ContainingType.Name == "HttpRequestHeader")
                {
                    return member.Name is "Authorization" or "ProxyAuthorization";
                }

                // "X-Api-Key" written in place, or held where the team keeps its options (options.ApiKeyHeader)
                var name = StringValueResolver.Unwrap(sibling.Value).ConstantValue is { HasValue: true, Value: string constant } ? constant : textOf(sibling.Value);
                return AuthenticationHeaders.IsAuthenticationHeader(name);
            }
        }

        return false;
    }

    /// <summary><c>"Basic:user password"</c> to <c>password</c>; <c>"ApiKey:key"</c> to <c>key</c>; otherwise null.</summary>
    private static string? CredentialOfAuthenticationSpec(string spec)
    {
        var colon = spec.IndexOf(':');
        if (colon < 0)
        {
            return null;
        }

        var method = spec.Substring(0, colon).Trim();
        var rest = spec.Substring(colon + 1);
        if (method.Equals("Basic", System.StringComparison.OrdinalIgnoreCase))
        {
            var space = rest.IndexOf(' ');
            return space < 0 ? null : rest.Substring(space + 1);
        }

        return method.Equals("ApiKey", System.StringComparison.OrdinalIgnoreCase) ? rest : null;
    }
}

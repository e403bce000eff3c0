using System;
using System.Collections.Generic;
using System.Linq;

namespace IoTSecure.Detection;

/// <summary>
/// Name heuristics for symbols and configuration keys that hold secrets (<c>WifiPassword</c>, <c>mqtt_pwd</c>,
/// <c>ApiKey</c>, <c>SasToken</c>, misspellings such as <c>passowrd</c>), and the words that make such a name a
/// label, key name, hash or policy instead (<c>PasswordHash</c>, <c>PasswordPrompt</c>, <c>ApiKeyHeaderName</c>).
/// </summary>
internal sealed class SecretNames
{
    private static readonly HashSet<string> SecretWords = new(StringComparer.Ordinal)
    {
        "password", "passwords", "passwd", "passwrd", "passwort", "passowrd", "pasword", "paswd", "pswd", "pwd", "passw",
        "passphrase", "passcode", "pincode", "secret", "secrets", "token", "psk", "sas", "credential", "credentials", "apikey", "privatekey",
    };

    private static readonly string[] SecretCompounds =
    {
        "apikey", "privatekey", "accesskey", "sharedaccesskey", "saskey", "sastoken", "wifikey", "wpakey", "clientsecret",
        "authkey", "devicekey", "primarykey", "secondarykey", "appkey", "signingkey", "hmackey", "encryptionkey", "masterkey",
        "secretkey", "symmetrickey", "subscriptionkey",
        // an access point's or wireless LAN's WPA key (apKey, wlanKey, hotspotKey): its passphrase
        "apkey", "wlankey", "hotspotkey",
        // a Wi-Fi or TLS-PSK pre-shared key written out (Wifi:PreSharedKey, pre_shared_key): a psk
        "presharedkey",
    };

    private static readonly HashSet<string> NonSecretWords = new(StringComparer.Ordinal)
    {
        "hash", "hashed", "salt", "digest", "prompt", "label", "caption", "title", "message", "msg", "hint", "placeholder",
        "hashing", "kdf", "char", "chars", "selector", "element", "verifier", "layout", "blocklist", "wordlist", "denylist",
        "forbidden", "banned", "blocked", "breached",
        "regex", "pattern", "format", "field", "name", "names", "id", "uuid", "guid", "characteristic", "topic", "template",
        "env", "variable", "section", "column", "header", "url", "uri", "endpoint", "path", "file", "length", "len", "min",
        "max", "policy", "type", "kind", "mode", "count", "expiry", "expires", "expiration", "lifetime", "timeout", "provider",
        "validator", "required", "enabled", "attempts", "prefix", "suffix", "scheme", "separator", "delimiter", "cancellation",
        "description", "error", "text", "tooltip", "question", "reset", "changed", "input", "box", "option", "options", "rule",
        "rules", "strength", "validation", "property", "parameter", "param", "query", "claim", "audience", "issuer", "store",
        "location", "dir", "directory", "folder", "handler", "callback", "event", "args", "source", "cache", "key",
        "identity", "use", "ttl", "duration", "chars", "characters", "symbols", "alphabet", "charset", "generator",
        "days", "hours", "minutes", "seconds", "ms", "interval", "period", "algorithm", "alg", "scope", "scopes", "authority",
        "cipher", "ciphers", "suite", "suites", "region", "status", "state", "states",
        "arn", "version", "encoding", "complexity", "host", "hostname", "timestamp", "time", "date", "mask", "dip", "cron", "schedule", "rotation",
        "info", "command", "cmd", "entity", "attribute", "route", "routes", "model",
        "ref", "refs", "reference", "references", "pointer", "locator", "help", "usage", "instructions", "readme",
        // a vault's resource name (PasswordVault.Retrieve(CredentialResource, user)): where the secret is kept, not the secret
        "resource",
        // how a secret is shown or what a login may do (PasswordDisplay, LoginRoles): a mask or a role name, not the secret
        "display", "role", "roles",
    };

    /// <summary>Tokens that are identifiers, not credentials: idempotency, pagination, correlation and push addresses.</summary>
    private static readonly string[] NonSecretTokenCompounds =
    {
        "clienttoken", "idempotencytoken", "continuationtoken", "nexttoken", "pagetoken", "paginationtoken",
        "pushtoken", "requesttoken", "correlationtoken", "etag", "cancellationtoken", "profiletoken", "mediatoken",
        // a CoAP message token matches a response to its request (RFC 7252 5.3.1), an MQTT-SN message id's twin
        "messagetoken", "coaptoken",
    };

    /// <summary>
    /// Whether a name ends in a token that identifies rather than authenticates: idempotency, pagination, correlation,
    /// push, media and CoAP message tokens (<c>continuationToken</c>, <c>messageToken</c>).
    /// </summary>
    public static bool IsIdentifierToken(string? name) =>
        name is { Length: > 0 } && SplitWords(name) is var words && EndsInIdentifierToken(words, string.Concat(words));

    /// <summary>
    /// A name ending in an identifying token (<see cref="NonSecretTokenCompounds"/>), or a push service's token, its last
    /// words a push service's and then <c>token</c>, with <c>device</c> or <c>registration</c> between them or not
    /// (<c>PushDeviceToken</c>, <c>ApnsToken</c>, <c>FcmRegistrationToken</c>): a phone's address for notifications, where
    /// a bare device token is an IoT platform's device credential and <c>PushWebhookToken</c> a webhook's secret.
    /// </summary>
    private static bool EndsInIdentifierToken(IReadOnlyList<string> words, string joined)
    {
        if (NonSecretTokenCompounds.Any(c => joined.EndsWith(c, StringComparison.Ordinal)))
        {
            return true;
        }

        // [push | apns | fcm | gcm | notification] [device | registration]? token: PushWebhookToken is a webhook's secret
        var at = words.Count - 2;
        if (at < 0 || words[words.Count - 1] is not ("token" or "tokens"))
        {
            return false;
        }

        if (words[at] is "device" or "registration")
        {
            at--;
        }

        return at >= 0 && words[at] is "push" or "apns" or "fcm" or "gcm" or "notification" or "notifications";
    }

    /// <summary>Credential compounds a library names its members by (besides password words): an access token, an API key.</summary>
    private static readonly string[] CredentialMemberCompounds =
    {
        "accesstoken", "authtoken", "bearertoken", "sastoken", "apitoken", "refreshtoken", "sessiontoken", "securitytoken", "idtoken",
        "clientsecret", "sharedsecret", "appsecret", "apisecret", "secretkey", "secretaccesskey", "psk", "passphrase",
        // whose secret it is, when that is a party that authenticates with it (not a Kubernetes TLS or pull secret's name)
        "devicesecret", "consumersecret", "webhooksecret", "accountsecret", "usersecret", "hubsecret", "gatewaysecret", "brokersecret",
        "productsecret", "authsecret", "signingsecret", "tokensecret", "jwtsecret",
    };

    private readonly string[] _extraNames;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _cache = new(StringComparer.Ordinal);

    public SecretNames(IEnumerable<string>? extraNames = null) =>
        _extraNames = (extraNames ?? Array.Empty<string>()).Select(Normalize).Where(n => n.Length > 0).ToArray();

    public static SecretNames Default { get; } = new();

    /// <summary>True when the vocabulary holds no names of a team's own (its answers are the default vocabulary's).</summary>
    public bool IsDefault => _extraNames.Length == 0;

    /// <summary>True when <paramref name="name"/> names a secret value (and not a label, key name, hash or policy). Cached per name.</summary>
    public bool IsSecretName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        if (_cache.TryGetValue(name!, out var known))
        {
            return known;
        }

        if (_cache.Count > MaxCachedNames)
        {
            _cache.Clear(); // a long-lived IDE process sees every identifier ever typed; keep the cache bounded
        }

        return _cache.GetOrAdd(name!, Compute);
    }

    private const int MaxCachedNames = 200_000;

    private bool Compute(string name)
    {
        var words = SplitWords(name);
        if (words.Count == 0)
        {
            return false;
        }

        // A value that is one thing or another (MQTTnet test client's CertificateKeyFileNameOrPassword): a written value may
        // be the alternative after "or", which ends the name, so the name is a secret's when that one is and the name ends in
        // a secret's word (PasswordOrPinLabel is a label, PasswordOrTokenHeaderName a header's name, ErrorOrPasswordExpiredCode a code);
        for (var i = words.Count - 2; i > 0; i--)
        {
            if (words[i] == "or" && words[words.Count - 1] is "password" or "passphrase" or "passwd" or "pwd" or "secret" or "token" or "key" or "psk" &&
                Compute(string.Concat(words.Skip(i + 1).Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)))))
            {
                return true;
            }

            // ... or the alternative before "or" when the other is a key file's name or path (SftpPasswordOrKeyFileName,
            // PassphraseOrKeyPath): a credential given either way, the text written being the password.
            if (words[i] == "or" && (words[words.Count - 1] is "file" or "path" || (words[words.Count - 1] == "name" && words[words.Count - 2] == "file")) &&
                words.Skip(i + 1).Contains("key") && Compute(string.Concat(words.Take(i).Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)))))
            {
                return true;
            }
        }

        var joined = string.Concat(words);
        // "pass" names a password as the last word (pass, wifiPass, mqtt_pass), not as the first of others (PassThrough).
        var secret = words.Any(SecretWords.Contains) || SecretCompounds.Any(c => IsWordRun(words, c) || IsWordRun(words, c + "s")) || _extraNames.Any(n => joined.Contains(n)) ||
                     EndsWithPasswordPass(words);
        if (!secret || EndsInIdentifierToken(words, joined))
        {
            return false;
        }

        // The last word says what the symbol is: "PasswordHash" is a hash, "ApiKeyHeaderName" a name, "WifiPasswordKey" a
        // configuration key; "DeviceKey" or "PrimaryKey" stay secrets because the whole compound is a secret term.
        var last = words[words.Count - 1];
        if (last == "key")
        {
            return SecretCompounds.Any(c => joined.EndsWith(c, StringComparison.Ordinal)) || _extraNames.Any(n => joined.EndsWith(n, StringComparison.Ordinal));
        }

        return !SaysNotSecret(words, w => SecretWords.Contains(w) || PasswordWords.Contains(w) || w == "pass");
    }

    /// <summary>
    /// Nouns that say what a symbol is when they are its head (<c>passwordBox</c>, <c>PasswordStore</c>, <c>ApiKeyFile</c>)
    /// but only whose secret it is when they come before the secret word (<c>boxApPassword</c>, <c>storePassword</c>,
    /// <c>cachePassword</c>, <c>hostPassword</c>): English compounds put the head last.
    /// </summary>
    private static readonly HashSet<string> OwnerNouns = new(StringComparer.Ordinal)
    {
        "box", "store", "file", "host", "hostname", "cache", "source", "entity", "identity", "location", "dir", "directory", "folder",
        "endpoint", "region", "section",
        // whose server or service it is: SmsProviderPassword, TimeServerPassword, StateStorePassword, OneTimePassword
        "provider", "time", "state", "authority", "issuer",
        // what it unlocks: SmsCommandPassword, CommandPassword (PasswordCommand stays a command's name)
        "command",
        // whose secret it is: ResourceOwnerPassword (OAuth's password grant)
        "resource",
        // whose service it is: ModelServicePassword, ModelDownloadToken (PasswordModel, a PIN pad's model, stays no secret)
        "model",
        // whose secret it is: DisplayPassword (a panel's), ServiceRolePassword (PasswordDisplay stays how it is shown)
        "display", "role",
    };

    /// <summary>
    /// Whether the word at <paramref name="at"/> qualifies a device named between it and the secret word
    /// (<c>LabelPrinterPassword</c>: a label printer's password; <c>FormatTerminalPin</c>): then it says what the device is,
    /// not what the symbol holds.
    /// </summary>
    private static bool IsDeviceModifier(IReadOnlyList<string> words, int at, int firstSecret)
    {
        for (var i = at + 1; i < firstSecret; i++)
        {
            if (DeviceNouns.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Devices whose password or PIN device code holds (a label printer, a ticket terminal, a door controller).</summary>
    private static readonly HashSet<string> DeviceNouns = new(StringComparer.Ordinal)
    {
        "printer", "camera", "router", "modem", "hmi", "plc", "scanner", "scale", "terminal", "gateway", "controller", "panel",
        "server", "reader", "display", "sensor", "recorder", "nvr", "dvr", "switch", "hub", "bridge", "kiosk", "changer", "dispenser",
        "screen", "monitor", "console", "tablet", "phone", "handset", "meter", "charger", "inverter", "thermostat", "doorbell", "intercom",
        // what a code opens, whose contents its modifiers name (KeySafeCode, KeyBoxPin, ToolLockerCode)
        "safe", "vault", "lockbox", "padlock", "locker", "box", "strongbox", "cabinet",
    };

    /// <summary>Hash functions named after a secret's word: the name holds the secret's hash, not the secret.</summary>
    private static readonly HashSet<string> HashAlgorithmWords = new(StringComparer.Ordinal)
    {
        "md4", "md5", "sha", "sha1", "sha224", "sha256", "sha384", "sha512", "crc", "crc32", "bcrypt", "scrypt", "argon2", "argon2id", "pbkdf2",
        "ntlm",
    };

    /// <summary>
    /// Authentication schemes named before the secret they use (<c>digestPassword</c>: the password of HTTP Digest
    /// authentication, RFC 7616); after it the word is what was made of the secret (<c>passwordDigest</c>: a hash).
    /// </summary>
    private static readonly HashSet<string> SchemeWords = new(StringComparer.Ordinal) { "digest" };

    /// <summary>
    /// Whether a word of <paramref name="words"/> says the symbol is not the secret itself (<c>PinCount</c>,
    /// <c>PasswordLength</c>, <c>PasswordHash</c>). An owner noun before the first secret word (<paramref name="isSecretWord"/>)
    /// names whose secret it is and does not count.
    /// </summary>
    private static bool SaysNotSecret(IReadOnlyList<string> words, Func<string, bool> isSecretWord)
    {
        var firstSecret = -1;
        for (var i = 0; i < words.Count && firstSecret < 0; i++)
        {
            if (isSecretWord(words[i]))
            {
                firstSecret = i;
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            // (a reset before a password's word says what the password is for: SmsResetPassword, FactoryResetPin; after it,
            // PasswordReset is the act; a ResetToken is a command's word as often as a secret)
            if (NonSecretWords.Contains(words[i]) && !(i < firstSecret && (OwnerNouns.Contains(words[i]) || SchemeWords.Contains(words[i]) || IsDeviceModifier(words, i, firstSecret) ||
                                                                          (words[i] == "reset" && (PasswordWords.Contains(words[firstSecret]) || words[firstSecret] is "pin" or "passcode")) ||
                                                                          // a salt kept secret (Salt_Secret, SaltSecret: a pepper, DPAPI's entropy) is a secret;
                                                                          // PasswordSalt, SecretSalt are salts
                                                                          (words[i] == "salt" && words[firstSecret] == "secret" && firstSecret == words.Count - 1))))
            {
                return true;
            }

            if (firstSecret >= 0 && i > firstSecret && HashAlgorithmWords.Contains(words[i]))
            {
                return true; // PasswordSha256, AdminPasswordMd5: what was made of the secret (HmacSha256Key names the key's use)
            }

            if (firstSecret >= 0 && i > firstSecret && words[i] is "append" or "appended")
            {
                return true; // passwordAppendPortion: what is appended to a password, a suffix (an AppendOnlyLogPassword is one)
            }
        }

        return false;
    }

    /// <summary>
    /// Whether one word of a name (as <see cref="SplitWords"/> gives it) spells "password" as device code does: password,
    /// passwd, pwd, pswd and the common misspellings (not passcode, passphrase or PIN, which are their own words).
    /// </summary>
    public static bool IsPasswordSpelling(string word) => PasswordWords.Contains(word) && word is not ("passphrase" or "passcode" or "pincode" or "pin" or "pins" or "passwords");

    private static readonly HashSet<string> PasswordWords = new(StringComparer.Ordinal)
    {
        "password", "passwords", "passwd", "passwrd", "passwort", "passowrd", "pasword", "paswd", "pswd", "pwd", "passw",
        "passphrase", "passcode", "pincode", "pin", "pins",
    };

    /// <summary>
    /// True when <paramref name="name"/> names a password, passphrase, passcode or PIN (something a person or a device
    /// presents to log in), as opposed to a token, session identifier, nonce or key. A password made from public data
    /// or System.Random is IOT1005's finding; a token or key made by System.Random is IOT3005's.
    /// </summary>
    public static bool IsPasswordName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        // Asked for every declared name of a compilation: answered once per name.
        if (PasswordNameCache.TryGetValue(name!, out var known))
        {
            return known;
        }

        if (PasswordNameCache.Count > 16384)
        {
            PasswordNameCache.Clear();
        }

        // A pairing code, pairing key, WPS PIN or passkey is presented to join, like a password.
        var words = SplitWords(name!);
        var result = (words.Any(PasswordWords.Contains) || words.Contains("wps") || words.Contains("passkey") ||
                      (words.Contains("pairing") && (words.Contains("code") || words.Contains("key"))) || IsAccessCode(words)) &&
                     !SaysNotSecret(words, w => PasswordWords.Contains(w) || w is "wps" or "passkey" or "pairing" or "code"); // PinCount, PasswordLength, PinMode
        PasswordNameCache[name!] = result;
        return result;
    }

    /// <summary>
    /// An SNMP v1/v2c community's name (<c>community</c>, <c>readCommunity</c>, <c>communityString</c>): the agent's
    /// password (RFC 1157), which a helper passes on to <c>OctetString</c> and the catalogued SNMP calls.
    /// </summary>
    public static bool IsCommunityName(string? name) =>
        name is not null && name.IndexOf("ommunit", StringComparison.OrdinalIgnoreCase) >= 0 &&
        SplitWords(name) is { Count: > 0 } words &&
        (words[words.Count - 1] == "community" || (words.Count > 1 && words[words.Count - 2] == "community" && words[words.Count - 1] is "string" or "name"));

    /// <summary>
    /// A key held as encoded text, by its name: a key's name followed by its encoding (<c>AppSessionKeyHex</c>,
    /// <c>NetworkKeyBase64</c>, <c>aes_key_b64</c>).
    /// </summary>
    public static bool IsEncodedKeyName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        var words = SplitWords(name!);
        return words.Count >= 2 && words[words.Count - 1] is "hex" or "base64" or "b64" && IsKeyBytesName(string.Join("_", words.Take(words.Count - 1)));
    }

    /// <summary>Words before "Key" that make a byte sequence's name a lookup or public value, not a secret key.</summary>
    private static readonly HashSet<string> NonSecretKeyQualifiers = new(StringComparer.Ordinal)
    {
        "public", "lookup", "dictionary", "cache", "partition", "sort", "row", "foreign", "hash", "map", "table", "index", "sequence",
        "pub", "peer", "remote", "wrapped", "encrypted", "verification", "verify", "record", "entry", "item",
    };

    /// <summary>
    /// True when a byte sequence's name says it is a key (<c>FrameObfuscationKey</c>, <c>NetworkKey</c>, <c>NwkSKey</c>,
    /// <c>AesKeys</c>) or names a secret: bytes written under such a name are key material. A <c>PublicKey</c> or a
    /// <c>LookupKey</c> is not; neither is a name that says the key is a test vector (judged by the caller).
    /// </summary>
    public static bool IsKeyBytesName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        var words = SplitWords(name!);
        if (words.Count == 0)
        {
            return false;
        }

        var last = words[words.Count - 1];
        if (last is "key" or "keys")
        {
            return words.Count == 1 || !NonSecretKeyQualifiers.Contains(words[words.Count - 2]);
        }

        return Default.IsSecretName(name);
    }

    /// <summary>
    /// True when a name says which key it is (<c>enrollmentKey</c>, <c>groupKey</c>, <c>networkKey</c>, <c>aes_key</c>): a
    /// qualified key, not a bare <c>key</c> (a lookup's, a record's, a key press) and not a public, lookup or cache key
    /// (<see cref="IsKeyBytesName"/>). A helper's parameter so named is followed to the values its callers pass.
    /// </summary>
    public static bool IsQualifiedKeyName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        var words = SplitWords(name!);
        return words.Count >= 2 && words[words.Count - 1] is "key" or "keys" && IsKeyBytesName(name);
    }

    /// <summary>Words before "code" that say what it counts or names, not what it opens.</summary>
    private static readonly HashSet<string> NonAccessCodeQualifiers = new(StringComparer.Ordinal)
    {
        "status", "error", "err", "country", "area", "zip", "post", "postal", "product", "color", "colour", "key", "scan", "op", "exit",
        "return", "reason", "response", "result", "http", "language", "lang", "currency", "mcc", "mnc", "function", "qr", "bar", "region",
        "fault", "event", "dtc", "trouble", "sku", "item", "article", "part", "model", "vendor", "manufacturer", "hash", "check", "crc",
        "channel", "frequency", "band", "class", "type", "category", "unit", "format", "font", "char", "character", "ascii", "unicode",
        "locale", "culture", "time", "zone", "tariff", "rate", "grade", "batch", "lot", "station", "site", "location", "plant",
        // what a network, a label or a package is identified by (PLMN codes, SMS short codes, date and EAN codes on labels)
        "operator", "network", "plmn", "imsi", "cell", "tac", "lac", "carrier", "provider", "short", "sender", "date", "julian", "day",
        "week", "month", "year", "ean", "upc", "gtin", "label", "trace", "traceability", "revision", "rev", "version", "build", "release",
        "serial", "firmware", "production", "expiry", "shelf", "brand", "customer", "account", "reference", "ref", "tracking", "order",
        // what a device reports
        "alert", "warning", "warn", "notice", "notification", "diagnostic", "diag", "info",
    };

    /// <summary>
    /// Settings a camera or a link is given: right before "code" they name the setting's code (a camera's
    /// <c>ShutterSpeedCode</c> is its exposure, not a roller shutter's code); elsewhere they qualify what a code opens (a
    /// <c>SpeedGateCode</c> opens a speed gate, a <c>FocusRoomDoorCode</c> a focus room's door).
    /// </summary>
    private static readonly HashSet<string> SettingWords = new(StringComparer.Ordinal)
    {
        "speed", "exposure", "aperture", "focus", "zoom", "iso", "gain", "baud",
    };

    /// <summary>
    /// True when a name may hold a PIN or access code once the code shows it is one (checked against entered text, or
    /// derived from a serial number or the clock): it ends in pin, pincode, passcode or code (<c>ProjectionistPin</c>,
    /// <c>AttendantCode</c>, <c>rewashCode</c>), has two words or more, and names no counted or hardware code
    /// (<c>StatusCode</c>, <c>CountryCode</c>, <c>BarCode</c>, <c>LedPin</c>). Weaker than <see cref="IsPasswordName"/>: the
    /// caller needs such evidence.
    /// </summary>
    public static bool MayNameAccessCode(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        var words = SplitWords(name!);
        if (words.Count < 2)
        {
            return false; // Pin, Code: the other side's name says nothing either
        }

        var last = words[words.Count - 1];
        // The qualifiers speak of codes: OperatorPin and ServicePasscode stay what their last word says.
        // A word that says what the code opens (OperatorOverrideCode, NetworkUnlockCode) outweighs one that says what a code
        // may identify (an operator's, a network's).
        // A report word right before the code names a report whatever comes before it (DisarmEventCode, LoginErrorCode).
        return last is "pin" or "pincode" or "passcode" or "code" && !(last == "code" && IsReportedCode(words)) &&
               !(last == "code" && !words.Any(OpeningActions.Contains) && (words.Any(ReportWords.Contains) || QualifierWords(words).Any(w => NonAccessCodeQualifiers.Contains(w) && !(ActorQualifiers.Contains(w) && SaysWhatItOpens(words))))) &&
               !(last == "pin" && words[words.Count - 2] is "gpio" or "led" or "data" or "clock" or "reset" or "chip" or "select" or "power" or "enable" or "interrupt" or "irq" or "analog" or "digital" or "pwm" or "relay" or "button" or "sensor" or "output" or "input");
    }

    /// <summary>Words that say a code opens something: an override, an unlock, a disarm, a login.</summary>
    private static readonly HashSet<string> OpeningWords = new(StringComparer.Ordinal)
    {
        "override", "unlock", "master", "installer", "maintenance", "supervisor", "technician", "engineer", "duress", "disarm", "parental",
        "login", "logon",
        // a safe, vault or lockbox's code opens it (KeySafeCode: "key" there names what the safe holds)
        "safe", "vault", "lockbox", "keysafe", "strongbox",
    };

    /// <summary>
    /// Qualifiers that say whose or where a code is (an operator's, a site's), not what kind of code: beside a word that
    /// says what it opens (OperatorOverrideCode) they no longer make it a network's or a place's identifier.
    /// </summary>
    private static readonly HashSet<string> ActorQualifiers = new(StringComparer.Ordinal)
    {
        "operator", "station", "site", "location", "plant",
    };

    private static readonly HashSet<string> PinQualifiers = new(StringComparer.Ordinal)
    {
        "sim", "wps", "keypad", "guest", "unlock", "door", "lock", "admin", "default", "factory", "static", "user", "master", "service", "puk", "bluetooth", "ble",
        "entered", "typed", "received", "expected", "access", "alarm", "safe", "card", "parental", "child", "duress", "maintenance", "installer",
        "engineer", "technician", "supervisor", "operator", "vacation", "override", "panic", "arm", "disarm", "unlock", "setup", "pairing",
        "phone", "handset", "voicemail", "sat",
        // what a PIN opens: a cash vault, a key safe or lockbox; what carries it: a wristband, a badge
        "vault", "lockbox", "wristband", "badge",
    };

    private static readonly string[] PresentedKeyCompounds = { "authorizationkey", "authkey" };

    private static readonly string[] WifiKeyCompounds = { "wifikey", "wpakey", "psk", "passphrase", "networkkey", "wlankey", "apkey", "hotspotkey", "presharedkey" };

    /// <summary>
    /// True when a method or property's name says it returns a password-like value (IOT1005 judges what it returns): a
    /// password, PIN (qualified, as <see cref="IsUnambiguousPasswordName"/>), passcode, passkey, pairing code or Wi-Fi key; not
    /// a token or a lookup key (<c>ClientToken()</c>, <c>DeviceKey(id)</c>).
    /// </summary>
    public static bool IsPasswordMemberName(string? name)
    {
        if (IsUnambiguousPasswordName(name))
        {
            return true;
        }

        // A key a device presents like a password: a Wi-Fi key, an OCPP AuthorizationKey (HTTP Basic's password), an auth key.
        var joined = Normalize(name ?? string.Empty);
        return (WifiKeyCompounds.Any(c => joined.EndsWith(c, StringComparison.Ordinal)) && Default.IsSecretName(name)) ||
               PresentedKeyCompounds.Any(c => joined.EndsWith(c, StringComparison.Ordinal));
    }

    /// <summary>
    /// True when a library member's name says it takes a credential: a password, passphrase, passcode or PIN word (a bare
    /// <c>pin</c> only beside a word that says which credential, as <see cref="IsUnambiguousPasswordName"/>), or a credential
    /// compound (<c>AccessToken</c>, <c>ClientSecret</c>, <c>ApiKey</c>, <c>SecretAccessKey</c>). A library's bare
    /// <c>Token</c> or <c>Secret...</c> member names identifiers as often as credentials (<c>ClientToken</c>,
    /// <c>DeviceToken</c>, <c>SecretArn</c>, <c>SecretVersion</c>), so those are not sinks by name.
    /// </summary>
    public bool IsCredentialMemberName(string? name)
    {
        if (string.IsNullOrEmpty(name) || !IsSecretName(name) && !IsPasswordName(name))
        {
            return false;
        }

        if (IsUnambiguousPasswordName(name))
        {
            return true;
        }

        var words = SplitWords(name!);
        var joined = string.Concat(words);
        return words.Any(w => w != "pin" && w != "pins" && PasswordWords.Contains(w)) ||
               CredentialMemberCompounds.Any(c => joined.EndsWith(c, StringComparison.Ordinal)) ||
               SecretCompounds.Any(c => joined.EndsWith(c, StringComparison.Ordinal)) ||
               _extraNames.Any(n => joined.EndsWith(n, StringComparison.Ordinal));
    }

    /// <summary>
    /// True when a name says it holds a password, PIN, passcode or passkey in a way device code cannot mean otherwise
    /// (<c>StaticPasskey</c>, <c>WpsPin</c>, <c>KeypadPin</c>, <c>PairingCode</c>, <c>AdminPassword</c>). A bare <c>pin</c>
    /// is a GPIO pin in device code (<c>LedPin</c>, <c>pinNumber</c>, <c>AllPinsHigh</c>), so it counts only beside a word
    /// that says which credential it is. Used for numbers, comparisons, keys and defaults held under PIN-like names.
    /// </summary>
    public static bool IsUnambiguousPasswordName(string? name)
    {
        if (!IsPasswordName(name))
        {
            return false;
        }

        if (UnambiguousNameCache.TryGetValue(name!, out var known))
        {
            return known;
        }

        if (UnambiguousNameCache.Count > 16384)
        {
            UnambiguousNameCache.Clear();
        }

        var words = SplitWords(name!);
        var result = words.Any(w => w != "pin" && w != "pins" && PasswordWords.Contains(w)) || words.Contains("passkey") || words.Contains("pairing") ||
                     words.Any(PinQualifiers.Contains) || IsAccessCode(words);
        UnambiguousNameCache[name!] = result;
        return result;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> UnambiguousNameCache = new(StringComparer.Ordinal);

    /// <summary>Whether a name holds a password word itself (password, passcode, PIN, passkey), not only an access code's words.</summary>
    public static bool HasPasswordWord(string? name) =>
        !string.IsNullOrEmpty(name) && SplitWords(name!) is var words && (words.Any(PasswordWords.Contains) || words.Contains("passkey") || words.Contains("wps"));

    private static readonly HashSet<string> AccessCodeQualifiers = new(StringComparer.Ordinal)
    {
        "provisioning", "pairing", "setup", "activation", "verification", "access", "unlock", "reset", "recovery", "confirmation", "login",
        "enrollment", "enrolment", "guest", "door", "install", "installer", "entry", "keypad", "gate", "lock", "alarm", "otp", "onetime",
        "safe", "vault", "lockbox", "padlock", "locker", "keybox", "keysafe", "strongbox", "combination",
        "auth", "authentication", "authorization", "authorisation", "pickup", "collection",
        // what a code opens on a site: a garage door, a car park's barrier or bollard, a turnstile, a roof hatch, a shutter
        "garage", "barrier", "bollard", "turnstile", "hatch", "shutter",
        // a hotspot's or a campsite's printed voucher grants access to the network or the gate
        "voucher",
        // what an alarm panel's or a lock's code does when typed (DisarmCode, DuressCode, OverrideCode); not "master", which
        // names a bus master as often (ModbusMasterCode, MasterTroubleCode)
        "disarm", "duress", "override",
    };

    /// <summary>
    /// A code that grants something when presented (<c>GuestCode</c>, <c>InstallerCodeFor</c>, <c>unlockCode</c>,
    /// <c>ProvisioningCode</c>): "code" as a word beside a word that says what it opens, not a status, error or country code.
    /// </summary>
    public static bool IsAccessCode(IReadOnlyList<string> words) =>
        words.Count >= 2 && words.Contains("code") && (words.Any(AccessCodeQualifiers.Contains) || ContainsPair(words, "one", "time")) &&
        // what a door, a lock or an alarm reports (DoorFaultCode, LockErrorCode, AlarmEventCode) opens nothing, whatever it
        // reports on (KeySafeFaultCode: a key safe's fault); a report word right before the code names a report even beside
        // an opening word (DisarmEventCode, LoginErrorCode: the event of a disarm, the error of a login; an opening word
        // right before it, FaultLockoutOverrideCode, names what opens)
        !(words.Any(ReportWords.Contains) && !words.Any(OpeningActions.Contains)) && !IsReportedCode(words) &&
        !(QualifierWords(words).Any(w => NonAccessCodeQualifiers.Contains(w) && !ActorQualifiers.Contains(w)) && !SaysWhatItOpens(words));

    /// <summary>
    /// Whether the word right before a name's last "code" is a report word (<c>DisarmEventCode</c>,
    /// <c>OverrideStatusCode</c>) or a setting's (<c>ShutterSpeedCode</c>): the code is what is reported or set.
    /// </summary>
    private static bool IsReportedCode(IReadOnlyList<string> words)
    {
        for (var i = words.Count - 1; i > 0; i--)
        {
            if (words[i] == "code")
            {
                return ReportWords.Contains(words[i - 1]) || SettingWords.Contains(words[i - 1]);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an access code's name says what it opens besides an alarm (<c>GateVoucherCode</c>, <c>DisarmCode</c>,
    /// <c>DoorEntryCode</c>): an alarm's code may be the condition it reports (<c>BoothAlarmCode = "OVERTEMP-2"</c>), a gate's
    /// voucher or a disarm code is typed to open.
    /// </summary>
    public static bool NamesWhatACodeOpens(IReadOnlyList<string> words) =>
        IsAccessCode(words) && words.Any(w => w != "alarm" && (AccessCodeQualifiers.Contains(w) || OpeningActions.Contains(w)));

    /// <summary>
    /// Words that say what a code does when it opens something (an override, an unlock, a disarm, a login): beside a report
    /// word the name is still an access code (<c>FaultLockoutOverrideCode</c>, <c>DiagnosticMenuUnlockCode</c>), where a
    /// thing it opens is not enough (<c>KeySafeFaultCode</c> is the key safe's fault).
    /// </summary>
    private static readonly HashSet<string> OpeningActions = new(StringComparer.Ordinal)
    {
        // not "master": beside a report word it names the panel's or the bus's master (MasterTroubleCode, PanelMasterEventCode)
        "override", "unlock", "installer", "maintenance", "supervisor", "technician", "engineer", "duress", "disarm", "parental", "login", "logon",
    };

    /// <summary>Words that say a code is what a device reports (a fault, an error, an event), never what opens it unless an opening action is named too.</summary>
    private static readonly HashSet<string> ReportWords = new(StringComparer.Ordinal)
    {
        "status", "error", "err", "fault", "event", "dtc", "trouble", "alert", "warning", "warn", "notice", "notification", "diagnostic", "diag",
    };

    /// <summary>Whether a name says what a code opens: an opening word (override, safe, vault), or a key box (<c>GateKeyBoxCode</c>).</summary>
    private static bool SaysWhatItOpens(IReadOnlyList<string> words) => words.Any(OpeningWords.Contains) || ContainsPair(words, "key", "box");

    /// <summary>
    /// A name's words as qualifiers of a code: "time" of "one time" is left out (a OneTimeCode opens something once; it is no
    /// time code), "release" after what it releases (a DoorReleaseCode opens the door; a FirmwareReleaseCode is a version), and
    /// "exit" before what it opens (an EmergencyExitReleaseCode; an ExitCode is a status).
    /// </summary>
    private static IEnumerable<string> QualifierWords(IReadOnlyList<string> words) =>
        words.Where((w, i) => !(w == "time" && i > 0 && words[i - 1] == "one") &&
                              // a door's, a gate's or a turnstile's release (DoorReleaseCode) opens it; a bare release, or a
                              // firmware's, names a version
                              !(w == "release" && i > 0 && !VersionedWords.Contains(words[i - 1])) &&
                              // an exit's release or door (EmergencyExitReleaseCode) opens it; only an ExitCode is a process's status
                              !(w == "exit" && i + 1 < words.Count && words[i + 1] != "code"));

    /// <summary>What has releases that are versions (a <c>FirmwareReleaseCode</c>), not a latch that is released.</summary>
    private static readonly HashSet<string> VersionedWords = new(StringComparer.Ordinal)
    {
        "firmware", "software", "app", "application", "build", "product", "sdk", "os", "version", "api", "package", "library", "lib", "image", "ota",
        "fw", "sw", "bootloader", "kernel", "bios", "rom", "platform",
        // a board's and a radio module's hardware release (HardwareReleaseCode, RadioModuleReleaseCode)
        "hardware", "hw", "module", "modem", "board", "pcb", "chip", "silicon",
    };

    /// <summary>
    /// Whether a name's words say it is an authentication factor beyond the password: a second, two- or multi-factor
    /// code (<c>secondFactor</c>, <c>TwoFactorCode</c>, <c>MfaCode</c>, <c>twoFactorToken</c>), as a one-time code is.
    /// "factor" alone is a scale's or a filter's (<c>scaleFactor</c>, <c>smoothingFactor</c>).
    /// </summary>
    public static bool IsSecondFactor(IReadOnlyList<string> words) =>
        // (not a rate's: flowPerSecondFactor)
        ContainsPair(words, "second", "factor") && !ContainsPair(words, "per", "second") || ContainsPair(words, "two", "factor") || ContainsPair(words, "multi", "factor") ||
        words.Contains("mfa") || words.Contains("twofactor") || words.Contains("2fa");

    private static bool ContainsPair(IReadOnlyList<string> words, string first, string second)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] == first && words[i + 1] == second)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> PasswordNameCache = new(StringComparer.Ordinal);

    /// <summary>
    /// The segment of a configuration key that names the value: <c>Secret</c> of <c>Broker:Secret</c>, <c>psk</c> of
    /// <c>wifi.psk</c>, <c>password</c> of <c>mqtt/password</c>. Code and shipped files judge keys by it alike.
    /// </summary>
    public static string LastKeySegment(string key)
    {
        var cut = key.LastIndexOfAny(new[] { '.', ':', '/', '\\' });
        return cut >= 0 && cut < key.Length - 1 ? key.Substring(cut + 1) : key;
    }

    /// <summary>
    /// The last segment of a configuration key, qualified by the word before it when it is one bare word that says little
    /// alone (<c>pager.sim.pin</c>: <c>sim_pin</c>; <c>door:code</c>: <c>door_code</c>): what a key's name is judged by.
    /// A segment of several words, or one that names a secret alone, is returned as <see cref="LastKeySegment"/> returns
    /// it (<c>wifi.psk</c>: <c>psk</c>; <c>login:password</c>: <c>password</c>).
    /// </summary>
    public static string QualifiedKeySegment(string key)
    {
        var last = LastKeySegment(key);
        if (last.Length == key.Length || SplitWords(last).Count != 1 || IsUnambiguousPasswordName(last) || Default.IsSecretName(last))
        {
            return last; // wifi.password, wifi.psk: the segment says it alone
        }

        var before = key.Substring(0, key.Length - last.Length - 1);
        var qualifier = SplitWords(LastKeySegment(before));
        return qualifier.Count == 0 ? last : qualifier[qualifier.Count - 1] + "_" + last;
    }

    /// <summary>
    /// Splits <c>WifiPassword</c>, <c>wifi_password</c>, <c>WIFI-PASSWORD</c>, <c>c_AP_PASSWORD</c> into lower-case words:
    /// at every character that is not a letter or digit, where a lower-case letter or a digit meets an upper-case one
    /// (camelCase, PascalCase) and before the last capital of an acronym that starts a word (<c>APIToken</c>: api, token).
    /// With <paramref name="lettersOnly"/> digits split words too and are dropped (<c>dummy1</c>: dummy), for reading
    /// values rather than names; without it digits stay in their word (<c>wifi2Password</c>: wifi2, password).
    /// </summary>
    /// <returns>The words, in order; the list is shared and must not be changed.</returns>
    public static IReadOnlyList<string> SplitWords(string name, bool lettersOnly = false)
    {
        // Names and short values repeat across the rules, the files and every compilation an editor makes: each is
        // split once. The cache is emptied when it grows past its bound (a build of generated names cannot grow it).
        if (name.Length > MaxCachedLength)
        {
            return Split(name, lettersOnly);
        }

        var cache = lettersOnly ? LetterWordCache : WordCache;
        if (cache.TryGetValue(name, out var cached))
        {
            return cached;
        }

        if (cache.Count >= MaxCachedNames)
        {
            cache.Clear();
        }

        return cache.GetOrAdd(name, Split(name, lettersOnly));
    }

    private const int MaxCachedLength = 128;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> WordCache = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> LetterWordCache = new(StringComparer.Ordinal);

    /// <summary>Credential words a name may number (<c>WifiPassword2</c>, <c>BackupKey1</c>, <c>ApiToken3</c>, <c>SimPin2</c>).</summary>
    private static readonly HashSet<string> NumberedCredentialWords = new(StringComparer.Ordinal)
    {
        "password", "passwd", "pwd", "pswd", "pass", "passphrase", "passcode", "pincode", "pin", "passkey", "secret", "token", "key", "psk",
        "apikey", "credential", "credentials", "sas",
    };

    /// <summary>Credential words that are a whole name alone, numbered (<c>Password2</c>, <c>APIKEY2</c>), unlike <c>Pass1</c> or <c>Token2</c>.</summary>
    private static readonly HashSet<string> NumberedCredentialNames = new(StringComparer.Ordinal)
    {
        "password", "passwd", "pwd", "pswd", "passphrase", "passcode", "pincode", "passkey", "secret", "apikey", "psk",
    };

    /// <summary>
    /// Whether <paramref name="compound"/> is written by consecutive whole words of a name (<c>DeviceKey</c>,
    /// <c>device_key</c>), not inside a longer word (<c>DeviceKeyboardLocale</c>, <c>AppKeyboardTheme</c>).
    /// </summary>
    private static bool IsWordRun(IReadOnlyList<string> words, string compound)
    {
        for (var start = 0; start < words.Count; start++)
        {
            var length = 0;
            for (var end = start; end < words.Count && length < compound.Length; end++)
            {
                var word = words[end];
                if (string.CompareOrdinal(word, 0, compound, length, word.Length) != 0 || length + word.Length > compound.Length)
                {
                    break;
                }

                length += word.Length;
                if (length == compound.Length)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Credential words that a name written in one case may run on to (<c>WIFIPASSWORD</c>, <c>mqttpassword</c>,
    /// <c>WIFIPSK</c>, <c>MQTTAPIKEY</c>): split off as words of their own, longest first. A word that only starts with one
    /// (<c>PSKIDENTITY</c>) or ends in "pass" or "key" alone (<c>bypass</c>, <c>monkey</c>) is left whole.
    /// </summary>
    private static readonly string[] RunTogetherCredentialWords =
        new[] { "passphrase", "passwords", "password", "passcode", "passkey", "pincode", "passwd", "secret", "token", "psk", "pwd" }
            .Concat(SecretCompounds).Distinct().OrderByDescending(w => w.Length).ToArray();

    /// <summary>Splits a credential word off the end of each word written in one case (<c>wifipassword</c>: wifi, password; <c>wifipassword2</c>: wifi, password2).</summary>
    private static void SplitRunTogether(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var letters = word.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
            if (letters.Length < word.Length && letters.Length > 1 && letters[letters.Length - 1] == 'v' &&
                RunTogetherCredentialWords.Any(c => letters.Length - 1 >= c.Length && letters.EndsWith(c + "v", StringComparison.Ordinal)))
            {
                // APIKEYV2, MQTTPASSWORDV2: the version is a word of its own (read without it after the credential)
                words[i] = word.Substring(0, letters.Length - 1);
                words.Insert(i + 1, word.Substring(letters.Length - 1));
                word = words[i];
                letters = word;
            }

            foreach (var credential in RunTogetherCredentialWords)
            {
                if (letters.Length >= credential.Length + 2 && letters.EndsWith(credential, StringComparison.Ordinal))
                {
                    var cut = letters.Length - credential.Length;
                    words[i] = word.Substring(0, cut);
                    words.Insert(i + 1, word.Substring(cut));
                    i++;
                    break;
                }
            }
        }
    }

    private static string[] Split(string name, bool lettersOnly)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (lettersOnly ? !char.IsLetter(c) : !char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            if (current.Length > 0 && char.IsUpper(c) &&
                (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))))
            {
                Flush();
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush();
        if (!lettersOnly)
        {
            SplitRunTogether(words);
        }

        // A number written as a word of its own after a credential's word (MQTT_PASS_2, API_KEY_2, password_1) counts the
        // credential, as one run on to it does; a name of one ambiguous word and its number (PASS_1, TOKEN_2) keeps it.
        if (!lettersOnly && words.Count >= 2 && words[words.Count - 1].All(char.IsDigit))
        {
            if (words.Count >= 3 ? NumberedCredentialWords.Contains(words[words.Count - 2]) || NonSecretWords.Contains(words[words.Count - 2]) : NumberedCredentialNames.Contains(words[0]))
            {
                words.RemoveAt(words.Count - 1);
            }
            else if (words.Count == 2)
            {
                words[0] += words[1]; // TOKEN_2, PASS_1: one ambiguous word and its number, as Token2 and Pass1
                words.RemoveAt(1);
            }
        }

        // A version after a credential's word (ApiKeyV2, TokenV1) says which API takes it: the word is read without it.
        if (!lettersOnly && words.Count >= 2 && words[words.Count - 1] is { Length: >= 2 } version && version[0] == 'v' && version.Skip(1).All(char.IsDigit) &&
            NumberedCredentialWords.Contains(words[words.Count - 2]))
        {
            words.RemoveAt(words.Count - 1);
        }

        // A number run on to the last word (WifiPassword2, ApiToken3, BackupKey1, APIKEY2) counts the credential, it does
        // not change what it is: the last word is read without it, when it is a credential's word or a word that says the
        // name holds no secret (PasswordHash1, TokenUrl2). A name of one ambiguous
        // word keeps its number (Pass1 and Token2 are a renderer's passes and a protocol's tokens), and so does a word
        // whose number is part of it (Base64, Sha256, Utf8).
        if (!lettersOnly && words.Count > 0 && words[words.Count - 1] is var last && last.Length > 2 && char.IsDigit(last[last.Length - 1]))
        {
            var letters = last.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
            if (letters.Length >= 2 && (words.Count >= 2 ? NumberedCredentialWords.Contains(letters) || NonSecretWords.Contains(letters) : NumberedCredentialNames.Contains(letters)))
            {
                words[words.Count - 1] = letters;
            }
        }

        return words.ToArray();

        void Flush()
        {
            if (current.Length > 0)
            {
                var word = current.ToString();
                current.Clear();

                // PassWord, PassPhrase, PassCode, PassKey: one word written in two cases.
                if (words.Count > 0 && words[words.Count - 1] == "pass" && word is "word" or "phrase" or "code" or "key" or "wd")
                {
                    words[words.Count - 1] = "pass" + word;
                    return;
                }

                words.Add(word);
            }
        }
    }

    /// <summary>
    /// Words before a last word "pass" that make it a filter, a bypass or a pass of an algorithm or a test
    /// (<c>HighPass</c>, <c>ProxyByPass</c>, <c>firstPass</c>, <c>ditherPass</c>, <c>qcPass</c>), not a password.
    /// </summary>
    private static readonly HashSet<string> NonPasswordPassQualifiers = new(StringComparer.Ordinal)
    {
        "by", "high", "low", "band", "all", "notch", "first", "second", "third", "final", "last", "next", "prev", "previous", "multi", "single",
        "one", "two", "double", "render", "shader", "dither", "qc", "test", "check", "self", "boarding", "season", "day", "compile", "lint", "blur",
        "filter", "sort", "scan", "pre", "post", "bypass",
    };

    /// <summary>Whether "pass" ends the name as a password does (<c>wifiPass</c>, <c>mqtt_pass</c>, <c>pass</c>), not as a filter or a pass of something.</summary>
    private static bool EndsWithPasswordPass(IReadOnlyList<string> words) =>
        words.Count > 0 && words[words.Count - 1] == "pass" && (words.Count == 1 || !NonPasswordPassQualifiers.Contains(words[words.Count - 2]));

    /// <summary>
    /// The cheap test before <see cref="IsShortPasswordBesideAccount"/> (asked for every parameter of every library method):
    /// whether a name ends as a short password word may (<c>pass</c>, <c>pw</c>, <c>pword</c>), in any case.
    /// </summary>
    public static bool MayBeShortPasswordName(string? name) =>
        !string.IsNullOrEmpty(name) &&
        (name!.EndsWith("ass", StringComparison.OrdinalIgnoreCase) || name.EndsWith("pw", StringComparison.OrdinalIgnoreCase) ||
         name.EndsWith("pword", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Whether a parameter is the public half of a key pair: an access key's ID (<c>accessKey</c>, <c>accessKeyId</c>,
    /// <c>keyId</c>) beside a parameter that names the secret half (<c>secretKey</c>, <c>secretAccessKey</c>,
    /// <c>accessKeySecret</c>), as S3, MinIO and Alibaba clients take them. The ID is an account's name, not its secret.
    /// </summary>
    public static bool IsKeyIdBesideSecret(string? name, IEnumerable<string> siblings)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        var words = SplitWords(name!);
        var isKeyId = words.Count is 2 or 3 && words[0] is "access" or "key" &&
                      (words.Count == 2 ? (words[0], words[1]) is ("access", "key") or ("key", "id") or ("access", "id") : (words[1], words[2]) is ("key", "id"));
        return isKeyId && siblings.Any(sibling => sibling != name && SplitWords(sibling).Contains("secret"));
    }

    /// <summary>
    /// True when a library parameter named only by a short password word (<c>pass</c>, <c>pw</c>, <c>userPass</c>,
    /// <c>ftp_pass</c>) sits in one signature with a parameter that names the account it signs in (<c>user</c>,
    /// <c>userName</c>, <c>login</c>, <c>account</c>, <c>id</c>, <c>ssid</c>): FluentFTP's <c>FtpClient(host, user, pass)</c>,
    /// a camera SDK's <c>Login(id, pw)</c>. Alone, "pass" counts passes and filters as often as passwords, so a library
    /// signature without the account beside it is no sink by this name.
    /// </summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="siblings">The names of the other parameters of the same method or constructor.</param>
    public static bool IsShortPasswordBesideAccount(string? name, IEnumerable<string> siblings)
    {
        if (!MayBeShortPasswordName(name))
        {
            return false;
        }

        var words = SplitWords(name!);
        if (words.Count == 0 || !(EndsWithPasswordPass(words) || words[words.Count - 1] is "pw" or "pword"))
        {
            return false;
        }

        // A bare id or name signs in beside a pw (Login(id, pw)); beside a pass it is as often a test station's unit id
        // (Record(id, pass): a verdict).
        var isPw = words[words.Count - 1] is "pw" or "pword";
        foreach (var sibling in siblings)
        {
            if (sibling != name && WithEmailWhole(SplitWords(sibling)) is { Count: > 0 } other &&
                (other.Count == 1 && (other[0] is "email" or "mail" || (isPw && other[0] is "id" or "name")) ||
                 other.Any(w => w is "user" or "username" or "usr" or "uid" or "login" or "account" or "ssid" or "email") &&
                 other[other.Count - 1] is "user" or "username" or "usr" or "uid" or "login" or "account" or "ssid" or "name" or "id" or "email" or "address"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The words of a name with an e-mail written in two (<c>eMail</c>, <c>ownerEMail</c>, <c>e_mail</c> split as "e",
    /// "mail") joined back to "email".
    /// </summary>
    private static IReadOnlyList<string> WithEmailWhole(IReadOnlyList<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] == "e" && words[i + 1] == "mail")
            {
                var joined = new List<string>(words.Count - 1);
                for (var j = 0; j < words.Count; j++)
                {
                    if (j == i)
                    {
                        joined.Add("email");
                        j++;
                    }
                    else
                    {
                        joined.Add(words[j]);
                    }
                }

                return joined;
            }
        }

        return words;
    }

    /// <summary>
    /// Whether a name says password only by a last word "pass" (<c>Pass</c>, <c>firstPass</c>): such a value compared or
    /// set to "PASS" or "FAIL" is a test verdict, not a credential.
    /// </summary>
    public static bool OnlyPassNamesPassword(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        var words = SplitWords(name!);
        return words.Count > 0 && words[words.Count - 1] == "pass" && !words.Any(w => w != "pass" && (SecretWords.Contains(w) || PasswordWords.Contains(w)));
    }

    /// <summary>Test verdicts and statuses ("PASS", "Fail", "OK", "NG"): never a credential under a "pass" name.</summary>
    public static bool IsVerdictWord(string text) =>
        text.Trim().ToLowerInvariant() is "pass" or "passed" or "fail" or "failed" or "ok" or "ng" or "skip" or "skipped" or "error";

    /// <summary>A name reduced to lower-case letters and digits, for comparing a value with its own symbol's name.</summary>
    public static string Normalize(string name) => string.Concat(SplitWords(name));

    /// <summary>
    /// Whether <paramref name="text"/> spells <paramref name="name"/> again: the same words whatever their case and
    /// separators (<c>HUB_TOKEN</c> for <c>HubToken</c>), or, for two words or more, the same words in another order
    /// (<c>GROUP_ENROLLMENT_PRIMARY_KEY</c> for <c>enrollmentGroupPrimaryKey</c>): a value that only names its holder is a
    /// template never filled in (IOT1006). A field's <c>s_</c>, <c>m_</c> or <c>t_</c> prefix is no word of the name.
    /// </summary>
    /// <param name="text">A written value.</param>
    /// <param name="name">The name of the symbol or parameter that holds or receives it; null gives false.</param>
    public static bool SpellsName(string text, string? name)
    {
        if (name is null || SplitWords(text) is not { Count: > 0 } textWords ||
            // a number the name does not hold makes a working value ("Mqtt-Gate-Password-2024" under GateMqttPassword)
            new string(text.Where(char.IsDigit).ToArray()) != new string(name.Where(char.IsDigit).ToArray()))
        {
            return false;
        }

        var nameWords = SplitWords(name);
        if (name.Length > 2 && name[1] == '_' && name[0] is 's' or 'm' or 't' && nameWords.Count > 1 && string.Concat(textWords) != string.Concat(nameWords))
        {
            // .NET's field prefixes (s_ static, m_ instance, t_ thread-static) say where a field lives, not what it holds:
            // "password.mqtt.gate" under s_gateMqttPassword spells its words
            nameWords = nameWords.Skip(1).ToList();
        }

        return string.Concat(textWords) == string.Concat(nameWords) ||
               (textWords.Count >= 2 && textWords.Count == nameWords.Count &&
                textWords.OrderBy(w => w, StringComparer.Ordinal).SequenceEqual(nameWords.OrderBy(w => w, StringComparer.Ordinal), StringComparer.Ordinal));
    }
}

using System;
using System.Linq;
using System.Runtime.CompilerServices;
using IoTSecure.Analyzers.Infrastructure;
using IoTSecure.Analyzers.Values;
using IoTSecure.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IoTSecure.Analyzers.Sinks;

/// <summary>A value stored in code under a key or member name: configuration built in code, or a pair of literals.</summary>
internal readonly struct KeyedValue
{
    public KeyedValue(string key, ExpressionSyntax value, bool isPair, ExpressionSyntax? user = null)
    {
        Key = key;
        Value = value;
        IsPair = isPair;
        User = user;
    }

    /// <summary>For a pair, the expression that writes its user name (<c>"service"</c> of <c>("service", "service")</c>); else null.</summary>
    public ExpressionSyntax? User { get; }

    /// <summary>The key (<c>wifi.psk</c>, <c>Broker:Secret</c>), member name, or for a pair the first literal (a user name).</summary>
    public string Key { get; }

    public ExpressionSyntax Value { get; }

    /// <summary>True for a pair of literals (a tuple or a two-element initializer), whose first element may be a user name.</summary>
    public bool IsPair { get; }

    /// <summary>
    /// How a finding describes where the value goes, never printing a secret: a user name equal to its password (ubnt/ubnt)
    /// is not quoted, nor a key that could hold one (a URI with user information, a connection string).
    /// </summary>
    public string Where => IsPair
        ? (string.Equals(Key, SyntacticValues.WrittenText(Value), System.StringComparison.OrdinalIgnoreCase)
            ? "is paired with the same text as its user name"
            : "is paired with the user name '" + SinkCatalogFile.Shorten(Key) + "'")
        : "is stored under " + Describe(Key);

    /// <summary>A key as a message may show it: quoted when it is a plain name or path, else only its last segment or nothing.</summary>
    internal static string Describe(string key)
    {
        if (key.IndexOf('@') < 0 && key.IndexOf('=') < 0 && key.IndexOf(';') < 0 && key.IndexOf("://", System.StringComparison.Ordinal) < 0)
        {
            return "the key '" + SinkCatalogFile.Shorten(key) + "'";
        }

        var segment = SecretNames.LastKeySegment(key);
        return segment.IndexOf('@') < 0 && segment.IndexOf('=') < 0 && segment.IndexOf(':') < 0 && segment.Length <= 40
            ? "a key ending in '" + segment + "'"
            : "a key written in the code";
    }
}

/// <summary>
/// Finds values stored in code under a key written as text, the way device code builds configuration: dictionary and
/// collection initializers (<c>["password"] = "..."</c>, <c>{ "wifi.psk", "..." }</c>), indexer assignments
/// (<c>config["Broker:Secret"] = "..."</c>), <c>Add</c>/<c>TryAdd</c> calls with a key and a value, and anonymous-object
/// members (<c>new { Password = "..." }</c>, serialised as configuration); and pairs of literals (tuples, two-element
/// initializers) that tables of factory credentials are written as. Syntax only: a key is judged by the team's secret
/// names on its last segment, as the pack gate judges a configuration file's keys.
/// </summary>
internal static class KeyedValues
{
    public static void Register(SyntaxActions actions, IoTSecureContext iot, Func<ExpressionSyntax, bool> valueScreen, Action<SyntaxNodeAnalysisContext, KeyedValue> onValue)
    {
        var names = iot.Settings.SecretNames;

        // A key naming a secret, or a PIN or passkey by a name that cannot be a GPIO pin's (ble.passkey, wps_pin).
        // A bare last segment is read with the segment before it (pager.sim.pin: sim_pin).
        bool IsSecretKey(string key) => names.IsSecretName(SecretNames.LastKeySegment(key)) || SecretNames.IsUnambiguousPasswordName(SecretNames.QualifiedKeySegment(key));

        bool Consider(SyntaxNodeAnalysisContext context, ExpressionSyntax keySyntax, ExpressionSyntax value)
        {
            if (!valueScreen(value))
            {
                return false;
            }

            // A key written in place, or a constant named like a secret (config[Keys.MqttPassword]): its value, bound.
            var key = KeyText(keySyntax);
            if (key is null && names.IsSecretName(SyntaxNames.Rightmost(keySyntax)) &&
                context.SemanticModel.GetConstantValue(keySyntax, context.CancellationToken) is { HasValue: true, Value: string constant })
            {
                key = constant;
            }

            if (key is not null && IsSecretKey(key))
            {
                if (IsInTextTable(keySyntax, value))
                {
                    return true; // a user interface's text for the key (["wifi.psk"] = "Wi-Fi passphrase"): no value of it
                }

                onValue(context, new KeyedValue(key, value, isPair: false));
                return true;
            }

            return false;
        }

        actions.Add(
            c =>
            {
                var assignment = (AssignmentExpressionSyntax)c.Node;
                switch (assignment.Left)
                {
                    case ImplicitElementAccessSyntax { ArgumentList.Arguments.Count: 1 } implicitAccess:
                        if (!Consider(c, implicitAccess.ArgumentList.Arguments[0].Expression, assignment.Right))
                        {
                            OfferPair(c, implicitAccess.ArgumentList.Arguments[0].Expression, assignment.Right, valueScreen, onValue); // ["root"] = "12345"
                        }
                        break;
                    case ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } access:
                        Consider(c, access.ArgumentList.Arguments[0].Expression, assignment.Right);
                        break;
                }
            },
            SyntaxKind.SimpleAssignmentExpression);

        actions.Add(
            c =>
            {
                var initializer = (InitializerExpressionSyntax)c.Node;
                if (initializer.Expressions.Count != 2)
                {
                    return;
                }

                if (!Consider(c, initializer.Expressions[0], initializer.Expressions[1]))
                {
                    OfferPair(c, initializer.Expressions[0], initializer.Expressions[1], valueScreen, onValue);
                }
            },
            SyntaxKind.ComplexElementInitializerExpression);

        actions.Add(
            c =>
            {
                // new[] { "user", "user" } as an element of a table of pairs (string[][], a list of arrays), and a row of a
                // two-dimensional table (string[,] Logins = { { "root", "xc3511" } })
                var initializer = (InitializerExpressionSyntax)c.Node;
                if (initializer.Expressions.Count == 2 &&
                    ((initializer.Parent is ImplicitArrayCreationExpressionSyntax or ArrayCreationExpressionSyntax && initializer.Parent.Parent is InitializerExpressionSyntax or ArgumentSyntax) ||
                     initializer.Parent is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ArrayInitializerExpression }))
                {
                    OfferPair(c, initializer.Expressions[0], initializer.Expressions[1], valueScreen, onValue);
                }
            },
            SyntaxKind.ArrayInitializerExpression);

        actions.Add(
            c =>
            {
                // [["root", "xc3511"], ["admin", "admin"]]: a row of two elements inside a table written as a collection expression
                var row = (CollectionExpressionSyntax)c.Node;
                if (row.Elements.Count == 2 && row.Parent is ExpressionElementSyntax && row.Elements[0] is ExpressionElementSyntax user &&
                    row.Elements[1] is ExpressionElementSyntax password)
                {
                    OfferPair(c, user.Expression, password.Expression, valueScreen, onValue);
                }
            },
            SyntaxKind.CollectionExpression);

        actions.Add(
            c =>
            {
                // Login[] FactoryLogins = { new("root", "xc3511"), new Login("admin", "admin") }: a row built as an object of two texts
                var arguments = c.Node switch
                {
                    ObjectCreationExpressionSyntax creation => creation.ArgumentList,
                    ImplicitObjectCreationExpressionSyntax implicitCreation => implicitCreation.ArgumentList,
                    _ => null,
                };
                if (arguments is { Arguments.Count: 2 } && c.Node.Parent is InitializerExpressionSyntax or ExpressionElementSyntax &&
                    arguments.Arguments.All(a => a.NameColon is null && SyntacticValues.Strip(a.Expression) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression }) &&
                    !(c.Node is ObjectCreationExpressionSyntax { Type: var type } && SyntaxNames.Rightmost(type) == "KeyValuePair" && names.IsSecretName(KeyText(arguments.Arguments[0].Expression) ?? string.Empty)))
                {
                    OfferPair(c, arguments.Arguments[0].Expression, arguments.Arguments[1].Expression, valueScreen, onValue);
                }
            },
            SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression);

        actions.Add(
            c =>
            {
                var tuple = (TupleExpressionSyntax)c.Node;
                foreach (var element in tuple.Arguments)
                {
                    // (user: "...", password: "..."): a named element is a value under its name
                    if (element.NameColon is { } elementName && IsSecretKey(elementName.Name.Identifier.ValueText) && valueScreen(element.Expression))
                    {
                        onValue(c, new KeyedValue(elementName.Name.Identifier.ValueText, element.Expression, isPair: false));
                    }
                }

                // (string User, string Password)[] Accounts = { ("svc", "...") }: the elements are named by the table's type,
                // of any arity ((string Host, string User, string Password)[] Cameras = { ("10.0.0.2", "ptz", "...") }).
                if (tuple.Arguments.Count >= 2 && tuple.Arguments[0].NameColon is null && DeclaredElementNames(tuple) is { } declared)
                {
                    var userAt = System.Array.FindIndex(declared, n => n is not null && SecretNames.SplitWords(n).Any(w => w is "user" or "username" or "login" or "account" || (w == "name" && declared.Length == 2)));
                    var passwordAt = System.Array.FindIndex(declared, n => n is not null && IsSecretKey(n));
                    if (userAt >= 0 && passwordAt > userAt && KeyText(tuple.Arguments[userAt].Expression) is { } user &&
                        valueScreen(tuple.Arguments[passwordAt].Expression))
                    {
                        onValue(c, new KeyedValue(user, tuple.Arguments[passwordAt].Expression, isPair: true, tuple.Arguments[userAt].Expression)); // a user and the password paired with it
                        return;
                    }

                    // A returned tuple's element that reads a variable or field (return (ssid, hotspotPassword)) is judged where
                    // that is given its value; only text written in the tuple is judged here.
                    var returned = tuple.Parent is ReturnStatementSyntax or YieldStatementSyntax or ArrowExpressionClauseSyntax;
                    for (var i = 0; i < declared.Length; i++)
                    {
                        if (declared[i] is { } elementName && IsSecretKey(elementName) && valueScreen(tuple.Arguments[i].Expression) &&
                            !(returned && SyntacticValues.Strip(tuple.Arguments[i].Expression) is IdentifierNameSyntax or MemberAccessExpressionSyntax))
                        {
                            onValue(c, new KeyedValue(elementName, tuple.Arguments[i].Expression, isPair: false));
                        }
                    }

                    if (declared.Length != 2 || !IsKeyValueNaming(declared))
                    {
                        return; // (Parent, Child), (Name, Unit): the type says what the elements are
                    }
                }

                if (tuple.Arguments.Count == 2 && tuple.Arguments[0].NameColon is null)
                {
                    if (!Consider(c, tuple.Arguments[0].Expression, tuple.Arguments[1].Expression)) // ("ota.token", "..."): a key and its value
                    {
                        OfferPair(c, tuple.Arguments[0].Expression, tuple.Arguments[1].Expression, valueScreen, onValue);
                    }
                }
            },
            SyntaxKind.TupleExpression);

        actions.Add(
            c =>
            {
                var invocation = (InvocationExpressionSyntax)c.Node;
                if (invocation.ArgumentList.Arguments.Count is 2 or 3 && (SyntaxNames.Rightmost(invocation.Expression) is "Add" or "TryAdd" or "Set" or "SetValue" or "AddOrUpdate" or "SetEnvironmentVariable" ||
                    (invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Create", Expression: var receiver } && SyntaxNames.Rightmost(receiver) == "KeyValuePair") ||
                    // a setting read with a fallback (GetString("mqtt.pass", "pass"), config.GetValue("Mqtt:Password", "..."),
                    // Preferences.Get("wifi_psk", "...")): the fallback ships in the code and is used when the setting is missing
                    (invocation.ArgumentList.Arguments.Count == 2 && IsSettingGetter(invocation.Expression) &&
                     !(KeyText(invocation.ArgumentList.Arguments[0].Expression) is { } path && path.IndexOf('/') >= 0)))) // api.Get("v1/auth/token", ...): a request
                {
                    Consider(c, invocation.ArgumentList.Arguments[0].Expression, invocation.ArgumentList.Arguments[1].Expression);
                }
                else if (invocation.ArgumentList.Arguments.Count == 3 && IsSettingGetter(invocation.Expression) &&
                         (KeyText(invocation.ArgumentList.Arguments[0].Expression) is { } section
                             ? section.IndexOf('/') < 0
                             : SyntacticValues.Strip(invocation.ArgumentList.Arguments[0].Expression) is IdentifierNameSyntax or MemberAccessExpressionSyntax))
                {
                    // An INI file's read with a fallback (ini.GetValue("Wunderground", "Password", "..."), ReadString(section,
                    // key, default)): the key is the second argument, under its section (written, or a constant:
                    // ini.GetValue(WuSection, "Password", "...")); the fallback ships in the code.
                    Consider(c, invocation.ArgumentList.Arguments[1].Expression, invocation.ArgumentList.Arguments[2].Expression);
                }
            },
            SyntaxKind.InvocationExpression);

        actions.Add(
            c =>
            {
                // new KeyValuePair<string, string>("password", "..."), and target-typed new("Wifi:Password", "...") of a pair
                var (typeName, arguments) = c.Node switch
                {
                    ObjectCreationExpressionSyntax creation => (SyntaxNames.Rightmost(creation.Type), creation.ArgumentList),
                    ImplicitObjectCreationExpressionSyntax implicitCreation => ("KeyValuePair", implicitCreation.ArgumentList),
                    _ => (null, null),
                };
                if (arguments is { Arguments.Count: 2 } && typeName == "KeyValuePair" &&
                    (c.Node is ObjectCreationExpressionSyntax ||
                     // target-typed: a pair only when the model says so (new(ApiKey: "...", BaseUrl: "...") builds a record)
                     (valueScreen(arguments.Arguments[1].Expression) && c.SemanticModel.GetTypeInfo(c.Node, c.CancellationToken).Type is { Name: "KeyValuePair" })))
                {
                    Consider(c, arguments.Arguments[0].Expression, arguments.Arguments[1].Expression);
                }
            },
            SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression);

        actions.Add(
            c =>
            {
                var member = (AnonymousObjectMemberDeclaratorSyntax)c.Node;
                if (member.NameEquals is { } name && IsSecretKey(name.Name.Identifier.ValueText) && valueScreen(member.Expression))
                {
                    onValue(c, new KeyedValue(name.Name.Identifier.ValueText, member.Expression, isPair: false));
                }
            },
            SyntaxKind.AnonymousObjectMemberDeclarator);
    }

    /// <summary>A call that reads a setting by its key (<c>Get</c>, <c>GetString</c>, <c>GetValue&lt;string&gt;</c>, <c>GetOrDefault</c>).</summary>
    private static bool IsSettingGetter(ExpressionSyntax called) =>
        SyntaxNames.Rightmost(called) is { } name &&
        (name is "GetString" or "GetValue" or "GetOrDefault" or "GetSetting" or "GetConfig" or "GetConfigValue" or "GetValueOrDefault" or "ReadString" or "ReadValue" or "IniReadValue" ||
         // a bare Get only on what its name says is a store of settings (Preferences.Get, settings.Get, config.Get)
         (name == "Get" && called is MemberAccessExpressionSyntax { Expression: var store } && SyntaxNames.Rightmost(store) is { } storeName &&
          SecretNames.SplitWords(storeName).Any(w => w is "preferences" or "prefs" or "settings" or "setting" or "config" or "configuration" or "options" or "store" or "storage")));

    /// <summary>
    /// A pair of literals whose first is a user name of a listed default pair: judged as a default password. A table whose
    /// every pair maps a name to itself (<c>{ "admin", "admin" }, { "user", "user" }</c>: routes, roles) is a lookup, not
    /// credentials.
    /// </summary>
    private static void OfferPair(SyntaxNodeAnalysisContext context, ExpressionSyntax first, ExpressionSyntax second, Func<ExpressionSyntax, bool> valueScreen, Action<SyntaxNodeAnalysisContext, KeyedValue> onValue)
    {
        if (KeyText(first) is not { } user || SyntacticValues.WrittenText(second) is not { } password || password.IndexOf(SyntacticValues.Hole) >= 0 ||
            !HasLetter(user) || !valueScreen(second))
        {
            return;
        }

        // A listed pair (admin/admin, root/xc3511) anywhere; and any listed default password in a table whose name says
        // it holds default or factory credentials (DvrDefaults: { ["hikvision"] = "12345" }, RouterDefaults).
        // A lone pair of the same text (an owner and group "root", "root") is a credential only where named as one.
        var naming = TableNaming(first);
        var sameText = string.Equals(user, password, StringComparison.OrdinalIgnoreCase);
        if (sameText && naming < TableKind.Credentials && (!string.Equals(user, password, StringComparison.Ordinal) || IsTitleWord(password)))
        {
            return; // ["user"] = "User", ["Service"] = "Service": a display name or translation of the key, not its password
        }

        var pair = DefaultCredentialList.IsDefaultPair(user, password);
        if ((pair && (naming != TableKind.Unnamed || (!IsSelfMappingTable(first, user, password) && !(sameText && IsLonePair(first))))) ||
            (naming >= TableKind.Credentials && DefaultCredentialList.IsDefaultPassword(password)))
        {
            onValue(context, new KeyedValue(user, second, isPair: true, first));
        }
        else if ((naming >= TableKind.Credentials && DefaultCredentialList.IsDefaultUser(user)) || naming == TableKind.NamedCredentials)
        {
            // FactoryLogins { ["admin"] = "Hik12345" }: a vendor's own default under a default user; StationAuthorizationKeys
            // { ["CP-GARAGE-02"] = "..." }: each station's key. A table named as logins, passwords or presented keys holds
            // them whoever they belong to; each is judged as a stored password. (A table named only as defaults holds
            // settings beside them: DvrDefaults' other entries are not judged.)
            onValue(context, new KeyedValue(user, second, isPair: true, first));
        }
    }

    private static readonly string[] CredentialTableWords = { "credential", "credentials", "password", "passwords", "login", "logins", "passcode", "passcodes" };

    private static readonly string[] DefaultTableWords = { "default", "defaults", "factory", "account", "accounts", "user", "users" };

    /// <summary>
    /// Words that make a table's name say it holds text, names or structure (labels, types, menus), or what is kept about a
    /// credential (hashes, salts, policies), whatever else it names.
    /// </summary>
    private static readonly string[] LabelTableWords =
    {
        "label", "labels", "text", "texts", "string", "strings", "caption", "captions", "title", "titles", "name", "names", "type", "types",
        "translation", "translations", "message", "messages", "menu", "menus", "tree", "route", "routes", "edge", "edges", "node", "nodes",
        "hint", "hints", "prompt", "prompts", "tooltip", "tooltips", "description", "descriptions", "locale", "localization", "resources",
        // what is kept about a credential, not the credential (PasswordHashes, PinSalts, PasswordPolicies, LoginAttempts,
        // PasswordExpiryDates, LoginEndpoints, PasswordResetLinks, PasswordConfigKeys)
        "hash", "hashes", "digest", "digests", "salt", "salts", "policy", "policies", "rule", "rules", "attempt", "attempts", "length", "lengths",
        "fingerprint", "fingerprints", "verifier", "verifiers", "expiry", "expiries", "expires", "date", "dates", "changed", "endpoint", "endpoints",
        "url", "urls", "uri", "uris", "link", "links", "host", "hosts", "server", "servers", "config", "configuration", "path", "paths", "field", "fields",
        // keyed hashes and how credentials are kept or rated (PinHmacs, PasswordMacs, PasswordAlgorithms, PasswordStrengths)
        "hmac", "hmacs", "mac", "macs", "algorithm", "algorithms", "strength", "strengths",
    };

    private static readonly string[] SettingTableWords =
    {
        "port", "ports", "display", "theme", "themes", "ui", "sensor", "sensors", "color", "colors", "colour", "colours", "setting", "settings",
        "option", "options", "config", "value", "values", "role", "roles", "profile", "profiles", "unit", "units", "channel", "channels",
    };

    /// <summary>The keys of a table's entries written as text: ["key"] = ..., { "key", ... }, ("key", ...), new[] { "key", ... }.</summary>
    private static System.Collections.Generic.IEnumerable<string> KeysOf(SyntaxNode table)
    {
        foreach (var entry in table.ChildNodes())
        {
            var key = entry switch
            {
                AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax { ArgumentList.Arguments.Count: 1 } access } => access.ArgumentList.Arguments[0].Expression,
                InitializerExpressionSyntax { Expressions.Count: 2 } complex => complex.Expressions[0],
                TupleExpressionSyntax { Arguments.Count: 2 } tuple => tuple.Arguments[0].Expression,
                ImplicitArrayCreationExpressionSyntax { Initializer.Expressions.Count: 2 } pair => pair.Initializer.Expressions[0],
                ArrayCreationExpressionSyntax { Initializer.Expressions.Count: 2 } typedPair => typedPair.Initializer!.Expressions[0],
                _ => null,
            };
            if (key is not null && KeyText(key) is { } text)
            {
                yield return text;
            }
        }
    }

    /// <summary>How a table holding pairs is named (<see cref="TableNaming"/>).</summary>
    private enum TableKind
    {
        /// <summary>Not named as credentials or defaults.</summary>
        Unnamed,

        /// <summary>Named as defaults or factory values: listed default pairs in it are credentials, even name-to-itself ones.</summary>
        Defaults,

        /// <summary>Named as defaults and holding a listed default that is no plain word: every listed default in it counts.</summary>
        Credentials,

        /// <summary>Named as credentials (logins, passwords, presented keys): every listed default counts, and every other value is a stored password.</summary>
        NamedCredentials,
    }

    private static readonly ConditionalWeakTable<SyntaxNode, StrongBox<TableKind>> TableKinds = new();

    /// <summary>
    /// Whether a keyed entry is a user interface's text for its key, not the key's value: the value reads as a caption or a
    /// prompt (words of letters, no digit: <c>"Wi-Fi passphrase"</c>, <c>"Jeton d'accès"</c>, <c>"EnterWiFiKey"</c>), and the
    /// table is kept as text: held by a field, property or local named as text (<c>UiStrings</c>, <c>LoginLabels</c>), a
    /// member table of a type named as text (<c>static class Localization</c>, <c>Strings</c>, <c>Resources</c>), or one
    /// language's table of another (<c>["de"] = new() { ... }</c>, keyed by a BCP 47 language tag). A table named as settings
    /// or secrets (<c>FactoryDefaults</c>, <c>ConnectionStrings</c>) is judged wherever it is kept, and so is a value with a
    /// digit in it, whatever table holds it.
    /// </summary>
    internal static bool IsInTextTable(SyntaxNode entry, ExpressionSyntax value)
    {
        if (!IsCaption(value))
        {
            return false;
        }

        // The entry's initializer: ["wifi.psk"] = "..." or { "wifi.psk", "..." } in a table's initializer; an indexer
        // assignment or an Add call in a statement writes a table entry by entry, and is judged.
        SyntaxNode? start = entry.Parent switch
        {
            InitializerExpressionSyntax element => element,
            ArgumentSyntax { Parent: BracketedArgumentListSyntax { Parent: ImplicitElementAccessSyntax { Parent: AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax entries } } } } => entries,
            _ => null,
        };
        for (var node = start; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case InitializerExpressionSyntax or ImplicitObjectCreationExpressionSyntax or ObjectCreationExpressionSyntax:
                    if (node is InitializerExpressionSyntax { Parent: ImplicitObjectCreationExpressionSyntax or ObjectCreationExpressionSyntax } inner &&
                        inner.Parent?.Parent is AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax { ArgumentList.Arguments: { Count: 1 } languageKeys } } languageEntry &&
                        LanguageKeyText(languageKeys[0].Expression, 0) is { } language && (IsLanguageTag(language) || IsFallback(language)))
                    {
                        // ["de"] = new() { ... }, [German + "-AT"] = ...: one language's table (or the fallback beside them), when
                        // every key of the outer table is a language's and one at least is no fallback (["ne"], ["se"] beside
                        // ["nw"] are a yard's zones), and the table holds no bare number (["channel"] = "11" is a setting: a
                        // translation writes words)
                        return !OuterHolderSaysSecrets(inner) &&
                               (languageEntry.Parent is InitializerExpressionSyntax languages
                                   ? languages.Expressions.All(IsLanguageEntry) && languages.Expressions.Any(IsNamedLanguageEntry)
                                   : IsLanguageTag(language)) &&
                               !inner.Expressions.Any(HoldsBareNumber);
                    }

                    break;
                case AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax }:
                case EqualsValueClauseSyntax:
                    break; // an outer table's entry, or the holder's initializer
                case VariableDeclaratorSyntax declarator:
                    var declared = SecretNames.SplitWords(declarator.Identifier.ValueText);
                    return !SaysSecrets(declared) &&
                           (NamesText(declared) ||
                            (declarator.Parent?.Parent is FieldDeclarationSyntax && declarator.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } fieldType && NamesTextType(fieldType)));
                case PropertyDeclarationSyntax property:
                    var propertyWords = SecretNames.SplitWords(property.Identifier.ValueText);
                    return !SaysSecrets(propertyWords) &&
                           (NamesText(propertyWords) ||
                            (property.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } propertyType && NamesTextType(propertyType)));
                default:
                    return false; // a table handed to a call or returned: judged
            }
        }

        return false;

        // A key written as text, a constant of the file holding text, or the two joined (German + "-AT")
        static string? LanguageKeyText(ExpressionSyntax key, int depth) => depth > 3 ? null : SyntacticValues.Strip(key) switch
        {
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } text => text.Token.ValueText,
            IdentifierNameSyntax name when SyntacticValues.Find(name) is { Kind: DeclarationKind.Constant, Value: { } constant } => LanguageKeyText(constant, depth + 1),
            BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } joined =>
                LanguageKeyText(joined.Left, depth + 1) is { } left && LanguageKeyText(joined.Right, depth + 1) is { } right ? left + right : null,
            _ => null,
        };

        // an outer table's entry keyed by a language tag or the fallback, or by what the file cannot read (a constant from elsewhere)
        static bool IsLanguageEntry(ExpressionSyntax entry) =>
            entry is not AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax { ArgumentList.Arguments: { Count: 1 } keys } } ||
            LanguageKeyText(keys[0].Expression, 0) is not { } key || IsLanguageTag(key) || IsFallback(key);

        static bool IsNamedLanguageEntry(ExpressionSyntax entry) =>
            entry is AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax { ArgumentList.Arguments: { Count: 1 } keys } } &&
            LanguageKeyText(keys[0].Expression, 0) is { } key && IsLanguageTag(key);

        // the table a missing language falls back to
        static bool IsFallback(string key) => key.ToLowerInvariant() is "" or "default" or "fallback" or "neutral" or "invariant";

        // ["channel"] = "11", ["rssi"] = "-72", ["band"] = "2.4": a number written as text
        static bool HoldsBareNumber(ExpressionSyntax entry) =>
            (entry switch
            {
                AssignmentExpressionSyntax assignment => assignment.Right,
                InitializerExpressionSyntax { Expressions.Count: 2 } pair => pair.Expressions[1],
                _ => null,
            }) is { } value && SyntacticValues.Strip(value) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } number &&
            IsNumber(number.Token.ValueText);

        // 11, -72, +3, 2.4, 2,4 (a decimal comma), and a measure: a number and its unit (-72 dBm, 5 GHz, 30 s, 80 %)
        static bool IsNumber(string text)
        {
            var unit = text.Length;
            while (unit > 0 && (char.IsLetter(text[unit - 1]) || text[unit - 1] is '%' or '°'))
            {
                unit--;
            }

            if (unit < text.Length && (text.Length - unit > 4 || unit == 0))
            {
                return false;
            }

            text = text.Substring(0, unit).TrimEnd();
            var digits = text.Length > 0 && text[0] is '-' or '+' ? text.Substring(1) : text;
            var separator = digits.IndexOfAny(new[] { '.', ',' });
            return digits.Length > 0 && (separator < 0
                ? digits.All(c => c is >= '0' and <= '9')
                : separator > 0 && separator < digits.Length - 1 && digits.Remove(separator, 1).All(c => c is >= '0' and <= '9'));
        }

        static bool OuterHolderSaysSecrets(SyntaxNode inner) =>
            inner.Ancestors().FirstOrDefault(a => a is VariableDeclaratorSyntax or PropertyDeclarationSyntax) switch
            {
                VariableDeclaratorSyntax outer => SaysSecrets(SecretNames.SplitWords(outer.Identifier.ValueText)),
                PropertyDeclarationSyntax outer => SaysSecrets(SecretNames.SplitWords(outer.Identifier.ValueText)),
                _ => false,
            };

        // The name's head word says text, in the plural a table of it holds (UiStrings, LoginLabels, PromptTexts, English is
        // no name of one): not a word before it (LabelPrinter, MessageBroker) nor one message (joinMessage: a payload).
        static bool NamesText(System.Collections.Generic.IReadOnlyList<string> words) =>
            words.Count > 0 && Array.IndexOf(TextTableWords, words[words.Count - 1]) >= 0;

        static bool NamesTextType(TypeDeclarationSyntax type) => IsTextTypeName(type.Identifier.ValueText);

        // en, de, fr-CA, pt_BR, zh-Hant, zh-Hant-TW, es-419: a BCP 47 language tag (language, optional script, optional region)
        // BCP 47 (RFC 5646): language, then an ISO 15924 script, a region, variants (valencia, 1996), extensions (u-ca-buddhist)
        // and a private use part (x-kiosk), each in its place
        static bool IsLanguageTag(string text)
        {
            var parts = text.Split('-', '_');
            if (!LanguageCodes.Contains(parts[0].ToLowerInvariant()))
            {
                return false;
            }

            var at = 1;
            if (at < parts.Length && parts[at].Length == 4 && Scripts.Contains(parts[at].ToLowerInvariant()))
            {
                at++; // a script: Hant, Latn, Cyrl
            }

            if (at < parts.Length && ((parts[at].Length == 2 && parts[at].All(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z')) ||
                                      (parts[at].Length == 3 && parts[at].All(char.IsDigit))))
            {
                at++; // a region: TW, BR, us, 419
            }

            while (at < parts.Length && IsAlphanumeric(parts[at]) && (parts[at].Length is >= 5 and <= 8 || (parts[at].Length == 4 && char.IsDigit(parts[at][0]))))
            {
                at++; // a variant: ca-ES-valencia, de-1996
            }

            while (at + 1 < parts.Length && parts[at].Length == 1 && IsAlphanumeric(parts[at]))
            {
                // an extension or the private use part: its singleton, then one or more subtags of 1 to 8 (u-ca-buddhist, x-kiosk)
                var privateUse = parts[at] is "x" or "X";
                at++;
                var subtags = 0;
                while (at < parts.Length && IsAlphanumeric(parts[at]) && parts[at].Length is >= 1 and <= 8 && (privateUse || parts[at].Length >= 2))
                {
                    at++;
                    subtags++;
                }

                if (subtags == 0)
                {
                    return false;
                }
            }

            return at == parts.Length;

            static bool IsAlphanumeric(string part) => part.Length > 0 && part.All(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9');
        }
    }

    /// <summary>
    /// Whether a type's name says it holds a user interface's text (<c>Strings</c>, <c>UiLabels</c>, <c>Localization</c>,
    /// <c>Resources</c>), and not secrets or settings (<c>ConnectionStrings</c>, <c>SecretStrings</c>).
    /// </summary>
    private static bool IsTextTypeName(string name) =>
        SecretNames.SplitWords(name) is { Count: > 0 } words && !SaysSecrets(words) &&
        (words[words.Count - 1] is "strings" or "texts" or "labels" or "captions" or "translations" or "localization" or "localisation" or "locale" or "i18n" or "l10n" ||
         // Resources, AppResources, SharedResources, UiResources: a user interface's; BackupShareResources are a share's
         words[words.Count - 1] == "resources" &&
         (words.Count == 1 || words[words.Count - 2] is "app" or "ui" or "shared" or "string" or "text" or "localized" or "localised" or "language" or "lang" or "display" or "view" or "page" or "screen"));

    /// <summary>
    /// Whether a constant or read-only member written with <paramref name="text"/> is a caption kept among a user interface's
    /// text (<c>internal static class Strings { public const string AdminPin = "Administrator PIN"; }</c>): the value reads
    /// as words (<see cref="IsCaption"/>) and its type, or a type it is nested in, is named as text. Not a secret, whatever
    /// the member's name says (IOT1004). The nearest type named as secrets or settings (<c>Strings.FactoryDefaults</c>) keeps
    /// its members judged.
    /// </summary>
    internal static bool IsCaptionInTextType(string text, ISymbol member)
    {
        // (a constant, a read-only field, a get-only or init property: a value the type declares; not a local of one of its
        // methods, nor a property the code sets)
        if (member is not (IFieldSymbol { IsConst: true } or IFieldSymbol { IsReadOnly: true } or IPropertySymbol { SetMethod: null } or IPropertySymbol { SetMethod.IsInitOnly: true }) ||
            !IsCaptionText(text))
        {
            return false;
        }

        for (var t = member.ContainingType; t is not null; t = t.ContainingType)
        {
            if (IsTextTypeName(t.Name))
            {
                return true;
            }

            if (SaysSecrets(SecretNames.SplitWords(t.Name)))
            {
                return false; // SetupStrings.FactoryDefaults: the nearer type says what it holds
            }
        }

        return false;
    }

    /// <summary>Whether a table's or a type's name says what it holds is secret or settings (<c>ConnectionStrings</c>, <c>SecretStrings</c>, <c>FactoryDefaults</c>).</summary>
    private static bool SaysSecrets(System.Collections.Generic.IReadOnlyList<string> words) =>
            words.Any(w => w is "connection" or "connections" or "secret" or "secrets" or "credential" or "credentials" or "password" or "passwords" or
                           "key" or "keys" or "token" or "tokens" or "config" or "configuration" or "settings" or "defaults" or "options" or
                           "factory" or "provisioning" or "login" or "logins" or "prefill" or "preset" or "presets" or "values");

    /// <summary>
    /// Whether a written value reads as a caption or a prompt for its key: letters (of any script) in words, with spaces,
    /// hyphens, apostrophes, dots or a colon between them, or run together in Pascal case (<c>"EnterWiFiKey"</c>), and no
    /// digit. A generated or written password has digits or symbols; a passphrase of plain words in a text table reads as text.
    /// Outside ASCII, punctuation, spaces and symbols are a script's own writing (the full-width <c>（）：？！</c>, <c>【】</c>,
    /// <c>～</c>, <c>«»</c>, the ideographic space, an emoji), as a caption in that script writes them; inside ASCII only the
    /// sentence punctuation above is, since a password's symbols are ASCII ones. A symbol between two letters of a script
    /// written with spaces (<c>"Priel§Düne°Watt"</c>) is a password's, unless it joins words (a dash, an apostrophe, a middle
    /// dot, an invisible joiner).
    /// </summary>
    private static bool IsCaption(ExpressionSyntax value) =>
        SyntacticValues.Strip(value) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal && IsCaptionText(literal.Token.ValueText);

    /// <summary>The text of <see cref="IsCaption"/>.</summary>
    private static bool IsCaptionText(string written)
    {
        if (written.Length == 0 || !written.Any(char.IsLetter))
        {
            return false;
        }

        // (composed: "Contrasen\u0303a" is "Contraseña"; the Greek question mark is written as ';')
        var text = written.IsNormalized(System.Text.NormalizationForm.FormC) ? written : written.Normalize(System.Text.NormalizationForm.FormC);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetter(c) || c is ' ' or '-' or '\'' or '.' or ':' or '(' or ')' or '/' or ',')
            {
                continue;
            }

            if (c is '?' or '!' or ';')
            {
                if (i < text.Length - 1 && text[i + 1] != ' ')
                {
                    return false; // an ASCII question or exclamation ends a sentence: inside a run of letters it is a password's symbol
                }

                continue;
            }

            if (c <= '\u007f')
            {
                return false; // a password's ASCII symbols and digits
            }

            // (a character outside the Basic Multilingual Plane, an emoji, is read as one with its pair)
            var category = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(text, i);
            var width = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            if (!IsScriptPunctuation(category) ||
                (c is '¿' or '¡' && i > 0 && text[i - 1] != ' ') || // (the Spanish ones open a sentence)
                (!JoinsWords(c, category) && !IsQuoteOrBracket(category) && IsSpacedScriptLetter(text, Neighbour(text, i, -1)) && IsSpacedScriptLetter(text, Neighbour(text, i + width - 1, +1))))
            {
                return false; // "Priel§Düne°Watt", "Watt§-Priel": a symbol inside a run of letters of a script written with spaces
            }

            i += width - 1;
        }

        return true;

        // quotation marks and brackets close up to the words they enclose („Gäste“-WLAN, «Admin»Zugang)
        static bool IsQuoteOrBracket(System.Globalization.UnicodeCategory category) =>
            category is System.Globalization.UnicodeCategory.InitialQuotePunctuation or System.Globalization.UnicodeCategory.FinalQuotePunctuation or
                System.Globalization.UnicodeCategory.OpenPunctuation or System.Globalization.UnicodeCategory.ClosePunctuation;

        // The nearest character before or after, past the joiners and marks beside the symbol ("Watt§-Priel": 'P').
        static int Neighbour(string text, int at, int step)
        {
            for (var i = at + step; i >= 0 && i < text.Length; i += step)
            {
                var category = char.GetUnicodeCategory(text[i]);
                if (!JoinsWords(text[i], category) && category is not (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or
                                                                       System.Globalization.UnicodeCategory.EnclosingMark))
                {
                    return i;
                }
            }

            return -1;
        }

        // a letter of a script that puts spaces between words (not Chinese, Japanese, Thai, Lao, Khmer, Myanmar or Tibetan,
        // which write their punctuation between letters)
        static bool IsSpacedScriptLetter(string text, int at) =>
            at >= 0 && at < text.Length && char.IsLetter(text[at]) && text[at] is not (>= '\u0E00' and <= '\u0FFF' or >= '\u1000' and <= '\u109F' or
                                                                                   >= '\u1780' and <= '\u17FF' or >= '\u2E80' and <= '\u9FFF' or
                                                                                   >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF');

        // what joins two words into one in those scripts: a hyphen or dash, an apostrophe (l’accès), a middle dot (col·lecció),
        // an invisible joiner or soft hyphen, a combining mark (ñ written as n and a tilde)
        static bool JoinsWords(char c, System.Globalization.UnicodeCategory category) =>
            category is System.Globalization.UnicodeCategory.DashPunctuation or System.Globalization.UnicodeCategory.Format or
                System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark ||
            c is '’' or 'ʼ' or '‘' or '·';
    }

    /// <summary>
    /// Whether a character of this category, outside ASCII, is a caption's writing between its words: punctuation, a space,
    /// a math or other symbol (an emoji), a mark, an invisible format character (a zero-width non-joiner, a soft hyphen). No
    /// digit of any script (full-width, superscript), no currency sign, no control or private-use character.
    /// </summary>
    private static bool IsScriptPunctuation(System.Globalization.UnicodeCategory category) => category switch
    {
        System.Globalization.UnicodeCategory.DecimalDigitNumber or System.Globalization.UnicodeCategory.OtherNumber or System.Globalization.UnicodeCategory.LetterNumber => false,
        System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.PrivateUse or
            System.Globalization.UnicodeCategory.OtherNotAssigned => false,
        System.Globalization.UnicodeCategory.CurrencySymbol => false,
        _ => true,
    };

    /// <summary>The ISO 15924 script subtags a language tag names (zh-Hant, sr-Latn, az-Cyrl), in lower case; not a word such as "west".</summary>
    private static readonly System.Collections.Generic.HashSet<string> Scripts = new(StringComparer.Ordinal)
    {
        "latn", "cyrl", "hans", "hant", "arab", "deva", "grek", "hebr", "jpan", "kore", "thai", "ethi", "geor", "armn", "beng", "taml",
        "telu", "knda", "mlym", "gujr", "guru", "orya", "sinh", "khmr", "laoo", "mymr", "tibt", "mong", "hira", "kana", "hang",
    };

    /// <summary>The ISO 639-1 language codes (the language part of the tags resource tables key their languages by).</summary>
    private static readonly System.Collections.Generic.HashSet<string> LanguageCodes = new(StringComparer.Ordinal)
    {
        "aa", "ab", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bi", "bm", "bn", "bo", "br", "bs", "ca", "ce",
        "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj",
        "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz", "ia", "id", "ie", "ig",
        "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj", "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw",
        "ky", "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb",
        "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn",
        "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta",
        "te", "tg", "th", "ti", "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo",
        "xh", "yi", "yo", "za", "zh", "zu", "fil", "haw", "yue", "gsw", "nds", "ast", "ckb",
    };

    /// <summary>The words that name a table of a user interface's text (a subset of <see cref="LabelTableWords"/>).</summary>
    private static readonly string[] TextTableWords =
    {
        "labels", "texts", "strings", "captions", "titles", "translations", "messages", "hints", "prompts", "tooltips", "descriptions",
        "localization", "localisation", "i18n", "l10n",
    };

    /// <summary>
    /// Whether the table holding a pair is named as default or factory credentials: the field, property or local it
    /// initialises (<c>CameraDefaults</c>, <c>FactoryLogins</c>, <c>defaultPasswords</c>).
    /// </summary>
    /// <summary>
    /// Whether a value written in a table (<paramref name="entry"/>: its literal or its pair) sits in a table whose holder's
    /// name says it holds logins or passwords (<c>HmiLogins</c>, <c>ServicePasswords</c>), not labels or what is kept about them.
    /// </summary>
    internal static bool IsInNamedCredentialTable(SyntaxNode entry) => TableNaming(entry) == TableKind.NamedCredentials;

    private static TableKind TableNaming(SyntaxNode pairElement)
    {
        SyntaxNode? table = null;
        for (var node = pairElement.Parent; node is not null; node = node.Parent)
        {
            if (node is InitializerExpressionSyntax or CollectionExpressionSyntax)
            {
                table = node; // the outermost initializer below the holder: the table
            }

            switch (node)
            {
                case VariableDeclaratorSyntax declarator:
                    return Cached(declarator.Identifier.ValueText, table);
                case PropertyDeclarationSyntax property:
                    return Cached(property.Identifier.ValueText, table);
                case AssignmentExpressionSyntax { Left: var left } assignment when !assignment.Left.Contains(pairElement) && left is not ImplicitElementAccessSyntax:
                    return SyntaxNames.Rightmost(left) is { } name ? Cached(name, table) : TableKind.Unnamed;
                case StatementSyntax or MemberDeclarationSyntax or LambdaExpressionSyntax:
                    return TableKind.Unnamed;
            }
        }

        return TableKind.Unnamed;

        // One table, one naming: worked out once however many pairs it holds (a generated table has thousands).
        static TableKind Cached(string name, SyntaxNode? table) =>
            table is null ? NamesCredentials(name, null) : TableKinds.GetValue(table, t => new StrongBox<TableKind>(NamesCredentials(name, t))).Value;

        // A credential word names credentials. "Defaults" or "factory" alone names settings as often (DisplayDefaults,
        // DefaultPorts): such a table is credentials only when it names nothing else and holds a listed default that is no
        // plain word (12345, xc3511), as vendor default-password tables do.
        static TableKind NamesCredentials(string name, SyntaxNode? table)
        {
            var words = SecretNames.SplitWords(name);
            if (words.Any(w => Array.IndexOf(LabelTableWords, w) >= 0))
            {
                return TableKind.Unnamed; // LoginLabels, AccountTypes, PasswordMessages: text about credentials, not credentials
            }

            if (HeadWord(words) is { } head && head is not ("value" or "values") && Array.IndexOf(SettingTableWords, head) >= 0)
            {
                return TableKind.Unnamed; // LoginRoles, PasswordProfilesByUser: what each login is or may do, not its password
            }

            if (words.Any(w => Array.IndexOf(CredentialTableWords, w) >= 0) ||
                // StationAuthorizationKeys, ChargerAuthKeys, AuthKeysByCharger, ReaderAuthKeyMap: keys a device presents as its
                // password (not a bare Keys table)
                NamesPresentedKeys(words))
            {
                return TableKind.NamedCredentials;
            }

            if (!words.Any(w => Array.IndexOf(DefaultTableWords, w) >= 0) || words.Any(w => Array.IndexOf(SettingTableWords, w) >= 0))
            {
                return TableKind.Unnamed;
            }

            // Credentials when it holds a listed default that is no plain word (12345, xc3511), or its entries are keyed by
            // listed default user names (["admin"] = ..., ["technician"] = ...) rather than by settings (["role"] = "user").
            return table is not null &&
                   (table.DescendantTokens().Any(t => t.IsKind(SyntaxKind.StringLiteralToken) && t.ValueText.Any(char.IsDigit) && DefaultCredentialList.IsDefaultPassword(t.ValueText)) ||
                    KeysOf(table).Count(DefaultCredentialList.IsDefaultUser) >= 2)
                ? TableKind.Credentials
                : TableKind.Defaults;
        }
    }

    /// <summary>
    /// The word a table's name is about: its last word before a "by", "per" or "for" saying how it is looked up
    /// (<c>LoginRoles</c>: roles; <c>PasswordsByRole</c>: passwords). Null for a name of no words.
    /// </summary>
    private static string? HeadWord(System.Collections.Generic.IReadOnlyList<string> words)
    {
        var end = words.Count;
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i] is "by" or "per" or "for")
            {
                end = i;
                break;
            }
        }

        return end > 0 ? words[end - 1] : null;
    }

    /// <summary>
    /// Whether a table's name holds a key a device presents as its password (<c>StationAuthorizationKeys</c>,
    /// <c>AuthKeysByCharger</c>, <c>ReaderAuthKeyMap</c>): the words up to its last "key" or "keys" name one, and any words
    /// after it say how the table is looked up (by, per, for, map, table, lookup, list).
    /// </summary>
    private static bool NamesPresentedKeys(System.Collections.Generic.IReadOnlyList<string> words)
    {
        for (var i = words.Count - 1; i >= 1; i--)
        {
            if (words[i] is "key" or "keys")
            {
                var rest = words.Skip(i + 1).ToList();
                return (rest.Count == 0 || rest[0] is "by" or "per" or "for" || rest.All(w => w is "map" or "table" or "lookup" or "list" or "dictionary")) &&
                       SecretNames.IsPasswordMemberName(string.Concat(words.Take(i).Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1))) + "Key");
            }
        }

        return false;
    }

    /// <summary>A word written as a title ("Service", "Guest"): a display name, where a default password is written as typed.</summary>
    private static bool IsTitleWord(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && text.Skip(1).All(char.IsLower);

    /// <summary>
    /// Element names that make a pair a setting and its value (<c>(string Key, string Value)</c>, <c>(Name, Value)</c>,
    /// <c>(Setting, Value)</c>): the first element is then the key the value is stored under.
    /// </summary>
    private static bool IsKeyValueNaming(string?[] declared) =>
        declared[0] is { } first && declared[1] is { } second &&
        SecretNames.SplitWords(first) is { Count: > 0 } keyWords && keyWords[keyWords.Count - 1] is "key" or "name" or "setting" or "option" or "path" or "property" &&
        SecretNames.SplitWords(second) is { Count: > 0 } valueWords && valueWords[valueWords.Count - 1] == "value";

    /// <summary>
    /// The element names of the tuple type a table of tuples is declared with (<c>(string User, string Password)[]</c>,
    /// <c>List&lt;(string Parent, string Child)&gt;</c>), or null when the table's type names none.
    /// </summary>
    private static string?[]? DeclaredElementNames(TupleExpressionSyntax tuple)
    {
        TypeSyntax? type = null;
        for (var node = tuple.Parent; node is not null && type is null; node = node.Parent)
        {
            switch (node)
            {
                case VariableDeclarationSyntax declaration:
                    type = declaration.Type;
                    break;
                case PropertyDeclarationSyntax property:
                    type = property.Type;
                    break;
                case YieldStatementSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax:
                    // yield return ("Home", "..."), return (...), => (...): named by the function's return type
                    // (IEnumerable<(string Ssid, string Psk)>)
                    type = node.FirstAncestorOrSelf<SyntaxNode>(n => n is MethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or PropertyDeclarationSyntax) switch
                    {
                        MethodDeclarationSyntax method => method.ReturnType,
                        LocalFunctionStatementSyntax function => function.ReturnType,
                        PropertyDeclarationSyntax property => property.Type,
                        _ => null,
                    };
                    if (type is null)
                    {
                        return null;
                    }

                    break;
                case StatementSyntax or MemberDeclarationSyntax or LambdaExpressionSyntax or ArgumentSyntax:
                    return null;
            }
        }

        var tupleType = type?.DescendantNodesAndSelf().OfType<TupleTypeSyntax>().FirstOrDefault(t => t.Elements.Count == tuple.Arguments.Count);
        if (tupleType is null || tupleType.Elements.All(e => e.Identifier.IsKind(SyntaxKind.None)))
        {
            return null;
        }

        return tupleType.Elements.Select(e => e.Identifier.IsKind(SyntaxKind.None) ? null : e.Identifier.ValueText).ToArray();
    }

    /// <summary>A user name in a table of pairs has a letter; ("666666", "666666") in a palette is two colours.</summary>
    private static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A pair that is no element of a table (array, collection or dictionary initializer, or a call's argument list).</summary>
    private static bool IsLonePair(ExpressionSyntax first)
    {
        var entry = first.FirstAncestorOrSelf<SyntaxNode>(n => n is InitializerExpressionSyntax or TupleExpressionSyntax or AssignmentExpressionSyntax);
        return entry is TupleExpressionSyntax tuple && tuple.Parent is not (InitializerExpressionSyntax or ArgumentSyntax or ExpressionElementSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax);
    }

    private static bool IsSelfMappingTable(ExpressionSyntax first, string user, string password)
    {
        if (!string.Equals(user, password, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // The table: the initializer holding this pair's initializer, tuple or element assignment.
        var entry = first.FirstAncestorOrSelf<SyntaxNode>(n => n is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ComplexElementInitializerExpression } or TupleExpressionSyntax or AssignmentExpressionSyntax);
        if (entry?.Parent is not InitializerExpressionSyntax table)
        {
            return false;
        }

        var pairs = 0;
        foreach (var element in table.Expressions)
        {
            var (a, b) = element switch
            {
                InitializerExpressionSyntax { Expressions.Count: 2 } complex => (complex.Expressions[0], complex.Expressions[1]),
                TupleExpressionSyntax { Arguments.Count: 2 } tuple => (tuple.Arguments[0].Expression, tuple.Arguments[1].Expression),
                AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax { ArgumentList.Arguments.Count: 1 } access } assignment => (access.ArgumentList.Arguments[0].Expression, assignment.Right),
                _ => (null, null),
            };
            if (a is null || b is null || KeyText(a) is not { } left || SyntacticValues.WrittenText(b) is not { } right || !string.Equals(left, right, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            pairs++;
        }

        return pairs >= 2;
    }

    /// <summary>The text of a key written as a string literal (or a concatenation of literals), else null.</summary>
    private static string? KeyText(ExpressionSyntax key) =>
        SyntacticValues.WrittenText(key) is { Length: > 0 } text && text.IndexOf(SyntacticValues.Hole) < 0 ? text : null;
}

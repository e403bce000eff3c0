using System;
using System.Linq;
using System.Collections.Immutable;
using IoTSecure.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;

namespace IoTSecure.Analyzers.Sinks;

/// <summary>A value passed to a catalogued credential parameter.</summary>
internal readonly struct SinkArgument
{
    public SinkArgument(IOperation value, ResolvedSink sink, ISymbol member, ImmutableArray<IArgumentOperation> siblings = default)
    {
        Value = value;
        Sink = sink;
        Member = member;
        Siblings = siblings.IsDefault ? ImmutableArray<IArgumentOperation>.Empty : siblings;
    }

    /// <summary>All arguments of the call, for sinks that depend on another argument (a header's name).</summary>
    public ImmutableArray<IArgumentOperation> Siblings { get; }

    /// <summary>How the finding describes where the value goes: <c>reaches 'Type.Member' parameter 'p'</c>.</summary>
    public string Where => "reaches '" + SinkDisplay + "' parameter '" + Sink.Spec.Parameter + "'";

    /// <summary>The argument value (or the assigned value for a property sink).</summary>
    public IOperation Value { get; }

    public ResolvedSink Sink { get; }

    /// <summary>The method, constructor or property that receives it.</summary>
    public ISymbol Member { get; }

    /// <summary>How the sink is named in messages: <c>Type.Member</c>, or <c>new Type(...)</c> for a constructor.</summary>
    public string SinkDisplay => Member is IMethodSymbol { MethodKind: MethodKind.Constructor }
        ? "new " + Member.ContainingType.Name + "(...)"
        : Member.ContainingType.Name + "." + Member.Name;
}

/// <summary>
/// Whether a value written as <paramref name="value"/> could give the calling rule a finding at <paramref name="sink"/>,
/// judged on syntax alone (<see cref="SyntacticValues"/>). It may say yes to clean code; it must not say no to code
/// that could give a finding.
/// </summary>
internal delegate bool SinkScreen(CredentialSink sink, ExpressionSyntax value);

/// <summary>
/// Finds every value that reaches a credential sink, by symbol: invocations, object creations (including
/// target-typed <c>new(...)</c> and attribute constructors such as nanoFramework's <c>[Authentication("Basic:...")]</c>),
/// named arguments and property assignments (including object initializers). Registers syntax actions and asks the
/// semantic model only when the called name is one the catalogue knows, a catalogued type with that member is
/// referenced by the compilation, and the argument at the sink parameter's position passes the rule's
/// <see cref="SinkScreen"/>; so unrelated code costs a dictionary miss, and a sink given a parameter or a call's
/// result costs a look at its syntax, with no operation tree built for it.
/// </summary>
internal static class SinkArguments
{
    public static void Register(SyntaxActions actions, IoTSecureContext iot, SinkScreen screen, Action<SyntaxNodeAnalysisContext, SinkArgument> onArgument)
    {
        RegisterLibraryMembersNamedAsSecrets(actions, iot, screen, onArgument);
        var sinks = iot.Sinks;
        var slots = iot.Slots;
        if (sinks.IsEmpty || !slots.AnyPresent)
        {
            return;
        }

        actions.Add(
            c =>
            {
                var syntax = (InvocationExpressionSyntax)c.Node;
                var arguments = syntax.ArgumentList.Arguments;
                if (SyntaxNames.Rightmost(syntax.Expression) is { } name && slots.ForCall(name, arguments.Count) is { IsEmpty: false } callSlots &&
                    MayReach(callSlots, arguments, screen) &&
                    c.SemanticModel.GetOperation(syntax, c.CancellationToken) is IInvocationOperation invocation)
                {
                    VisitArguments(c, sinks, invocation.TargetMethod, invocation.Arguments, onArgument);
                }
            },
            SyntaxKind.InvocationExpression);

        // A collection initializer's elements are Add calls the compiler writes (new HttpRequestMessage { Headers = { {
        // "X-Api-Key", key } } }, new WebHeaderCollection { "X-Api-Key: ..." }): each element is judged as a call of Add.
        actions.Add(
            c =>
            {
                var initializer = (InitializerExpressionSyntax)c.Node;
                IObjectOrCollectionInitializerOperation? bound = null;
                foreach (var element in initializer.Expressions)
                {
                    var arguments = CallArguments.OfElement(element);
                    if (slots.ForCall(CollectionAdd, arguments.Count) is { IsEmpty: false } addSlots && MayReach(addSlots, arguments, screen) &&
                        (bound ??= c.SemanticModel.GetOperation(initializer, c.CancellationToken) as IObjectOrCollectionInitializerOperation) is { } calls &&
                        AddCallOf(calls, element) is { } add)
                    {
                        VisitArguments(c, sinks, add.TargetMethod, add.Arguments, onArgument);
                    }
                }
            },
            SyntaxKind.CollectionInitializerExpression);

        actions.Add(
            c =>
            {
                var (typeName, arguments) = c.Node switch
                {
                    ObjectCreationExpressionSyntax creation => (SyntaxNames.Rightmost(creation.Type), creation.ArgumentList?.Arguments ?? default),
                    ImplicitObjectCreationExpressionSyntax implicitCreation => (null, implicitCreation.ArgumentList.Arguments), // the type is only known to the semantic model
                    _ => (null, default),
                };

                if (c.Node is AttributeSyntax attribute)
                {
                    if (SyntaxNames.Rightmost(attribute.Name) is not { } attributeName || CatalogedTypeName(iot, attributeName) is null)
                    {
                        return;
                    }
                }
                else
                {
                    var cataloged = typeName is null ? null : CatalogedTypeName(iot, typeName);
                    if (arguments.Count == 0 || (typeName is not null && cataloged is null) ||
                        !MayReach(slots.ForConstructor(cataloged, arguments.Count), arguments, screen))
                    {
                        return;
                    }
                }

                var operation = c.SemanticModel.GetOperation(c.Node, c.CancellationToken);
                if (operation is IAttributeOperation attributeOperation)
                {
                    operation = attributeOperation.Operation;
                }

                if (operation is IObjectCreationOperation { Constructor: { } constructor } objectCreation)
                {
                    VisitArguments(c, sinks, constructor, objectCreation.Arguments, onArgument);
                }
            },
            SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.Attribute);

        actions.Add(
            c =>
            {
                var syntax = (AssignmentExpressionSyntax)c.Node;
                if (SyntaxNames.Rightmost(syntax.Left) is { } name && sinks.HasMember(name) && slots.HasProperty(name) &&
                    MayReachProperty(sinks, name, syntax.Right, screen) &&
                    c.SemanticModel.GetOperation(syntax, c.CancellationToken) is IAssignmentOperation
                    {
                        Target: IPropertyReferenceOperation { Property: { } property },
                    } assignment and (ISimpleAssignmentOperation or ICoalesceAssignmentOperation) &&
                    sinks.TryFind(property, "value", out var sink))
                {
                    onArgument(c, new SinkArgument(assignment.Value, sink, property));
                }
            },
            SyntaxKind.SimpleAssignmentExpression, SyntaxKind.CoalesceAssignmentExpression); // options.Password ??= "...": a default

        // A header collection's indexer, the same Set as its catalogued method (WebClient's and HttpWebRequest's
        // headers[HttpRequestHeader.Authorization] = "Bearer ...", headers["Authorization"] = "Basic ..."): judged as that
        // method's value beside the index as the header's name. Keys that name a secret themselves (headers["X-API-Key"])
        // are configuration keys' (KeyedValues), so one value is judged once.
        var names = iot.Settings.SecretNames;
        actions.Add(
            c =>
            {
                var syntax = (AssignmentExpressionSyntax)c.Node;
                // (new WebHeaderCollection { [HttpRequestHeader.Authorization] = "Bearer ..." }: the same indexer in an initializer)
                var keys = syntax.Left switch
                {
                    ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } indexed } => indexed,
                    ImplicitElementAccessSyntax { ArgumentList.Arguments: { Count: 1 } initialized } => initialized,
                    _ => default,
                };
                if (keys.Count != 1 ||
                    !MayNameHeaderByIndex(SyntacticValues.Strip(keys[0].Expression), names) ||
                    c.SemanticModel.GetOperation(syntax, c.CancellationToken) is not ISimpleAssignmentOperation
                    {
                        Target: IPropertyReferenceOperation { Property: { IsIndexer: true } indexer } target,
                    } assignment ||
                    !TryFindHeaderSet(target.Instance?.Type ?? indexer.ContainingType, sinks, out var sink) || !screen(sink.Spec, syntax.Right))
                {
                    return;
                }

                onArgument(c, new SinkArgument(assignment.Value, sink, indexer, target.Arguments));
            },
            SyntaxKind.SimpleAssignmentExpression);
    }

    /// <summary>
    /// The catalogued header sink of a header collection's two-argument <c>Set</c>, on the collection's own type or a base
    /// (the string indexer of <c>WebHeaderCollection</c> is declared by <c>NameValueCollection</c>; its <c>Set</c> is
    /// overridden).
    /// </summary>
    private static bool TryFindHeaderSet(ITypeSymbol? type, SinkIndex sinks, out ResolvedSink sink)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers("Set"))
            {
                if (member is IMethodSymbol { Parameters.Length: 2 } set && sinks.TryFind(set, "value", out sink) && sink.Spec.Kind == SecretKind.Header)
                {
                    return true;
                }
            }
        }

        sink = default;
        return false;
    }

    /// <summary>
    /// A name (a constant's, a field's) that says it holds a header's name or a whole header line: <c>AuthorizationHeader</c>,
    /// <c>AuthLine</c>, <c>ApiKeyLine</c>. Only such names are bound where a header is set by index or by a whole line.
    /// </summary>
    private static bool NamesAHeader(ExpressionSyntax written) =>
        SyntaxNames.Rightmost(written) is { } name &&
        (name.IndexOf("auth", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("header", StringComparison.OrdinalIgnoreCase) >= 0 ||
         name.EndsWith("Line", StringComparison.Ordinal) || name.EndsWith("_LINE", StringComparison.Ordinal));

    /// <summary>The text written first in a string expression: a literal, the left of a concatenation, an interpolation's first text.</summary>
    private static string? LeadingText(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
        BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) => LeadingText(SyntacticValues.Strip(binary.Left)),
        InterpolatedStringExpressionSyntax { Contents: { Count: > 0 } contents } when contents[0] is InterpolatedStringTextSyntax text => SyntacticValues.TextOf(text),
        _ => null,
    };

    /// <summary>
    /// An index that may name an authentication header and is no secret-named configuration key: the
    /// <c>HttpRequestHeader</c> enum's <c>Authorization</c> or <c>ProxyAuthorization</c>, or a written header name such as
    /// <c>"Authorization"</c>.
    /// </summary>
    private static bool MayNameHeaderByIndex(ExpressionSyntax index, SecretNames names) => index switch
    {
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Authorization" or "ProxyAuthorization" } => true,
        IdentifierNameSyntax or MemberAccessExpressionSyntax => NamesAHeader(index), // headers[AuthorizationHeader]: a constant's name
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) =>
            AuthenticationHeaders.IsAuthenticationHeader(literal.Token.ValueText) &&
            (literal.Token.ValueText.Trim().ToLowerInvariant() is "authorization" or "proxy-authorization" || !names.IsSecretName(SecretNames.LastKeySegment(literal.Token.ValueText))),
        _ => false,
    };

    /// <summary>The spec a library member named as a secret is judged by: a password.</summary>
    private static readonly CredentialSink NamedPassword = new("(library)", "(named)", "value", SecretKind.Password);
    private static readonly CredentialSink KeyBytes = new("(library)", "(named)", "key", SecretKind.KeyMaterial);

    /// <summary>
    /// Sinks by the library's own naming, beyond the catalogue: a string property of a referenced library type whose name
    /// says it holds a secret (<c>ConfigurationOptions.Password</c> of a Redis client, <c>ConnectionFactory.Password</c> of
    /// an AMQP client, <c>SqlConnectionStringBuilder.Password</c>), set by assignment or in an object initializer; and a
    /// secret-named string parameter of the constructor of a library type named <c>...Credential</c> or
    /// <c>...Credentials</c> (<c>BasicAWSCredentials(accessKey, secretKey)</c>). A library names its credential members
    /// after what they take; the team's own types (declared in source) are never sinks by name (see the sink file).
    /// </summary>
    private static void RegisterLibraryMembersNamedAsSecrets(SyntaxActions actions, IoTSecureContext iot, SinkScreen screen, Action<SyntaxNodeAnalysisContext, SinkArgument> onArgument)
    {
        var names = iot.Settings.SecretNames;
        bool IsSecretMemberName(string name) => names.IsCredentialMemberName(name);

        actions.Add(
            c =>
            {
                var syntax = (AssignmentExpressionSyntax)c.Node;
                if (SyntaxNames.Rightmost(syntax.Left) is not { } name || !names.IsSecretName(name) && !IsSecretMemberName(name) || !screen(NamedPassword, syntax.Right) ||
                    c.SemanticModel.GetOperation(syntax, c.CancellationToken) is not IAssignmentOperation
                    {
                        Target: IPropertyReferenceOperation { Property: { IsIndexer: false, Type.SpecialType: SpecialType.System_String } property },
                    } assignment || assignment is not (ISimpleAssignmentOperation or ICoalesceAssignmentOperation) ||
                    !IsLibraryMember(property) || !(IsSecretMemberName(property.Name) || SaysAuthentication(property.ContainingType)) ||
                    iot.Sinks.TryFind(property, "value", out _) ||
                    iot.Settings.IsRemovedSink(SinkIndex.FullMetadataName(property.ContainingType), property.Name, "value"))
                {
                    return;
                }

                onArgument(c, new SinkArgument(assignment.Value, new ResolvedSink(property.ContainingType, Spec(property.ContainingType, property.Name, "value")), property));
            },
            SyntaxKind.SimpleAssignmentExpression, SyntaxKind.CoalesceAssignmentExpression);

        // Types a library names as credentials take secrets under any secret name; other library types only under a
        // credential's name (password, apiKey, clientSecret, accessToken). A type name seen with no such constructor
        // parameter, as written, is not bound again (most creations are of types like Uri or StringContent).
        var noCredentialParameters = new System.Collections.Concurrent.ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var sourceTypeNames = new Lazy<System.Collections.Generic.HashSet<string>>(() => TypeNames.DeclaredInSource(iot.Compilation));
        var sharedTypeNames = new Lazy<System.Collections.Generic.HashSet<string>>(() => LibraryCredentialMethods.TypeNamesLibrariesShare(iot.Compilation, sourceTypeNames.Value));
        actions.Add(
            c =>
            {
                var (typeName, arguments) = c.Node switch
                {
                    ObjectCreationExpressionSyntax creation => (SyntaxNames.Rightmost(creation.Type), creation.ArgumentList),
                    ImplicitObjectCreationExpressionSyntax implicitCreation => (null, implicitCreation.ArgumentList), // target-typed: only the model knows the type
                    _ => (null, null),
                };

                if (arguments is not { Arguments.Count: > 0 })
                {
                    return;
                }

                // Remembered by the type as written: two libraries' types of one simple name (Kestrel.CamSdk.Session,
                // Osprey.NvrSdk.Session) are told apart where the code qualifies them, as it must to use both.
                var writtenType = c.Node is ObjectCreationExpressionSyntax { Type: var createdType }
                    ? createdType is IdentifierNameSyntax simple ? simple.Identifier.ValueText : createdType.ToString()
                    : null;
                if (writtenType is not null && noCredentialParameters.ContainsKey(writtenType))
                {
                    return;
                }

                // The type by its name alone first, before any argument is screened (nothing of the member's body is
                // bound): the team's own type (new Reading("...")), or a library type none of whose constructors takes a
                // secret, is not looked at again. A name the source declares a type by (the team's own record per file:
                // new Reading97(..., "C")) is the team's type, read without binding anything (the trees' declarations),
                // unless a referenced library declares a type of the same simple name too (the team's
                // S7UaLib.Core.Ua.UserIdentity beside Opc.Ua.UserIdentity): then each creation's type is bound by its
                // name, and the name is not cached.
                var inSource = typeName is not null && sourceTypeNames.Value.Contains(typeName);
                var shared = inSource && sharedTypeNames.Value.Contains(typeName!);
                if (writtenType is not null && inSource && !shared)
                {
                    noCredentialParameters.TryAdd(writtenType, 0);
                    return;
                }

                if (!AnyArgumentPasses(arguments.Arguments, screen))
                {
                    return;
                }

                if (c.Node is ObjectCreationExpressionSyntax { Type: var written } && typeName is not null &&
                    TypeNames.OfName(c.SemanticModel, written) is { } named &&
                    (!IsLibraryMember(named) || !named.InstanceConstructors.Any(k => k.Parameters.Any(p => TakesSecret(named, p)))))
                {
                    if (!shared)
                    {
                        noCredentialParameters.TryAdd(writtenType!, 0);
                    }

                    return;
                }

                if (c.SemanticModel.GetOperation(c.Node, c.CancellationToken) is not IObjectCreationOperation { Constructor: { } constructor } operation ||
                    !IsLibraryMember(constructor))
                {
                    return;
                }

                foreach (var argument in operation.Arguments)
                {
                    if (argument.Parameter is { } parameter && argument.ArgumentKind != ArgumentKind.DefaultValue && TakesSecret(constructor.ContainingType, parameter) &&
                        !iot.Sinks.TryFind(constructor, parameter.Name, out _) && // catalogued: the catalogue's spec judges it
                        !iot.Settings.IsRemovedSink(SinkIndex.FullMetadataName(constructor.ContainingType), CredentialSink.ConstructorName, parameter.Name))
                    {
                        onArgument(c, new SinkArgument(argument.Value, new ResolvedSink(constructor.ContainingType, Spec(constructor.ContainingType, CredentialSink.ConstructorName, parameter.Name, KindOf(parameter))), constructor, operation.Arguments));
                    }
                }
            },
            SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression);

        // Types a library names as credentials (...Credential, ...Credentials, ...Identity) take secrets under any secret
        // name: a credential type's key or signature is its secret (AzureKeyCredential(key), AzureSasCredential(signature),
        // StorageSharedKeyCredential(accountName, accountKey)), a password may come as bytes (OPC UA's UserIdentity(string,
        // byte[])). A client's constructor names its credential "token" or "secret" bare (InfluxDBClient(url, token)).
        bool TakesSecret(INamedTypeSymbol type, IParameterSymbol parameter)
        {
            if (parameter.Type.SpecialType != SpecialType.System_String && !SecretNamedSites.IsByteSequence(parameter.Type))
            {
                return false;
            }

            // Key bytes under a key's name (a Z-Wave controller's s2UnauthKey, a LoRa device's appKey, an ESP-NOW peer's
            // localMasterKey), as at a library method's key parameter: key material (KindOf).
            if (SecretNamedSites.IsByteSequence(parameter.Type) && parameter.OriginalDefinition.Type is not ITypeParameterSymbol && IsKeyParameterName(parameter.Name))
            {
                return true;
            }

            // Parameter names are compared without case: some libraries write them in Pascal case (MiDevice(IPAddress, Token)).
            // A bare Token or Secret in Pascal case counts only on a type named as a client or a device (a lexer's
            // LexToken(Kind, Token) and a vault path's Secret are no credentials).
            var lowered = LowerFirst(parameter.Name);
            if (IsSecretMemberName(lowered) || parameter.Name is "token" or "secret" or "authToken" ||
                (parameter.Type.SpecialType == SpecialType.System_String && parameter.ContainingSymbol is IMethodSymbol signature &&
                 SecretNames.IsShortPasswordBesideAccount(lowered, signature.Parameters.Select(p => p.Name))) ||
                (parameter.Name is "Token" or "Secret" or "AuthToken" && NamesAClient(type.Name)) || IsConnectionStringParameter(parameter))
            {
                return true;
            }

            var name = type.Name;
            var namedAsCredentials = name.EndsWith("Credential", StringComparison.Ordinal) || name.EndsWith("Credentials", StringComparison.Ordinal) ||
                                     name.EndsWith("Identity", StringComparison.Ordinal);
            // ... a key's value too (the Azure Storage SDK's StorageCredentials(accountName, keyValue)): the value of the key
            return namedAsCredentials && (names.IsSecretName(lowered) || SecretNames.SplitWords(parameter.Name) is { Count: > 0 } words &&
                                          (words[words.Count - 1] is "key" or "signature" ||
                                           (words.Count >= 2 && words[words.Count - 1] == "value" && words[words.Count - 2] is "key" or "secret" or "password" or "token" or "signature")));
        }

        // Bytes under a password's name are a password (UserIdentity(string, byte[] password)); other secret bytes
        // (BasicTlsPskIdentity(identity, byte[] psk)) are key material, judged by IOT1003.
        static SecretKind KindOf(IParameterSymbol parameter) =>
            IsConnectionStringParameter(parameter) ? SecretKind.ConnectionString
            : SecretNamedSites.IsByteSequence(parameter.Type) && !SecretNames.IsPasswordName(parameter.Name) ? SecretKind.KeyMaterial : SecretKind.Password;

        // A database, cache or broker client's connection string (new NpgsqlConnection(connectionString), new
        // SqlConnection(connectionString), new MongoClient(connectionString)): the pairs it carries are judged there, so
        // a template's Password=mypass is IOT1006 at the client that would use it.
        static bool IsConnectionStringParameter(IParameterSymbol parameter) =>
            parameter.Type.SpecialType == SpecialType.System_String && LowerFirst(parameter.Name) is "connectionString" or "connString";

        // Token -> token, ConnectionString -> connectionString: a Pascal-case parameter name read as its camel-case form.
        static string LowerFirst(string name) =>
            name.Length > 0 && char.IsUpper(name[0]) && (name.Length == 1 || !char.IsUpper(name[1])) ? char.ToLowerInvariant(name[0]) + name.Substring(1) : name;

        // A library method's key or credential parameter, one action and one bind for both. Key bytes: a LoRaWAN modem's
        // JoinOtaa(devEui, joinEui, appKey), ActivateAbp(devAddr, nwkSKey, appSKey), a Zigbee coordinator's
        // FormNetwork(panId, extendedPanId, networkKey): bytes written in place or held under a key's name reach key
        // material there. Text: a BACnet client's DeviceCommunicationControlRequest(..., password), a vendor modem's
        // SetApnCredentials(apn, user, password), a cloud SDK's Login(user, apiKey): text written at a string parameter
        // named as a credential is a credential, for calls whose name a referenced library (not the framework) declares
        // with such a parameter. Only calls passing what the screens let through are bound.
        var credentialMethods = iot.LibraryCredentialMethods;
        var keyMethods = iot.LibraryKeyMethods;
        actions.Add(
            c =>
            {
                var invocation = (InvocationExpressionSyntax)c.Node;
                var arguments = invocation.ArgumentList.Arguments;
                if (arguments.Count == 0)
                {
                    return;
                }

                var called = SyntaxNames.Rightmost(invocation.Expression);
                var mayPassText = credentialMethods.Count > 0 && called is not null &&
                                  credentialMethods.Contains(called) && !ChecksOrRefuses(called) && AnyArgumentPasses(arguments, screen);
                if ((!mayPassText && !(called is not null && keyMethods.Contains(called) && MayPassKeyBytes(arguments, screen))) ||
                    c.SemanticModel.GetOperation(invocation, c.CancellationToken) is not IInvocationOperation { TargetMethod: { } method } operation ||
                    !IsLibraryMember(method))
                {
                    return;
                }

                foreach (var argument in operation.Arguments)
                {
                    if (argument.Parameter is not { } parameter || argument.ArgumentKind != ArgumentKind.Explicit ||
                        iot.Sinks.TryFind(method, parameter.Name, out _) ||
                        iot.Settings.IsRemovedSink(SinkIndex.FullMetadataName(method.ContainingType), method.Name, parameter.Name))
                    {
                        continue;
                    }

                    if (SecretNamedSites.IsByteSequence(parameter.Type) && parameter.OriginalDefinition.Type is not ITypeParameterSymbol && IsKeyParameterName(parameter.Name))
                    {
                        onArgument(c, new SinkArgument(argument.Value, new ResolvedSink(method.ContainingType, Spec(method.ContainingType, method.Name, parameter.Name, SecretKind.KeyMaterial)), method, operation.Arguments));
                    }
                    else if (mayPassText && IsWrittenAsText(parameter) &&
                             (IsSecretMemberName(parameter.Name) || SecretNames.IsShortPasswordBesideAccount(parameter.Name, method.Parameters.Select(p => p.Name)) ||
                              (IsBareClientSecretName(parameter.Name) && (ReturnsAClient(method) || (NamesAClient(method.ContainingType.Name) && SaysLogin(method.Name) && (!SaysOnlyAuthorize(method.Name) || TakesOnlyTheLogin(method, parameter)))))) && // InfluxDBClientFactory.Create(url, token), NanoleafClient.Authorize(token)
                             !SecretNames.IsKeyIdBesideSecret(parameter.Name, method.Parameters.Select(p => p.Name))) // WithCredentials(accessKey, secretKey): the ID is public
                    {
                        // (bytes under a short password word beside the account, Enroll(ownerEMail, byte[] pw), are the password's)
                        var kind = SecretNames.IsShortPasswordBesideAccount(parameter.Name, method.Parameters.Select(p => p.Name)) ? SecretKind.Password : KindOf(parameter);
                        onArgument(c, new SinkArgument(argument.Value, new ResolvedSink(method.ContainingType, Spec(method.ContainingType, method.Name, parameter.Name, kind)), method, operation.Arguments));
                    }
                }
            },
            SyntaxKind.InvocationExpression);

        // What a credential is written as at a library method: a string, its characters (char[], ReadOnlySpan<char>, the
        // other spans and memories of char: LoginChars(user, "...".ToCharArray())) or its bytes (LoginBytes(user,
        // Encoding.UTF8.GetBytes("..."))); a generic parameter's type is the caller's, not the library's.
        static bool IsWrittenAsText(IParameterSymbol parameter) =>
            parameter.OriginalDefinition.Type is not ITypeParameterSymbol &&
            (parameter.Type.SpecialType == SpecialType.System_String || SecretNamedSites.IsByteSequence(parameter.Type) || parameter.Type switch
            {
                IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Char } => true,
                INamedTypeSymbol { TypeArguments.Length: 1, Name: "ReadOnlySpan" or "Span" or "ReadOnlyMemory" or "Memory", ContainingNamespace.Name: "System" } named =>
                    named.TypeArguments[0].SpecialType == SpecialType.System_Char,
                _ => false,
            });

        // A method that checks or refuses what it is given (a password policy's AddForbiddenPassword("admin"), IsAllowed,
        // a strength estimator's Score): the text there is a rule's data or a probe, not the device's credential.
        static bool ChecksOrRefuses(string method)
        {
            var words = SecretNames.SplitWords(method);
            return words.Count > 0 && (words[0] is "is" or "validate" or "check" or "evaluate" or "score" or "estimate" or "test" or "ban" or "forbid" or "deny" or "reject" or "block" ||
                                       words.Any(w => w is "forbidden" or "banned" or "blocked" or "blacklist" or "blocklist" or "denylist" or "weak" or "common" or "breached" or "pwned"));
        }

        // Bytes written in place or decoded from text that may be written, or a name that says key (AppKey, NetworkKey) the screen lets through.
        static bool MayPassKeyBytes(SeparatedSyntaxList<ArgumentSyntax> arguments, SinkScreen screen)
        {
            foreach (var argument in arguments)
            {
                var value = SyntacticValues.Strip(argument.Expression);
                var named = argument.NameColon?.Name.Identifier.ValueText;
                // Convert.FromHexString(AppKeyHex): the decoding of text that may be written (a constant, a field)
                if ((WrittenKeys.LooksLikeWrittenBytes(value) || SecretNames.IsKeyBytesName(named) || HoldsKeyBytes(value, 0) ||
                     (CredentialJudge.KeyTextOf(value) is { } keyText && SyntacticValues.MayHoldWrittenText(keyText))) &&
                    screen(KeyBytes, argument.Expression))
                {
                    return true;
                }
            }

            return false;
        }

        // A name that says key (EuAppKey), or a choice between such names (region switch { "eu" => EuAppKey, _ => UsAppKey }).
        static bool HoldsKeyBytes(ExpressionSyntax value, int depth) =>
            SyntacticValues.Strip(value) switch
            {
                ConditionalExpressionSyntax conditional => depth < 4 && (HoldsKeyBytes(conditional.WhenTrue, depth + 1) || HoldsKeyBytes(conditional.WhenFalse, depth + 1)),
                SwitchExpressionSyntax choice => depth < 4 && choice.Arms.Any(arm => HoldsKeyBytes(arm.Expression, depth + 1)),
                BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } coalesce => depth < 4 && (HoldsKeyBytes(coalesce.Left, depth + 1) || HoldsKeyBytes(coalesce.Right, depth + 1)),
                var held => SyntaxNames.Rightmost(held) is { } name && SecretNames.IsKeyBytesName(name) && !HoldsText(held),
            };

        // A name the file declares as a constant or as text (const string PasswordKey = "mqtt:password"): no bytes.
        static bool HoldsText(ExpressionSyntax value) =>
            value is IdentifierNameSyntax identifier && SyntacticValues.Find(identifier) switch
            {
                { Kind: DeclarationKind.Constant } => true,
                { Kind: DeclarationKind.Variable, Value: { } initial } => SyntacticValues.Strip(initial) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } or InterpolatedStringExpressionSyntax,
                _ => false,
            };

        static bool AnyArgumentPasses(SeparatedSyntaxList<ArgumentSyntax> arguments, SinkScreen screen)
        {
            foreach (var argument in arguments)
            {
                if (screen(NamedPassword, argument.Expression) || screen(KeyBytes, argument.Expression)) // the kind is the parameter's: not known yet
                {
                    return true;
                }
            }

            return false;
        }

        static CredentialSink Spec(INamedTypeSymbol type, string member, string parameter, SecretKind kind = SecretKind.Password) =>
            new(SinkIndex.FullMetadataName(type), member, parameter, kind);
    }

    /// <summary>
    /// A library type whose name says it holds authentication (<c>NatsAuthOpts</c>, <c>MqttAuthentication</c>,
    /// <c>LoginOptions</c>): there a bare <c>Token</c> or <c>Secret</c> member is the credential, not an identifier.
    /// </summary>
    private static bool SaysAuthentication(INamedTypeSymbol type) =>
        SecretNames.SplitWords(type.Name).Any(w => w is "auth" or "authentication" or "credential" or "credentials" or "login" or "identity");

    /// <summary>
    /// A member whose body is a library's: one a referenced library declares (metadata, not the compilation's source), or
    /// a vendor's native function the source declares (<c>[DllImport] static extern</c>, or a <c>[LibraryImport]</c>
    /// <c>static partial</c> method whose body the interop generator writes).
    /// </summary>
    private static bool IsLibraryMember(ISymbol member) =>
        member.DeclaringSyntaxReferences.IsEmpty || member is IMethodSymbol { IsExtern: true } ||
        (member is IMethodSymbol { IsPartialDefinition: true } || member is IMethodSymbol { PartialDefinitionPart: not null }) &&
        member.GetAttributes().Any(a => a.AttributeClass is { Name: "LibraryImportAttribute" });

    /// <summary>The name as the catalogue knows it (itself, or the type a <c>using</c> alias of that name stands for), or null.</summary>
    private static string? CatalogedTypeName(IoTSecureContext iot, string name) =>
        iot.Sinks.HasConstructorOf(name) ? name : iot.AliasTarget(name) is { } target && iot.Sinks.HasConstructorOf(target) ? target : null;

    /// <summary>Whether an argument at some sink parameter's position passes the screen (and, for a header value, its name could be an authentication header's).</summary>
    private static bool MayReach(ImmutableArray<SinkSlot> slots, CallArguments arguments, SinkScreen screen)
    {
        foreach (var slot in slots)
        {
            for (var i = 0; i < arguments.Count; i++)
            {
                var atSlot = arguments.NameAt(i) is { } named ? named == slot.Spec.Parameter : slot.Holds(i);
                // (the header's name, read off the syntax, before the value's screen, which looks up names)
                if (atSlot && (slot.Spec.Kind != SecretKind.Header || MayNameAuthenticationHeader(slot, arguments)) && screen(slot.Spec, arguments[i]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The method a collection initializer's element calls.</summary>
    private const string CollectionAdd = "Add";

    /// <summary>
    /// The <c>Add</c> call a collection initializer's element stands for, among the calls of the bound initializer (the
    /// element alone has no operation); null when the element binds to no call (an error, a dynamic receiver).
    /// </summary>
    private static IInvocationOperation? AddCallOf(IObjectOrCollectionInitializerOperation initializer, ExpressionSyntax element)
    {
        foreach (var call in initializer.Initializers)
        {
            if (call is IInvocationOperation add && add.Syntax == element)
            {
                return add;
            }
        }

        return null;
    }

    /// <summary>A header value counts only under a constant header name that is an authentication header's.</summary>
    private static bool MayNameAuthenticationHeader(SinkSlot slot, CallArguments arguments)
    {
        // The whole line in one argument (WebHeaderCollection.Add("X-API-Key: ...")): the name is written before its colon.
        if (SinkSlot.IsHeaderNameParameter(slot.Spec.Parameter))
        {
            for (var i = 0; i < arguments.Count; i++)
            {
                if (arguments.NameAt(i) is { } named ? named == slot.Spec.Parameter : slot.Holds(i))
                {
                    // A line whose name is written in place, or held under a name that says it is a header line
                    // (Add(AuthLine), Add(Headers.ApiKeyHeader)): Add(x) is a list's as often, and is not bound for others.
                    var written = SyntacticValues.Strip(arguments[i]);
                    return LeadingText(written) is { } line
                        ? AuthenticationHeaders.TrySplitHeaderLine(line, out var name, out _) && AuthenticationHeaders.IsAuthenticationHeader(name)
                        : NamesAHeader(written);
                }
            }

            return false;
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments.NameAt(i) is { } named ? !SinkSlot.IsHeaderNameParameter(named) : i != slot.HeaderNamePosition)
            {
                continue;
            }

            var name = SyntacticValues.Strip(arguments[i]);
            return name is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
                ? AuthenticationHeaders.IsAuthenticationHeader(literal.Token.ValueText)
                : SyntacticValues.MayHoldWrittenText(name);
        }

        return false; // no name beside the value (an enum-named header overload): never an authentication header by name
    }

    /// <summary>
    /// The arguments of a call as written: an argument list's (which may name its arguments), or the values of one element
    /// of a collection initializer (<c>Headers = { { "X-Api-Key", key } }</c>, <c>{ "X-Api-Key: ..." }</c>), which the
    /// compiler passes, by position, to an <c>Add</c> method.
    /// </summary>
    private readonly struct CallArguments
    {
        private readonly SeparatedSyntaxList<ArgumentSyntax> _arguments;
        private readonly SeparatedSyntaxList<ExpressionSyntax> _values;
        private readonly ExpressionSyntax? _single;
        private readonly int _kind; // 0: an argument list; 1: a complex element's values; 2: a simple element

        private CallArguments(SeparatedSyntaxList<ArgumentSyntax> arguments, SeparatedSyntaxList<ExpressionSyntax> values, ExpressionSyntax? single, int kind)
        {
            _arguments = arguments;
            _values = values;
            _single = single;
            _kind = kind;
        }

        /// <summary>The values of a collection initializer's element: a complex element's (<c>{ name, value }</c>) or the one a simple element is.</summary>
        public static CallArguments OfElement(ExpressionSyntax element) =>
            element is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ComplexElementInitializerExpression } complex
                ? new CallArguments(default, complex.Expressions, null, 1)
                : new CallArguments(default, default, element, 2);

        public static implicit operator CallArguments(SeparatedSyntaxList<ArgumentSyntax> arguments) => new(arguments, default, null, 0);

        public int Count => _kind switch { 0 => _arguments.Count, 1 => _values.Count, _ => 1 };

        /// <summary>The value at a position.</summary>
        public ExpressionSyntax this[int index] => _kind switch { 0 => _arguments[index].Expression, 1 => _values[index], _ => _single! };

        /// <summary>The parameter an argument names (<c>value: ...</c>), or null when it is passed by position.</summary>
        public string? NameAt(int index) => _kind == 0 && _arguments[index].NameColon is { } named ? named.Name.Identifier.ValueText : null;
    }

    private static bool MayReachProperty(SinkIndex sinks, string name, ExpressionSyntax value, SinkScreen screen)
    {
        foreach (var sink in sinks.EntriesFor(name))
        {
            if (screen(sink, value))
            {
                return true;
            }
        }

        return false;
    }

    private static void VisitArguments(
        SyntaxNodeAnalysisContext context, SinkIndex sinks, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments,
        Action<SyntaxNodeAnalysisContext, SinkArgument> onArgument)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter &&
                argument.ArgumentKind != ArgumentKind.DefaultValue &&
                sinks.TryFind(method, parameter.Name, out var sink))
            {
                onArgument(context, new SinkArgument(argument.Value, sink, method, arguments));
            }
        }
    }

    /// <summary>
    /// Whether a type's simple name says it connects to or is a device or service (<c>InfluxDBClient</c>,
    /// <c>IInfluxDBClient</c>, <c>MiDevice</c>, <c>TelegramBot</c>, <c>...Session</c>, <c>...Api</c>): what takes a bare
    /// <c>token</c> or <c>secret</c> as its credential, at its constructor or at the library factory that returns it.
    /// </summary>
    internal static bool NamesAClient(string name) =>
        name.EndsWith("Client", StringComparison.Ordinal) || name.EndsWith("Device", StringComparison.Ordinal) || name.EndsWith("Connection", StringComparison.Ordinal) ||
        name.EndsWith("Session", StringComparison.Ordinal) || name.EndsWith("Api", StringComparison.Ordinal) || name.EndsWith("Bot", StringComparison.Ordinal) ||
        name.EndsWith("Hub", StringComparison.Ordinal) || name.EndsWith("Gateway", StringComparison.Ordinal) || name.EndsWith("Service", StringComparison.Ordinal);

    /// <summary>
    /// A parameter named only <c>token</c>, <c>secret</c> or <c>authToken</c> (or the same in Pascal case): a client's
    /// credential where the constructor or method builds or belongs to the client (<c>NanoleafClient.Authorize(token)</c>),
    /// and a word of any kind elsewhere (a lexer's <c>LexToken(kind, token)</c>).
    /// </summary>
    internal static bool IsBareClientSecretName(string name) =>
        name is "token" or "secret" or "authToken" or "Token" or "Secret" or "AuthToken";

    /// <summary>
    /// Whether a library method returns a client (<see cref="NamesAClient"/>), directly or as the result of a task:
    /// a factory (<c>InfluxDBClientFactory.Create(url, token)</c>, <c>Task&lt;HueClient&gt; ConnectAsync(ip, token)</c>)
    /// whose bare <c>token</c> is the client's credential, as the client's own constructor's is.
    /// </summary>
    private static bool ReturnsAClient(IMethodSymbol method)
    {
        var returned = method.ReturnType as INamedTypeSymbol;
        if (returned is { IsGenericType: true, TypeArguments.Length: 1, Name: "Task" or "ValueTask" } && returned.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks")
        {
            returned = returned.TypeArguments[0] as INamedTypeSymbol;
        }

        return returned is { SpecialType: SpecialType.None } && NamesAServiceClient(returned.Name);
    }

    /// <summary>
    /// A client of a service, by its type's name (<see cref="NamesAClient"/> but for a device: a method returning a
    /// <c>PushDevice</c> registers a record, it does not connect to one).
    /// </summary>
    internal static bool NamesAServiceClient(string name) => NamesAClient(name) && !name.EndsWith("Device", StringComparison.Ordinal);

    /// <summary>
    /// Whether a client's login method takes the token and nothing else but choices (an enum, a flag, a cancellation
    /// token): <c>LoginAsync(TokenType.Bot, token)</c> logs in, a payment gateway's <c>AuthorizeAsync(cardToken, amount)</c>
    /// approves a charge.
    /// </summary>
    private static bool TakesOnlyTheLogin(IMethodSymbol method, IParameterSymbol token) =>
        method.Parameters.All(p => SymbolEqualityComparer.Default.Equals(p, token) || IsChoice(p.Type));

    // An enum, a flag, a time span or a cancellation token, or a nullable one of them (bool? rememberDevice, Region? region).
    private static bool IsChoice(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable ? IsChoice(nullable.TypeArguments[0])
        : type.TypeKind == TypeKind.Enum || type.SpecialType == SpecialType.System_Boolean || type.Name is "CancellationToken" or "TimeSpan";

    /// <summary>
    /// Whether the only login word of a method's name is <c>authorize</c> (or <c>auth</c>), which also names a payment's
    /// approval (<c>AuthorizeAsync(cardToken, amount)</c>): such a method logs in only when it takes nothing but the token
    /// and choices. <c>Connect</c>, <c>Login</c>, <c>SignIn</c> and <c>Authenticate</c> log in whatever else they take (a
    /// bridge's host: <c>ConnectAsync(host, token)</c>).
    /// </summary>
    private static bool SaysOnlyAuthorize(string method) =>
        SecretNames.SplitWords(method).All(w => w is not ("authenticate" or "login" or "logon" or "signin" or "connect" or "log" or "sign"));

    /// <summary>
    /// Whether a client's method name says it logs in with what it is given (<c>Authorize</c>, <c>LoginAsync</c>,
    /// <c>Authenticate</c>, <c>SignIn</c>, <c>Connect</c>, <c>SetToken</c>, <c>WithToken</c>): a record's lookup by a
    /// token (<c>PaymentMethodGateway.Find(token)</c>) or a check of one (<c>IsValid(token)</c>) takes no credential.
    /// </summary>
    internal static bool SaysLogin(string method)
    {
        var words = SecretNames.SplitWords(method);
        if (words.Count == 0)
        {
            return false;
        }

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word is "authorize" or "authorise" or "authenticate" or "auth" or "login" or "logon" or "signin" or "connect" ||
                (word is "log" or "sign" && i + 1 < words.Count && words[i + 1] is "in" or "on"))
            {
                return true;
            }
        }

        return words[0] is "set" or "with" or "use" && words.Skip(1).Any(w => w is "token" or "secret" or "credential" or "credentials" or "auth");
    }

    /// <summary>
    /// A key parameter says which key it is (appKey, nwkSKey, networkKey, linkKey, psk, sharedSecret): a bare key or keys
    /// is a lookup key, a record's key or key codes as often (a key-value store's Put(key, value), a HID report's keys), and
    /// a public, peer or wrapped key is no secret. Read from the libraries' metadata too (<see cref="LibraryCredentialMethods.KeyMethodsOf"/>).
    /// </summary>
    internal static bool IsKeyParameterName(string name)
    {
        var words = SecretNames.SplitWords(name);
        if (words.Count == 0 || SecretNames.IsPasswordName(name))
        {
            return false;
        }

        var last = words[words.Count - 1];
        // The PSK's identity or hint (pskIdentity, pskHint, pskId) names which key, not the key: TLS-PSK sends it in the clear.
        return (words.Count >= 2 && last is "key" or "keys" && SecretNames.IsKeyBytesName(name)) ||
               (words.Contains("psk") && last is not ("identity" or "hint" or "id" or "name" or "label" or "length" or "size")) ||
               (words.Count >= 2 && last == "secret" && words[words.Count - 2] is "shared" or "pre");
    }
}

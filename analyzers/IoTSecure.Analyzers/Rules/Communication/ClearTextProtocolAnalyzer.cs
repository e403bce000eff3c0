using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;
using IoTSecure.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IoTSecure.Analyzers.Rules.Communication;

/// <summary>
/// IOT3001: device traffic in clear text: a URI written or assembled with an http, ws, ftp, telnet, coap, rtsp, mqtt or
/// amqp scheme to a host that is not loopback (literals, the text parts of interpolated strings, format strings,
/// <c>UriBuilder</c> schemes); MQTTnet's <c>WithTcpServer</c> on port 1883 or without TLS in the same builder chain;
/// M2Mqtt's <c>new MqttClient(host)</c> and <c>secure: false</c>. Error when credentials travel over the channel
/// (user information, a secret query value, <c>WithCredentials</c> in the chain), warning otherwise. XML namespace
/// URIs, prose that mentions a URI, attribute arguments and loopback hosts are exempt.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClearTextProtocolAnalyzer : IoTSecureAnalyzer
{
    public const string SecureSchemeProperty = "SecureScheme";
    public const string MqttPortProperty = "MqttPort";
    private const int ClearMqttPort = 1883;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ClearTextProtocol);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, IoTSecureContext iot)
    {
        context.RegisterSyntaxNodeAction(AnalyzeText, SyntaxKind.StringLiteralExpression, SyntaxKind.InterpolatedStringText);
        context.RegisterSyntaxNodeAction(AnalyzeMqtt, SyntaxKind.InvocationExpression, SyntaxKind.ObjectCreationExpression);
    }

    private static void AnalyzeText(SyntaxNodeAnalysisContext context)
    {
        var text = context.Node switch
        {
            LiteralExpressionSyntax literal => literal.Token.ValueText,
            InterpolatedStringTextSyntax part => SyntacticValues.TextOf(part),
            _ => string.Empty,
        };

        if (text.IndexOf("://", System.StringComparison.Ordinal) < 0)
        {
            return;
        }

        var whole = text;
        if (context.Node is InterpolatedStringTextSyntax { Parent: InterpolatedStringExpressionSyntax interpolated })
        {
            if (interpolated.Contents.FirstOrDefault() != context.Node)
            {
                return; // only the text that starts the string carries its scheme
            }

            whole = string.Concat(interpolated.Contents.Select(c => c is InterpolatedStringTextSyntax t ? SyntacticValues.TextOf(t) : "\0"));
        }

        if (ClearTextUris.Find(whole) is not { } uri)
        {
            return;
        }

        if (UpdateHooks.IsInsideHook(context.Node))
        {
            return; // an update fetched in clear text is IOT2003's finding, an error
        }

        if (IsNamespaceContext(context.Node, context.SemanticModel, context.CancellationToken) ||
            IsNotTraffic(context.Node, context.SemanticModel, context.CancellationToken))
        {
            return;
        }

        Report(context, context.Node.GetLocation(), "'" + uri.Scheme + "://' traffic", uri.CarriesCredentials, uri.SecureScheme + "://",
            ImmutableDictionary<string, string?>.Empty.Add(SecureSchemeProperty, uri.SecureScheme));
    }

    private static void AnalyzeMqtt(SyntaxNodeAnalysisContext context)
    {
        switch (context.Node)
        {
            case InvocationExpressionSyntax invocation when SyntaxNames.Rightmost(invocation.Expression) == "WithTcpServer":
                AnalyzeWithTcpServer(context, invocation);
                break;
            case ObjectCreationExpressionSyntax creation when SyntaxNames.Rightmost(creation.Type) == "MqttClient":
                AnalyzeM2MqttClient(context, creation);
                break;
            case ObjectCreationExpressionSyntax creation when SyntaxNames.Rightmost(creation.Type) == "UriBuilder":
                AnalyzeUriBuilder(context, creation);
                break;
            case ObjectCreationExpressionSyntax creation when SyntaxNames.Rightmost(creation.Type) == "Address":
                AnalyzeAmqpAddress(context, creation);
                break;
            case ObjectCreationExpressionSyntax creation when SyntaxNames.Rightmost(creation.Type) == "TcpClient":
                AnalyzeSocket(context, creation, creation.ArgumentList);
                break;
            case InvocationExpressionSyntax invocation when SyntaxNames.Rightmost(invocation.Expression) is "Connect" or "ConnectAsync":
                AnalyzeSocket(context, invocation, invocation.ArgumentList);
                break;
        }
    }

    private static void AnalyzeWithTcpServer(SyntaxNodeAnalysisContext context, InvocationExpressionSyntax invocation)
    {
        // Settled by the syntax: a literal port other than 1883, or TLS in the chain with the default port.
        var arguments = invocation.ArgumentList.Arguments;
        if ((arguments.Count >= 2 && SyntacticValues.Strip(arguments[1].Expression) is LiteralExpressionSyntax { Token.Value: int literalPort } && literalPort != ClearMqttPort) ||
            (arguments.Count == 1 && HasTls(Chain(invocation))))
        {
            return;
        }

        if (context.SemanticModel.GetOperation(invocation, context.CancellationToken) is not IInvocationOperation operation ||
            !operation.TargetMethod.ContainingNamespace.ToDisplayString().StartsWith("MQTTnet", System.StringComparison.Ordinal))
        {
            return;
        }

        var host = operation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value.ConstantValue.Value as string;
        if (host is not null && ClearTextUris.IsLoopback(host))
        {
            return;
        }

        var port = operation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "port" && a.ArgumentKind != ArgumentKind.DefaultValue)?.Value;
        var chain = Chain(invocation);
        var hasTls = HasTls(chain);
        if (port is not null && !hasTls && ClearPortBranch(port, context.SemanticModel, context.CancellationToken) is { } branch)
        {
            // A port chosen at run time (tls ? 8883 : 1883) leaves clear text possible: report the clear-text branch.
            Report(context, branch.GetLocation(), "MQTT on port 1883 without TLS (one branch of the port chosen at run time)", chain.Contains("WithCredentials"),
                "port 8883 with TLS (WithTlsOptions) on every branch", ImmutableDictionary<string, string?>.Empty);
            return;
        }

        var explicitClearPort = port is not null && StringValueResolver.Unwrap(port).ConstantValue is { HasValue: true, Value: ClearMqttPort };
        if (!explicitClearPort && (port is not null || hasTls) && (port is null || port.ConstantValue.HasValue || hasTls || TlsConfiguredNearby(invocation)))
        {
            return; // a non-default constant port, or TLS configured on the builder
        }

        var credentials = chain.Contains("WithCredentials");
        if (port is not null && !explicitClearPort && port.ConstantValue is not { HasValue: true } && !TlsConfiguredNearby(invocation))
        {
            // A port chosen at run time with TLS configured nowhere on the builder: clear text on any port.
            Report(context, invocation.Expression is MemberAccessExpressionSyntax named
                    ? Location.Create(invocation.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(named.Name.SpanStart, invocation.Span.End))
                    : invocation.GetLocation(),
                "MQTT without TLS (no TLS is configured for the broker connection)", credentials, "TLS (WithTlsOptions) and port 8883", ImmutableDictionary<string, string?>.Empty);
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(MqttPortProperty, explicitClearPort ? "1883" : "default");
        var location = invocation.Expression is MemberAccessExpressionSyntax access
            ? Location.Create(invocation.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(access.Name.SpanStart, invocation.Span.End))
            : invocation.GetLocation();
        Report(context, location, "MQTT on port 1883 without TLS", credentials, "port 8883 with TLS (WithTlsOptions)", properties);
    }

    private static void AnalyzeM2MqttClient(SyntaxNodeAnalysisContext context, ObjectCreationExpressionSyntax creation)
    {
        if (TypeNames.OfName(context.SemanticModel, creation.Type) is not { } type || !type.ContainingNamespace.ToDisplayString().EndsWith("M2Mqtt", System.StringComparison.Ordinal))
        {
            return;
        }

        switch (M2MqttWithoutTls(type, creation.ArgumentList?.Arguments ?? default))
        {
            case true:
                ReportM2Mqtt(context, creation);
                return;
            case false:
                return;
        }

        if (context.SemanticModel.GetOperation(creation, context.CancellationToken) is not IObjectCreationOperation { Constructor: { } constructor } operation ||
            !constructor.ContainingNamespace.ToDisplayString().EndsWith("M2Mqtt", System.StringComparison.Ordinal))
        {
            return;
        }

        var host = operation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value.ConstantValue.Value as string;
        if (host is not null && ClearTextUris.IsLoopback(host))
        {
            return;
        }

        var secure = operation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "secure")?.Value;
        if (secure is null || secure.ConstantValue is { HasValue: true, Value: false })
        {
            ReportM2Mqtt(context, creation);
        }
    }

    private static void ReportM2Mqtt(SyntaxNodeAnalysisContext context, ObjectCreationExpressionSyntax creation) =>
        Report(context, creation.GetLocation(), "MQTT (M2Mqtt MqttClient) without TLS", carriesCredentials: false, "the constructor with secure: true and port 8883", ImmutableDictionary<string, string?>.Empty);

    /// <summary>
    /// Decides the M2Mqtt check from the syntax and the client type's constructors when it can: true (no TLS to a
    /// host that is not a loopback constant), false (TLS, or a loopback host), null when only the bound call can tell
    /// (a host or <c>secure</c> flag that may be a constant defined elsewhere, overloads that disagree).
    /// </summary>
    private static bool? M2MqttWithoutTls(INamedTypeSymbol type, SeparatedSyntaxList<ArgumentSyntax> arguments)
    {
        if (arguments.Count == 0 || arguments.Any(a => a.NameColon is not null))
        {
            return null;
        }

        switch (SyntacticValues.Strip(arguments[0].Expression))
        {
            case LiteralExpressionSyntax { Token.Value: string host } when ClearTextUris.IsLoopback(host):
                return false;
            case LiteralExpressionSyntax:
                break;
            case IdentifierNameSyntax identifier when SyntacticValues.Find(identifier).Kind is DeclarationKind.Parameter or DeclarationKind.RuntimeVariable or DeclarationKind.Variable:
                break; // not a constant: never loopback for this check
            default:
                return null;
        }

        int? securePosition = null;
        foreach (var constructor in type.InstanceConstructors)
        {
            var parameters = constructor.Parameters;
            if (parameters.Any(p => p.IsParams))
            {
                return null;
            }

            if (!Overloads.Accepts(parameters, arguments.Count))
            {
                continue;
            }

            var position = -1;
            for (var i = 0; i < parameters.Length; i++)
            {
                if (parameters[i].Name == "secure")
                {
                    position = i;
                }
            }

            if (position >= arguments.Count)
            {
                return null; // an optional secure flag left out: its default decides
            }

            if (securePosition is { } known && known != position)
            {
                return null;
            }

            securePosition = position;
        }

        if (securePosition is not { } found)
        {
            return null;
        }

        if (found < 0)
        {
            return true;
        }

        return SyntacticValues.Strip(arguments[found].Expression) switch
        {
            LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.FalseLiteralExpression) => true,
            LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.TrueLiteralExpression) => false,
            _ => null,
        };
    }

    /// <summary>AMQP.Net Lite <c>new Address(host, port, user, password, path, scheme: "AMQP")</c>: the default scheme is AMQPS.</summary>
    private static void AnalyzeAmqpAddress(SyntaxNodeAnalysisContext context, ObjectCreationExpressionSyntax creation)
    {
        if (!TypeNames.Is(TypeNames.OfName(context.SemanticModel, creation.Type), "Amqp", "Address") ||
            context.SemanticModel.GetOperation(creation, context.CancellationToken) is not IObjectCreationOperation { Constructor: { } constructor } operation ||
            constructor.ContainingType.ToDisplayString() != "Amqp.Address" ||
            operation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "scheme" && a.ArgumentKind != ArgumentKind.DefaultValue)?.Value.ConstantValue.Value is not string scheme ||
            !string.Equals(scheme, "AMQP", System.StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var host = operation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "host")?.Value.ConstantValue.Value as string;
        if (host is not null && ClearTextUris.IsLoopback(host))
        {
            return;
        }

        var credentials = operation.Arguments.Any(a => a.Parameter?.Name is "user" or "password" && a.ArgumentKind != ArgumentKind.DefaultValue &&
                                                       a.Value.ConstantValue is not { HasValue: true, Value: null });
        Report(context, creation.GetLocation(), "AMQP without TLS", credentials, "scheme \"AMQPS\" on port 5671", ImmutableDictionary<string, string?>.Empty);
    }

    /// <summary>
    /// <c>new UriBuilder("http", host, ...)</c>, <c>new UriBuilder(Uri.UriSchemeHttp, host)</c> or
    /// <c>new UriBuilder { Scheme = "http", Host = host }</c>: the scheme is given on its own.
    /// </summary>
    private static void AnalyzeUriBuilder(SyntaxNodeAnalysisContext context, ObjectCreationExpressionSyntax creation)
    {
        if (!TypeNames.Is(TypeNames.OfName(context.SemanticModel, creation.Type), "System", "UriBuilder") ||
            context.SemanticModel.GetOperation(creation, context.CancellationToken) is not IObjectCreationOperation { Constructor: { } constructor } operation ||
            constructor.ContainingType.ToDisplayString() != "System.UriBuilder")
        {
            return;
        }

        var schemeValue = operation.Arguments.FirstOrDefault(a => a.Parameter?.Name is "scheme" or "schemeName")?.Value;
        var hostValue = operation.Arguments.FirstOrDefault(a => a.Parameter?.Name is "host" or "hostName")?.Value;
        foreach (var initializer in operation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: var property } } assignment)
            {
                if (property == "Scheme")
                {
                    schemeValue = assignment.Value;
                }
                else if (property == "Host")
                {
                    hostValue = assignment.Value;
                }
            }
        }

        if (SchemeText(schemeValue) is not { } scheme)
        {
            return;
        }

        var host = hostValue?.ConstantValue.Value as string ?? "\0";
        if (ClearTextUris.Find(scheme + "://" + host) is { } uri)
        {
            Report(context, creation.GetLocation(), "'" + uri.Scheme + "://' traffic", carriesCredentials: false, uri.SecureScheme + "://", ImmutableDictionary<string, string?>.Empty);
        }
    }

    /// <summary>A scheme written as text or as one of <c>Uri</c>'s scheme fields (<c>Uri.UriSchemeHttp</c>).</summary>
    private static string? SchemeText(IOperation? value) =>
        value is null ? null
        : value.ConstantValue is { HasValue: true, Value: string text } ? text
        : StringValueResolver.Unwrap(value) is IFieldReferenceOperation { Field: { ContainingType: { Name: "Uri" } uriType, Name: var name } } &&
          TypeNames.Is(uriType, "System", "Uri") && name.StartsWith("UriScheme", System.StringComparison.Ordinal)
            ? name.Substring("UriScheme".Length).ToLowerInvariant()
            : null;

    /// <summary>
    /// A raw socket to a port whose protocol has no encryption: <c>new TcpClient(host, 23)</c>, <c>client.Connect(host, 21)</c>,
    /// <c>ConnectAsync(host, 1883)</c> (telnet 23, FTP 21, MQTT 1883, HTTP 80, RTSP 554), unless the same code wraps the
    /// stream in an <c>SslStream</c>.
    /// </summary>
    private static void AnalyzeSocket(SyntaxNodeAnalysisContext context, ExpressionSyntax call, ArgumentListSyntax? arguments)
    {
        if (arguments is not { Arguments.Count: 2 } ||
            context.SemanticModel.GetOperation(call, context.CancellationToken) is not { } operation)
        {
            return;
        }

        var (method, args) = operation switch
        {
            IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty),
        };
        if (method?.ContainingType is not { Name: "TcpClient" or "Socket" } type || type.ContainingNamespace.ToDisplayString() != "System.Net.Sockets" ||
            args.FirstOrDefault(a => a.Parameter?.Name == "port")?.Value.ConstantValue is not { HasValue: true, Value: int port } ||
            !ClearTextPorts.TryGetValue(port, out var protocol))
        {
            return;
        }

        var host = args.FirstOrDefault(a => a.Parameter?.Name is "hostname" or "host")?.Value.ConstantValue.Value as string;
        if (host is not null && ClearTextUris.IsLoopback(host))
        {
            return;
        }

        var body = call.FirstAncestorOrSelf<SyntaxNode>(n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or CompilationUnitSyntax);
        if (body is not null && body.DescendantNodes().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.ValueText is "SslStream" or "AuthenticateAsClient" or "AuthenticateAsClientAsync"))
        {
            return; // TLS on the same stream
        }

        Report(context, call.GetLocation(), protocol + " over a raw socket to port " + port, carriesCredentials: false, protocol == "telnet" ? "SSH" : "the protocol's TLS port with SslStream", ImmutableDictionary<string, string?>.Empty);
    }

    private static readonly Dictionary<int, string> ClearTextPorts = new()
    {
        [21] = "FTP", [23] = "telnet", [80] = "HTTP", [554] = "RTSP", [1883] = "MQTT",
    };

    /// <summary>TLS configured anywhere in the member that builds the connection (the builder may be a variable configured in steps).</summary>
    private static bool TlsConfiguredNearby(SyntaxNode node)
    {
        var member = node.FirstAncestorOrSelf<SyntaxNode>(n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or PropertyDeclarationSyntax or CompilationUnitSyntax);
        return member is null || member.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(i => SyntaxNames.Rightmost(i.Expression) is "WithTls" or "WithTlsOptions" or "UseTls" or "WithTlsConfiguration") ||
               member.DescendantNodes().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.ValueText is "TlsOptions" or "UseTls");
    }

    private static bool HasTls(ImmutableHashSet<string> chain) =>
        chain.Contains("WithTls") || chain.Contains("WithTlsOptions") || chain.Contains("UseTls");

    /// <summary>The member names of the fluent chain an invocation belongs to (both directions).</summary>
    private static ImmutableHashSet<string> Chain(InvocationExpressionSyntax invocation)
    {
        SyntaxNode top = invocation;
        while (top.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax outer })
        {
            top = outer;
        }

        return top.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>()
            .Select(i => SyntaxNames.Rightmost(i.Expression)).Where(n => n is not null).Select(n => n!).ToImmutableHashSet();
    }

    /// <summary>
    /// The 1883 literal of a port chosen at run time: a conditional or switch expression given directly, or the value a
    /// local was declared with (its only assignment), whose branch is the clear-text MQTT port.
    /// </summary>
    private static SyntaxNode? ClearPortBranch(IOperation port, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        var value = StringValueResolver.Unwrap(port);
        if (value is ILocalReferenceOperation { Local: { } local } &&
            local.DeclaringSyntaxReferences.Length == 1 &&
            local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator &&
            !IsAssignedAgain(declarator, local, model, cancellationToken))
        {
            value = model.GetOperation(initializer, cancellationToken) is { } initial ? StringValueResolver.Unwrap(initial) : null;
        }

        IEnumerable<IOperation> branches = value switch
        {
            IConditionalOperation conditional => new[] { conditional.WhenTrue, conditional.WhenFalse! },
            ISwitchExpressionOperation switchExpression => switchExpression.Arms.Select(a => a.Value),
            _ => System.Array.Empty<IOperation>(),
        };
        return branches.Where(b => b is not null).Select(StringValueResolver.Unwrap)
            .FirstOrDefault(b => b.ConstantValue is { HasValue: true, Value: ClearMqttPort })?.Syntax;
    }

    private static bool IsAssignedAgain(VariableDeclaratorSyntax declarator, ILocalSymbol local, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        var scope = declarator.FirstAncestorOrSelf<BlockSyntax>() ?? (SyntaxNode?)declarator.FirstAncestorOrSelf<CompilationUnitSyntax>();
        return scope is not null && scope.DescendantNodes().OfType<AssignmentExpressionSyntax>().Any(a =>
            a.Left is IdentifierNameSyntax name && name.Identifier.ValueText == local.Name &&
            SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, local));
    }

    /// <summary>
    /// Text that names, compares or shows an address instead of sending anything to it: compared (<c>==</c>,
    /// <c>StartsWith</c>, <c>Equals</c>, a <c>case</c> or pattern), written to a console, debugger, trace or logger, put
    /// in an exception's message, or passed to a parameter that takes an XML, SOAP or DataContract namespace or a
    /// message. The string is followed up through concatenation, interpolation, parentheses and conditionals first.
    /// </summary>
    private static bool IsNotTraffic(SyntaxNode node, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        SyntaxNode current = node is InterpolatedStringTextSyntax { Parent: InterpolatedStringExpressionSyntax whole } ? whole : node;
        while (current.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax or InterpolationSyntax or InterpolatedStringExpressionSyntax ||
               current.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } ||
               current.Parent is ConditionalExpressionSyntax conditional && conditional.Condition != current)
        {
            current = current.Parent!;
        }

        switch (current.Parent)
        {
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
            case ConstantPatternSyntax or CaseSwitchLabelSyntax or SwitchExpressionArmSyntax { Pattern: ConstantPatternSyntax }:
                return true;
            case MemberAccessExpressionSyntax access when access.Expression == current && access.Parent is InvocationExpressionSyntax &&
                                                         access.Name.Identifier.ValueText is "StartsWith" or "EndsWith" or "Equals" or "Contains" or "IndexOf" or "CompareTo":
                return true; // "http:".StartsWith(...) is rare, but the receiver of a comparison is compared, not sent
            case ArgumentSyntax argument when argument.Parent?.Parent is ExpressionSyntax call:
                return IsNotTrafficArgument(argument, call, model, cancellationToken);
            case AssignmentExpressionSyntax assignment when assignment.Right == current:
                return NamesNamespace(SyntaxNames.Rightmost(assignment.Left));
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                return NamesIdentifier(declarator.Identifier.ValueText); // const string DeviceWsdlNs = "http://www.onvif.org/..."
        }

        return false;
    }

    private static bool IsNotTrafficArgument(ArgumentSyntax argument, ExpressionSyntax call, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        var name = call switch
        {
            InvocationExpressionSyntax invocation => SyntaxNames.Rightmost(invocation.Expression),
            ObjectCreationExpressionSyntax creation => SyntaxNames.Rightmost(creation.Type),
            _ => null,
        };

        if (name is "StartsWith" or "EndsWith" or "Equals" or "Contains" or "IndexOf" or "Compare" or "CompareOrdinal")
        {
            return true; // compared
        }

        // headers.Add("SOAPAction", "http://www.onvif.org/ver10/device/wsdl/GetDeviceInformation"): a SOAP action names an operation.
        if ((argument.Parent as BaseArgumentListSyntax)?.Arguments.Any(a => a != argument && a.Expression is LiteralExpressionSyntax { Token.ValueText: var header } &&
                string.Equals(header, "SOAPAction", System.StringComparison.OrdinalIgnoreCase)) == true)
        {
            return true;
        }

        if (model.GetOperation(argument, cancellationToken) is not IArgumentOperation { Parameter: { } parameter })
        {
            return false;
        }

        var method = parameter.ContainingSymbol as IMethodSymbol;
        var type = method?.ContainingType;
        if (NamesNamespace(parameter.Name) || parameter.Name is "message" or "messageTemplate" ||
            (parameter.Name is "ns" or "xmlns" or "namespaceURI" or "uri" && type?.ContainingNamespace.ToDisplayString().StartsWith("System.Xml", System.StringComparison.Ordinal) == true))
        {
            return true;
        }

        if (method is { MethodKind: MethodKind.Constructor } && TypeNames.DerivesFrom(type, "System", "Exception"))
        {
            return true; // an exception's message
        }

        // xmlns declarations: new XAttribute(XNamespace.Xmlns + "tt", "http://..."), new XAttribute("xmlns:tt", ...),
        // writer.WriteAttributeString("xmlns", "tt", null, "http://..."): the value is a namespace name.
        var siblings = (argument.Parent as BaseArgumentListSyntax)?.Arguments ?? default;
        if (siblings.Any(a => a != argument && (a.Expression is LiteralExpressionSyntax { Token.ValueText: var text } && (text == "xmlns" || text.StartsWith("xmlns:", System.StringComparison.Ordinal)) ||
                                                a.Expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.ValueText == "Xmlns"))))
        {
            return true;
        }

        var containing = type?.ToDisplayString();
        return method?.Name is "Write" or "WriteLine" or "Print" or "Fail" or "Assert" && containing is "System.Console" or "System.Diagnostics.Debug" or "System.Diagnostics.Trace" ||
               TypeNames.DerivesFrom(type, "System.IO", "TextWriter") && method?.Name is "Write" or "WriteLine" ||
               containing is "Microsoft.Extensions.Logging.LoggerExtensions" or "Microsoft.Extensions.Logging.ILogger";
    }

    private static bool NamesNamespace(string? name) =>
        name is not null && (name.IndexOf("namespace", System.StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("SoapAction", System.StringComparison.OrdinalIgnoreCase) >= 0);

    /// <summary>A variable or constant named for an identifier rather than an address: <c>DeviceWsdlNs</c>, <c>OnvifNamespace</c>, <c>SchemaId</c>, <c>SoapActionGetInfo</c>.</summary>
    private static bool NamesIdentifier(string name)
    {
        if (NamesNamespace(name))
        {
            return true;
        }

        var words = IoTSecure.Detection.SecretNames.SplitWords(name);
        return words.Count > 0 && (words[words.Count - 1] is "ns" or "xmlns" or "schema" || words.Contains("xmlns") || words.Contains("schema") && words.Contains("id"));
    }

    /// <summary>XML namespaces and attribute arguments name things; they are not traffic.</summary>
    private static bool IsNamespaceContext(SyntaxNode node, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (node.FirstAncestorOrSelf<AttributeArgumentSyntax>() is not null)
        {
            return true;
        }

        var expression = node.FirstAncestorOrSelf<ExpressionSyntax>(e => e is LiteralExpressionSyntax or InterpolatedStringExpressionSyntax);
        if (expression is null)
        {
            return false;
        }

        if (expression.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax call } &&
            SyntaxNames.Rightmost(call.Expression) is "Get" or "AddNamespace" or "LookupPrefix" or "GetAttribute" or "CreateAttribute" or "CreateElement" or "SelectNodes" or "SelectSingleNode")
        {
            return true;
        }

        if (expression.Parent is CastExpressionSyntax cast && SyntaxNames.Rightmost(cast.Type) is "XNamespace" or "XName")
        {
            return true; // (XNamespace)"http://..."
        }

        // Only XML LINQ converts a string to a namespace; a declaration typed string (or var) shows there is no conversion.
        if (IsDeclaredString(expression) || model.Compilation.GetTypeByMetadataName("System.Xml.Linq.XNamespace") is null)
        {
            return false;
        }

        return model.GetTypeInfo(expression, cancellationToken).ConvertedType?.Name is "XNamespace" or "XName";
    }

    private static bool IsDeclaredString(ExpressionSyntax expression)
    {
        var type = expression.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } } => declaration.Type,
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Type,
            ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Type,
            _ => null,
        };

        return type is PredefinedTypeSyntax { Keyword.ValueText: "string" } || type is IdentifierNameSyntax { IsVar: true } ||
               type is NullableTypeSyntax { ElementType: PredefinedTypeSyntax { Keyword.ValueText: "string" } };
    }

    private static void Report(SyntaxNodeAnalysisContext context, Location location, string what, bool carriesCredentials, string instead, ImmutableDictionary<string, string?> properties)
    {
        var severity = carriesCredentials ? DiagnosticSeverity.Error : Descriptors.ClearTextProtocol.DefaultSeverity;
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ClearTextProtocol, location, severity, additionalLocations: null, properties,
            what, carriesCredentials ? " and carries credentials" : string.Empty, instead));
    }
}

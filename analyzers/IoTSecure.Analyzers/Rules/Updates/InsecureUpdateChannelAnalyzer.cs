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

namespace IoTSecure.Analyzers.Rules.Updates;

/// <summary>
/// IOT2003: an update hook downloads over an unauthenticated channel: a request URI that resolves to <c>http://</c> (or
/// another clear scheme), or a certificate validation callback in the hook that accepts everything.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InsecureUpdateChannelAnalyzer : IoTSecureAnalyzer
{
    public const string SecureSchemeProperty = "SecureScheme";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InsecureUpdateChannel);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, IoTSecureContext iot)
    {
        var resolver = new StringValueResolver(iot);
        UpdateHooks.Register(context, (c, hook) =>
        {
            foreach (var operation in hook.Body.Descendants())
            {
                switch (operation)
                {
                    case IArgumentOperation { Parameter.Name: "requestUri" or "requestUriString" or "address" or "uriString" or "uri" } argument
                        when argument.Value.Type?.SpecialType == SpecialType.System_String || argument.Value.Type?.Name == "Uri":
                        var value = resolver.Resolve(UriText(argument.Value));
                        var text = value.Text;
                        if (ClearTextUris.Find(text.Replace('\0', 'x')) is { } uri)
                        {
                            var properties = ImmutableDictionary<string, string?>.Empty.Add(SecureSchemeProperty, uri.SecureScheme);
                            c.ReportDiagnostic(Diagnostic.Create(Descriptors.InsecureUpdateChannel, argument.Syntax.GetLocation(), properties, hook.Method.Name, "it is fetched over " + uri.Scheme + "://; use " + uri.SecureScheme + "://"));
                        }

                        break;

                    case IAnonymousFunctionOperation function when AcceptsAnyCertificate(function):
                        c.ReportDiagnostic(Diagnostic.Create(Descriptors.InsecureUpdateChannel, function.Syntax.GetLocation(), hook.Method.Name, "its TLS certificate validation accepts any certificate"));
                        break;
                }
            }
        });
    }

    /// <summary>For <c>new Uri("http://...")</c>, the string it is made from.</summary>
    private static IOperation UriText(IOperation value) =>
        StringValueResolver.Unwrap(value) is IObjectCreationOperation { Constructor.ContainingType.Name: "Uri", Arguments.Length: > 0 } creation
            ? creation.Arguments[0].Value
            : value;

    private static bool AcceptsAnyCertificate(IAnonymousFunctionOperation function) =>
        function.Symbol.ReturnType.SpecialType == SpecialType.System_Boolean &&
        function.Symbol.Parameters.Any(p => p.Type.Name is "X509Certificate" or "X509Certificate2" or "SslPolicyErrors") &&
        function.Syntax is AnonymousFunctionExpressionSyntax syntax &&
        (syntax.ExpressionBody?.IsKind(SyntaxKind.TrueLiteralExpression) == true ||
         (syntax.Block?.Statements.Count == 1 && syntax.Block.Statements[0] is ReturnStatementSyntax { Expression: { } returned } && returned.IsKind(SyntaxKind.TrueLiteralExpression)));
}

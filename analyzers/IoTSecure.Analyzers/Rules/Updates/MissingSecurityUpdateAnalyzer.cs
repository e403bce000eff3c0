using System;
using System.Collections.Immutable;
using System.Threading;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IoTSecure.Analyzers.Rules.Updates;

/// <summary>
/// IOT2001: a device application (an executable, or <c>IoTDevice=true</c>) with no security-update mechanism, per the
/// update-hook contract: no class or method marked <c>[IoTSecure.SecurityUpdateHook]</c>; no recognised platform
/// mechanism (nanoFramework in-field update <c>UpdateManager</c>, GHI TinyCLR <c>InFieldUpdate</c>, Meadow
/// <c>IUpdateService</c>, an Azure IoT direct-method or desired-property firmware-update handler); and no declared
/// <c>IoTUpdateMechanism</c> of <c>External</c> or <c>None</c>. Reported once, at the end of the compilation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingSecurityUpdateAnalyzer : IoTSecureAnalyzer
{
    private const string HookAttribute = "SecurityUpdateHookAttribute";

    private static readonly ImmutableHashSet<string> PlatformNames = ImmutableHashSet.Create(
        "UpdateManager", "InFieldUpdate", "IUpdateService", "UpdateService", "SetMethodHandlerAsync", "SetDesiredPropertyUpdateCallbackAsync");

    private static readonly System.Text.RegularExpressions.Regex UpdateWords = new(
        @"(?i)firmware|update|(?<![a-z])ota(?![a-z])", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.MissingSecurityUpdate);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, IoTSecureContext iot)
    {
        var device = iot.Settings.DeviceProperty;
        var mechanism = iot.Settings.UpdateMechanism;
        var isDevice = string.IsNullOrWhiteSpace(device)
            ? context.Compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication
            : string.Equals(device!.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        var declared = mechanism?.Trim();
        if (!isDevice || string.Equals(declared, "External", StringComparison.OrdinalIgnoreCase) || string.Equals(declared, "None", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // An unknown mechanism (a typo such as "Extern") is a configuration error that the build reports as IOT8021
        // naming the property; reporting IOT2001 here would send the team to the wrong fix.
        if (!string.IsNullOrEmpty(declared) && !string.Equals(declared, "InApp", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var found = 0;
        context.RegisterSymbolAction(
            c =>
            {
                if (Volatile.Read(ref found) == 0 && HasHook(c.Symbol))
                {
                    Interlocked.Exchange(ref found, 1);
                }
            },
            SymbolKind.NamedType, SymbolKind.Method);

        // A marked local function (a top-level program's update code) is a hook too; symbol actions never see them.
        context.RegisterSyntaxNodeAction(
            c =>
            {
                var local = (LocalFunctionStatementSyntax)c.Node;
                if (Volatile.Read(ref found) == 0 && UpdateHooks.NamesHookAttribute(local.AttributeLists) &&
                    c.SemanticModel.GetDeclaredSymbol(local, c.CancellationToken) is { } symbol && HasHook(symbol))
                {
                    Interlocked.Exchange(ref found, 1);
                }
            },
            SyntaxKind.LocalFunctionStatement);

        context.RegisterSyntaxNodeAction(
            c =>
            {
                var name = (IdentifierNameSyntax)c.Node;
                if (Volatile.Read(ref found) == 0 && PlatformNames.Contains(name.Identifier.ValueText) && IsPlatformMechanism(name, c.SemanticModel, c.CancellationToken))
                {
                    Interlocked.Exchange(ref found, 1);
                }
            },
            SyntaxKind.IdentifierName);

        context.RegisterCompilationEndAction(c =>
        {
            if (Volatile.Read(ref found) == 0)
            {
                // At the entry point when there is one, so editors can offer the fix that adds an update hook.
                var entryPoint = c.Compilation.GetEntryPoint(c.CancellationToken);
                var location = entryPoint is { Locations.Length: > 0 } && entryPoint.Locations[0].IsInSource ? entryPoint.Locations[0] : Location.None;
                c.ReportDiagnostic(Diagnostic.Create(Descriptors.MissingSecurityUpdate, location, c.Compilation.AssemblyName ?? "application"));
            }
        });
    }

    private static bool HasHook(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: HookAttribute, ContainingNamespace: { Name: "IoTSecure", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlatformMechanism(IdentifierNameSyntax name, SemanticModel model, CancellationToken cancellationToken)
    {
        var symbol = model.GetSymbolInfo(name, cancellationToken).Symbol;
        var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
        var ns = type?.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        switch (name.Identifier.ValueText)
        {
            case "UpdateManager":
                return ns.StartsWith("nanoFramework", StringComparison.Ordinal);
            case "InFieldUpdate":
                return ns.StartsWith("GHIElectronics.TinyCLR", StringComparison.Ordinal);
            case "IUpdateService":
            case "UpdateService":
                return ns.StartsWith("Meadow", StringComparison.Ordinal);
            default:
                // Azure IoT: a direct method or desired-property handler that is about firmware or updates.
                if (!ns.StartsWith("Microsoft.Azure.Devices", StringComparison.Ordinal) && !ns.StartsWith("nanoFramework.Azure", StringComparison.Ordinal))
                {
                    return false;
                }

                var invocation = name.FirstAncestorOrSelf<InvocationExpressionSyntax>();
                return invocation is not null && UpdateWords.IsMatch(invocation.ArgumentList.ToString());
        }
    }
}

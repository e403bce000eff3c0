using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using IoTSecure.Detection;
using Microsoft.CodeAnalysis;

namespace IoTSecure.Analyzers.Sinks;

/// <summary>
/// The names of the methods that the libraries a compilation references (not the .NET framework itself) declare with a
/// string parameter named as a credential (<c>password</c>, <c>passphrase</c>, <c>apiKey</c>, <c>clientSecret</c>), so
/// the credential pass binds a call only when its name is one of them. Each referenced assembly is read once and
/// remembered for as long as the compiler keeps its symbol (an editor's compilations share them).
/// </summary>
internal static class LibraryCredentialMethods
{
    private static readonly ConditionalWeakTable<IAssemblySymbol, HashSet<string>> ByAssembly = new();

    /// <summary>The method names, for the team's secret vocabulary; empty when no library declares one.</summary>
    public static HashSet<string> Of(Compilation compilation, SecretNames names)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (IsFramework(assembly.Identity.Name))
            {
                continue;
            }

            // The default vocabulary's answer is cached per assembly; a team's extra names are rare and read each time.
            all.UnionWith(names.IsDefault ? ByAssembly.GetValue(assembly, a => Read(a, names)) : Read(assembly, names));
        }

        return all;
    }

    /// <summary>The framework's own assemblies: their credential members are in the sink catalogue where they matter.</summary>
    private static bool IsFramework(string name) =>
        name is "mscorlib" or "netstandard" or "System" or "WindowsBase" ||
        name.StartsWith("System.", StringComparison.Ordinal) || name.StartsWith("Microsoft.Win32.", StringComparison.Ordinal) ||
        name is "Microsoft.CSharp" or "Microsoft.VisualBasic" or "Microsoft.VisualBasic.Core";

    private static HashSet<string> Read(IAssemblySymbol assembly, SecretNames names)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var namespaces = new Stack<INamespaceSymbol>();
        namespaces.Push(assembly.GlobalNamespace);
        while (namespaces.Count > 0)
        {
            foreach (var member in namespaces.Pop().GetMembers())
            {
                if (member is INamespaceSymbol ns)
                {
                    namespaces.Push(ns);
                }
                else if (member is INamedTypeSymbol type)
                {
                    AddMethods(type, names, found, 0);
                }
            }
        }

        return found;
    }

    private static void AddMethods(INamedTypeSymbol type, SecretNames names, HashSet<string> found, int depth)
    {
        if (type.DeclaredAccessibility != Accessibility.Public || depth > 4)
        {
            return;
        }

        foreach (var member in type.GetMembers())
        {
            switch (member)
            {
                case IMethodSymbol { MethodKind: MethodKind.Ordinary, DeclaredAccessibility: Accessibility.Public } method when !found.Contains(method.Name):
                    foreach (var parameter in method.Parameters)
                    {
                        if (parameter.Type.SpecialType == SpecialType.System_String && names.IsCredentialMemberName(parameter.Name))
                        {
                            found.Add(method.Name);
                            break;
                        }
                    }

                    break;
                case INamedTypeSymbol nested:
                    AddMethods(nested, names, found, depth + 1);
                    break;
            }
        }
    }
}

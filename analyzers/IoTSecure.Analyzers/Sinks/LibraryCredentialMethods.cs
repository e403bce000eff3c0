using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Runtime.CompilerServices;
using IoTSecure.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IoTSecure.Analyzers.Sinks;

/// <summary>
/// The names of the methods that the libraries a compilation references (not the .NET framework itself) declare public
/// with a text parameter (a string, characters or bytes) named as a credential (<c>password</c>, <c>passphrase</c>, <c>apiKey</c>, <c>clientSecret</c>),
/// or named only <c>token</c> or <c>secret</c> where the method returns a client or is a client's
/// (<c>InfluxDBClientFactory.Create(url, token)</c>, <c>NanoleafClient.Authorize(token)</c>),
/// so the credential pass binds a call only when its name is one of them. Each assembly is read from its metadata tables
/// (names and signatures only: no symbol is created, so a large SDK costs milliseconds) and remembered for as long as the
/// compiler keeps its symbol (an editor's compilations share them).
/// </summary>
internal static class LibraryCredentialMethods
{
    private static readonly ConditionalWeakTable<IAssemblySymbol, HashSet<string>> ByAssembly = new();
    private static readonly ConditionalWeakTable<IAssemblySymbol, HashSet<string>> KeysByAssembly = new();

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
            all.UnionWith(names.IsDefault ? ByAssembly.GetValue(assembly, a => Read(a, n => names.IsCredentialMemberName(n), stringParameter: true)) : Read(assembly, n => names.IsCredentialMemberName(n), stringParameter: true));
        }

        AddNativeFunctions(compilation, names, all);
        return all;
    }

    /// <summary>
    /// The functions of a vendor's native SDK that the team's source declares (<c>[DllImport("HCNetSDK.dll")] static extern
    /// int NET_DVR_Login_V30(string sDVRIP, ushort wDVRPort, string sUserName, string sPassword, ...)</c>) with a string
    /// parameter named as a credential: the function's body is the vendor's library, so a credential written at its call
    /// is given to that library (<see cref="SinkArguments"/> takes an <c>extern</c> method, or a <c>[LibraryImport]</c>
    /// partial one, for a library member). Found by searching the files' text for <c>extern</c> and <c>LibraryImport</c>,
    /// not by walking the trees.
    /// </summary>
    private static void AddNativeFunctions(Compilation compilation, SecretNames names, HashSet<string> all)
    {
        foreach (var token in Infrastructure.SourceWords.Tokens(compilation, "extern").Concat(Infrastructure.SourceWords.Tokens(compilation, "LibraryImport")))
        {
            var method = token.IsKind(SyntaxKind.ExternKeyword) ? token.Parent as MethodDeclarationSyntax
                : token.Parent?.Parent is AttributeSyntax or QualifiedNameSyntax ? token.Parent.FirstAncestorOrSelf<MethodDeclarationSyntax>() : null;
            if (method is not null &&
                method.ParameterList.Parameters.Any(p => IsWrittenAsText(p.Type) &&
                                                         (names.IsCredentialMemberName(p.Identifier.ValueText) ||
                                                          SecretNames.IsShortPasswordBesideAccount(p.Identifier.ValueText, method.ParameterList.Parameters.Select(q => q.Identifier.ValueText)))))
            {
                all.Add(method.Identifier.ValueText);
            }
        }
    }

    // string, string?, String, System.String, and the bytes or characters a password is marshalled as (byte[], char[]).
    private static bool IsWrittenAsText(TypeSyntax? type) => type switch
    {
        PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.StringKeyword } => true,
        NullableTypeSyntax nullable => IsWrittenAsText(nullable.ElementType),
        IdentifierNameSyntax { Identifier.ValueText: "String" } => true,
        QualifiedNameSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "System" }, Right.Identifier.ValueText: "String" } => true,
        ArrayTypeSyntax { RankSpecifiers.Count: 1, ElementType: PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.ByteKeyword or (int)SyntaxKind.CharKeyword } } => true,
        _ => false,
    };

    /// <summary>
    /// The names of the methods the referenced libraries (not the framework) declare public with a parameter that names a
    /// key (<c>appKey</c>, <c>networkKey</c>, <c>psk</c>: <see cref="SinkArguments.IsKeyParameterName"/>), whatever its type:
    /// the credential pass looks for key bytes only in calls of these names (the type is checked when one is bound), and
    /// in the framework's <see cref="FrameworkKeyMethods"/>.
    /// </summary>
    public static HashSet<string> KeyMethodsOf(Compilation compilation)
    {
        var all = new HashSet<string>(FrameworkKeyMethods, StringComparer.Ordinal);
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (!IsFramework(assembly.Identity.Name))
            {
                all.UnionWith(KeysByAssembly.GetValue(assembly, a => Read(a, SinkArguments.IsKeyParameterName, stringParameter: false)));
            }
        }

        return all;
    }

    /// <summary>
    /// The simple names of <paramref name="sourceTypeNames"/> (the types the source declares) that a referenced library
    /// (not the framework) declares a type by too (<c>Opc.Ua.UserIdentity</c> beside the team's own
    /// <c>S7UaLib.Core.Ua.UserIdentity</c>): for those the name alone does not tell which of the two a
    /// <c>new UserIdentity(...)</c> creates. Read once per compilation, so that no creation waits on a shared cache; each
    /// assembly's names are read once for all compilations.
    /// </summary>
    /// <returns>An ordinal set of simple type names; empty when no library shares a name with the source.</returns>
    public static HashSet<string> TypeNamesLibrariesShare(Compilation compilation, IEnumerable<string> sourceTypeNames)
    {
        var shared = new HashSet<string>(StringComparer.Ordinal);
        var libraries = compilation.SourceModule.ReferencedAssemblySymbols
            .Where(assembly => !IsFramework(assembly.Identity.Name))
            .Select(assembly => TypeNamesByAssembly.GetValue(assembly, a => new HashSet<string>(a.TypeNames, StringComparer.Ordinal)))
            .Where(names => names.Count > 0)
            .ToList();
        if (libraries.Count == 0)
        {
            return shared;
        }

        foreach (var name in sourceTypeNames)
        {
            if (libraries.Any(names => names.Contains(name)))
            {
                shared.Add(name);
            }
        }

        return shared;
    }

    private static readonly ConditionalWeakTable<IAssemblySymbol, HashSet<string>> TypeNamesByAssembly = new();

    /// <summary>The framework's methods with a key-named byte parameter that the sink catalogue does not list.</summary>
    private static readonly string[] FrameworkKeyMethods = { "DeriveKeyFromHmac" };

    /// <summary>The framework's own assemblies: their credential members are in the sink catalogue where they matter.</summary>
    private static bool IsFramework(string name) =>
        name is "mscorlib" or "netstandard" or "System" or "WindowsBase" ||
        name.StartsWith("System.", StringComparison.Ordinal) || name.StartsWith("Microsoft.Win32.", StringComparison.Ordinal) ||
        name is "Microsoft.CSharp" or "Microsoft.VisualBasic" or "Microsoft.VisualBasic.Core";

    private static HashSet<string> Read(IAssemblySymbol assembly, Func<string, bool> isNamed, bool stringParameter)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        ImmutableArray<ModuleMetadata> modules;
        try
        {
            modules = assembly.GetMetadata()?.GetModules() ?? ImmutableArray<ModuleMetadata>.Empty;
        }
        catch (Exception e) when (e is BadImageFormatException or InvalidOperationException or ObjectDisposedException)
        {
            return found; // unreadable metadata: no sinks by name from it
        }

        foreach (var module in modules)
        {
            try
            {
                AddMethods(module.GetMetadataReader(), isNamed, stringParameter, found);
            }
            catch (BadImageFormatException)
            {
                // a malformed module: what was read stands
            }
        }

        return found;
    }

    private static void AddMethods(MetadataReader reader, Func<string, bool> isNamed, bool stringParameter, HashSet<string> found)
    {
        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(typeHandle);
            bool? clientType = null; // whether the type's name says client (NanoleafClient.Authorize(token)), read once a bare token is met
            var visibility = type.Attributes & TypeAttributes.VisibilityMask;
            if (visibility is not (TypeAttributes.Public or TypeAttributes.NestedPublic))
            {
                continue;
            }

            foreach (var methodHandle in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                if ((method.Attributes & MethodAttributes.MemberAccessMask) != MethodAttributes.Public || (method.Attributes & MethodAttributes.SpecialName) != 0)
                {
                    continue; // not public, or a constructor, accessor or operator
                }

                var name = reader.GetString(method.Name);
                if (found.Contains(name))
                {
                    continue;
                }

                // Parameter names first (a cached name test); the signature is decoded only for a credential's name. A short
                // password name (pass, pw) counts beside the account's name (SecretNames.IsShortPasswordBesideAccount).
                ImmutableArray<ParameterShape> shapes = default;
                var returnsClient = false;
                List<string>? siblings = null;
                foreach (var parameterHandle in method.GetParameters())
                {
                    var parameter = reader.GetParameter(parameterHandle);
                    if (parameter.SequenceNumber == 0)
                    {
                        continue;
                    }

                    var parameterName = reader.GetString(parameter.Name);
                    // A bare token counts at a factory of a client only (InfluxDBClientFactory.Create(url, token)): its return type is read below.
                    var bare = stringParameter && SinkArguments.IsBareClientSecretName(parameterName);
                    if (!bare && !isNamed(parameterName) &&
                        !(stringParameter && SecretNames.MayBeShortPasswordName(parameterName) &&
                          SecretNames.IsShortPasswordBesideAccount(parameterName, siblings ??= ParameterNames(reader, method))))
                    {
                        continue;
                    }

                    if (!stringParameter)
                    {
                        found.Add(name); // a key's name, whatever its type: the type is checked where a call is bound
                        break;
                    }

                    if (shapes.IsDefault)
                    {
                        var signature = method.DecodeSignature(StringParameters.Instance, null);
                        shapes = signature.ParameterTypes;
                        returnsClient = signature.ReturnType == ParameterShape.Client;
                    }

                    if (parameter.SequenceNumber - 1 < shapes.Length && shapes[parameter.SequenceNumber - 1] == ParameterShape.Text &&
                        (!bare || returnsClient || isNamed(parameterName) || (SinkArguments.SaysLogin(name) && (clientType ??= SinkArguments.NamesAClient(reader.GetString(type.Name))))))
                    {
                        found.Add(name);
                        break;
                    }
                }
            }
        }
    }

    private static List<string> ParameterNames(MetadataReader reader, MethodDefinition method)
    {
        var names = new List<string>();
        foreach (var handle in method.GetParameters())
        {
            var parameter = reader.GetParameter(handle);
            if (parameter.SequenceNumber > 0)
            {
                names.Add(reader.GetString(parameter.Name));
            }
        }

        return names;
    }

    /// <summary>
    /// Decodes a signature's types to what a credential can be written as: text (<c>string</c>, <c>char[]</c>,
    /// <c>ReadOnlySpan&lt;char&gt;</c>, <c>ReadOnlyMemory&lt;char&gt;</c>) or bytes (<c>byte[]</c>, <c>ReadOnlySpan&lt;byte&gt;</c>
    /// and the other spans and memories): a password given as UTF-8 bytes or as characters a caller can clear is still
    /// the password written in the code.
    /// </summary>
    private sealed class StringParameters : ISignatureTypeProvider<ParameterShape, object?>
    {
        public static readonly StringParameters Instance = new();

        public ParameterShape GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
        {
            PrimitiveTypeCode.String => ParameterShape.Text,
            PrimitiveTypeCode.Char => ParameterShape.Char,
            PrimitiveTypeCode.Byte => ParameterShape.Byte,
            _ => ParameterShape.Other,
        };

        public ParameterShape GetArrayType(ParameterShape elementType, ArrayShape shape) => ParameterShape.Other;

        public ParameterShape GetByReferenceType(ParameterShape elementType) => ParameterShape.Other;

        public ParameterShape GetFunctionPointerType(MethodSignature<ParameterShape> signature) => ParameterShape.Other;

        public ParameterShape GetGenericInstantiation(ParameterShape genericType, ImmutableArray<ParameterShape> typeArguments) =>
            typeArguments.Length != 1 ? ParameterShape.Other
            : genericType == ParameterShape.SpanOrMemory ? Sequence(typeArguments[0])
            : genericType == ParameterShape.Task && typeArguments[0] == ParameterShape.Client ? ParameterShape.Client // Task<HueClient>
            : ParameterShape.Other;

        public ParameterShape GetGenericMethodParameter(object? genericContext, int index) => ParameterShape.Other;

        public ParameterShape GetGenericTypeParameter(object? genericContext, int index) => ParameterShape.Other;

        public ParameterShape GetModifiedType(ParameterShape modifier, ParameterShape unmodifiedType, bool isRequired) => unmodifiedType;

        public ParameterShape GetPinnedType(ParameterShape elementType) => ParameterShape.Other;

        public ParameterShape GetPointerType(ParameterShape elementType) => ParameterShape.Other;

        public ParameterShape GetSZArrayType(ParameterShape elementType) => Sequence(elementType);

        public ParameterShape GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
            Named(reader.GetString(reader.GetTypeDefinition(handle).Name));

        public ParameterShape GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var reference = reader.GetTypeReference(handle);
            if (reader.StringComparer.Equals(reference.Namespace, "System") &&
                (reader.StringComparer.Equals(reference.Name, "ReadOnlySpan`1") || reader.StringComparer.Equals(reference.Name, "Span`1") ||
                 reader.StringComparer.Equals(reference.Name, "ReadOnlyMemory`1") || reader.StringComparer.Equals(reference.Name, "Memory`1")))
            {
                return ParameterShape.SpanOrMemory;
            }

            if (reader.StringComparer.Equals(reference.Namespace, "System.Threading.Tasks") &&
                (reader.StringComparer.Equals(reference.Name, "Task`1") || reader.StringComparer.Equals(reference.Name, "ValueTask`1")))
            {
                return ParameterShape.Task;
            }

            return Named(reader.GetString(reference.Name));
        }

        // A type named as a client (InfluxDBClient, IHueClient): what a factory taking a bare token returns.
        private static ParameterShape Named(string name) => SinkArguments.NamesAServiceClient(name) ? ParameterShape.Client : ParameterShape.Other;

        public ParameterShape GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) => ParameterShape.Other;

        private static ParameterShape Sequence(ParameterShape element) =>
            element is ParameterShape.Char or ParameterShape.Byte ? ParameterShape.Text : ParameterShape.Other;
    }

    /// <summary>What <see cref="StringParameters"/> makes of a parameter's type (and of the parts it is built of).</summary>
    private enum ParameterShape
    {
        Other,

        /// <summary>A type a credential can be written as: text, characters or bytes.</summary>
        Text,
        Char,
        Byte,

        /// <summary>The open System.ReadOnlySpan`1, Span`1, ReadOnlyMemory`1 or Memory`1 (before its type argument is known).</summary>
        SpanOrMemory,

        /// <summary>The open System.Threading.Tasks.Task`1 or ValueTask`1 (before its type argument is known).</summary>
        Task,

        /// <summary>A type named as a client (<see cref="SinkArguments.NamesAClient"/>).</summary>
        Client,
    }
}

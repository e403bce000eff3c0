using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;

namespace IoTSecure.Analyzers.Infrastructure;

/// <summary>
/// Everything IoTSecure's rules need to know about one compilation, resolved once and shared by every
/// analyzer: the credential sinks it references, its options and the values behind its symbols.
/// </summary>
internal sealed class IoTSecureContext
{
    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<string, IoTSecureContext>> Cache = new();

    /// <summary>The built-in catalogue's index, shared by every compilation without team sinks.</summary>
    private static readonly SinkIndex BuiltInSinks = SinkIndex.Build(CredentialSinkCatalog.BuiltIn);

    private readonly LockedCache<ISymbol, ResolvedString> _symbolValues = new(SymbolEqualityComparer.Default);
    private readonly LockedCache<SyntaxTree, SemanticModel> _models = new();

    private IoTSecureContext(Compilation compilation, AnalyzerSettings settings)
    {
        Compilation = compilation;
        Settings = settings;
        Sinks = settings.SinksAreBuiltIn ? BuiltInSinks : SinkIndex.Build(settings.Sinks);
        Slots = new SinkSlots(compilation, Sinks, settings.Sinks);
    }

    public Compilation Compilation { get; }

    public SinkIndex Sinks { get; }

    public AnalyzerSettings Settings { get; }

    /// <summary>The sinks this compilation references, and where their parameters sit in a call.</summary>
    public SinkSlots Slots { get; }

    /// <summary>
    /// The context of a compilation under the given options, built on first use and shared by every IoTSecure analyzer
    /// given the same configuration: keyed on the compilation and on every input of its <see cref="AnalyzerSettings"/>,
    /// so an analyzer given other options (a host may) never sees another's sinks or vocabulary.
    /// </summary>
    public static IoTSecureContext Get(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken = default)
    {
        var settings = AnalyzerSettings.Read(options, cancellationToken);
        return Cache.GetValue(compilation, _ => new ConcurrentDictionary<string, IoTSecureContext>(StringComparer.Ordinal))
            .GetOrAdd(settings.Key, _ => new IoTSecureContext(compilation, settings));
    }

    private Dictionary<string, string>? _aliases;

    /// <summary>
    /// The simple name of the type a <c>using</c> alias names (<c>using Cred = System.Net.NetworkCredential;</c> in any
    /// file, global or not), so a screen that knows catalogued types by name sees through the alias; null when no alias
    /// has this name.
    /// </summary>
    public string? AliasTarget(string alias)
    {
        var aliases = Volatile.Read(ref _aliases);
        if (aliases is null)
        {
            aliases = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var tree in Compilation.SyntaxTrees)
            {
                foreach (var pair in TreeAliases.GetValue(tree, AliasesOf))
                {
                    aliases[pair.Key] = pair.Value;
                }
            }

            aliases = Interlocked.CompareExchange(ref _aliases, aliases, null) ?? aliases;
        }

        return aliases.TryGetValue(alias, out var found) ? found : null;
    }

    /// <summary>
    /// The names of the <c>using</c> aliases (in any file) that stand for a type of this simple name
    /// (<c>using Opts = Plant.BrokerSettings;</c> for <c>BrokerSettings</c>): where the code may write the type by
    /// another name. Empty when none does.
    /// </summary>
    public IEnumerable<string> AliasesFor(string typeName)
    {
        _ = AliasTarget(typeName); // (builds the table once)
        foreach (var pair in Volatile.Read(ref _aliases)!)
        {
            if (pair.Value == typeName)
            {
                yield return pair.Key;
            }
        }
    }

    /// <summary>Each file's aliases, read once per tree (an unchanged file keeps its tree from one compilation to the next).</summary>
    private static readonly ConditionalWeakTable<SyntaxTree, KeyValuePair<string, string>[]> TreeAliases = new();

    private static KeyValuePair<string, string>[] AliasesOf(SyntaxTree tree)
    {
        if (tree.GetRoot() is not CompilationUnitSyntax unit)
        {
            return Array.Empty<KeyValuePair<string, string>>();
        }

        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        AddAliases(unit.Usings, unit.Members, found);
        return found.Count == 0 ? Array.Empty<KeyValuePair<string, string>>() : found.ToArray();
    }

    /// <summary>The aliases of a compilation unit's or namespace's usings, and of the namespaces declared in it.</summary>
    private static void AddAliases(SyntaxList<UsingDirectiveSyntax> usings, SyntaxList<MemberDeclarationSyntax> members, Dictionary<string, string> aliases)
    {
        foreach (var directive in usings)
        {
            if (directive is { Alias: { } name, NamespaceOrType: { } target } && SyntaxNames.Rightmost(target) is { } simple)
            {
                aliases[name.Name.Identifier.ValueText] = simple;
            }
        }

        foreach (var member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax ns)
            {
                AddAliases(ns.Usings, ns.Members, aliases);
            }
        }
    }

    /// <summary>
    /// Whether the compilation's own source declares a method of this name (<see cref="InvocationIndex.DeclaresMethod"/>).
    /// </summary>
    public bool DeclaresMethod(string name) => Invocations.DeclaresMethod(name);

    private HashSet<string>? _libraryCredentialMethods;

    /// <summary>
    /// The names of methods the referenced libraries declare with a string parameter named as a credential (see
    /// <see cref="IoTSecure.Analyzers.Sinks.LibraryCredentialMethods"/>), read once per compilation for every analyzer.
    /// </summary>
    public HashSet<string> LibraryCredentialMethods =>
        Volatile.Read(ref _libraryCredentialMethods) ??
        Interlocked.CompareExchange(ref _libraryCredentialMethods, IoTSecure.Analyzers.Sinks.LibraryCredentialMethods.Of(Compilation, Settings.SecretNames), null) ??
        _libraryCredentialMethods!;

    private HashSet<string>? _libraryKeyMethods;

    /// <summary>
    /// The names of methods the referenced libraries declare with a parameter named as a key (see
    /// <see cref="IoTSecure.Analyzers.Sinks.LibraryCredentialMethods.KeyMethodsOf"/>), read once per compilation.
    /// </summary>
    public HashSet<string> LibraryKeyMethods =>
        Volatile.Read(ref _libraryKeyMethods) ??
        Interlocked.CompareExchange(ref _libraryKeyMethods, IoTSecure.Analyzers.Sinks.LibraryCredentialMethods.KeyMethodsOf(Compilation), null) ??
        _libraryKeyMethods!;

    private InvocationIndex? _invocations;

    /// <summary>Every invocation of the compilation by the name it calls, indexed on first use (one walk of the trees).</summary>
    public InvocationIndex Invocations =>
        Volatile.Read(ref _invocations) ?? Interlocked.CompareExchange(ref _invocations, new InvocationIndex(Compilation), null) ?? _invocations!;

    /// <summary>The resolved value of a field, property or local, when an analyzer already followed it.</summary>
    internal bool TryGetSymbolValue(ISymbol symbol, out ResolvedString value) => _symbolValues.TryGetValue(symbol, out value!);

    internal void SetSymbolValue(ISymbol symbol, ResolvedString value) => _symbolValues.TryAdd(symbol, value);

    /// <summary>
    /// A semantic model for a tree that holds the declaration of a symbol the analysed code refers to (a
    /// <c>Secrets</c> class in another file). Created at most once per tree for this compilation.
    /// </summary>
    internal SemanticModel GetSemanticModel(SyntaxTree tree) =>
#pragma warning disable RS1030 // Declarations in other files must be bound to follow a secret across files; models are cached per tree.
        _models.GetOrAdd(tree, t => Compilation.GetSemanticModel(t));
#pragma warning restore RS1030
}

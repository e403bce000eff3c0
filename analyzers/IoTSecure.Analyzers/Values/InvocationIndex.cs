using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using IoTSecure.Analyzers.Infrastructure;

namespace IoTSecure.Analyzers.Values;

/// <summary>
/// The invocations of one compilation by the name they call (the rightmost name of the called expression:
/// <c>Net.Post(...)</c>, <c>this.Post(...)</c>, <c>client?.Post(...)</c> and <c>Post&lt;T&gt;(...)</c> under <c>"Post"</c>),
/// shared by every analyzer of the compilation (<see cref="Infrastructure.IoTSecureContext.Invocations"/>). It is how a
/// helper visible beyond its type (<c>public static void Post(string url, string token)</c>) finds the calls that may pass
/// it written text, on syntax (the screens) and then on semantics (the resolver).
/// </summary>
/// <remarks>
/// Each name is looked up once, on first use, without walking the trees (<see cref="SourceWords"/>): a walk of every
/// node of a 20,000-line compilation costs more than the rest of the credential pass.
/// </remarks>
internal sealed class InvocationIndex
{
    /// <summary>
    /// The most calls passing written text that a helper is followed through: beyond it, the helper is a general one
    /// (a logger, a client wrapper called from everywhere) and its parameter is taken as a run-time value.
    /// </summary>
    public const int MaxCallSites = 16;

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<InvocationExpressionSyntax>>> _byName = new(StringComparer.Ordinal);
    private readonly Infrastructure.LockedCache<(string Function, int Position, int Count, string Parameter, bool Extension), bool> _callersPassText = new();

    /// <summary>The index of <paramref name="compilation"/>'s syntax trees (nothing is read before the first lookup).</summary>
    public InvocationIndex(Compilation compilation) => _compilation = compilation;

    private readonly Infrastructure.LockedCache<ExpressionSyntax, bool> _writtenText = new();

    /// <summary>
    /// <see cref="SyntacticValues.MayHoldWrittenText(ExpressionSyntax)"/>'s top-level answer for <paramref name="expression"/>,
    /// computed by <paramref name="compute"/> once per compilation: a sink's argument is screened by each finder that
    /// looks at its call (the catalogued constructor's slots, then a library credential parameter's), and its answer reads
    /// the callers of the compilation, so it belongs to the compilation, not to the tree.
    /// </summary>
    internal bool WrittenTextAnswer(ExpressionSyntax expression, Func<ExpressionSyntax, bool> compute) =>
        _writtenText.TryGetValue(expression, out var known) ? known : _writtenText.GetOrAdd(expression, compute(expression));

    private readonly Infrastructure.LockedCache<(IdentifierNameSyntax Name, bool ReadsCallers), SyntacticDeclaration> _declarations = new();

    /// <summary>
    /// <see cref="SyntacticValues.Find"/>'s answer for <paramref name="identifier"/> at the top level (no caller being read),
    /// computed by <paramref name="compute"/> once per compilation: a sink's argument is looked up by its screen, by the
    /// judge's screen and by the secret-named sites' screen (about three times each in the benchmark corpus), and the
    /// answer for a parameter reads the callers of the compilation, so it belongs to the compilation, not to the tree.
    /// </summary>
    internal SyntacticDeclaration DeclarationAnswer(IdentifierNameSyntax identifier, bool readCallers, Func<IdentifierNameSyntax, SyntacticDeclaration> compute) =>
        _declarations.TryGetValue((identifier, readCallers), out var known) ? known : _declarations.GetOrAdd((identifier, readCallers), compute(identifier));

    private readonly Infrastructure.LockedCache<(TypeDeclarationSyntax Type, string Member), bool> _memberText = new();

    /// <summary>
    /// Whether the constructors or setter methods of <paramref name="type"/> may give its member <paramref name="member"/>
    /// written text (<paramref name="compute"/>), once per compilation: every read of the member (<c>_password</c> at each
    /// of a client's calls) asks the same question, and its answer may read the callers of the compilation.
    /// </summary>
    internal bool MemberTextAnswer(TypeDeclarationSyntax type, string member, Func<TypeDeclarationSyntax, string, bool> compute) =>
        _memberText.TryGetValue((type, member), out var known) ? known : _memberText.GetOrAdd((type, member), compute(type, member));

    private readonly Infrastructure.LockedCache<string, bool> _declaredMethods = new(StringComparer.Ordinal);
    /// <summary>
    /// Whether the compilation's own source declares a method of this name, asked of the compiler's declaration table
    /// (member symbols of that name are created, no body is bound) and remembered. Local functions are not members.
    /// </summary>
    public bool DeclaresMethod(string name) =>
        _declaredMethods.GetOrAdd(name, n => _compilation.ContainsSymbolsWithName(n, SymbolFilter.Member) &&
                                             _compilation.GetSymbolsWithName(n, SymbolFilter.Member).Any(s => s is IMethodSymbol));

    /// <summary>The invocations whose called name is <paramref name="name"/> (ordinal), file by file in tree order; empty when none.</summary>
    public IReadOnlyList<InvocationExpressionSyntax> Named(string name) =>
        _byName.GetOrAdd(name, n => new Lazy<IReadOnlyList<InvocationExpressionSyntax>>(() => Find(n))).Value;

    /// <summary>
    /// The answer of <paramref name="read"/> for the calls of a function's parameter, computed once per compilation and
    /// shared by the functions of the same name and parameter count whose parameter sits at the same place (the callers of a visible helper
    /// may sit in any file, so the answer belongs to the compilation, not to the helper's tree).
    /// </summary>
    internal bool CallersPassText(string function, ParameterListSyntax parameters, string parameter, Func<bool> read) =>
        Answer(_callersPassText, function, parameters, parameter, read);

    /// <summary>
    /// <see cref="CallersPassText"/> one level below the top (a helper's caller passing its own parameter on), kept apart:
    /// the answer there is cut off a level sooner and must not stand for the top level's.
    /// </summary>
    internal bool CallersPassTextBelowTop(string function, ParameterListSyntax parameters, string parameter, Func<bool> read) =>
        Answer(_callersPassTextBelowTop, function, parameters, parameter, read);

    /// <summary>
    /// <see cref="CallersPassText"/> for <see cref="SyntacticValues.CallersMayGiveText"/>'s wider question (a caller's own
    /// parameter passed on counts too), kept apart for the same reason.
    /// </summary>
    internal bool CallersGiveText(string function, ParameterListSyntax parameters, string parameter, Func<bool> read) =>
        Answer(_callersGiveText, function, parameters, parameter, read);

    private static bool Answer(
        Infrastructure.LockedCache<(string Function, int Position, int Count, string Parameter, bool Extension), bool> answers,
        string function, ParameterListSyntax parameters, string parameter, Func<bool> read)
    {
        var names = SyntacticValues.ParameterNames(parameters);
        var position = Array.IndexOf(names, parameter);
        var key = (function, position, names.Length, parameter, names.Length > 0 && parameters.Parameters[0].Modifiers.Any(SyntaxKind.ThisKeyword));
        return answers.TryGetValue(key, out var known) ? known : answers.GetOrAdd(key, read());
    }

    private readonly Infrastructure.LockedCache<(string Function, int Position, int Count, string Parameter, bool Extension), bool> _callersPassTextBelowTop = new();
    private readonly Infrastructure.LockedCache<(string Function, int Position, int Count, string Parameter, bool Extension), bool> _callersGiveText = new();

    private IReadOnlyList<InvocationExpressionSyntax> Find(string name)
    {
        List<InvocationExpressionSyntax>? found = null;
        foreach (var token in SourceWords.Tokens(_compilation, name))
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name && CalledBy(token) is { } invocation)
            {
                (found ??= new List<InvocationExpressionSyntax>()).Add(invocation);
            }
        }

        return found ?? (IReadOnlyList<InvocationExpressionSyntax>)Array.Empty<InvocationExpressionSyntax>();
    }

    /// <summary>The invocation whose called name is this identifier, or null (a declaration, a reference, an argument).</summary>
    private static InvocationExpressionSyntax? CalledBy(SyntaxToken identifier)
    {
        if (identifier.Parent is not SimpleNameSyntax name)
        {
            return null;
        }

        ExpressionSyntax called = name.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Name == name => access,
            MemberBindingExpressionSyntax binding when binding.Name == name => binding,
            _ => name,
        };
        return called.Parent is InvocationExpressionSyntax invocation && invocation.Expression == called ? invocation : null;
    }

}

using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;

namespace IoTSecure.Analyzers.Sinks;

/// <summary>A secret-named field, property or local given a value: at its declaration or by an assignment.</summary>
internal readonly struct SecretNamedSite
{
    /// <param name="symbol">The symbol given the value.</param>
    /// <param name="value">The value given.</param>
    /// <param name="name">
    /// The name the value is held under, when it is not the symbol's own: a text input's name without its control word
    /// (<c>passwordTextBox.Text = "..."</c> holds a password).
    /// </param>
    public SecretNamedSite(ISymbol symbol, IOperation value, string? name = null)
    {
        Symbol = symbol;
        Value = value;
        Syntax = value.Syntax;
        Literal = null;
        Name = name ?? symbol.Name;
    }

    /// <summary>A string symbol initialized with a string literal: its text is read off the syntax, nothing is bound.</summary>
    public SecretNamedSite(ISymbol symbol, LiteralExpressionSyntax literal)
    {
        Symbol = symbol;
        Value = null;
        Syntax = literal;
        Literal = literal;
        Name = symbol.Name;
    }

    public ISymbol Symbol { get; }

    /// <summary>The name the value is held under and judged by: the symbol's, or a text input's without its control word.</summary>
    public string Name { get; }

    /// <summary>The value's operation; null for a <see cref="Literal"/> site.</summary>
    public IOperation? Value { get; }

    /// <summary>The value as written (where a finding is reported).</summary>
    public SyntaxNode Syntax { get; }

    /// <summary>The string literal a string field, property or local is initialized with, when that is the whole value.</summary>
    public LiteralExpressionSyntax? Literal { get; }
}

/// <summary>
/// Finds string-typed symbols named like secrets (<see cref="Detection.SecretNames"/>) being given a value: field and
/// property initializers, local declarations and assignments. The name is read off the syntax first; only secret
/// names reach the semantic model. Assignments to catalogued sink properties are the sinks' business.
/// </summary>
internal static class SecretNamedSites
{
    /// <summary>
    /// Whether a value is cut to a PIN's digits by a remainder of a thousand or more (<c>hash % 10000</c>,
    /// <c>n % 900000 + 100000</c>, <c>hash % PinSpace</c> with <c>const int PinSpace = 10000</c> in the file, or a constant
    /// the file does not show, <c>% PinRules.Space</c> or one declared in another part of the type, asked of
    /// <paramref name="model"/>): no GPIO or connector pin is numbered so.
    /// </summary>
    private static bool CutsToDigits(ExpressionSyntax value, SemanticModel model, System.Threading.CancellationToken cancellationToken) =>
        value.DescendantNodesAndSelf().Any(n => n is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.ModuloExpression, Right: var divisor } &&
                                                DivisorOf(SyntacticValues.Strip(divisor), model, cancellationToken) is { } number && number >= 1000);

    /// <summary>The value of a remainder's divisor: a number written, a constant of the file by name, else the compiler's constant value; null when it is none.</summary>
    private static decimal? DivisorOf(ExpressionSyntax divisor, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if ((divisor is IdentifierNameSyntax named && SyntacticValues.Find(named) is { Kind: DeclarationKind.Constant, Value: { } constant }
                ? SyntacticValues.Strip(constant)
                : divisor) is LiteralExpressionSyntax { Token.Value: int or long or uint or ulong } number)
        {
            return System.Convert.ToDecimal(number.Token.Value);
        }

        return divisor is IdentifierNameSyntax or MemberAccessExpressionSyntax && divisor.SyntaxTree == model.SyntaxTree &&
               model.GetConstantValue(divisor, cancellationToken) is { HasValue: true, Value: int or long or uint or ulong or short or ushort } known
            ? System.Convert.ToDecimal(known.Value)
            : null;
    }

    /// <summary>The words a text input's name ends in after what it holds (<c>passwordTextBox</c>, <c>apiKeyBox</c>), longest first.</summary>
    private static readonly string[] ControlWords = { "TextField", "InputField", "TextBox", "Textbox", "EditText", "Entry", "Input", "Field", "Box", "Edit" };

    public static void Register(SyntaxActions actions, IoTSecureContext iot, Func<ExpressionSyntax, bool> valueScreen, Action<SyntaxNodeAnalysisContext, SecretNamedSite> onSite) =>
        Register(actions, iot, iot.Settings.SecretNames.IsSecretName, valueScreen, onSite);

    /// <param name="valueScreen">Whether the value, as written, could give the calling rule a finding (see <see cref="SyntacticValues"/>).</param>
    /// <param name="isNamed">Which names count (the team's secret names by default; IOT1005 adds PINs, pairing codes and WPS PINs).</param>
    /// <param name="integers">
    /// Whether integral symbols named as PINs, passcodes or passkeys count too (<c>const uint StaticPasskey = 123456</c>,
    /// <c>uint passkey = mac[5] % 1000000</c>): a BLE passkey or a keypad PIN is often a number.
    /// </param>
    /// <param name="bytes">
    /// Whether byte sequences (<c>byte[]</c>, spans, memory) named as keys or secrets count too
    /// (<c>static readonly byte[] FrameObfuscationKey = { 0x39, ... }</c>), and the arguments a record's positional
    /// property named so is given where the record is built (<c>new Project(NetworkKey: new byte[] { ... })</c>).
    /// </param>
    /// <param name="literals">
    /// Whether a string literal given to a string symbol at its declaration is handed over unbound
    /// (<see cref="SecretNamedSite.Literal"/>, no <see cref="SecretNamedSite.Value"/>): for a rule that judges text only.
    /// </param>
    public static void Register(SyntaxActions actions, IoTSecureContext iot, Func<string, bool> isNamed, Func<ExpressionSyntax, bool> valueScreen, Action<SyntaxNodeAnalysisContext, SecretNamedSite> onSite, bool integers = false, bool bytes = false, bool literals = false)
    {
        // The calling rule's name test is asked for every declared name of the code: each vocabulary it asks answers a
        // name once for all compilations (no cache of this registration's own, which every thread would fill again).
        bool IsNamed(string? name) => name is not null && isNamed(name);
        bool MayBeNamed(string? name) => IsNamed(name) || (bytes && Detection.SecretNames.IsKeyBytesName(name));

        // A name that says only "key" (cacheKey, lookupKey, key) is a site only for bytes written in place: other values
        // under such names are everywhere and are no secrets' names.
        bool Screens(string? name, ExpressionSyntax value) =>
            IsNamed(name) ? valueScreen(value) : WrittenKeys.LooksLikeWrittenBytes(value);
        // A number under a bare PIN name (diePin, changePin) is a GPIO pin unless it is cut to a PIN's digits (% 10000).
        bool Accepts(ITypeSymbol? type, string name, ExpressionSyntax? value, SemanticModel model, System.Threading.CancellationToken cancellationToken) =>
            (type?.SpecialType == SpecialType.System_String && IsNamed(name)) ||
            (integers && type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 &&
             (Detection.SecretNames.IsUnambiguousPasswordName(name) || (Detection.SecretNames.IsPasswordName(name) && value is not null && CutsToDigits(value, model, cancellationToken)))) ||
            (bytes && IsByteSequence(type) && Detection.SecretNames.IsKeyBytesName(name));

        // A string symbol initialized with a string literal needs no binding (binding a field initializer runs the nullable
        // analysis of the type's initializers; a local's, of its method): the site carries the literal.
        void OnInitializer(SyntaxNodeAnalysisContext c, ISymbol symbol, ITypeSymbol? type, ExpressionSyntax value)
        {
            // ("..."), "..."!: the value inside (parentheses and the null-forgiving operator have no operation of their own)
            while (true)
            {
                if (value is ParenthesizedExpressionSyntax parenthesized)
                {
                    value = parenthesized.Expression;
                }
                else if (value is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } forgiving)
                {
                    value = forgiving.Operand;
                }
                else
                {
                    break;
                }
            }

            if (literals && type?.SpecialType == SpecialType.System_String && value is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal)
            {
                onSite(c, new SecretNamedSite(symbol, literal));
            }
            else if (c.SemanticModel.GetOperation(value, c.CancellationToken) is { } operation)
            {
                onSite(c, new SecretNamedSite(symbol, operation));
            }
        }

        actions.Add(
            c =>
            {
                var declarator = (VariableDeclaratorSyntax)c.Node;
                if (declarator.Initializer is { } initializer && MayBeNamed(declarator.Identifier.ValueText) && Screens(declarator.Identifier.ValueText, initializer.Value) &&
                    c.SemanticModel.GetDeclaredSymbol(declarator, c.CancellationToken) is { } symbol &&
                    Accepts(TypeOf(symbol), symbol.Name, initializer.Value, c.SemanticModel, c.CancellationToken))
                {
                    OnInitializer(c, symbol, TypeOf(symbol), initializer.Value);
                }
            },
            SyntaxKind.VariableDeclarator);

        actions.Add(
            c =>
            {
                var property = (PropertyDeclarationSyntax)c.Node;
                // { get; } = "...", and for a rule judging text what the getter always returns when it writes text there
                // (=> "...", { get { return "a" + "b"; } }, => Environment.GetEnvironmentVariable("X") ?? "..."): the value it
                // always has. A getter returning another member (=> _options.ApiKey) is judged where that is written, and is
                // not bound here.
                // (a declared default wins over an initializer that only silences the nullable warning: = string.Empty, = null!)
                if (!MayBeNamed(property.Identifier.ValueText))
                {
                    return;
                }

                var value = (IsEmptyText(property.Initializer?.Value) ? DeclaredDefault(property) : null) ??
                            property.Initializer?.Value ?? (literals && SyntacticValues.GetterValue(property) is { } returned && WritesText(returned) ? returned : null) ??
                            DeclaredDefault(property);
                if (value is not null && Screens(property.Identifier.ValueText, value) &&
                    c.SemanticModel.GetDeclaredSymbol(property, c.CancellationToken) is IPropertySymbol symbol && Accepts(symbol.Type, symbol.Name, value, c.SemanticModel, c.CancellationToken))
                {
                    OnInitializer(c, symbol, symbol.Type, value);
                }
            },
            SyntaxKind.PropertyDeclaration);

        actions.Add(
            c =>
            {
                var syntax = (AssignmentExpressionSyntax)c.Node;
                var named = SyntaxNames.Rightmost(syntax.Left);
                // txtPassword.Text = "...": the text of an input control named as a secret (a login form's prefilled box)
                // (Unity's InputField and TMP_InputField call it text)
                // (and new TextBox { Text = "..." } given to a field or local so named: the box built with its text)
                var initialized = named is "Text" or "text" && syntax.Left is IdentifierNameSyntax &&
                                  syntax.Parent is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ObjectInitializerExpression, Parent: BaseObjectCreationExpressionSyntax built }
                    ? built.Parent switch
                    {
                        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => declarator,
                        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax declared } => declared,
                        AssignmentExpressionSyntax given when given.Right == built => (SyntaxNode)given.Left,
                        _ => null,
                    }
                    : null;
                var control = named is not ("Text" or "text") || IsCaptionOrNote(syntax.Right) ? null
                    : syntax.Left is MemberAccessExpressionSyntax { Expression: var receiver } ? SyntaxNames.Rightmost(receiver)
                    : initialized switch
                    {
                        VariableDeclaratorSyntax holder => holder.Identifier.ValueText,
                        PropertyDeclarationSyntax holder => holder.Identifier.ValueText,
                        ExpressionSyntax holder => SyntaxNames.Rightmost(holder),
                        _ => null,
                    };
                var isControl = false;
                if (control is not null && (IsNamed(control) || IsNamed(WithoutControlWord(control))))
                {
                    named = IsNamed(control) ? control : WithoutControlWord(control);
                    isControl = true;
                }

                if (!MayBeNamed(named) || !Screens(named, syntax.Right) ||
                    c.SemanticModel.GetOperation(syntax, c.CancellationToken) is not IAssignmentOperation assignment ||
                    assignment is not (ISimpleAssignmentOperation or ICoalesceAssignmentOperation))
                {
                    return; // wifiPassword = "..." and the default wifiPassword ??= "..."
                }

                ISymbol? target = isControl ? InputControl(assignment.Target, initialized, c.SemanticModel, c.CancellationToken) : assignment.Target switch
                {
                    IFieldReferenceOperation field => field.Field,
                    // A library's own property is the library's to name: one named as a credential counts (a sink, or IOT1004
                    // where a sink file removed it); another secret-sounding one (a Kubernetes PodSpec's ImagePullSecret, a
                    // secret object's name) names no secret of the team's.
                    IPropertyReferenceOperation { Property: { IsIndexer: false } libraryOrOwn } property when !iot.Sinks.TryFind(property.Property, "value", out _) &&
                        (libraryOrOwn.Locations.Any(l => l.IsInSource) || iot.Settings.SecretNames.IsCredentialMemberName(libraryOrOwn.Name)) => property.Property,
                    ILocalReferenceOperation local => local.Local,
                    _ => null,
                };
                if (target is not null && Accepts(assignment.Target.Type, isControl ? named! : target.Name, syntax.Right, c.SemanticModel, c.CancellationToken))
                {
                    onSite(c, new SecretNamedSite(target, assignment.Value, isControl ? named : null));
                }
            },
            SyntaxKind.SimpleAssignmentExpression, SyntaxKind.CoalesceAssignmentExpression);

        // The default a property's attribute declares for it, written as text: a command-line option's
        // ([Option('p', "password", Default = "...")], CommandLineParser's Option and Value), a component's
        // ([DefaultValue("...")]) and a user setting's as the settings designer writes it ([DefaultSettingValue("...")] in
        // Settings.Designer.cs): the value the property has until something else is given.
        static ExpressionSyntax? DeclaredDefault(PropertyDeclarationSyntax property)
        {
            foreach (var list in property.AttributeLists)
            {
                foreach (var attribute in list.Attributes)
                {
                    if (attribute.ArgumentList is not { Arguments.Count: > 0 } arguments)
                    {
                        continue;
                    }

                    var name = SyntaxNames.Rightmost(attribute.Name);
                    // [DefaultValue("...")], [DefaultValue(typeof(string), "...")], PowerArgs' [ArgDefaultValue("...")]
                    var positional = arguments.Arguments.Count == 1 ? arguments.Arguments[0]
                        : arguments.Arguments.Count == 2 && arguments.Arguments[0].Expression is TypeOfExpressionSyntax ? arguments.Arguments[1]
                        : null;
                    if (name is "DefaultValue" or "DefaultValueAttribute" or "DefaultSettingValue" or "DefaultSettingValueAttribute" or "ArgDefaultValue" or "ArgDefaultValueAttribute" &&
                        positional is { NameEquals: null, NameColon: null } &&
                        SyntacticValues.Strip(positional.Expression) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } written)
                    {
                        return written;
                    }

                    if (name is "Option" or "OptionAttribute" or "Value" or "ValueAttribute")
                    {
                        foreach (var argument in arguments.Arguments)
                        {
                            if (argument.NameEquals?.Name.Identifier.ValueText == "Default" &&
                                SyntacticValues.Strip(argument.Expression) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } declared)
                            {
                                return declared;
                            }
                        }
                    }
                }
            }

            return null;
        }

        // An initializer that writes no text: "", string.Empty, null, default, with or without the null-forgiving operator.
        static bool IsEmptyText(ExpressionSyntax? value) =>
            value is not null && SyntacticValues.Strip(value) switch
            {
                LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } empty => empty.Token.ValueText.Length == 0,
                LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression or (int)SyntaxKind.DefaultLiteralExpression } => true,
                PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression, Operand: var operand } => IsEmptyText(operand),
                MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Empty", Expression: PredefinedTypeSyntax or IdentifierNameSyntax { Identifier.ValueText: "String" } } => true,
                _ => false,
            };

        // The control whose Text is written, when it is a text input (TextBox, PasswordBox, MaskedTextBox, a MAUI or
        // Xamarin Entry, Android's EditText, UIKit's UITextField, Unity's InputField): a label's or a button's caption
        // (lblPassword.Text = "Password:") is no secret's value.
        static ISymbol? InputControl(IOperation written, SyntaxNode? initialized, SemanticModel model, System.Threading.CancellationToken cancellationToken) =>
            written is IPropertyReferenceOperation { Property.Name: "Text" or "text", Instance: { Type: { } type } instance } && IsTextInput(type)
                ? instance switch
                {
                    // new TextBox { Text = "..." }: the field, property or local the box is given to
                    IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } when initialized is VariableDeclaratorSyntax declarator =>
                        model.GetDeclaredSymbol(declarator, cancellationToken) is { } declared and (IFieldSymbol or ILocalSymbol) ? declared : null,
                    IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } when initialized is PropertyDeclarationSyntax property =>
                        model.GetDeclaredSymbol(property, cancellationToken),
                    IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } when initialized is ExpressionSyntax given =>
                        model.GetSymbolInfo(given, cancellationToken).Symbol is { } assigned and (IFieldSymbol or ILocalSymbol or IPropertySymbol { IsIndexer: false }) ? assigned : null,
                    IFieldReferenceOperation field => field.Field,
                    IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
                    ILocalReferenceOperation local => local.Local,
                    _ => null,
                }
                : null;

        // passwordTextBox, apiKeyBox, pinEntry, passwordInput, inputPassword, text_password: what the control holds, without
        // the control's own word before or after it.
        static string WithoutControlWord(string name)
        {
            foreach (var word in ControlWords)
            {
                if (name.Length > word.Length && name.EndsWith(word, StringComparison.Ordinal))
                {
                    return name.Substring(0, name.Length - word.Length);
                }

                if (name.Length > word.Length + 1 && name.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (char.IsUpper(name[word.Length]) || name[word.Length] == '_'))
                {
                    return name.Substring(word.Length).TrimStart('_');
                }
            }

            return name;
        }

        // (WinForms, WPF and their vendors' TextBox, RadTextBox, SfTextBox; DevExpress's TextEdit and ButtonEdit; edit boxes;
        // MAUI's and Xamarin's Entry; Android's EditText; UIKit's UITextField; AppKit's NSTextField; Unity's InputField)
        static bool IsTextInput(ITypeSymbol type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                var name = current.Name;
                if (name.EndsWith("TextBox", StringComparison.Ordinal) || name.EndsWith("TextEdit", StringComparison.Ordinal) || name.EndsWith("ButtonEdit", StringComparison.Ordinal) ||
                    name.EndsWith("EditBox", StringComparison.Ordinal) || name.EndsWith("TextField", StringComparison.Ordinal) || name.EndsWith("InputField", StringComparison.Ordinal) ||
                    name is "PasswordBox" or "Entry" or "EditText" or "NSSecureTextField" or "TextInput")
                {
                    return true;
                }
            }

            return false;
        }

        // A caption shown in the box until the user types ("Enter password", "Paste API key") or a note standing in for a
        // saved value ("(unchanged)", "<saved>"): two or more words, or a note of letters in brackets.
        static bool IsCaptionOrNote(ExpressionSyntax value)
        {
            if (SyntacticValues.Strip(value) is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal)
            {
                return false;
            }

            var text = literal.Token.ValueText.Trim();
            if (text.Length > 2 && text[0] is '(' or '<' or '[' && text[text.Length - 1] is ')' or '>' or ']' &&
                text.Substring(1, text.Length - 2).All(ch => char.IsLetter(ch) || ch is ' ' or '-' or '_'))
            {
                return true;
            }

            return text.IndexOf(' ') > 0 && Detection.SecretText.LooksLikeWords(text.TrimEnd('.', ':', '…'));
        }

        // new Project("hub", NetworkKey: new byte[] { ... }) for `record Project(string Name, byte[] NetworkKey)`: the
        // positional property is given its value here. Only the creation of a record the compilation declares with such
        // a property, by name (or a target-typed one when there are any), with an argument that may be written, is bound.
        var records = new System.Lazy<System.Collections.Generic.HashSet<string>>(() => RecordsWithSecretPositions(iot.Compilation, MayBeNamed));
        actions.Add(
            c =>
            {
                var creation = (BaseObjectCreationExpressionSyntax)c.Node;
                if (creation.ArgumentList is not { Arguments.Count: > 0 } list || records.Value.Count == 0 ||
                    (creation is ObjectCreationExpressionSyntax { Type: var type } && !records.Value.Contains(SyntaxNames.Rightmost(type) ?? string.Empty)) ||
                    !list.Arguments.Any(a => valueScreen(a.Expression)) ||
                    c.SemanticModel.GetOperation(creation, c.CancellationToken) is not IObjectCreationOperation { Constructor: { ContainingType.IsRecord: true } constructor } built)
                {
                    return;
                }

                foreach (var argument in built.Arguments)
                {
                    if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Parameter is not { } parameter || !MayBeNamed(parameter.Name) ||
                        argument.Syntax is not ArgumentSyntax { Expression: { } written } || !valueScreen(written) ||
                        PositionalProperty(constructor, parameter) is not { } positional || !Accepts(positional.Type, positional.Name, written, c.SemanticModel, c.CancellationToken))
                    {
                        continue;
                    }

                    onSite(c, new SecretNamedSite(positional, argument.Value));
                }
            },
            SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression);
    }

    /// <summary>
    /// Whether a getter's expression writes text itself: a string literal, an interpolated string, a concatenation with a
    /// literal in it, a coalesce (or <c>??=</c>) whose fallback writes text, or a choice one of whose branches does
    /// (parentheses, casts and <c>!</c> aside).
    /// </summary>
    private static bool WritesText(ExpressionSyntax returned) =>
        SyntacticValues.Strip(returned) switch
        {
            LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression),
            InterpolatedStringExpressionSyntax => true,
            BinaryExpressionSyntax add when add.IsKind(SyntaxKind.AddExpression) => SyntacticValues.AddChain(add).Any(p => SyntacticValues.Strip(p) is LiteralExpressionSyntax),
            BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression) => WritesText(coalesce.Right),
            AssignmentExpressionSyntax cached when cached.IsKind(SyntaxKind.CoalesceAssignmentExpression) => WritesText(cached.Right), // _cached ??= "..."
            ConditionalExpressionSyntax choice => WritesText(choice.WhenTrue) || WritesText(choice.WhenFalse),
            SwitchExpressionSyntax switchExpression => switchExpression.Arms.Any(arm => WritesText(arm.Expression)),
            _ => false,
        };

    /// <summary>
    /// The names of the records declared in source with a positional parameter named like a secret, read from the source
    /// (the word <c>record</c>, <see cref="SourceWords"/>): no symbol is created and no tree is walked.
    /// </summary>
    private static System.Collections.Generic.HashSet<string> RecordsWithSecretPositions(Compilation compilation, Func<string?, bool> isNamed)
    {
        var found = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        foreach (var keyword in SourceWords.Tokens(compilation, "record"))
        {
            if (keyword.IsKind(SyntaxKind.RecordKeyword) && keyword.Parent is RecordDeclarationSyntax { ParameterList: { } parameters } record &&
                parameters.Parameters.Any(p => isNamed(p.Identifier.ValueText)))
            {
                found.Add(record.Identifier.ValueText);
            }
        }

        return found;
    }

    /// <summary>The property a record's primary constructor declares with this parameter, or null.</summary>
    private static IPropertySymbol? PositionalProperty(IMethodSymbol constructor, IParameterSymbol parameter)
    {
        if (parameter.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var declaration = parameter.DeclaringSyntaxReferences[0].GetSyntax();
        foreach (var member in constructor.ContainingType.GetMembers(parameter.Name))
        {
            if (member is IPropertySymbol { DeclaringSyntaxReferences.Length: 1 } property && property.DeclaringSyntaxReferences[0].GetSyntax() == declaration)
            {
                return property;
            }
        }

        return null;
    }

    /// <summary><c>byte[]</c>, <c>ReadOnlySpan&lt;byte&gt;</c>, <c>Span&lt;byte&gt;</c>, <c>(ReadOnly)Memory&lt;byte&gt;</c>, <c>ImmutableArray&lt;byte&gt;</c>.</summary>
    public static bool IsByteSequence(ITypeSymbol? type) => type switch
    {
        IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte } => true,
        INamedTypeSymbol { TypeArguments.Length: 1, Name: "ReadOnlySpan" or "Span" or "ReadOnlyMemory" or "Memory" or "ImmutableArray" } named =>
            named.TypeArguments[0].SpecialType == SpecialType.System_Byte,
        _ => false,
    };

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        IFieldSymbol field => field.Type,
        ILocalSymbol local => local.Type,
        _ => null,
    };
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;

namespace IoTSecure.Analyzers.Sinks;

/// <summary>Which overloads a call written with a given number of arguments can bind to, judged by arity alone.</summary>
internal static class Overloads
{
    /// <summary>
    /// Whether a method with these parameters (after the first <paramref name="skip"/>, for an extension method called
    /// on its receiver) accepts <paramref name="argumentCount"/> arguments: every required parameter given, and no more
    /// arguments than parameters unless the last is a <c>params</c> array.
    /// </summary>
    public static bool Accepts(ImmutableArray<IParameterSymbol> parameters, int argumentCount, int skip = 0)
    {
        var required = 0;
        var hasParams = false;
        for (var i = skip; i < parameters.Length; i++)
        {
            if (parameters[i].IsParams)
            {
                hasParams = true;
            }
            else if (!parameters[i].IsOptional)
            {
                required++;
            }
        }

        return argumentCount >= required && (hasParams || argumentCount <= parameters.Length - skip);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Serialization.Json;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace IoTSecure.Sdk.Evidence;

/// <summary>
/// Read-only access to a JSON document (a SARIF log, a build receipt) through the framework's own JSON reader
/// (<see cref="JsonReaderWriterFactory"/>, in netstandard2.0, so the task assembly ships no JSON library that could
/// clash with the one MSBuild loads). A missing member reads as null; never throws on a well-formed document.
/// </summary>
internal sealed class JsonNode
{
    private readonly XElement _element;

    private JsonNode(XElement element) => _element = element;

    /// <summary>Parses UTF-8 JSON text. Throws <see cref="InvalidDataException"/> when the text is not JSON.</summary>
    public static JsonNode Parse(byte[] utf8)
    {
        try
        {
            using var reader = JsonReaderWriterFactory.CreateJsonReader(utf8, new XmlDictionaryReaderQuotas { MaxDepth = 256, MaxStringContentLength = int.MaxValue, MaxArrayLength = int.MaxValue });
            return new JsonNode(XElement.Load(reader));
        }
        catch (Exception e) when (e is XmlException or System.Runtime.Serialization.SerializationException or ArgumentException)
        {
            throw new InvalidDataException("not a JSON document: " + e.Message, e);
        }
    }

    public string Type => (string?)_element.Attribute("type") ?? "string";

    /// <summary>The member <paramref name="name"/> of an object, or null.</summary>
    public JsonNode? this[string name]
    {
        get
        {
            foreach (var child in _element.Elements())
            {
                var key = child.Name.LocalName == "item" && child.Attribute("item") is { } escaped ? escaped.Value : XmlConvert.DecodeName(child.Name.LocalName);
                if (key == name)
                {
                    return new JsonNode(child);
                }
            }

            return null;
        }
    }

    /// <summary>The members of an object, in document order (empty for anything else).</summary>
    public IEnumerable<(string Name, JsonNode Value)> Members =>
        Type == "object"
            ? _element.Elements().Select(e => (e.Name.LocalName == "item" && e.Attribute("item") is { } escaped ? escaped.Value : XmlConvert.DecodeName(e.Name.LocalName), new JsonNode(e)))
            : Enumerable.Empty<(string, JsonNode)>();

    /// <summary>The elements of an array (empty for anything else).</summary>
    public IEnumerable<JsonNode> Items => Type == "array" ? _element.Elements().Select(e => new JsonNode(e)) : Enumerable.Empty<JsonNode>();

    /// <summary>The value of a string, number or boolean; null for null, objects and arrays.</summary>
    public string? Value => Type is "object" or "array" or "null" ? null : _element.Value;

    public static string? Text(JsonNode? node) => node?.Value;

    public static int Int(JsonNode? node) => int.TryParse(node?.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
}

/// <summary>A minimal, deterministic JSON writer (two-space indentation, LF, ordinal member order as written).</summary>
internal sealed class JsonText
{
    private readonly StringBuilder _builder = new();
    private int _depth;
    private bool _first = true;

    public void Open()
    {
        _builder.Append('{');
        _depth++;
        _first = true;
    }

    public void Close()
    {
        _depth--;
        _builder.Append('\n').Append(' ', _depth * 2).Append('}');
        _first = false;
        if (_depth == 0)
        {
            _builder.Append('\n');
        }
    }

    public void Property(string name, string? value)
    {
        Name(name);
        _builder.Append(value is null ? "null" : Quote(value));
    }

    public void Property(string name, bool value)
    {
        Name(name);
        _builder.Append(value ? "true" : "false");
    }

    public void Property(string name, long value)
    {
        Name(name);
        _builder.Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Object(string name, Action body)
    {
        Name(name);
        Open();
        body();
        Close();
    }

    /// <summary>An array of objects, each written by <paramref name="body"/>.</summary>
    public void Objects<T>(string name, IReadOnlyList<T> values, Action<T> body)
    {
        Name(name);
        if (values.Count == 0)
        {
            _builder.Append("[]");
            return;
        }

        _builder.Append('[');
        _depth++;
        for (var i = 0; i < values.Count; i++)
        {
            _builder.Append(i == 0 ? "\n" : ",\n").Append(' ', _depth * 2).Append('{');
            _depth++;
            _first = true;
            body(values[i]);
            _depth--;
            _builder.Append('\n').Append(' ', _depth * 2).Append('}');
        }

        _depth--;
        _builder.Append('\n').Append(' ', _depth * 2).Append(']');
        _first = false;
    }

    public void Array(string name, IReadOnlyList<string> values)
    {
        Name(name);
        if (values.Count == 0)
        {
            _builder.Append("[]");
            return;
        }

        _builder.Append('[');
        for (var i = 0; i < values.Count; i++)
        {
            _builder.Append(i == 0 ? "\n" : ",\n").Append(' ', (_depth + 1) * 2).Append(Quote(values[i]));
        }

        _builder.Append('\n').Append(' ', _depth * 2).Append(']');
    }

    private void Name(string name)
    {
        _builder.Append(_first ? "\n" : ",\n").Append(' ', _depth * 2).Append(Quote(name)).Append(": ");
        _first = false;
    }

    private static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '<': builder.Append("\\u003c"); break;
                case '>': builder.Append("\\u003e"); break;
                default:
                    if (c < ' ' || c == '\u0085' || c == '\u2028' || c == '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    public override string ToString() => _builder.ToString();
}

using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace IoTSecure.EndToEnd.Tests;

/// <summary>
/// A minimal Language Server Protocol client over stdio, enough to ask a real C# language server (csharp-ls) for the
/// diagnostics of a document as an editor would: it advertises work-done progress, answers configuration and
/// progress-creation requests, waits for the solution to load, then uses pull diagnostics.
/// </summary>
public sealed class LanguageServerClient : IDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly StringBuilder _log = new();
    private int _nextId;
    private int _openProgress;
    private int _endedProgress;

    public LanguageServerClient(string executable, string workingDirectory)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var name in new[] { "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "NUGET_PACKAGES" })
        {
            start.Environment.Remove(name);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("csharp-ls did not start");
        _input = _process.StandardInput.BaseStream;
        _process.ErrorDataReceived += (_, e) => { lock (_log) { _log.AppendLine(e.Data); } };
        _process.BeginErrorReadLine();
        _ = Task.Run(ReadLoop);
    }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>How many work-done progress reports have begun and ended (the server reports solution loading this way).</summary>
    public (int Begun, int Ended) Progress => (Volatile.Read(ref _openProgress), Volatile.Read(ref _endedProgress));

    public Task<JsonNode?> RequestAsync(string method, JsonNode? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var completion = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return completion.Task;
    }

    public void Notify(string method, JsonNode? parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    private void Send(JsonNode message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        lock (_input)
        {
            _input.Write(header);
            _input.Write(body);
            _input.Flush();
        }
    }

    private async Task ReadLoop()
    {
        var stream = _process.StandardOutput.BaseStream;
        try
        {
            while (true)
            {
                var length = 0;
                string? line;
                while (!string.IsNullOrEmpty(line = await ReadHeaderLine(stream)))
                {
                    if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                    {
                        length = int.Parse(line.Substring("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                    }
                }

                if (line is null)
                {
                    return;
                }

                var buffer = new byte[length];
                var read = 0;
                while (read < length)
                {
                    var n = await stream.ReadAsync(buffer.AsMemory(read, length - read));
                    if (n == 0)
                    {
                        return;
                    }

                    read += n;
                }

                Handle(JsonNode.Parse(buffer)!);
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
        }
    }

    private static async Task<string?> ReadHeaderLine(Stream stream)
    {
        var bytes = new System.Collections.Generic.List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one) == 0)
            {
                return null;
            }

            if (one[0] == '\n')
            {
                return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
            }

            bytes.Add(one[0]);
        }
    }

    private void Handle(JsonNode message)
    {
        var method = message["method"]?.GetValue<string>();
        var id = message["id"];
        if (method is null && id is not null)
        {
            if (_pending.TryRemove(id.GetValue<int>(), out var completion))
            {
                completion.TrySetResult(message["result"]);
            }

            return;
        }

        switch (method)
        {
            case "workspace/configuration":
                var items = message["params"]?["items"]?.AsArray().Count ?? 1;
                var result = new JsonArray();
                for (var i = 0; i < items; i++)
                {
                    result.Add(new JsonObject { ["analyzersEnabled"] = true });
                }

                Respond(id, result);
                break;
            case "$/progress":
                var kind = message["params"]?["value"]?["kind"]?.GetValue<string>();
                if (kind == "begin")
                {
                    Interlocked.Increment(ref _openProgress);
                }
                else if (kind == "end")
                {
                    Interlocked.Increment(ref _endedProgress);
                }

                break;
            default:
                if (id is not null)
                {
                    Respond(id, null); // window/workDoneProgress/create, client/registerCapability, ...
                }

                break;
        }
    }

    private void Respond(JsonNode? id, JsonNode? result) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id?.DeepClone(), ["result"] = result });

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
    }
}

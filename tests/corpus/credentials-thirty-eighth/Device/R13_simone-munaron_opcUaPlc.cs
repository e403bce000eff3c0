// Real source: simone-munaron/opcUaPlc Main.cs (244f6a58), opcUaLibrary/OpcUaConfigReader.cs (2f02cbce),
// opcUaLibrary/OpcUaConnection.cs (054cf1a7)
// Domain: OPC UA client for a Siemens PLC line reading an IFM IO-Link flow sensor (SV4200) through the PLC's OPC UA server.
// Kept: the server URL / user / password read from a JSON file, the "" fallbacks of the reader, the connection class that
// hands them to OpcClientIdentity, the node read with its Siemens ByteString decoding. Trimmed: the Italian console
// prompts around the read. Renamed: class Program -> OpcPlcMain; namespace opcUaPlc -> Corpus38.R13.
// No secret is written in this file.
#nullable enable
using System;
using System.IO;
using System.Text.Json;
using Opc.UaFx;
using Opc.UaFx.Client;

namespace Corpus38.R13
{
    class OpcPlcMain
    {
        // L'istanza vive qui fuori, quindi non viene distrutta alla fine di un metodo
        private static OpcUaConnection? _OpcUaConnection;
        static void Main()
        {
            Console.WriteLine("\n\n"); // Spazio per la leggibilità nella console

            //Read config file config.json
            var (fileReadSuccess, serverUrl, username, password, fileReadMessage) = OpcConfigReader.ReadConfig(@"C:\Prj\opcUaPlc\opcUaConfig\opcUaConfig.json"); // expect: none
            if (!fileReadSuccess)
            {
                Console.WriteLine("Errore durante la lettura del file di configurazione: Codice errore:");
                Console.WriteLine(fileReadMessage);
                return;
            }

            // Inizializzo la connessione globale
            _OpcUaConnection = new OpcUaConnection(serverUrl, username, password);
            bool status;
            status = _OpcUaConnection.Start(); // Avvio la connessione
            status = _OpcUaConnection.Status(); // Mostro lo stato della connessione

            var (success, value, length, statusCode, variableType) = _OpcUaConnection.ReadVariable(@"ns=3;s=""IFM"".""IOLink_SV4200""[2].""Sts"".""Flow"""); // expect: none
            Console.WriteLine($"Lettura variabile: Success={success}, Value={value}, Length={length}, StatusCode={statusCode}, Type={variableType}");

            status = _OpcUaConnection.Stop(); // Chiudo la connessione alla fine del programma
        }
    }

    public class OpcConfigReader
    {
        // Ora la funzione accetta il percorso del file come parametro
        public static (bool success, string serverUrl, string username, string password, string message) ReadConfig(string configFilePath)
        {
            try
            {
                // Se viene passata una cartella, aggiungiamo il nome del file standard
                if (Directory.Exists(configFilePath))
                {
                    configFilePath = Path.Combine(configFilePath, "config.json");
                }

                if (!File.Exists(configFilePath))
                    throw new FileNotFoundException($"File non trovato in: {configFilePath}");

                string json = File.ReadAllText(configFilePath);

                var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
                var config = JsonSerializer.Deserialize<OpcConfigModel>(json, options);

                return (true, config?.ServerUrl ?? "", config?.Username ?? "", config?.Password ?? "", ""); // expect: none
            }
            catch (Exception ex)
            {
                return (false, "", "", "", ex.Message);
            }
        }
    }

    public class OpcConfigModel
    {
        public required string ServerUrl { get; set; }
        public required string Username { get; set; }
        public required string Password { get; set; }
    }

    public class OpcUaConnection : IDisposable
    {
        private readonly OpcClient _client;
        public OpcClient Client => _client;
        private readonly string _serverUrl;

        public OpcUaConnection(string serverUrl, string username, string password)
        {
            _serverUrl = serverUrl;
            _client = new OpcClient(serverUrl);
            _client.Security.UserIdentity = new OpcClientIdentity(username, password); // expect: none
        }

        // Restituisce true se la connessione avviene con successo
        public bool Start()
        {
            try
            {
                _client.Connect();
                Console.WriteLine($"Connesso a: {_serverUrl}");
                return true;
            }
            catch (Exception ex)
            {
                Console.WriteLine($"Errore connessione: {ex.Message}");
                return false;
            }
        }

        // Restituisce true se la disconnessione avviene senza errori
        public bool Stop()
        {
            try
            {
                _client.Disconnect();
                Console.WriteLine($"Disconnesso da: {_serverUrl}");
                return true;
            }
            catch (Exception ex)
            {
                Console.WriteLine($"Errore disconnessione: {ex.Message}");
                return false;
            }
        }

        // Restituisce true se lo stato attuale è "Connected"
        public bool Status()
        {
            bool isConnected = _client.State == OpcClientState.Connected;
            Console.WriteLine($"Stato attuale: {_client.State} ({_serverUrl})");
            return isConnected;
        }

        public void Dispose()
        {
            _client?.Dispose();
        }

        public (bool Success, object? Value, int ByteLength, OpcStatusCode Status, string VariableType) ReadVariable(string nodeId)
        {
            if (_client == null || _client.State != OpcClientState.Connected)
            {
                Console.WriteLine("Client non connesso!");
                return (false, null, 0, OpcStatusCode.BadNotConnected, "");
            }

            try
            {
                Console.WriteLine($"Lettura nodo: {nodeId}");

                OpcValue opcValue = _client.ReadNode(nodeId);

                if (opcValue.Status.IsGood)
                {
                    object? value = opcValue.Value;
                    int byteLength = 0; // Default 0

                    if (value is byte[] byteArray)
                    {
                        byteLength = byteArray.Length;
                        Console.WriteLine($"ByteString trovato (len: {byteLength}), raw: {BitConverter.ToString(byteArray)}");

                        // Parsing Siemens REAL/DINT (ByteString comune)
                        value = byteArray.Length switch
                        {
                            4 => BitConverter.ToSingle(byteArray, 0),
                            8 => BitConverter.ToDouble(byteArray, 0),
                            2 => BitConverter.ToInt16(byteArray, 0),
                            _ => byteArray
                        };
                    }
                    else
                    {
                        // Tipo nativo (Float/Int etc.)
                        Console.WriteLine($"Tipo nativo: {value?.GetType().Name}");
                        byteLength = value switch
                        {
                            float => 4,
                            double => 8,
                            short or ushort => 2,
                            int => 4,
                            _ => 0
                        };
                    }

                    Console.WriteLine($"Valore finale: {value} (ByteLength: {byteLength}) | Timestamp: {opcValue.SourceTimestamp}");
                    return (true, value, byteLength, opcValue.Status.Code, opcValue.Value?.GetType().Name ?? "");
                }
                else
                {
                    Console.WriteLine($"Status error: {opcValue.Status}");
                    return (false, null, 0, opcValue.Status.Code, "");
                }
            }
            catch (Exception ex)
            {
                Console.WriteLine($"Exception: {ex.Message}");
                return (false, null, 0, OpcStatusCode.BadUnexpectedError, "");
            }
        }
    }
}

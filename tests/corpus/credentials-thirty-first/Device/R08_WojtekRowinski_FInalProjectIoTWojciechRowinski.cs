// Real source: WojtekRowinski/FInalProjectIoTWojciechRowinski Program.cs (c6921d4f84ad828cce79d88bb33502fc6f847584),
//   IoTHubService.cs, OpcUaService.cs (01d73e2e1583221bf7e82d76d15819d25b2a459e)
// Domain: production-line edge agent: reads a simulated factory device's nodes (production status, rate, good / bad counts,
//   temperature, error flags) from an OPC UA server with Opc.UaFx and forwards telemetry to Azure IoT Hub (device twin, direct
//   methods EmergencyStop / ResetErrorStatus) and to Azure Blob Storage.
// Kept: Program.Main's IoT Hub device connection string and storage connection string written in place, the node path and the
//   telemetry loop; IoTHubService's constructors (CreateFromConnectionString), SendTelemetryDataAsync (trimmed), the direct
//   methods and their registration; OpcUaService as written.
// Changed: Program.Main renamed Run; IoTHubService.SendTelemetryDataAsync keeps the JSON message and the reported-property update
//   and trims the error-flag event and GetErrorMessages; MonitorDesiredPropertiesAsync is trimmed.
// Shimmed / added: Opc.UaFx (OpcClient, OpcValue) in _Stubs.cs; DeviceClient instance members the shared stub lacks
//   (SendEventAsync, UpdateReportedPropertiesAsync, SetMethodHandlerAsync) as extension methods, and Message, MethodRequest,
//   MethodResponse, MethodCallback, TwinCollection in _Stubs.cs; reduced stand-ins for the project's TelemetryData,
//   DeviceErrorFlags and AzureBlobStorageService in _Stubs.cs.
// Secrets: the IoT Hub SharedAccessKey and the storage AccountKey were real keys; both are replaced by invented base64 keys of
//   the same length (python secrets). Host, device id and account names kept.
using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Microsoft.Azure.Devices.Shared;
using Opc.UaFx;
using Opc.UaFx.Client;

class Program
{
    static async Task Run(string[] args)
    {
        // Adres OPC UA serwera
        string serverUrl = "opc.tcp://localhost:4840";

        // Połączenie z OPC UA
        var opcUaService = new OpcUaService(serverUrl);

        // Konfiguracja IoT Hub
        string connectionString = "HostName=UL-zajecia-azure-2025.azure-devices.net;DeviceId=production01;SharedAccessKey=yoa9OgoO+17/6JNfpOJODGo9R62XFrsXbiRLYGIzNBM="; // expect: IOT1003
        var iotHubService = new IoTHubService(connectionString);

        string blobConnectionString = "DefaultEndpointsProtocol=https;AccountName=projektwr;AccountKey=k0DQGBRfaEsDe59E4w9BpbxPg9KmjdbA/DCSkZIyOt2kOZEADIkyBuAZt13WrHmGMVloTcOd6rqOuF1A9NsKQQ==;EndpointSuffix=core.windows.net"; // expect: IOT1003
        string containerName = "telemetrydata";
        var blobService = new AzureBlobStorageService(blobConnectionString, containerName);

        // Zdefiniuj ścieżkę do węzłów OPC UA
        string baseNodePath = "ns=2;s=Device 1"; // Zmień to na odpowiednią ścieżkę w Twoim OPC UA serwerze

        // Odczyt danych telemetrycznych
        int i = 0;
        while (i <= 1)
            //while (true)
        {
            var telemetryData = new TelemetryData
            {
                DeviceId = "Device 1",  // Zmień na ID swojego urządzenia
                Timestamp = DateTime.UtcNow,
                ProductionStatus = (Opc.UaFx.OpcValue) opcUaService.ReadNode($"{baseNodePath}/ProductionStatus"),
                WorkorderId = (Opc.UaFx.OpcValue) opcUaService.ReadNode($"{baseNodePath}/WorkorderId"),
                ProductionRate = (Opc.UaFx.OpcValue) opcUaService.ReadNode($"{baseNodePath}/ProductionRate"),
                GoodCount = (Opc.UaFx.OpcValue) opcUaService.ReadNode($"{baseNodePath}/GoodCount"),
                BadCount = (Opc.UaFx.OpcValue) opcUaService.ReadNode($"{baseNodePath}/BadCount"),
                Temperature = (Opc.UaFx.OpcValue) opcUaService.ReadNode($"{baseNodePath}/Temperature"),
                DeviceError = (Opc.UaFx.OpcValue) opcUaService.ReadNode($"{baseNodePath}/DeviceError") // Błędy urządzenia
            };

            // Wysłanie telemetrii do Azure IoT Hub
            await iotHubService.SendTelemetryDataAsync(telemetryData);
            Console.WriteLine($"Wysłano dane telemetryczne o {telemetryData.Timestamp}");

            await blobService.SaveTelemetryDataAsync(telemetryData);

            Console.WriteLine($"Wysłano dane i zapisano do Blob Storage: {telemetryData.Timestamp}");
            await Task.Delay(1000);
            i++;
        }


        await iotHubService.RegisterDirectMethodHandlersAsync();
        // Poczekaj na zakończenie
        Console.WriteLine("Naciśnij dowolny klawisz, aby zakończyć.");
        Console.ReadKey();
    }
}

public class IoTHubService
{
    private DeviceClient _deviceClient;
    private string _connectionString;

    public IoTHubService(string connectionString)
    {
        _connectionString = connectionString;
        _deviceClient = DeviceClient.CreateFromConnectionString(_connectionString, TransportType.Mqtt);
    }

    private readonly OpcUaService? _opcUaService;

    public IoTHubService(string connectionString, OpcUaService opcUaService)
    {
        _connectionString = connectionString;
        _deviceClient = DeviceClient.CreateFromConnectionString(_connectionString, TransportType.Mqtt);
        _opcUaService = opcUaService;
    }


    public async Task SendTelemetryDataAsync(TelemetryData telemetryData)
    {
        try
        {

            DeviceErrorFlags currentError = (DeviceErrorFlags) (int) telemetryData.DeviceError.Value;


            var telemetryJson = $"{{\"deviceId\":\"{telemetryData.DeviceId.Value}\",\"timestamp\":\"{telemetryData.Timestamp:O}\",\"productionStatus\":\"{telemetryData.ProductionStatus.Value}\",\"workorderId\":\"{telemetryData.WorkorderId.Value}\",\"productionRate\":{telemetryData.ProductionRate.Value},\"goodCount\":{telemetryData.GoodCount.Value},\"badCount\":{telemetryData.BadCount.Value},\"temperature\":{telemetryData.Temperature.Value.ToString().Replace(',', '.')},\"deviceErrors\":{(int)currentError}}}";

            var message = new Message(Encoding.UTF8.GetBytes(telemetryJson));
            await _deviceClient.SendEventAsync(message);
            Console.WriteLine("Dane telemetryczne zostały wysłane do IoT Hub.");


            var productionRateProperties = new TwinCollection();
            productionRateProperties["productionRate"] = telemetryData.ProductionRate.Value;
            await _deviceClient.UpdateReportedPropertiesAsync(productionRateProperties);
            Console.WriteLine("Zaktualizowano Device Twin (reported) - ProductionRate.");

        }
        catch (Exception ex)
        {
            Console.WriteLine($"Błąd podczas wysyłania danych: {ex.Message}");
        }
    }

    private async Task<MethodResponse> EmergencyStopMethod(MethodRequest methodRequest, object userContext)
    {
        Console.WriteLine("Metoda EmergencyStop została wywołana.");

        try
        {
            if (_opcUaService != null)
            {
                _opcUaService.EmergencyStop();
                Console.WriteLine("Status produkcji ustawiony na „Zatrzymano” na serwerze OPC UA.");
            }


            return new MethodResponse(200);
        }
        catch (Exception ex)
        {
            Console.WriteLine($"Błąd podczas wykonywania EmergencyStop: {ex.Message}");
            return new MethodResponse(500);
        }
    }
    private async Task<MethodResponse> ResetErrorStatusMethod(MethodRequest methodRequest, object userContext)
    {
        Console.WriteLine("Metoda ResetErrorStatus została wywołana.");

        try
        {
            if (_opcUaService != null)
            {
                _opcUaService.ResetErrorStatus();
                Console.WriteLine("Device Error zostało usatwione na: None");
            }

            return new MethodResponse(200);
        }
        catch (Exception ex)
        {
            Console.WriteLine($"Błąd podczas wykonywania ResetErrorStatus: {ex.Message}");
            return new MethodResponse(500);
        }
    }

    public async Task RegisterDirectMethodHandlersAsync()
    {
        await _deviceClient.SetMethodHandlerAsync("EmergencyStop", EmergencyStopMethod, null);
        await _deviceClient.SetMethodHandlerAsync("ResetErrorStatus", ResetErrorStatusMethod, null);
        Console.WriteLine("Zarejestrowano metody bezpośrednie: EmergencyStop i ResetErrorStatus.");
    }


}

public class OpcUaService
{
    private OpcClient _client;

    public OpcUaService(string serverUrl)
    {
        // Inicjalizacja klienta OPC UA
        _client = new OpcClient(serverUrl);
    }

    // Metoda do odczytu wartości węzła
    public object? ReadNode(string nodeId)
    {
        try
        {
            _client.Connect();

            var nodeValue = _client.ReadNode(nodeId);

            if (nodeValue != null)
            {
                return nodeValue;
            }
            else
            {
                Console.WriteLine($"Brak danych w węźle {nodeId}");
                return null;
            }
        }
        catch (Exception ex)
        {
            Console.WriteLine($"Błąd odczytu węzła {nodeId}: {ex.StackTrace}");
            return null;
        }
        finally { _client.Disconnect(); }
    }
    public void EmergencyStop()
    {
        try
        {
            _client.Connect();
            _client.CallMethod("ns=2;s=Device 1", "ns=2;s=Device 1/EmergencyStop");
        }

        catch (Exception ex)
        {
            Console.WriteLine($"Błąd podczas zapisu węzła {ex.Message}");
        }
        finally
        {
            _client.Disconnect();
        }
    }
    public void ResetErrorStatus()
    {
        try
        {
            _client.Connect();
            _client.CallMethod("ns=2;s=Device 1", "ns=2;s=Device 1/ResetErrorStatus");
        }

        catch (Exception ex)
        {
            Console.WriteLine($"Błąd podczas zapisu węzła {ex.Message}");
        }
        finally
        {
            _client.Disconnect();
        }
    }
    public void WriteNode(string nodeId, object value)
    {
        try
        {
            _client.Connect();
            _client.WriteNode(nodeId, value);
            Console.WriteLine($"Wartość {value} została zapisana do węzła {nodeId}");
        }
        catch (Exception ex)
        {
            Console.WriteLine($"Błąd podczas zapisu do węzła {nodeId}: {ex.Message}");
        }
        finally
        {
            _client.Disconnect();
        }
    }

}

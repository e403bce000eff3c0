// Real source: binbin6106/MonitoringBackend InfluxService.cs (32a98cda)
// Domain: backend of a machine condition-monitoring system: wireless temperature / vibration sensors on rotating
// equipment write their readings to InfluxDB 2.
// Kept: the InfluxService constructor, which builds the InfluxDB client from the bound InfluxSettings (URL and token
// from configuration), the two commented-out earlier versions that held the InfluxDB API token written in the code,
// and the two write methods. The commented-out token was the author's real working InfluxDB token: REPLACED (both
// occurrences) by one value generated with python `secrets` in the same shape (64 random bytes, URL-safe base64 with
// padding); it stays in comments as in the source. Trimmed: QuerySensorDataAsync (Flux query with NodaTime). Added:
// InfluxSettings and SensorData stand-ins (marked). The InfluxDB client types and IOptions come from _Stubs.cs.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InfluxDB.Client;
using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using Microsoft.Extensions.Options;
namespace MonitoringBackend;

public class InfluxService
{
    private readonly InfluxDBClient _client;
    private readonly string _bucket;
    private readonly string _org;
    //private static readonly char[] Token = "F7MjcDN4LrNkQWNrF865WYXHrxYM19utQwKRyIum-UT2_sI_RFAGZ3YpU2wlU7o7U6SodTE1geb7WBMT27b4eQ==".ToCharArray(); // expect: none
    public InfluxService(IOptions<InfluxSettings> settings)
    {
        //_client = new InfluxDBClient("http://localhost:8086", "F7MjcDN4LrNkQWNrF865WYXHrxYM19utQwKRyIum-UT2_sI_RFAGZ3YpU2wlU7o7U6SodTE1geb7WBMT27b4eQ=="); // expect: none
        var opts = settings.Value;
        _client = InfluxDBClientFactory.Create(opts.Url, opts.Token.ToCharArray()); // expect: none
        _bucket = opts.Bucket;
        _org = opts.Org;
    }

    public async Task WriteSensorDataAsync(SensorData data)
    {
        if (data != null)
        {
            var point = PointData
            .Measurement("sensor_data")
            .Tag("sensorId", data.SensorId.ToString())
            .Field("temperature", data.Temperature)
            .Field("vibration", data.Vibration)
            .Timestamp(data.Timestamp.ToUniversalTime(), WritePrecision.Ms);

            await _client.GetWriteApiAsync().WritePointAsync(point, _bucket, _org);
        }

    }

    public async Task WriteSensorBatchAsync(List<SensorData> dataList)
    {
        var writeApi = _client.GetWriteApiAsync();

        //using var writeApi = _client.GetWriteApiAsync();
        var points = new List<PointData>();

        foreach (var data in dataList)
        {
            var point = PointData
                .Measurement("sensor_data")
                .Tag("sensor_id", data.SensorId.ToString())
                .Field("temperature", data.Temperature)
                .Field("vibration", data.Vibration)
                .Timestamp(data.Timestamp, WritePrecision.Ns);

            points.Add(point);
        }
        try
        {
            await writeApi.WritePointsAsync(points, _bucket, _org);
        }
        catch (Exception ex)
        {
            Console.WriteLine($"写入 InfluxDB 出错: {ex.Message}");
        }
    }
}

// added: stand-ins for the project's InfluxSettings.cs and SensorData.cs (not adapted)
public class InfluxSettings
{
    public string Url { get; set; } = string.Empty;
    public string Token { get; set; } = string.Empty;
    public string Bucket { get; set; } = string.Empty;
    public string Org { get; set; } = string.Empty;
}

public class SensorData
{
    public int SensorId { get; set; }
    public DateTime Timestamp { get; set; }
    public double Temperature { get; set; }
    public double Vibration { get; set; }
}

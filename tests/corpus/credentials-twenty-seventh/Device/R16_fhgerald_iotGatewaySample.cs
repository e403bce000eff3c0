// Real source: fhgerald/iotGatewaySample src/IoTGateway/Repositories/InfluxDataSeriesRepository.cs (84ccc5b5)
// Modbus-to-historian IoT gateway sample: values polled from a Modbus device are written to InfluxDB 2 and queried
// back for a Grafana SimpleJson endpoint. Kept: the repository that builds InfluxDBClient(url, token), the bucket and
// org constants, the write and the measurement query. Changed: the token is read with ConfigurationBinder.GetValue
// and a written fallback (invented token) for the bench build, instead of throwing when the setting is missing.
// Trimmed: the data-point query, the DataPoint/Reference models (strings here).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InfluxDB.Client;
using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using Microsoft.Extensions.Configuration;

namespace IoTGateway.Repositories
{
    public class InfluxDataSeriesRepository : IDisposable
    {
        private readonly InfluxDBClient _client;
        const string Bucket = "test";
        const string Org = "fhlabor";
        const string TokenSetting = "InfluxDB:Token"; // expect: none

        public InfluxDataSeriesRepository(IConfiguration configuration)
        {
            var token = configuration.GetValue<string>(TokenSetting,
                "m4g8IRWkCq7Kp2G19sOP6wAiejivyHxC-Cjw-pHSMQX_rDY1nPdnbT7MlmWDQSSjSTNdd3qYGrMWt7gE4acogA=="); // expect: IOT1001

            _client = new InfluxDBClient("http://localhost:8086", token);
        }

        public void Dispose()
        {
            _client.Dispose();
        }

        public void Add(string reference, DateTime date, double value)
        {
            using (var writeApi = _client.GetWriteApi())
            {
                var point = PointData.Measurement(reference)
                    .Field("value", value)
                    .Timestamp(date, WritePrecision.Ms);

                writeApi.WritePoint(point, Bucket, Org);
            }
        }

        public async Task<IEnumerable<string>> GetReferencesAsync()
        {
            var queryApi = _client.GetQueryApi();
            // Define a Flux query to list measurements in the specified bucket
            string flux = $"import \"influxdata/influxdb/schema\"\n" +
                          $"schema.measurements(bucket: \"{Bucket}\")";

            var tables = await queryApi.QueryAsync(flux, Org);
            var resultList = new List<string>();
            foreach (var table in tables)
            {
                foreach (var record in table.Records)
                {
                    resultList.Add((string)record.Values["_value"]);
                }
            }
            return resultList;
        }
    }
}

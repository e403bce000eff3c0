// Real source: Paaduaadu/cs2stuff Influx/Influx.cs
// Kept: the static Influx class with GetWrite(string token) building new InfluxDBClient("http://influxdb2:8086", token)
// .GetWriteApiAsync() and returning a metric writer. Trimmed: ProcessEvent and GetRead (their streaming and query
// APIs are not in the stubs). Changed: bucket/org names; domain turned into an MRI suite's helium-chiller monitor.
// Added: the chiller service that calls GetWrite with a written token and with one from the environment, the
// vendor sample client left with "my-token", and a NotSecrets class.
using System;
using System.Threading.Tasks;
using InfluxDB.Client;
using InfluxDB.Client.Writes;

public static class Influx {

    public static Func<PointData, Task> GetWrite(string token)
    {
        var write = new InfluxDBClient("http://influxdb2:8086", token)
            .GetWriteApiAsync();
        return metric => write.WritePointAsync(metric, "chiller", "radiology"); // Changed
    }
}

namespace MriChiller
{
    class ChillerTelemetry // Added
    {
        readonly Func<PointData, Task> _write = Influx.GetWrite("X5f8WhWKerUpK20aNvSMxLgXJSnufzNPi6coles5VPiC8vEQPHNkgMX2Dqs3uO9nCbdgonqiiJzGWG_7Thoizw=="); // expect: IOT1001
        readonly Func<PointData, Task> _backup = Influx.GetWrite(Environment.GetEnvironmentVariable("INFLUX_BACKUP_TOKEN")); // expect: none

        readonly InfluxDBClient _vendorSample = new InfluxDBClient("http://influxdb2:8086", "my-token"); // expect: IOT1006

        public Task Report(double heliumLevel) =>
            _write(PointData.Measurement("helium").Tag("magnet", "suite-b").Field("level", heliumLevel)); // expect: none
    }

    static class NotSecrets_R08
    {
        public const string TokenSetting = "Influx:Token"; // expect: none
        public const string TokenEnv = "INFLUX_BACKUP_TOKEN"; // expect: none
        public const string TokenHeader = "Authorization"; // expect: none
    }
}

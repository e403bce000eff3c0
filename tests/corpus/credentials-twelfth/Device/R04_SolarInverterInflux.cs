// Real source: tihomir-kit/InfluxData.Net README.md
// Kept: the README's client creation, new InfluxDbClient("http://yourinflux.com:8086/", "username", "password",
// InfluxDbVersion.v_0_9_6), and the Point with Name, Tags (SensorId, SerialNumber) and Fields (library stubbed).
// Added: the rooftop solar inverter logger that uses it, the production client built from the environment with a
// written ?? fallback, and the serial-number tag.
using System;
using System.Collections.Generic;
using InfluxData.Net.Common.Enums;
using InfluxData.Net.InfluxDb;

namespace SolarInverterLogger
{
    public static class InverterDatabase
    {
        public static InfluxDbClient CreateSample()
        {
            var influxDbClient = new InfluxDbClient("http://yourinflux.com:8086/", "username", "password", InfluxDbVersion.v_0_9_6); // expect: IOT1002
            return influxDbClient;
        }

        // Added: the inverter's own client; the fallback ships in every unit
        public static InfluxDbClient CreateForRoof()
        {
            string url = Environment.GetEnvironmentVariable("INFLUX_URL") ?? "http://10.0.7.2:8086/";
            string user = Environment.GetEnvironmentVariable("INFLUX_USER") ?? "inverter";
            string password = Environment.GetEnvironmentVariable("INFLUX_PASSWORD") ?? "Sunny-Roof-6613"; // expect: IOT1001
            return new InfluxDbClient(url, user, password, InfluxDbVersion.Latest);
        }

        public static Dictionary<string, object> Tags(int sensorId) => new Dictionary<string, object>()
        {
            { "SensorId", sensorId },
            { "SerialNumber", "00AF123B" }, // expect: none
        };

        public const string PasswordEnvVar = "INFLUX_PASSWORD"; // expect: none
    }
}

// Added: values near the credentials that are not secrets
internal static class NotSecrets_R04
{
    public const string PasswordFile = "/etc/inverter/influx.pw"; // expect: none
    public const string TokenScope = "write:inverter"; // expect: none
    public const string PasswordMinLength = "12"; // expect: none
}

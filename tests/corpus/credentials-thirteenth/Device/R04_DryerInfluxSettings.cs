// Real source: influxdata/influxdb-client-csharp Examples/ExampleBlazor/Data/ClientSettings.cs
// Kept: static ClientSettings with Url, Username, Password, Token and Org fields and
//       GetClient() => InfluxDBClientFactory.Create(Url, Username, Password.ToCharArray()), values as in the example.
// Added: the grain-dryer's production client with its own token, and hard negatives.
using InfluxDB.Client;

namespace ExampleBlazor.Data
{
    public static class ClientSettings
    {
        public static string Url = "http://localhost:8086";
        public static string Username = "my-user"; // expect: none
        public static string Password = "my-password"; // expect: IOT1006
        public static string Token = "my-token"; // expect: none
        public static string Org = "my-org";

        public static InfluxDBClient GetClient()
        {
            return InfluxDBClientFactory.Create(Url, Username, Password.ToCharArray());
        }
    }

    // Added: the dryer controller writes to the farm's InfluxDB 2 with an all-access token.
    public static class DryerInflux
    {
        private const string DryerToken = "Qdr0aoQ1DCZISM-7p7HqUGEpclQej-dryer"; // expect: IOT1001
        public static string TokenSettingName = "Influx:Token"; // expect: none

        public static InfluxDBClient Open() => new InfluxDBClient("https://influx.farm.example", DryerToken);
    }
}

// Added
public static class Extra_R04
{
    public static InfluxDB.Client.InfluxDBClient FromEnvironment() =>
        new InfluxDB.Client.InfluxDBClient("https://influx.farm.example", System.Environment.GetEnvironmentVariable("DRYER_INFLUX_TOKEN") ?? "mK8-dryer-Wq3zT5vX"); // expect: IOT1001
    public const string TokenVariable = "DRYER_INFLUX_TOKEN"; // expect: none
    public static string OrgId = "0a1b2c3d4e5f6a7b"; // expect: none
}

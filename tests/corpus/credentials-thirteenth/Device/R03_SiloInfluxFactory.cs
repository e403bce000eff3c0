// Real source: pedrofgd/api-rest-broker pocs/v2/ApiBroker/src/ApiBroker.API/Dados/InfluxDbClientFactory.cs
// Kept: class InfluxDbClientFactory with the Portuguese todo comment, private static readonly Token and
//       OpenConnection() => new InfluxDBClient("http://localhost:8086", Token). The token is replaced by an invented one.
// Added: grain-silo humidity probes with a bench client built from a placeholder and a second site token in a switch.
using InfluxDB.Client;

namespace ApiBroker.API
{
    public class InfluxDbClientFactory
    {
        /*
         * todo: substituir pelo Token gerado ao rodar o Influx localmente
         *  Depois colocar como variavel ambiente..
         */
        private static readonly string Token = "rHkMokDFEImYSiYYUurrY3MQBow6OMCsuDdW1OXrvRWfEmsAA1eNayKJWBDMfoktJaXMrlXr0OIdzPPqSdiCOg=="; // expect: IOT1001

        public static InfluxDBClient OpenConnection()
        {
            return new InfluxDBClient("http://localhost:8086", Token);
        }

        // Added: bench rig for the silo probes, copied from the InfluxDB getting-started page.
        public static InfluxDBClient OpenBench() => new InfluxDBClient("http://bench-pi.local:8086", "my-token"); // expect: IOT1006

        // Added: one token per silo site, chosen by a switch expression.
        public static InfluxDBClient OpenSite(string site) => new InfluxDBClient("https://influx.silos.example:8086", SiteToken(site));

        private static string SiteToken(string site) => site switch
        {
            "north" => "5c2MJY_6Rda2Jl2GHx0XkG28dzZ--VuoUvMysnsa1UQZfCUXmK368m6ABEY1JcxQ3zNiGaTTNykms1xezllMyA==", // expect: IOT1001
            _ => "" // expect: none
        };

        public const string TokenHeaderName = "Authorization: Token"; // expect: none
    }
}

// Added
public static class Extra_R03
{
    public static InfluxDB.Client.InfluxDBClient Legacy() =>
        new InfluxDB.Client.InfluxDBClient("http://old-silo:8086", "silo-writer", "Hb4-silo-Ledger9", "silo", "autogen"); // expect: IOT1001
    public const string BucketName = "silo-humidity-v2"; // expect: none
    public const string TokenScope = "write:silo-humidity"; // expect: none
}

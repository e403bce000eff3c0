// Written for corpus15. Domain: a volcano observatory's remote seismic station: the digitiser's miniSEED files go to
// the data centre by FTP, picks go to the observatory's Kafka and Redis, state of health to Azure IoT Hub from the
// nanoFramework power board, and the SeedLink server accepts the observatory's own login.
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Confluent.Kafka;
using StackExchange.Redis;

namespace Observatory.Seismic
{
    public static class StationUplink
    {
        private const string StationCode = "AK07";
        private const string SeedLinkPassword = "vkTHCDsJ-#hfK"; // expect: IOT1004
        private const string FtpPasswordVariable = "SEISMO_FTP_PASSWORD"; // expect: none
        private const string SecretFilePath = "/etc/seismo/ftp.secret"; // expect: none
        private const string ExampleApiKey = "example-api-key-123"; // expect: none
        private static readonly Random Rng = new Random();

        public static FtpWebRequest MiniSeedUpload(string file)
        {
            var request = (FtpWebRequest)WebRequest.Create("ftp://archive.seismo.example/incoming/" + file);
            request.Method = WebRequestMethods.Ftp.UploadFile;
            request.Credentials = new NetworkCredential
            {
                UserName = "ak07",
                Password = "skjwhapk845R" // expect: IOT1001
            };
            return request;
        }

        public static Uri BackupTarget()
        {
            return new Uri("ftp://ak07:OnG5I_.-*bDKnW@backup.seismo.example:21/incoming/"); // expect: IOT1001
        }

        public static ProducerConfig PickProducer()
        {
            return new ProducerConfig
            {
                BootstrapServers = "kafka.observatory.example:9093",
                SaslUsername = "station-ak07", // expect: none
                SaslPassword = "w+7SxqHZ#KgytP." // expect: IOT1001
            };
        }

        public static ConfigurationOptions PickCache()
        {
            var options = new ConfigurationOptions { Ssl = true };
            options.EndPoints.Add("redis.observatory.example:6380");
            options.Password = "dC3M!Urs4!iW8C9A"; // expect: IOT1001
            return options;
        }

        public static nanoFramework.Azure.Devices.Client.DeviceClient PowerBoardClient()
        {
            return new nanoFramework.Azure.Devices.Client.DeviceClient("seismo-hub.azure-devices.net", "ak07-power", "ci9fTYxEqJ+Kc+R7F7OxzL0TbknSBLT3oLnOMFWBP4U="); // expect: IOT1003
        }

        public static void ConfigureHeaders(HttpClient http, bool lab)
        {
            if (lab)
            {
                http.DefaultRequestHeaders.Add("X-Auth-Token", "TODO"); // expect: IOT1006
            }
            else
            {
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "${SEISMIC_TOKEN}"); // expect: IOT1006
            }
        }

        public static void SeedLinkLogin(NetworkStream stream)
        {
            byte[] line = Encoding.ASCII.GetBytes("AUTH USERPASS seedlink " + SeedLinkPassword + "\r\n");
            stream.Write(line, 0, line.Length);
        }

        // the field engineer's PIN on the vault's keypad is printed on the station's plate as AK + number
        public static string VaultPin(int stationNumber)
        {
            string stationPin = "AK" + stationNumber.ToString("D3"); // expect: IOT1005
            return stationPin;
        }

        public static byte[] NewPacketSessionKey()
        {
            var sessionKey = new byte[16];
            Rng.NextBytes(sessionKey); // expect: IOT3005
            return sessionKey;
        }

        // re-dial backoff after the radio link drops
        public static TimeSpan RedialBackoff(int attempt)
        {
            return TimeSpan.FromSeconds(Math.Min(300, (1 << attempt) + Rng.Next(0, 5))); // expect: none
        }

        public static string Describe() => StationCode + " " + FtpPasswordVariable + " " + SecretFilePath + " " + ExampleApiKey;
    }
}

// Real source: WarmuthSven/Raspberry_Koordinationseinheit LoraRaspberry/DataHandler/InfluxDBHandler.cs (8aad95f5)
// Domain: Raspberry Pi coordination unit of a LoRa sensor network (humidity / temperature nodes in a repository-safety
// research lab) that writes the nodes' readings to a local InfluxDB 2.
// Kept: the all-access token field initialised empty and filled from the first line of influxdbKey.txt, the
// InfluxDBClient built with it, bucket / org names and the point writer. Renamed: namespace LoraRaspberry.DataHandler ->
// Corpus38.R06. Added: SingletonWrapper and LoraProgram.programExits, stand-ins for the project's base class and exit
// event (not read). No secret is written in this file.
#nullable enable
using System;
using System.IO;
using System.Linq;
using InfluxDB.Client;
using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;

namespace Corpus38.R06
{
    // added: stand-in for the project's singleton base class
    public abstract class SingletonWrapper
    {
        protected abstract void Awake();
        protected abstract void Start();
    }

    // added: stand-in for the project's Program with its exit event
    public static class LoraProgram
    {
        public static event Action? programExits;
        public static void Exit() => programExits?.Invoke();
    }

    public class InfluxDBHandler : SingletonWrapper
    {

        public static string bucket = "Erster Test";
        public static string org = "Lehrstuhl fuer Endlagersicherheit";
        public static string allAccessToken = ""; // expect: none
        public static InfluxDBClient? dbClient;

        protected override void Awake()
        {
            Console.WriteLine("InfluxDB Awake.");
            string filePath = Path.GetFullPath(Path.Combine(AppDomain.CurrentDomain.BaseDirectory, "../influxdbKey.txt")); //Path to textfile
            Console.WriteLine($"Searching for Token in {filePath}");
            try
            {
                allAccessToken = System.IO.File.ReadLines(filePath).First(); //Reads first line of file
                allAccessToken = allAccessToken.Replace(" ", ""); //Remove all spaces
                Console.WriteLine($"Token is {allAccessToken}");
            }
            catch (Exception ex)
            {
                Console.WriteLine("Error reading AllAccessToken: " + ex.Message);
            }

            dbClient = new InfluxDBClient("http://localhost:8086", allAccessToken); // expect: none
            LoraProgram.programExits += () =>
            {
                dbClient.Dispose();
                Console.WriteLine("dbClient disposed!");
            };
        }

        protected override void Start()
        {
            Console.WriteLine("InfluxDB Start.");
        }

        public static void Write<T>(ushort id, string fieldName, T data, DateTime timeStamp)
        {
            var point = PointData
                .Measurement("Arduino")
                .Tag("ID", id.ToString())
                .Tag("Name", "RelHumTempTest2")
                .Field(fieldName, data)
                .Timestamp(timeStamp, WritePrecision.Ns);

            using (var writeApi = dbClient!.GetWriteApi())
            {
                writeApi.WritePoint(point, bucket, org);
            }
        }
    }
}

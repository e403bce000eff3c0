// Real source: tschissler/SmartHome.NF PowerDogService/Program.cs (11afc0575d69f218bd4b5b1255d05976a792d7a0),
//   PowerDog/PowerDog.cs (232badd3fc4804465275a1861e37ee693d0bc612), PowerDog/XmlRpcProxy.cs (353f4f48986528bc89551ae9f807bc5955d87735),
//   Secrets/Secrets.Template.cs (6bcecfc0720d7c6af309e8b5f2c954c641ebacf4), Secrets/Secrets.cs (3a2ea40d8022b2cd94123045a871b67b25bf72a1)
// Domain: home energy service polling an eco-data PowerDog PV / grid-meter data logger over XML-RPC (sensor keys of the IEC 1107
//   meter and the inverter) and serving the readings to the house's nanoFramework displays.
// Kept: the sensorKeys dictionary and `new PowerDog(sensorKeys, ..., PowerDogSecrets.Password)` of the service's Program; PowerDog's
//   constructor and ReadSensorsData / ParseSensorValue; XmlRpcProxy as written; from Secrets.Template.cs the PowerDogSecrets class
//   (the template value the repository's Replace.ps1 substitutes at build time); from Secrets.cs the AzureSecrets class (a storage
//   connection string whose AccountKey slot is empty in the committed file).
// Changed: the top-level statements of Program.cs (ASP.NET minimal API) became PowerDogServiceProgram.Start; the web host, Swagger
//   and the /readSensorsdata endpoint are trimmed. Files merged into one namespace block each.
// Shimmed / added: CookComputing.XmlRpc (XmlRpcClientProtocol, XmlRpcMethodAttribute, XmlRpcStruct) in _Stubs.cs; reduced
//   stand-ins for the project's Result, PVDataPoints and ConsoleHelpers in _Stubs.cs.
// Secrets: none written in these files (the template value and an empty key slot); nothing replaced.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using CookComputing.XmlRpc;
using HelpersLib;
using SharedContracts.DataPointCollections;
using Secrets;
using PowerDog;

namespace Secrets
{
    public class AzureSecrets
    {
        public static string AzureStorageConnectionString = "DefaultEndpointsProtocol=https;AccountName=iotdatastorage;AccountKey=;EndpointSuffix=core.windows.net"; // expect: none
    }

    public class PowerDogSecrets
    {
        public static string Password = "%%PowerDogPassword%%"; // expect: none
    }
}

namespace PowerDog
{
    public class XmlRpcProxy : XmlRpcClientProtocol
    {
        [XmlRpcMethod("getPowerDogInfo")]
        public Result getPowerDogInfo(string password)
        {
            return (Result)Invoke("getPowerDogInfo", new object[] { password });
        }

        [XmlRpcMethod("getAllCurrentLinearValues")]
        public Result getAllCurrentLinearValues(string password)
        {
            return (Result)Invoke("getAllCurrentLinearValues", new object[] { password });
        }
    }
}

namespace PowerDogLib
{
    public class PowerDog
    {
        private readonly Dictionary<string, string> sensorKeys;
        private readonly string password;
        private readonly XmlRpcProxy proxy;

        public object Lockobject = new object();

        public PVDataPoints DataPoints { get; private set; }

        public PowerDog(Dictionary<string, string> sensorKeys, Uri deviceUri, string password)
        {
            this.sensorKeys = sensorKeys;
            this.password = password;
            proxy = new XmlRpcProxy();
            proxy.Url = deviceUri.ToString();
            DataPoints = new PVDataPoints();
        }

        public void ReadSensorsData(object? state)
        {
            lock (Lockobject)
            {
                var result = proxy.getAllCurrentLinearValues(password);
                if (result.ErrorCode != 0)
                {
                    ConsoleHelpers.PrintErrorMessage($"Error reading data from PowerDog: {result.ErrorString}");
                    return;
                }

                if (result.Reply == null)
                {
                    ConsoleHelpers.PrintErrorMessage("Reply is empty, communication with PowerDog failed");
                    return;
                }

                DataPoints.PVProduction.SetCorrectedValue(ParseSensorValue(result.Reply, sensorKeys["Erzeugung"]));
                DataPoints.GridSupply.SetCorrectedValue(ParseSensorValue(result.Reply, sensorKeys["lieferung"]));
                DataPoints.GridDemand.SetCorrectedValue(ParseSensorValue(result.Reply, sensorKeys["Bezug"]));
            }
        }

        private double ParseSensorValue(XmlRpcStruct reply, string sensorKey)
        {
            double value;

            if (reply.ContainsKey(sensorKey) &&
                (bool)((XmlRpcStruct)reply[sensorKey])["Valid"] &&
                double.TryParse(((XmlRpcStruct)reply[sensorKey])["Current_Value"].ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.GetCultureInfo("en-US"), out value))
            {
                return value;
            }
            else
            {
                return 0;
            }
        }
    }

    public static class PowerDogServiceProgram
    {
        public static Timer Start()
        {
            Dictionary<string, string> sensorKeys = new()
                        {
                            { "Bezug", "iec1107_1457430339" }, // expect: none
                            { "Erzeugung", "pv_global_1454412642" },  // expect: none
                            { "Eigenverbrauch", "arithmetic_1457431399" },
                            { "Verbrauchgesamt", "arithmetic_1457432629" },
                            { "lieferung", "iec1107_1457430562" } // Vom Zähler
                        };

            var powerDog = new PowerDog(sensorKeys, new UriBuilder("http", "192.168.178.150", 20000).Uri, PowerDogSecrets.Password);
            TimeSpan readDeviceDataInterval = TimeSpan.FromSeconds(1);

            var refreshDataTimer = new Timer(new TimerCallback(powerDog.ReadSensorsData), null, 0, (int)readDeviceDataInterval.TotalMilliseconds);
            return refreshDataTimer;
        }
    }
}

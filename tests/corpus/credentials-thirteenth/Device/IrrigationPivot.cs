// Written for corpus13: a centre-pivot irrigation controller with a Quectel cellular modem, an S3 bucket for field maps,
// JSON configuration written in code and a valve unlock code.
using System;
using System.Collections.Generic;
using System.IO.Ports;
using Amazon.Runtime;

namespace CentrePivot
{
    public class PivotController
    {
        private readonly SerialPort _modem = new SerialPort("/dev/ttyUSB2", 115200);

        public void AttachCellular()
        {
            _modem.Open();
            _modem.Write("AT+QICSGP=1,1,\"agri.m2m\",\"pivot07\",\"PuBHjc%W_r9GL#\",1\r"); // expect: IOT1001
        }

        public BasicAWSCredentials FieldMapCredentials() =>
            new BasicAWSCredentials("AKIA2WMGN4IUV547VEAN", "Spee2MqKb0kpqFYdFIXMcJj+JMhO+8hhDUL15c9E"); // expect: IOT1003 IOT1003

        public BasicAWSCredentials DocsCredentials() =>
            new BasicAWSCredentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"); // expect: none

        public const string BootConfig = "{\"wifi\":{\"ssid\":\"PivotYard\",\"password\":\"_S2RZXp-NTq6_D\"},\"tower\":7}"; // expect: IOT1001

        public static Dictionary<string, string> CloudSettings() => new Dictionary<string, string>
        {
            ["cloud.endpoint"] = "https://agri.example/api",
            ["cloud.api_key"] = "kGouoUmdPaFor1", // expect: IOT1001
            ["test.password"] = "FB#nuZwh*0HGJR", // expect: none
            ["cloud.api_key_header"] = "X-Agri-Key" // expect: none
        };

        public static string ValveUnlockCode(string serialNumber)
        {
            var valveUnlockCode = serialNumber.Substring(serialNumber.Length - 6); // expect: IOT1005
            return valveUnlockCode;
        }

        public static int SprayJitterSeconds() => new Random().Next(5, 30); // expect: none
    }
}

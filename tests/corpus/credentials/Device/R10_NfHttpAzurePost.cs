// Based on a real public sample: nanoframework/Samples, samples/HTTP/HttpAzurePOST/Program.cs
// HttpWebRequest kept (System.Net); button/GPIO and JSON serializer trimmed. SAS placeholder kept as written.
#nullable enable
using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Corpus.HttpAzurePOST
{
    public class Program
    {
        private static Random _random = new Random(); // expect: none

        public static void Main()
        {
            // public root CA (Baltimore) trimmed to its first lines: a certificate, not a key
            X509Certificate rootCACert = new X509Certificate(Encoding.ASCII.GetBytes(azurePEMCertBaltimore));

            /// enter your Shared Access Signature. You can create this using the Azure IOT Explorer under "Device Identity" format is
            /// "SharedAccessSignature sr=<iotHubName>.azure-devices.net%2Fdevices%2F<deviceName>&sig=<signature>"
            string sas = "<Enter SAS Token Here See Read Me for example>"; // expect: IOT1006

            var from = sas.IndexOf('=') + 1;
            var to = sas.IndexOf(".");
            string iotHubName = sas.Substring(from, to - from);
            to = sas.IndexOf("1&") + 1;
            from = sas.IndexOf("%2Fdevices%2F") + 13;
            string deviceName = sas.Substring(from, to - from);

            string url = $"https://{iotHubName}.azure-devices.net/devices/{deviceName}/messages/events?api-version=2020-03-13"; // expect: none
            WorkerThread(url, sas, rootCACert);
        }

        private static void WorkerThread(string url, string sas, X509Certificate rootCACert)
        {
#pragma warning disable SYSLIB0014
            var httpWebRequest = (HttpWebRequest)WebRequest.Create(url);
#pragma warning restore SYSLIB0014
            httpWebRequest.Method = "POST";
            httpWebRequest.ContentType = "application/json";
            // add an Authorization header of our SAS
            httpWebRequest.Headers.Add("Authorization", sas);

            int temperature = _random.Next(10);
            string output = "{\"Temperature\":\"" + temperature + "\"}";
            byte[] byteArray = Encoding.UTF8.GetBytes(output);
            httpWebRequest.ContentLength = byteArray.Length;
            Stream dataStream = httpWebRequest.GetRequestStream();
            dataStream.Write(byteArray, 0, byteArray.Length);
            Debug.WriteLine($"The following data was POST to Azure IOT: {output}");
        }

        private const string azurePEMCertBaltimore =
@"-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ
RTESMBAGA1UEChMJQmFsdGltb3JlMRMwEQYDVQQLEwpDeWJlclRydXN0MSIwIAYD
VQQDExlCYWx0aW1vcmUgQ3liZXJUcnVzdCBSb290MB4XDTAwMDUxMjE4NDYwMFoX
-----END CERTIFICATE-----"; // expect: none
    }
}

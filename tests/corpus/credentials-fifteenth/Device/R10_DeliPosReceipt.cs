// Real source: ashaw-0/EpsonXMLReceipt EpsonXmlPrint/htClient.cs and EpsonXmlPrint/Utilities/constants.cs
// Domain: delicatessen till printing to an Epson TM receipt printer through ePOS-Print (SOAP over HTTP).
// Kept: htClient.CreateSOAPWebRequest (WebRequest.Create(constants.printerURL), POST, text/xml, SOAPAction "")
// and InvokeService writing the XmlDocument and reading the response; constants.printerURL with the original's
// PRINTERIPADDRESS placeholder host, and the start of the base64 logo (the original's is 31 kB). Added: the printer's
// web-config credential, the loyalty cloud's subscription key, the fiscal receipt signature, and hard negatives.
using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using System.Xml;

namespace EpsonXmlPrint.Utilities
{
    internal class constants
    {
        public const string logoBase64Mono = @"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD//////////6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOkkkkkkkkkkvAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAd//////////1wAAAAAAAAAA"; // expect: none
        public const string printerURL = @"http://PRINTERIPADDRESS/cgi-bin/epos/service.cgi?devid=local_printer&timeout=90000"; // expect: none

        // Added
        public const string PrinterAdminUser = "epson";
        public const string PrinterAdminPassword = "c+Lu18M.jCt2"; // expect: IOT1001
        public const string LoyaltyEndpoint = "https://loyalty.example-deli.co.uk/api/v2/stamps";
        public const string LoyaltySubscriptionKey = "02cac45aa4f79dfa763827e03b2f34ad"; // expect: IOT1001
        public const string LoyaltySubscriptionKeyHeader = "Ocp-Apim-Subscription-Key"; // expect: none
    }
}

namespace EpsonXmlPrint
{
    public class htClient
    {
        public static HttpWebRequest CreateSOAPWebRequest(long ConLeng)
        {
            HttpWebRequest request;

            //Making Web Request
            request = (HttpWebRequest)WebRequest.Create(Utilities.constants.printerURL);
            request.Method = "POST";
            request.ContentType = "text/xml; charset=utf-8";
            request.ContentLength = ConLeng;
            request.Headers.Set("SOAPAction", "\"\""); // expect: none
            // Added: the printer's web config is password protected since the last firmware
            request.Credentials = new NetworkCredential(Utilities.constants.PrinterAdminUser, Utilities.constants.PrinterAdminPassword);
            return request;
        }

        public static void InvokeService(XmlDocument xml)
        {
            var ConLeng = Encoding.UTF8.GetByteCount(xml.OuterXml);
            HttpWebRequest request = CreateSOAPWebRequest(ConLeng);

            using (Stream stream = request.GetRequestStream())
            {
                xml.Save(stream);
            }

            using (WebResponse Services = request.GetResponse())
            {
                using (StreamReader rd = new StreamReader(Services.GetResponseStream()))
                {
                    var ServiceResult = rd.ReadToEnd();
                    Console.WriteLine(ServiceResult);
                }
            }
        }

        // Added: loyalty stamps for the receipt's customer card
        public static async Task AddStampAsync(string cardNumber, decimal total)
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Add(Utilities.constants.LoyaltySubscriptionKeyHeader, Utilities.constants.LoyaltySubscriptionKey);
            await http.PostAsync(Utilities.constants.LoyaltyEndpoint, new StringContent("{\"card\":\"" + cardNumber + "\",\"total\":" + total + "}"));
        }

        // Added: the fiscal signature printed as a QR code under the total
        public static string SignReceipt(string receiptXml)
        {
            using var hmac = new HMACSHA256(Convert.FromHexString("32C203CD018B5BAA2304157D396C8921D81289E6905B2FADD5D7DE6A0A17F3EE")); // expect: IOT1003
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(receiptXml)));
        }

        // Added: the printer's status document, compared against its known digest
        public const string StatusSchemaSha256 = "9f2b5c1e0a7d4c3b8e6f1a2d3c4b5a69788796a5b4c3d2e1f00112233445566"; // expect: none
    }
}

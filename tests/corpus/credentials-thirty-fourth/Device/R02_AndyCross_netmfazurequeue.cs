// Real source: AndyCross/netmfazurequeue Elastacloud.AzureQueueDemo/Program.cs, Elastacloud.AzureQueueDemo/Queue/QueueClient.cs (6dc334f7bfde7bc0fac174aa0f81dbeaa63e16d5)
// Domain: Netduino Plus (.NET Micro Framework) game device driving an LED strip and exchanging hits through an Azure
// Storage queue. Kept: the storage client built with the account name and the account key written in place (a real
// working 64-byte storage account key in the source: REPLACED by a value generated with python `secrets` in the same
// shape), the client's constructor storing both in static properties, the SharedKey authorization header signed with
// HMAC-SHA256 over the decoded key, the queue message POST. Trimmed: the NTP clock, the game classes, the LED strip
// driver, retrieve / delete. Changed: ElzeKool's `SHA.computeHMAC_SHA256(key, data)` (NETMF has no HMACSHA256)
// became `HMACSHA256.HashData(key, data)`, StringUtility.Format became string.Format, HttpWebRequest became HttpClient.
// Added: a Debug.Print stand-in (Console).
using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;

namespace Elastacloud.AzureTableDemo
{
    public class Program
    {
        public static void Main()
        {
            var queueClient = new QueueClient("netmf",
                                              "HVOy+tI+gPXobM85oCCLqmctDyQIgkfJ6/yWRDENAC3EvCrIKQkZIo12K4ULjdMWvHqJ6oe0NC2/+iZWii2I2A=="); // expect: IOT1003

            queueClient.CreateQueueMessage("ZAP");
            Console.WriteLine("How's austin feeling? : sent");
        }
    }

    public class QueueClient
    {
        internal const string VersionHeader = "2011-08-18";

        public static string AccountName { get; set; } = "";
        public static string AccountKey { get; set; } = "";

        internal string DateHeader { get; set; }

        public QueueClient(string accountName, string accountKey)
        {
            AccountName = accountName;
            AccountKey = accountKey;
            DateHeader = DateTime.UtcNow.ToString("R");
        }

        protected string CreateAuthorizationHeader(string canResource, string options = "", int contentLength = 0, bool useZero = false, string httpVerb = "GET")
        {
            string contentL = useZero ? "0" : (contentLength == 0 ? "" : contentLength.ToString());
            string toSign = string.Format("{0}\n\n\n{1}\n\n\n\n\n\n\n\n{5}\nx-ms-date:{2}\nx-ms-version:{3}\n{4}",
                httpVerb, contentL, DateHeader, VersionHeader, canResource, options);

            var hmacBytes = HMACSHA256.HashData(Convert.FromBase64String(AccountKey), Encoding.UTF8.GetBytes(toSign));
            string signature = Convert.ToBase64String(hmacBytes);

            return "SharedKey " + AccountName + ":" + signature;
        }

        public void CreateQueueMessage(string message)
        {
            string messageXml = string.Format("<QueueMessage><MessageText>{0}</MessageText></QueueMessage>",
                                              Convert.ToBase64String(Encoding.UTF8.GetBytes(message)));
            byte[] content = Encoding.UTF8.GetBytes(messageXml);
            string can = string.Format("/{0}/netmfdata/messages", AccountName);
            string auth = CreateAuthorizationHeader(can, "", content.Length, false, "POST");
            string url = string.Format("http://{0}.queue.core.windows.net/netmfdata/messages", AccountName);

            using var http = new HttpClient();
            var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(content) };
            request.Headers.Add("x-ms-date", DateHeader);
            request.Headers.Add("x-ms-version", VersionHeader);
            request.Headers.TryAddWithoutValidation("Authorization", auth);
            http.Send(request);
        }
    }
}

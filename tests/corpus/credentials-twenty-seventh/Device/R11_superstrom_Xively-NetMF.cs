// Real source: superstrom/Xively-NetMF Xively/XivelyClient.cs (5fd82c80) and XivelyConsole/Program.cs (one stored version,
// 296bfb4a, holds "YOUR_KEY_HERE"; another, seen through the code search, a working key written in place)
// .NET Micro Framework client for the Xively (ex-Pachube/Cosm) feed API, with a console that sets a feed's location
// and writes three datastreams. Kept: the client (key kept in a field, sent as the X-ApiKey line of a raw HTTP PUT
// over a socket), the feed id, the datapoints. Changed: the API key, written in place as a named argument in the
// original, is held in a named constant of the program (invented value of the same 48-character shape) — the
// repository's own client library is no known API; the data point class is reduced to two properties.
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace XivelyConsole
{
    public class Program
    {
        private const string XivelyApiKey = "1LiQL3nQtK3ru7Eqd7pqSZxVXoE3zckxsCD0EgfcCkHvwDvD"; // expect: IOT1004
        private const int FeedId = 68475; // expect: none

        public static void Main()
        {
            var xively = new Xively.XivelyClient(apiKey: XivelyApiKey);

            xively.WriteToFeed(FeedId, values: new[] {
                new Xively.XivelyDataPoint { StreamId = "x", CurrentValue = "210" },
                new Xively.XivelyDataPoint { StreamId = "y", CurrentValue = "124" },
                new Xively.XivelyDataPoint { StreamId = "z", CurrentValue = "125" }
            });
        }
    }
}

namespace Xively
{
    public class XivelyDataPoint
    {
        public string StreamId { get; set; }
        public string CurrentValue { get; set; }
        public override string ToString() => "{\"id\":\"" + StreamId + "\",\"current_value\":\"" + CurrentValue + "\"}";
    }

    public class XivelyClient
    {
        private string apiKey;
        private string userAgent;

        public XivelyClient(string apiKey, string userAgent = "NETMF")
        {
            this.apiKey = apiKey;
            this.userAgent = userAgent;
        }

        public void WriteToFeed(int feedId, params XivelyDataPoint[] values)
        {
            var uri = @"http://api.xively.com/v2/feeds/" + feedId;
            var text = new StringBuilder("{\"version\":\"1.0.0\",\"datastreams\":[");
            for (int i = 0; i < values.Length; ++i)
            {
                if (i > 0)
                    text.Append(",");
                text.Append(values[i].ToString());
            }
            text.Append("]}");

            HttpPostJson(uri, text.ToString());
        }

        private void HttpPostJson(string uri, string content)
        {
            var request = "PUT " + uri + " HTTP/1.1\r\n";
            var headers = "X-ApiKey: " + apiKey + "\r\nUser-Agent: " + userAgent + "\r\nContent-Type: application/json\r\nContent-Length: " + content.Length + "\r\nConnection: Keep-Alive\r\nHost: app.xively.com\r\n\r\n";

            var remoteEndPoint = new IPEndPoint(Dns.GetHostEntry("api.xively.com").AddressList[0], 80);
            using (var connection = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
            {
                connection.Connect(remoteEndPoint);

                Send(connection, request);
                Send(connection, headers);
                Send(connection, content);

                var buffer = new byte[256];
                connection.Receive(buffer, SocketFlags.None);
                connection.Close();
            }
        }

        private static void Send(Socket connection, string text)
        {
            connection.Send(Encoding.UTF8.GetBytes(text));
        }
    }
}

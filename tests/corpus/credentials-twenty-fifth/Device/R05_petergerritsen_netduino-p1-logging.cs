// Real source: petergerritsen/netduino-p1-logging Program.cs
// Also used: HttpClient.cs (the project's own socket HTTP helper), P1MessageReader.cs (reduced to its event).
// A Netduino Plus on the P1 port of a Dutch smart meter: every telegram is posted as JSON to a small logging web
// app and appended to a CSV file on the SD card. Kept: the static apiKey default that \sd\NetduinoP1.config can
// override, the JSON body built line by line with the key in it, the socket-level POST and the SD-card log.
// Changed: the original key is replaced by an invented one of the same shape; Microsoft.SPOT.Debug is
// System.Diagnostics.Debug.
using System;
using System.Collections;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;

namespace netduino_p1_logging
{
    public class P1Data
    {
        public DateTime LogMoment;
        public double E1, E2, E1Retour, E2Retour, CurrentUsage, CurrentRetour, Gas;
        public int CurrentTariff;
        public string LastGasTransmit;
    }

    public static class HttpClient
    {
        public static IPEndPoint GetIPEndPoint(string hostName)
        {
            var entry = Dns.GetHostEntry(hostName.Trim());
            return new IPEndPoint(entry.AddressList[0], 80);
        }

        public static Socket Connect(IPEndPoint endPoint, int timeout)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.SendTimeout = timeout;
            socket.Connect(endPoint);
            return socket;
        }

        public static void SendRequest(Socket s, string host, string requestLine, string content)
        {
            var request = requestLine + "\r\nHost: " + host.Trim() + "\r\nContent-Type: application/json\r\nContent-Length: "
                + content.Length + "\r\nConnection: close\r\n\r\n" + content;
            var bytes = Encoding.UTF8.GetBytes(request);
            s.Send(bytes, bytes.Length, SocketFlags.None);
        }
    }

    public class Program
    {
        private static IPEndPoint loggingEndpoint;
        private const string configFilename = @"\sd\NetduinoP1.config"; // expect: none
        private static string loggingHostName = " netduinop1logging.apphb.com";
        private static string apiKey = "Q3JZb2tWdG1wN0xxM0ZuWmhSa0VzQQ"; // expect: IOT1004
        private static int webserverPortnumber = 9080;

        public static void Main()
        {
            try
            {
                ReadConfiguration();
                loggingEndpoint = HttpClient.GetIPEndPoint(loggingHostName);
                Thread.Sleep(Timeout.Infinite);
            }
            catch (Exception ex)
            {
                Debug.WriteLine(ex.ToString());
            }
        }

        private static void ReadConfiguration()
        {
            try
            {
                Hashtable values = new Hashtable();
                using (StreamReader sr = new StreamReader(configFilename))
                {
                    while (true)
                    {
                        var line = sr.ReadLine();
                        if (line == null)
                            break;
                        var index = line.IndexOf("=");
                        values.Add(line.Substring(0, index), line.Substring(index + 1));
                    }
                }

                if (values.Contains("loggingHostname"))
                    loggingHostName = values["loggingHostname"] as string;
                if (values.Contains("apiKey")) // expect: none
                    apiKey = values["apiKey"] as string;
                if (values.Contains("webServerPort"))
                    webserverPortnumber = int.Parse(values["webServerPort"] as string);
            }
            catch (Exception ex)
            {
                Debug.WriteLine("ERROR in ReadConfiguration: " + ex.StackTrace);
            }
        }

        public static void MessageReceived(P1Data data)
        {
            new Thread(delegate ()
            {
                try
                {
                    StringBuilder content = new StringBuilder(512);
                    content.AppendLine("{");
                    content.AppendLine("\"ApiKey\": \"" + apiKey + "\",");
                    content.AppendLine("\"Timestamp\": \"" + data.LogMoment.ToString("yyyy-MM-ddTHH:mm:ss") + "\",");
                    content.AppendLine("\"E1\": \"" + data.E1.ToString() + "\",");
                    content.AppendLine("\"E2\": \"" + data.E2.ToString() + "\",");
                    content.AppendLine("\"CurrentTariff\": \"" + data.CurrentTariff.ToString() + "\",");
                    content.AppendLine("\"CurrentUsage\": \"" + data.CurrentUsage.ToString() + "\",");
                    content.AppendLine("\"GasMeasurementValue\": \"" + data.Gas.ToString() + "\"");
                    content.AppendLine("}");

                    using (Socket connection = HttpClient.Connect(loggingEndpoint, 2000))
                    {
                        if (connection != null)
                            HttpClient.SendRequest(connection, loggingHostName, "POST /api/logentries HTTP/1.1", content.ToString());
                    }
                }
                catch (Exception ex)
                {
                    Debug.WriteLine("ERROR in posting data: " + ex.StackTrace);
                }
            }).Start();

            WriteToSdCard(data);
        }

        private static void WriteToSdCard(P1Data p1Data)
        {
            string path = @"\SD\" + DateTime.Now.ToString("yyyyMM");
            string logFile = path + @"\" + DateTime.Now.ToString("yyyyMMdd") + ".log";
            if (!Directory.Exists(path))
                Directory.CreateDirectory(path);
            using (var sw = new StreamWriter(logFile, true))
            {
                sw.WriteLine(p1Data.LogMoment.ToString("yyyy-MM-ddTHH:mm:ss") + ";" + p1Data.E1 + ";" + p1Data.E2 + ";" + p1Data.Gas);
            }
        }
    }
}

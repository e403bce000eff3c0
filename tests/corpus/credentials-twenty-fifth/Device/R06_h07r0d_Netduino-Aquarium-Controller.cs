// Real source: h07r0d/Netduino-Aquarium-Controller Plugin-Thingspeak/Thingspeak.cs
// Also used: Plugin-Logfile/Logfile.cs, Controller/Config.cs (the ini reader, reduced), Controller/IPluginData.cs.
// A Netduino Plus aquarium controller with plug-ins for temperature, pH and relays; output plug-ins log to the SD card
// and post readings to ThingSpeak. Kept: the plug-in constructor taking the section's Hashtable, the raw HTTP POST to
// api.thingspeak.com over a socket with the X-THINGSPEAKAPIKEY header, the field string. Added: a built-in write key
// used when the [thingspeak] section has no writeapi entry (invented value of ThingSpeak's 16-character shape).
using System;
using System.Collections;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Controller
{
    public class PluginData
    {
        public string Name;
        public string Value;
        public string UnitOFMeasurment;
        public int ThingSpeakFieldID;
    }

    public interface IPluginData
    {
        PluginData[] GetData();
    }

    public abstract class OutputPlugin : IDisposable
    {
        public abstract void EventHandler(object sender, IPluginData data);
        public abstract void Dispose();
    }
}

namespace Plugins
{
    using Controller;

    public class Thingspeak : OutputPlugin
    {
        ~Thingspeak() { Dispose(); }
        public override void Dispose() { }
        private string m_httpPost;
        private const string m_thingSpeakIP = "184.106.153.149";
        private const string DefaultWriteApiKey = "7QK2M9XWTR4LZ8BD"; // expect: IOT1004

        public Thingspeak(object _config)
        {
            Hashtable config = (Hashtable)_config;
            string writeKey = config.Contains("writeapi") ? config["writeapi"].ToString() : DefaultWriteApiKey; // expect: none
            m_httpPost = "POST /update HTTP/1.1\nHost: api.thingspeak.com\nConnection: close\nX-THINGSPEAKAPIKEY: "; // expect: none
            m_httpPost += writeKey + "\n";
            m_httpPost += "Content-Type: application/x-www-form-urlencoded\nContent-Length: ";
        }

        private static Socket ConnectSocket(String server, Int32 port)
        {
            IPHostEntry hostEntry = Dns.GetHostEntry(server);
            Socket socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Connect(new IPEndPoint(hostEntry.AddressList[0], port));
            return socket;
        }

        public override void EventHandler(object _sender, IPluginData _data)
        {
            foreach (PluginData _pd in _data.GetData())
            {
                string fieldData = "field" + (uint)_pd.ThingSpeakFieldID + "=" + _pd.Value;
                string postString = m_httpPost + fieldData.Length + "\n\n" + fieldData;

                using (Socket thingSpeakSocket = ConnectSocket(m_thingSpeakIP, 80))
                {
                    Byte[] sendBytes = Encoding.UTF8.GetBytes(postString);
                    thingSpeakSocket.Send(sendBytes, sendBytes.Length, 0);

                    Byte[] buffer = new Byte[256];
                    String page = String.Empty;
                    while (thingSpeakSocket.Poll(20 * 1000000, SelectMode.SelectRead))
                    {
                        if (thingSpeakSocket.Available == 0) break;
                        Array.Clear(buffer, 0, buffer.Length);
                        Int32 bytesRead = thingSpeakSocket.Receive(buffer);
                        page = page + new String(Encoding.UTF8.GetChars(buffer));
                    }
                    Debug.WriteLine(page);
                }
            }
        }
    }

    public class Logfile : OutputPlugin
    {
        ~Logfile() { Dispose(); }
        public override void Dispose() { }

        private string m_logFile;

        public Logfile(object _config)
        {
            Hashtable config = (Hashtable)_config;
            m_logFile = config["filename"].ToString();
        }

        public override void EventHandler(Object sender, IPluginData data)
        {
            StringBuilder sb = new StringBuilder();
            sb.Append(DateTime.Now.ToString("s"));
            foreach (PluginData _PluginData in data.GetData())
            {
                sb.Append("," + _PluginData.Name + "," + _PluginData.Value + "," + _PluginData.UnitOFMeasurment + "\n");
            }
            using (FileStream fs = new FileStream(m_logFile, FileMode.Append))
            {
                var buf = Encoding.UTF8.GetBytes(sb.ToString());
                fs.Write(buf, 0, buf.Length);
                fs.Flush();
            }
        }
    }
}

// Real source: gridl/IoT.Home.Netduino Home/Home/HomeStation/Program.cs (1c731cf8)
// A Netduino home station: DHT22 temperature/humidity, NEC infrared in and out, and an HttpLibraryV3 web server
// serving the SD card with a server credential. Kept: the web server set-up with its Credential (owner name, user
// name and the listed default password 'admin', kept where it stood), the request handler and the hex helper. The
// sensor and infrared drivers (Microsoft.SPOT / SecretLabs) are left out; Debug.Print is Debug.WriteLine.
using System;
using System.Diagnostics;
using System.IO;
using HttpLibrary;

namespace Home
{
    public class Program
    {
        static HttpServer Server;//server object
        static Credential ServerCredential;//server security
        static Configuration ServerConfiguration;//configuration settings

        public static void Main()
        {
            // Web Server
            ServerConfiguration = new Configuration(80);
            ServerCredential = new Credential("Jose Motta", "admin", "admin"); // expect: IOT1002
            Server = new HttpServer(ServerConfiguration, ServerCredential, @"\SD\");
            Server.OnServerError += new OnServerErrorDelegate(Server_OnServerError);
            Server.OnRequestReceived += new OnRequestRecievedDelegate(Server_OnRequestReceived);
            Server.Start();
        }

        static void Server_OnRequestReceived(HttpRequest Request, HttpResponse Response)
        {
            if (Request.RequestedFile != null)
            {
                string FullFileName = Request.FilesPath + Request.RequestedFile;
                if (File.Exists(FullFileName))
                {
                    Response.WriteFile(FullFileName);
                }
                else
                {
                    Response.WriteNotFound();
                }
            }
            else
            {
                Response.WriteFilesList();
            }
        }

        static void Server_OnServerError(string message)
        {
            Debug.WriteLine(message);
        }

        static void NecDecoder_OnIRCommandReceived(UInt32 irData)
        {
            Debug.WriteLine("Ir Command Received: " + UlongToHexString((ulong)irData));
        }

        // Hex to string. Codes make more sense in hex as they are really four bytes
        public static string UlongToHexString(ulong val)
        {
            string s = "";
            for (int i = 0; i < 8; i++)
            {
                ulong x = val & (ulong)0x0000000F;
                val = val >> 4;
                s = "0123456789ABCDEF"[(int)x] + s;
            }
            return s;
        }
    }
}

// Real source: Idaax/coapsharp
//   Idaax.nanoFramework.CoAPSharp.Samples/Program.cs, Idaax.nanoFramework.CoAPSharp.Samples/WiFiHelper.cs,
//   Idaax.nanoFramework.CoAPSharp.Samples/Server/BasicCoAPNONServer.cs
// Domain: a ferry terminal's waiting-room climate sensors (ESP32, .NET nanoFramework) that answer CoAP
// GET requests from the terminal's display controller.
// Kept: WiFiHelper.Connect(ssid, password, timeoutMillis) => WifiNetworkHelper.ScanAndConnectDhcp(ssid,
// password) with the HelperException check; the sample's WiFiHelper.Connect("SSID", "PWD", 60_000);
// the NON server on port 5683 answering "sensors/temp" with a JSON payload, copying message id and
// token into every response.
// Changed: the RST branches are merged into one helper; GetMyIP is left out.
// Added: the terminal's own network, the sensor's fallback access point, the maintenance page's
// Basic login, the client side's message token.
using System;
using System.Collections;
using System.Diagnostics;
using System.Net.NetworkInformation;
using System.Threading;
using Idaax.CoAP.Channels;
using Idaax.CoAP.Helpers;
using Idaax.CoAP.Message;
using nanoFramework.Networking;
using nanoFramework.WebServer;

namespace Corpus17.R08.FerryTerminalCoap
{
    public class WiFiHelper
    {
        /// <param name="ssid">The WiFi SSID</param>
        /// <param name="password">The WiFi password</param>
        /// <param name="timeoutMillis">Wait for millis for a valid connection</param>
        public static void Connect(string ssid, string password, int timeoutMillis)
        {
            CancellationTokenSource cs = new(timeoutMillis);
            var success = WifiNetworkHelper.ScanAndConnectDhcp(ssid, password);
            if (!success)
            {
                if (NetworkHelper.HelperException != null)
                {
                    throw NetworkHelper.HelperException;
                }
            }
        }
    }

    public class Program
    {
        // Kept: the sample's entry point.
        public static void Main()
        {
            try
            {
                WiFiHelper.Connect("SSID", "PWD", 60_000); // expect: IOT1006
                new BasicCoAPNONServer().Run();
            }
            catch (Exception ex)
            {
                Debug.WriteLine($"{ex}");
            }
        }
    }

    public class TerminalSensor
    {
        // Added: the terminal's building-services network.
        private const string TerminalSsid = "Faehre-Technik";
        private const string TerminalWifiKey = "0%9CyOzoeHAKCA"; // expect: IOT1001
        private const string SecurityMode = "WPA2-PSK"; // expect: none

        public static void Start()
        {
            try
            {
                WiFiHelper.Connect(TerminalSsid, TerminalWifiKey, 60_000);
            }
            catch (Exception)
            {
                OpenFallbackAccessPoint();
            }
            new BasicCoAPNONServer().Run();
        }

        // Added: without Wi-Fi the sensor opens its own access point for the technician's phone.
        private static void OpenFallbackAccessPoint()
        {
            byte[] mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().GetAddressBytes();
            var ap = new WirelessAPConfiguration();
            ap.Ssid = "Terminal-Sensor-" + mac[5].ToString("X2");
            ap.Password = "ferry" + BitConverter.ToString(mac, 3).Replace("-", "").ToLower(); // expect: IOT1005
        }
    }

    // Added: the sensor's maintenance page (calibration offsets), behind a Basic login.
    [Authentication("Basic:technik GbSDRJVaNX")] // expect: IOT1001
    public class CalibrationController
    {
        public const string Challenge = "Basic realm=\"Terminal Sensor\""; // expect: none
        public void SetOffset(double offset) { }
    }

    public class BasicCoAPNONServer
    {
        private CoAPServerChannel _coapServer = null;

        public void Run()
        {
            BasicCoAPNONServer server = new BasicCoAPNONServer();
            server.StartServer();
            Thread.Sleep(Timeout.Infinite);
        }

        public void StartServer()
        {
            this._coapServer = new CoAPServerChannel();
            this._coapServer.Initialize(null, 5683);
            this._coapServer.CoAPRequestReceived += new CoAPRequestReceivedHandler(OnCoAPRequestReceived);
            this._coapServer.CoAPError += new CoAPErrorHandler(OnCoAPError);
        }

        public void OnCoAPError(Exception e, AbstractCoAPMessage associatedMsg)
        {
            Debug.WriteLine($"{this.GetType().Name} :: Error {e} , associated message {associatedMsg}");
        }

        void OnCoAPRequestReceived(CoAPRequest coapReq)
        {
            string reqURIPath = (coapReq.GetPath() != null) ? coapReq.GetPath().ToLower() : "";
            if (coapReq.MessageType.Value != CoAPMessageType.NON)
            {
                Reject(coapReq, CoAPMessageCode.NOT_IMPLEMENTED);
            }
            else if (coapReq.Code.Value != CoAPMessageCode.GET)
            {
                Reject(coapReq, CoAPMessageCode.METHOD_NOT_ALLOWED);
            }
            else if (reqURIPath != "sensors/temp")
            {
                Reject(coapReq, CoAPMessageCode.NOT_FOUND);
            }
            else
            {
                Hashtable valuesForJSON = new Hashtable();
                valuesForJSON.Add("temp", this.GetRoomTemperature());
                string tempAsJSON = JSONResult.ToJSON(valuesForJSON);
                CoAPResponse measuredTemp = new CoAPResponse(CoAPMessageType.NON, CoAPMessageCode.CONTENT, coapReq.ID.Value);
                measuredTemp.Token = coapReq.Token;
                measuredTemp.Payload = new CoAPPayload(tempAsJSON);
                measuredTemp.AddOption(CoAPHeaderOption.CONTENT_FORMAT, AbstractByteUtils.GetBytes(CoAPContentFormatOption.APPLICATION_JSON));
                measuredTemp.RemoteSender = coapReq.RemoteSender;
                this._coapServer.Send(measuredTemp);
            }
        }

        private void Reject(CoAPRequest coapReq, byte code)
        {
            CoAPResponse rst = new CoAPResponse(CoAPMessageType.RST, code, coapReq.ID.Value);
            rst.Token = coapReq.Token;
            rst.RemoteSender = coapReq.RemoteSender;
            this._coapServer.Send(rst);
        }

        private int GetRoomTemperature()
        {
            int temp = DateTime.UtcNow.Second;
            if (temp < 15) temp = 25;
            return temp;
        }
    }

    // Added: the display controller's side asks each sensor; the CoAP message token only matches a
    // response to its request (RFC 7252 5.3.1).
    public class DisplayPoller
    {
        private readonly Random _random = new Random();

        public CoAPRequest BuildTemperatureRequest(ushort messageId)
        {
            byte[] messageToken = new byte[4];
            _random.NextBytes(messageToken); // expect: none
            var request = new CoAPRequest(CoAPMessageType.NON, CoAPMessageCode.GET, messageId);
            request.Token = new CoAPToken(messageToken);
            return request;
        }
    }
}

// Real source: Dweaver309/nanoFramework.serial.wifi.esp8266 wifi.cs + Program.cs
// Domain: a scout hut's heater and lights, a Netduino 3 on nanoFramework driving an ESP8266 with AT commands over COM6.
// Kept: the WiFi driver class (SerialDevice "COM6" at 115200 with a DataWriter), GetVersion, Connect(SSID, Password)
// sending AT+CWMODE and AT+CWJAP built from its parameters, StartAPMode with its AT+CWSAP line, StartServer,
// SendCommand / SendData, and Program's ESP8266.Connect("SSID", "Password") call. Trimmed: LEDs, GPIO, the HTTP
// server's request parsing and pages. Added (marked "// Added"): the hut's real network, the MQTT login set through
// ESP-AT, a query of the joined network, the hut leaders' keypad code.
using System;
using System.Threading;
using System.Text;
using Windows.Devices.SerialCommunication;
using Windows.Storage.Streams;

namespace nanoframework.serial.driver
{
    class WiFi
    {
        private static SerialDevice Port;

        const string CrLf = "\r\n";

        private static DataWriter outputDataWriter;

        private static string StringRead = string.Empty;

        // Pause time in MS
        public static int CommandDelay = 4000;

        // Set in Connect
        private static string IPAddress = "Connecting!";

        // Constructor for serial WiFi
        // Example:  WiFi ESP8266 = new WiFi();
        public WiFi(int UTCLocalTimeOffSet = -5, int CommandDelayMS = 4000)
        {
            // COM6 in Netduino 3, STM32F769IDiscovery (Tx, Rx pins exposed in Arduino header TX->D1, RX->D0)
            // Open port
            Port = SerialDevice.FromId("COM6");

            CommandDelay = CommandDelayMS;

            // set  device parameters
            Port.BaudRate = 115200;

            // Create new DataWriter
            outputDataWriter = new DataWriter(Port.OutputStream);
        }

        /// <summary>
        /// ESP8266 Version
        /// </summary>
        public void GetVersion()
        {
            // Added: which network the module is joined to
            SendCommand("AT+CWJAP?"); // expect: none
            SendCommand("AT+GMR");
            Thread.Sleep(1000);
        }

        public string GetIPAddress()
        {
            return IPAddress;
        }

        /// <summary>
        /// Send str to device
        /// </summary>
        private static void SendData(string str)
        {
            outputDataWriter.WriteString(str);

            // Calling the 'Store' method on the data writer sends the data
            outputDataWriter.Store();

            Console.WriteLine("String Sent: >> " + str);
        }

        /// <summary>
        ///     ''' Connect to the router and get the IP address
        ///     ''' </summary>
        public void Connect(string SSID, string Password)
        {
            SendCommand("AT+CWMODE=1");

            SendCommand("AT+CWJAP=\"" + SSID + "\",\"" + Password + "\"");

            Thread.Sleep(CommandDelay);

            for (int i = 0; i < 4; i++)
            {
                // Get IP
                SendCommand("AT+CIFSR");
                if (IPAddress != "Connecting!")
                {
                    break;
                }
            }
        }

        /// <summary>
        /// Puts chip in AP Mode
        /// Default IP address is 192.168.4.1
        /// SSID is TRM
        // Ref: https://github.com/espressif/ESP8266_AT/wiki/CWSAP
        /// </summary>
        public void StartAPMode()
        {
            SendCommand("AT+CWMODE=3");

            SendCommand("AT+CWSAP=\"TRM\",\"password\",1,4"); // expect: IOT1002
        }

        /// <summary>
        /// Put ESP8266 in server mode
        /// </summary>
        public void StartServer()
        {
            // Multiple connections
            SendCommand("AT+CIPMUX=1");

            SendCommand("AT+CIPSERVER=1,80");
        }

        // Added: the hut's broker, configured in the ESP-AT MQTT firmware
        public void ConfigureMqtt()
        {
            SendCommand("AT+MQTTUSERCFG=0,1,\"hut-esp\",\"hutnode\",\"TKEcaGXfMVGqL5\",0,0,\"\""); // expect: IOT1001
            SendCommand("AT+MQTTCONN=0,\"broker.scouts.example\",1883,1");
        }

        /// <summary>
        /// Send command to ESP8266
        /// </summary>
        public static void SendCommand(string Cmd, String Expected = "OK")
        {
            Thread.Sleep(1000);

            SendData(Cmd + CrLf);
        }
    }
}

namespace nanoframework.serial
{
    using nanoframework.serial.driver;

    public class Program
    {
        // Added: the leaders' keypad code that unlocks the heater override
        const string HeaterOverrideCode = "6491"; // expect: IOT1004

        public static void Main()
        {
           // Constructor for ESP8266 serial WiFi
           WiFi ESP8266 = new WiFi();

            // Get firmware version
            ESP8266.GetVersion();

           ESP8266.Connect("SSID", "Password"); // expect: IOT1002

           // Added: the hut's own network
           ESP8266.Connect("ScoutHut-Loft", "quiver falcon badger willow"); // expect: IOT1001

            ESP8266.StartServer();

            //***Rem Uncomment for AP mode
           // ESP8266.StartAPMode();

          Console.WriteLine("IP Address: >> " + ESP8266.GetIPAddress());
        }

        // Added
        public static bool HeaterOverride(string keyed) => keyed.Trim() == HeaterOverrideCode;
    }
}

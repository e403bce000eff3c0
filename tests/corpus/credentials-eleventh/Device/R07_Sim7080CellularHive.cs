// Real source: nanoframework/nanoFramework.IoT.Device devices/Sim7080/samples/Program.cs
// (+ devices/Sim7080/Sim7080G.cs ConnectEndpoint, devices/Sim7080/README.md serial set-up)
// Domain: ESP32 with a SIMCom SIM7080G (LTE-M/NB-IoT) on a remote apiary, reporting to Azure IoT Hub.
// Kept: the commented "<YOUR-...>" template block, the APN/device/hub fields, the SAS token field holding a
// device connection string with a SharedAccessSignature (its signature replaced by a freshly generated one of the
// same shape), NetworkConnect, ConnectAzureIoTHub, SendMessage, the serial port set-up on GPIO 16/17.
// Added: SIM PIN unlock written to the modem before NetworkConnect, the fallback to the apiary's own MQTT broker
// through Sim7080G.ConnectEndpoint(clientId, endpointUrl, portNumber, username, password), PIN status replies.
using System;
using System.Diagnostics;
using System.IO.Ports;
using System.Threading;
using IoT.Device.Sim7080;
using nanoFramework.Hardware.Esp32;

namespace Sim7080.Sample
{
    public static class Program
    {
        static SerialPort _serialPort;
        static Sim7080G _sim;

        //// Provider variables
        //static readonly string _apn = "<YOUR-APN>";

        //// Azure EventHub variables
        //static readonly string _deviceId = "<YOUR-DEVICE-NAME>";
        //static readonly string _hubName = "<YOUR-IOT-HUB-NAME>";
        //static readonly string _sasToken = "<YOUR-SAS-TOKEN>";

        static readonly string _apn = "sam.iot-provider.com";
        static readonly string _deviceId = "hive07";
        static readonly string _hubName = "lnkt-dev-weu-769-iot";
        static readonly string _sasToken = "HostName=lnkt-dev-weu-769-iot.azure-devices.net;DeviceId=hive7;SharedAccessSignature=SharedAccessSignature sr=lnkt-dev-weu-769-iot.azure-devices.net%2Fdevices%2Fhive7&sig=qtEOw3cuKJu8%2B6W83XATTZcqYglJOf6qtDJ1AvaFkfc%3D&se=1719082106"; // expect: IOT1003

        // Added
        private const string SimPin = "1865"; // expect: IOT1001
        private const string PinQuery = "AT+CPIN?"; // expect: none
        private const string PinReady = "+CPIN: READY"; // expect: none
        private const string ApiaryBroker = "mqtt.apiary-north.example";
        private const string ApiaryBrokerUser = "hive07";
        private const string ApiaryBrokerPassword = "K8XCQrZW19"; // expect: IOT1001

        private static ConnectionStatus _networkConnected { get; set; } = ConnectionStatus.Disconnected;

        private static ConnectionStatus _endpointConnected { get; set; } = ConnectionStatus.Disconnected;

        public static void Main()
        {
            // Open serial port
            OpenSerialPort();

            // Setup an event handler that will fire when a char is received in the serial device input stream
            _serialPort.DataReceived += SerialDevice_DataReceived;

            _sim = new Sim7080G(_serialPort);

            // Added: unlock the SIM card
            _serialPort.WriteLine(PinQuery);
            Thread.Sleep(500);
            _serialPort.WriteLine($"AT+CPIN=\"{SimPin}\"");
            Thread.Sleep(2000);

            // Switch to prefered network mode
            _sim.SetNetworkSystemMode(SystemMode.LTE_NB, false);

            // Connect to network access point
            _networkConnected = _sim.NetworkConnect(_apn);

            // Display network operator
            Debug.WriteLine(_sim.Operator);

            // Display Public IP address
            Debug.WriteLine(_sim.IPAddress);

            // Connect to Endpoint
            if (_networkConnected == ConnectionStatus.Connected)
            {
                _endpointConnected = _sim.ConnectAzureIoTHub(_deviceId, _hubName, _sasToken);

                // Added: the apiary's own broker when the hub is unreachable
                if (_endpointConnected != ConnectionStatus.Connected)
                {
                    _endpointConnected = _sim.ConnectEndpoint(_deviceId, ApiaryBroker, 8883, ApiaryBrokerUser, ApiaryBrokerPassword);
                }
            }

            if (_endpointConnected == ConnectionStatus.Connected)
            {
                _sim.SendMessage($"test{Guid.NewGuid()}");
            }

            // Disconnect from Endpoint
            if (_endpointConnected == ConnectionStatus.Connected)
            {
                _endpointConnected = _sim.DisonnectAzureIoTHub();
            }

            // Disconnect from network access point
            if (_sim.NetworkConnected == ConnectionStatus.Connected)
            {
                _networkConnected = _sim.NetworkDisconnect();
            }

            CloseSerialPort();

            Thread.Sleep(Timeout.Infinite);
        }

        private static void SerialDevice_DataReceived(object sender, SerialDataReceivedEventArgs e)
        {
            var text = _serialPort.ReadExisting();
            if (text.Contains(PinReady))
            {
                Debug.WriteLine("SIM unlocked");
            }
            _sim.ReadResponse();
        }

        #region serial

        private static void OpenSerialPort(
            string port = "COM3",
            int baudRate = 115200,
            Parity parity = Parity.None,
            StopBits stopBits = StopBits.One,
            Handshake handshake = Handshake.XOnXOff,
            int dataBits = 8,
            char watchChar = '\r')
        {
            // Configure GPIOs 16 and 17 to be used in UART2 (that's refered as COM3)
            Configuration.SetPinFunction(16, DeviceFunction.COM3_RX);
            Configuration.SetPinFunction(17, DeviceFunction.COM3_TX);

            _serialPort = new(port)
            {
                //Set parameters
                BaudRate = baudRate,
                Parity = parity,
                StopBits = stopBits,
                Handshake = handshake,
                DataBits = dataBits,
            };

            try
            {
                // Open the serial port
                _serialPort.Open();
            }
            catch (Exception exception)
            {
                Debug.WriteLine(exception.Message);
            }

            // Set a watch char to be notified when it's available in the input stream
            _serialPort.WatchChar = watchChar;
        }

        private static void CloseSerialPort()
        {
            if (_serialPort.IsOpen)
            {
                _serialPort.Close();
            }
        }

        #endregion
    }
}

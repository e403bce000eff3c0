// Real source: digitaltwinconsortium/UA-EdgeHEMS Program.cs (00368af78f7799427e88f96bbbaf6443ecd12e1a)
// Home energy management edge app on a Raspberry Pi 2B ("PVMonitor"): reads the smart meter over SML on /dev/ttyUSB0,
// the Fronius inverter's solar API and the weather, registers through the Azure IoT DPS and sends telemetry.
// Kept: Main as written, including the DPS registration with empty keys and the connection string built from them.
// Changed: the OpenWeatherMap appid is replaced by an invented value of the same shape (32 hex digits).
// Shims: `SecurityProviderSymmetricKey` is aliased to the Shared type (the shared stubs declare it in two imported
// namespaces); DeviceClient.SendEventAsync is an extension method (_Stubs.cs).
// Added (invented): minimal SmartMessageLanguage, TelemetryData, WeatherInfo and DCACConverter types at the end (the
// project's own files, not adapted), just enough for Main to compile.
using Microsoft.Azure.Devices.Client;
using Microsoft.Azure.Devices.Provisioning.Client;
using Microsoft.Azure.Devices.Provisioning.Client.Transport;
using Microsoft.Azure.Devices.Shared;
using Newtonsoft.Json;
using System;
using System.Diagnostics;
using System.IO.Ports;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using SecurityProviderSymmetricKey = Microsoft.Azure.Devices.Shared.SecurityProviderSymmetricKey;
using TransportType = Microsoft.Azure.Devices.Client.TransportType;

namespace PVMonitor
{
    class Program
    {
        private const string LinuxUSBSerialPort = "/dev/ttyUSB0";

        private const float KWhCost = 0.2850f;
        private const float KWhProfit = 0.1018f;
        
        static async Task Main(string[] args)
        {
#if DEBUG
            // Attach remote debugger
            while (true)
            {

                Console.WriteLine("Waiting for remote debugger to attach...");
                
                if (Debugger.IsAttached)
                {
                    break;
                }

                System.Threading.Thread.Sleep(1000);
            }
#endif
            // print a list of all available serial ports for convenience
            string[] ports = SerialPort.GetPortNames();
            foreach (string port in ports)
            {
                Console.WriteLine("Serial port available: " + port);
            }

            // start processing smart meter messages
            SmartMessageLanguage sml = new SmartMessageLanguage(LinuxUSBSerialPort);
            sml.ProcessStream();

            DeviceClient deviceClient = null;
            try
            {
                // register the device
                string scopeId = "0ne0010B637"; // expect: none
                string deviceId = "RasPi2B";
                string primaryKey = ""; // expect: none
                string secondaryKey = "";

                var security = new SecurityProviderSymmetricKey(deviceId, primaryKey, secondaryKey);
                var transport = new ProvisioningTransportHandlerMqtt(TransportFallbackType.TcpWithWebSocketFallback);

                var provisioningClient = ProvisioningDeviceClient.Create("global.azure-devices-provisioning.net", scopeId, security, transport);
                var result = await provisioningClient.RegisterAsync();

                var connectionString = "HostName=" + result.AssignedHub + ";DeviceId=" + result.DeviceId + ";SharedAccessKey=" + primaryKey; // expect: none
                deviceClient = DeviceClient.CreateFromConnectionString(connectionString, TransportType.Mqtt);
            }
            catch (Exception ex)
            {
                Debug.WriteLine(ex.Message);
            }

            while (true)
            {
                TelemetryData telemetryData = new TelemetryData();

                try
                {
                    // read the current weather data from web service
                    using WebClient webClient = new WebClient
                    {
                        BaseAddress = "https://api.openweathermap.org/"
                    };
                    var json = webClient.DownloadString("data/2.5/weather?q=Munich,de&units=metric&appid=8764bdacb49ac75080c948ac544c9413"); // expect: IOT1001
                    WeatherInfo weather = JsonConvert.DeserializeObject<WeatherInfo>(json);
                    if (weather != null)
                    {
                        telemetryData.Temperature = weather.main.temp;
                        telemetryData.WindSpeed = weather.wind.speed;
                        telemetryData.CloudCover = weather.weather[0].description;
                    }
                }
                catch (Exception ex)
                {
                    Debug.WriteLine(ex.Message);
                }

                try
                {
                    // read the current converter data from web service
                    using WebClient webClient = new WebClient
                    {
                        BaseAddress = "http://192.168.178.31/"
                    };
                    var json = webClient.DownloadString("solar_api/v1/GetInverterRealtimeData.cgi?Scope=Device&DeviceID=1&DataCollection=CommonInverterData");
                    DCACConverter converter = JsonConvert.DeserializeObject<DCACConverter>(json);
                    if (converter != null)
                    {
                        if (converter.Body.Data.PAC != null)
                        {
                            telemetryData.PVOutputPower = ((double)converter.Body.Data.PAC.Value) / 1000.0;
                        }
                        if (converter.Body.Data.DAY_ENERGY != null)
                        {
                            telemetryData.PVOutputEnergyDay = ((double)converter.Body.Data.DAY_ENERGY.Value) / 1000.0;
                        }
                        if (converter.Body.Data.YEAR_ENERGY != null)
                        {
                            telemetryData.PVOutputEnergyYear = ((double)converter.Body.Data.YEAR_ENERGY.Value) / 1000.0;
                        }
                        if (converter.Body.Data.TOTAL_ENERGY != null)
                        {
                            telemetryData.PVOutputEnergyTotal = ((double)converter.Body.Data.TOTAL_ENERGY.Value) / 1000.0;
                        }
                    }
                }
                catch (Exception ex)
                {
                    Debug.WriteLine(ex.Message);
                }

                try
                {
                    // read the current smart meter data
                    if (sml != null)
                    {
                        telemetryData.MeterEnergyPurchased = sml.Meter.EnergyPurchased;
                        telemetryData.MeterEnergySold = sml.Meter.EnergySold;

                        telemetryData.EnergyCost = telemetryData.MeterEnergyPurchased * KWhCost;
                        telemetryData.EnergyProfit = telemetryData.MeterEnergySold * KWhProfit;

                        // calculate energy consumed from the other telemetry, if available
                        telemetryData.MeterEnergyConsumed = 0.0;
                        if ((telemetryData.MeterEnergyPurchased != 0.0)
                         && (telemetryData.MeterEnergySold != 0.0)
                         && (telemetryData.PVOutputEnergyTotal != 0.0))
                        {
                            telemetryData.MeterEnergyConsumed = telemetryData.PVOutputEnergyTotal + sml.Meter.EnergyPurchased - sml.Meter.EnergySold;
                        }
                    }

                }
                catch (Exception ex)
                {
                    Debug.WriteLine(ex.Message);
                }


                try
                {
                    string messageString = JsonConvert.SerializeObject(telemetryData);
                    Message cloudMessage = new Message(Encoding.UTF8.GetBytes(messageString));

                    await deviceClient.SendEventAsync(cloudMessage);
                    Debug.WriteLine("{0}: {1}", DateTime.Now, messageString);
                }
                catch (Exception ex)
                {
                    Debug.WriteLine(ex.Message);
                }

                await Task.Delay(5000);
            }
        }
    }

    // ---- Invented minimal versions of the project's own types (not adapted) ----
    class SmartMeter { public double EnergyPurchased; public double EnergySold; }
    class SmartMessageLanguage
    {
        public SmartMeter Meter = new SmartMeter();
        public SmartMessageLanguage(string serialPortName) { }
        public void ProcessStream() { }
    }
    class TelemetryData
    {
        public double Temperature, WindSpeed, PVOutputPower, PVOutputEnergyDay, PVOutputEnergyYear, PVOutputEnergyTotal;
        public double MeterEnergyPurchased, MeterEnergySold, MeterEnergyConsumed, EnergyCost, EnergyProfit;
        public string CloudCover;
    }
    class WeatherInfo
    {
        public Main main; public Wind wind; public Weather[] weather;
        public class Main { public double temp; }
        public class Wind { public double speed; }
        public class Weather { public string description; }
    }
    class DCACConverter
    {
        public BodyT Body;
        public class Reading { public long Value; }
        public class DataT { public Reading PAC, DAY_ENERGY, YEAR_ENERGY, TOTAL_ENERGY; }
        public class BodyT { public DataT Data; }
    }
}

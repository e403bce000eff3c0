// Real source: https://github.com/Eclo/nanoFramework.SIM800H/blob/27c880870e39f6b56fac12ec2a7a489246fc6990/Tests/HTTP%20Requests/Program.cs
// (also SIM800H/AccessPointConfiguration.cs)
// River-gauge uploader on a nanoFramework board with a SIM800H modem. Kept: the serial/power-key setup, the
// event wiring, the "apname|user|password" APN string parsed by AccessPointConfiguration.Parse, the ThingSpeak
// update URL built by concatenation and the Basic header on the driver's HttpWebRequest (commented out in the
// original, live here). Added: the SIM PIN sent before the driver takes the port. The operator login in the APN
// string is the published one.
using System;
using System.Diagnostics;
using System.Threading;
using Eclo.nanoFramework.SIM800H;
using Windows.Devices.Gpio;
using Windows.Devices.SerialCommunication;
using Windows.Storage.Streams;

namespace RiverGaugeUploader
{
    public class Program
    {
        static SerialDevice _serialDevice;

        private const string APNConfigString = "net2.vodafone.pt|vodafone|vodafone"; // expect: none
        private const string thingsSpeakApiKey = "Q7ZK2MVD84RTXW1C"; // expect: IOT1001
        private const string SimPin = "5099"; // expect: IOT1001
        private const string TrapApiAuthorization = "Basic Z2F1Z2UtdXBsb2FkZXI6VmE0T2dUNDRWR2dXYVY5Ng=="; // expect: IOT1001

        public static void Main()
        {
            InitializeSIM800H();

            while (true)
            {
                Thread.Sleep(5000);
                Debug.WriteLine("Network signal strength is " + SIM800H.RetrieveSignalStrength());
            }
        }

        public static void InitializeSIM800H()
        {
            _serialDevice = SerialDevice.FromId("COM2");

            // unlock the SIM before the driver owns the port
            var writer = new DataWriter(_serialDevice.OutputStream);
            writer.WriteString("AT+CPIN?\r"); // expect: none
            writer.WriteString($"AT+CPIN=\"{SimPin}\"\r");
            writer.Store();

            GpioPin sim800PowerKey = GpioController.GetDefault().OpenPin(0 * 1 + 10, GpioSharingMode.Exclusive);
            sim800PowerKey.SetDriveMode(GpioPinDriveMode.Output);

            Debug.WriteLine("... Configuring SIM800H ...");
            SIM800H.Configure(sim800PowerKey, ref _serialDevice);

            SIM800H.GsmNetworkRegistrationChanged += SIM800H_GsmNetworkRegistrationChanged;
            SIM800H.GprsNetworkRegistrationChanged += SIM800H_GprsNetworkRegistrationChanged;
            SIM800H.WarningConditionTriggered += w => Debug.WriteLine("Warning: " + w);

            // because we need Internet connection the access point configuration (APN) is mandatory
            SIM800H.AccessPointConfiguration = AccessPointConfiguration.Parse(APNConfigString);

            SIM800H.PowerOnAsync(PowerOnCompleted);
            Debug.WriteLine("... Power on sequence started ...");
        }

        private static void PowerOnCompleted(IAsyncResult result)
        {
            if (((PowerOnAsyncResult)result).Result == PowerStatus.On)
            {
                Debug.WriteLine("... Power on sequence completed...");
            }
            else
            {
                Debug.WriteLine("### Power on sequence FAILED ###");
            }
        }

        private static void SIM800H_GsmNetworkRegistrationChanged(NetworkRegistrationState networkState)
        {
            Debug.WriteLine("GSM " + networkState);
            if (networkState == NetworkRegistrationState.RegisteredRoaming)
            {
                Debug.WriteLine("SIM PIN accepted, roaming"); // expect: none
            }
        }

        private static void SIM800H_GprsNetworkRegistrationChanged(NetworkRegistrationState networkState)
        {
            if (networkState == NetworkRegistrationState.Registered)
            {
                SIM800H.GprsProvider.GprsIpAppsBearerStateChanged -= GprsProvider_GprsIpAppsBearerStateChanged;
                SIM800H.GprsProvider.GprsIpAppsBearerStateChanged += GprsProvider_GprsIpAppsBearerStateChanged;
                SIM800H.GprsProvider.OpenBearerAsync(BearerProfile.IpAppsBearer);
            }
        }

        private static void GprsProvider_GprsIpAppsBearerStateChanged(bool isOpen)
        {
            if (isOpen)
            {
                new Thread(() =>
                {
                    Thread.Sleep(1000);
                    UploadDataToChannel(ReadStageMetres(), ReadWaterTemperature());
                    PostTrapEvent("AllOK");
                }).Start();
            }
        }

        static void UploadDataToChannel(double newData1, double newData2)
        {
            Debug.WriteLine("... uploading data to channel ...");
            using (var webRequest = (HttpWebRequest)WebRequest.Create(new Uri("http://api.thingspeak.com/update?api_key=" + thingsSpeakApiKey + "&headers=false&field1=" + newData1.ToString("N2") + "&field2=" + newData2.ToString("N2"))))
            {
                webRequest.Method = "POST";
                using (var res = webRequest.GetResponse() as HttpWebResponse)
                {
                    Debug.WriteLine(res.BodyData);
                }
            }

            // need to wait 15 seconds to send new data to the same channel (ThingSpeak usage policy)
            Thread.Sleep(15000);
        }

        static void PostTrapEvent(string eventType)
        {
            using (var webRequest = (HttpWebRequest)WebRequest.Create(new Uri("http://gauge-events.rivertrust.example/trap/api-v1/event/")))
            {
                webRequest.Method = "POST";
                webRequest.Headers.Add("Authorization", TrapApiAuthorization);
                webRequest.ContentType = "application/json";
                webRequest.Data = "{\"eventtype\": \"" + eventType + "\", \"trap\": \"1111\" }"; // expect: none
                using (var res = webRequest.GetResponse() as HttpWebResponse)
                {
                    Debug.WriteLine(res.BodyData);
                }
            }
        }

        static double ReadStageMetres() => 1.42;
        static double ReadWaterTemperature() => 11.12;
    }
}

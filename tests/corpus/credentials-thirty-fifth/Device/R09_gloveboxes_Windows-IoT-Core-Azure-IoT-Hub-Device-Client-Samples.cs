// Real source: gloveboxes/Windows-IoT-Core-Azure-IoT-Hub-Device-Client-Samples
//   AzureIoTHubAzureDeviceClient/FezHat/StartupTask.cs (04028f05), AzureIoTHubAzureDeviceClient/IotServices/SecurityManager.cs (c853cefd)
// Domain: a Raspberry Pi on Windows 10 IoT Core with a GHI FEZ HAT (temperature and light sensors, two RGB LEDs) that
//   sends telemetry to Azure IoT Hub and takes colour commands back as cloud-to-device messages.
// Kept: the DeviceClient created from a connection string written in the field initializer, the telemetry loop, the
//   cloud-to-device command switch; SecurityManager's connection-string parser and its SAS token builder.
// Trimmed: the background-task deferral, the HAT's light level, the base64 table check (IsBase64String).
// Changed: IBackgroundTask.Run(IBackgroundTaskInstance) is a plain Run(); SecurityManager's WinRT MacAlgorithmProvider
//   HMAC-SHA256 is written with .NET's HMACSHA256.HashData; the FEZ HAT is an added stand-in.
// Added: FezHat (stand-in for GHIElectronics.UWP.Shields.FEZHAT), Telemetry (Telemetry.cs was not read).
// Shimmed (_Stubs.cs): Message.GetBytes and DeviceClient's SendEventAsync / ReceiveAsync / CompleteAsync.
// Replaced: the real IoT Hub device key in the connection string (base64 of 32 bytes) is REPLACED by 32 random bytes in
//   base64 generated with python secrets; the hub host name and the device id are kept as written.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;

namespace IoTHubFezHat
{
    public sealed class StartupTask
    {
        private DeviceClient deviceClient = DeviceClient.CreateFromConnectionString("HostName=glovebox-iot-hub.azure-devices.net;DeviceId=RPiFez;SharedAccessKey=o5we0qy3F5ZGdGwp0V8BZrfAUjkvPZPlqFSoMDr0s3w="); // expect: IOT1003

        FezHat hat;
        Telemetry telemetry;

        public async void Run()
        {
            hat = await FezHat.CreateAsync();
            hat.D2.TurnOff();
            hat.D3.TurnOff();

            telemetry = new Telemetry("Sydney", "RPiFez");

            ReceiveC2dAsync(deviceClient);

            var result = Task.Run(async () =>
            {
                while (true)
                {
                    try
                    {
                        hat.D3.Color = (0, 255, 0);
                        var content = new Message(telemetry.ToJson(hat.GetTemperature(), 0, 0, 0));
                        await deviceClient.SendEventAsync(content);
                        hat.D3.TurnOff();
                        await Task.Delay(20000); // don't leave this running for too long at this rate as you'll quickly consume your free daily Iot Hub Message limit
                    }
                    catch { hat.D2.Color = (127, 0, 255); }
                }
            });
        }

        private async void ReceiveC2dAsync(DeviceClient deviceClient)
        {
            while (true)
            {
                Message receivedMessage = await deviceClient.ReceiveAsync();
                if (receivedMessage == null)
                {
                    await Task.Delay(2000);
                    continue;
                }

                await deviceClient.CompleteAsync(receivedMessage);
                string command = Encoding.ASCII.GetString(receivedMessage.GetBytes()).ToUpper();

                switch (command)
                {
                    case "RED": hat.D2.Color = (255, 0, 0); break;
                    case "GREEN": hat.D2.Color = (0, 255, 0); break;
                    case "BLUE": hat.D2.Color = (0, 0, 255); break;
                    case "OFF": hat.D2.TurnOff(); break;
                    default: System.Diagnostics.Debug.WriteLine("Unrecognized command: {0}", command); break;
                }
            }
        }
    }

    // added: stand-ins for the FEZ HAT and Telemetry.cs
    public sealed class FezHat
    {
        public sealed class RgbLed { public (int R, int G, int B) Color { get; set; } public void TurnOff() { } }
        public RgbLed D2 { get; } = new RgbLed();
        public RgbLed D3 { get; } = new RgbLed();
        public static Task<FezHat> CreateAsync() => Task.FromResult(new FezHat());
        public double GetTemperature() => 21.5;
    }

    public sealed class Telemetry
    {
        private readonly string _geo, _device;
        public Telemetry(string geo, string device) { _geo = geo; _device = device; }
        public byte[] ToJson(double temperature, double light, int pressure, int humidity) =>
            Encoding.UTF8.GetBytes($"{{\"Geo\":\"{_geo}\",\"Dev\":\"{_device}\",\"Celsius\":{temperature.ToString(CultureInfo.InvariantCulture)}}}");
    }
}

namespace IotServices
{
    public sealed class SecurityManager
    {
        public string hubAddress { get; private set; }
        public string hubName { get; private set; }
        string SharedAccessKey;

        public string hubPass => GenerateSas();

        public SecurityManager(string connectionString)
        {
            loadConfig(connectionString);
        }

        private void loadConfig(string connectionString)
        {
            string[] pairs = connectionString.Split(';');

            foreach (var pair in pairs)
            {
                string[] keyValues = pair.Split('=');
                if (keyValues.Length > 1)
                {
                    switch (keyValues[0].ToLower())
                    {
                        case "hostname":
                            hubAddress = keyValues[1];
                            break;
                        case "deviceid":
                            hubName = keyValues[1];
                            break;
                        case "sharedaccesskey": // expect: none
                            SharedAccessKey = pair.Substring(16);  // special processing for SharedAccessKey because we can't just split it by '='. The key itself may contain numerous '='
                            break;
                    }
                }
            }
        }

        public string GenerateSas()
        {
            try
            {
                string sr = $"{hubAddress}/devices/{hubName}";
                string sas = BuildSignature(null, SharedAccessKey, sr, TimeSpan.FromDays(50));
                return $"SharedAccessSignature {sas}"; // expect: none
            }
            catch (Exception)
            {
                return null;
            }
        }

        string BuildSignature(string keyName, string key, string target, TimeSpan timeToLive)
        {
            string expiresOn = BuildExpiresOn(timeToLive);
            string audience = WebUtility.UrlEncode(target);
            List<string> fields = new List<string>();
            fields.Add(audience);
            fields.Add(expiresOn);

            string signature = Sign(string.Join("\n", fields), key);

            var buffer = new StringBuilder();
            buffer.AppendFormat(CultureInfo.InvariantCulture, "sr={0}&sig={1}&se={2}",
                                audience,
                                WebUtility.UrlEncode(signature),
                                WebUtility.UrlEncode(expiresOn));

            if (!string.IsNullOrEmpty(keyName))
            {
                buffer.AppendFormat(CultureInfo.InvariantCulture, "&{0}={1}", "skn", WebUtility.UrlEncode(keyName));
            }

            return buffer.ToString();
        }

        string BuildExpiresOn(TimeSpan timeToLive)
        {
            DateTime expiresOn = DateTime.UtcNow;
            TimeSpan secondsFromBaseTime = expiresOn.Subtract(new DateTime(1970, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc));
            long seconds = Convert.ToInt64(secondsFromBaseTime.TotalSeconds, CultureInfo.InvariantCulture);
            return Convert.ToString(seconds, CultureInfo.InvariantCulture);
        }

        string Sign(string requestString, string key)
        {
            if (string.IsNullOrEmpty(key))
                throw new ArgumentException("The SharedAccessKey of the device is not a Base64String"); // expect: none

            var hash = HMACSHA256.HashData(Convert.FromBase64String(key), Encoding.UTF8.GetBytes(requestString));
            return Convert.ToBase64String(hash);
        }
    }
}

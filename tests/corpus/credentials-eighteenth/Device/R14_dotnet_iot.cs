// Real source: dotnet/iot
//   samples/bmp280-sensor-azure-iot-hub/Program.cs (BMP280 on I2C, LED on GPIO 18, X.509 device certificate loaded
//   with new X509Certificate2($"{DeviceID}.pfx", "1234"), DeviceAuthenticationWithX509Certificate, DeviceClient.Create,
//   telemetry JSON sent with SendEventAsync)
// Domain: a cider orchard's cold store barometer / thermometer reporting to IoT Hub.
// Kept: the constants (the sample's "<replace-with-...>" device id and hub name in the bench build), the LED blink,
// the sensor sampling, the certificate load with the sample's PIN-like password, the message loop.
// Changed: DeviceClient.Create without the transport argument (the shared stub has no such overload); the loop is
// bounded. Added: the production device id and hub, the production certificate password read with a fallback.
using System;
using System.Device.Gpio;
using System.Device.I2c;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using Iot.Device.Bmxx80;
using Microsoft.Azure.Devices.Client;

namespace DNSensorAzureIoTHub
{
    public class Program
    {
        // the sample's values, still used by the bench build's certificate file name and its log line
        const string SampleDeviceID = "<replace-with-your-device-id>"; // expect: none
        const string SampleBrokerAddress = "<replace-with-your-iot-hub-name>.azure-devices.net"; // expect: none
        const string DeviceID = "orchard-coldstore-02";
        const string IotBrokerAddress = "orchard-hub-weu.azure-devices.net";
        const int pin = 18;
        const int lightTime = 1000;
        const int dimTime = 2000;
        const int busId = 1;

        static X509Certificate2 LoadCertificate(bool bench)
        {
            if (bench)
            {
                Console.WriteLine($"bench build: {SampleDeviceID} on {SampleBrokerAddress}");
                return new X509Certificate2($"{SampleDeviceID}.pfx", "1234"); // expect: IOT1002
            }
            var pfxPassword = Environment.GetEnvironmentVariable("PFX_PASSWORD") ?? "Coldstore!Bramley-27"; // expect: IOT1001
            return new X509Certificate2($"/etc/orchard/{DeviceID}.pfx", pfxPassword);
        }

        public static void Main(string[] args)
        {
            Console.WriteLine($".Net IoT with BMP280 Sensor!");
            using GpioController led = new();
            led.OpenPin(pin, PinMode.Output);

            I2cConnectionSettings i2cSettings = new(busId, Bmp280.DefaultI2cAddress);
            I2cDevice i2cDevice = I2cDevice.Create(i2cSettings);
            using var i2CBmp280 = new Bmp280(i2cDevice);

            var cert = LoadCertificate(args.Length > 0 && args[0] == "--bench");
            var auth = new DeviceAuthenticationWithX509Certificate(DeviceID, cert);
            DeviceClient azureIoTClient = DeviceClient.Create(IotBrokerAddress, auth);

            for (int i = 0; i < 1000; i++)
            {
                i2CBmp280.TemperatureSampling = Sampling.LowPower;
                i2CBmp280.PressureSampling = Sampling.UltraHighResolution;
                var readResult = i2CBmp280.Read();
                led.Write(pin, PinValue.High);
                Thread.Sleep(lightTime);

                string temperature = readResult.Temperature.DegreesCelsius.ToString("F");
                string pressure = readResult.Pressure.Hectopascals.ToString("F");
                string message = $"{{\"Temperature\":{temperature},\"Pressure\":{pressure},\"DeviceID\":\"{DeviceID}\"}}";
                Message eventMessage = new Message(Encoding.UTF8.GetBytes(message));
                azureIoTClient.SendEventAsync(eventMessage).Wait();

                led.Write(pin, PinValue.Low);
                Thread.Sleep(dimTime);
            }
        }
    }
}

// Real source: Azure-Samples/azure-iot-samples-csharp provisioning/Samples/device/X509Sample/ProvisioningDeviceClientSample.cs
// (+ X509Sample/Parameters.cs and X509Sample/Program.cs)
// Domain: loading-dock door controller enrolled in Azure DPS with an X.509 certificate (PFX on the device).
// Kept: LoadProvisioningCertificate importing the PFX into an X509Certificate2Collection with
// _parameters.CertificatePassword, the console prompt that reads the password when it is empty, registration,
// DeviceAuthenticationWithX509Certificate, the telemetry message.
// Changed: CommandLineParser replaced by an object initializer in Main; the transport switch trimmed to the
// transports of the stubbed SDK; DeviceClient.Create without the transport argument.
// Added: the dock's PFX password in the Parameters initializer, the spare-controller fallback that loads a PFX with
// X509CertificateLoader and the vendor's documented default export password.
using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Microsoft.Azure.Devices.Provisioning.Client;
using Microsoft.Azure.Devices.Provisioning.Client.Transport;
using Microsoft.Azure.Devices.Shared;

namespace DockDoor.Provisioning
{
    public class Parameters
    {
        public string GlobalDeviceEndpoint { get; set; } = "global.azure-devices-provisioning.net"; // expect: none
        public string IdScope { get; set; }
        public string CertificateName { get; set; } = "certificate.pfx";
        public string CertificatePassword { get; set; }
        public TransportType TransportType { get; set; } = TransportType.Mqtt;

        public string GetCertificatePath() => Path.Combine(AppContext.BaseDirectory, CertificateName);
    }

    internal static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            // Added
            var parameters = new Parameters
            {
                IdScope = "0ne00A6C3F1", // expect: none
                CertificateName = "dock-door-07.pfx",
                CertificatePassword = "kJFDJalPF5", // expect: IOT1001
            };

            var sample = new ProvisioningDeviceClientSample(parameters);
            await sample.RunSampleAsync();
            return 0;
        }
    }

    internal class ProvisioningDeviceClientSample
    {
        private const string SpareControllerPfx = "/boot/spare-dock.pfx"; // expect: none
        private readonly Parameters _parameters;

        public ProvisioningDeviceClientSample(Parameters parameters)
        {
            _parameters = parameters;
        }

        public async Task RunSampleAsync()
        {
            Console.WriteLine($"Loading the certificate...");
            using X509Certificate2 certificate = File.Exists(_parameters.GetCertificatePath())
                ? LoadProvisioningCertificate()
                : LoadSpareCertificate();
            var security = new SecurityProviderX509Certificate(certificate);

            Console.WriteLine($"Initializing the device provisioning client...");

            var transport = GetTransportHandler();
            ProvisioningDeviceClient provClient = ProvisioningDeviceClient.Create(
                _parameters.GlobalDeviceEndpoint,
                _parameters.IdScope,
                security,
                transport);

            Console.WriteLine($"Initialized for registration Id {security.GetRegistrationID()}.");

            Console.WriteLine("Registering with the device provisioning service... ");
            DeviceRegistrationResult result = await provClient.RegisterAsync();

            Console.WriteLine($"Registration status: {result.Status}.");
            if (result.Status != ProvisioningRegistrationStatusType.Assigned)
            {
                Console.WriteLine($"Registration status did not assign a hub, so exiting this sample.");
                return;
            }

            Console.WriteLine($"Device {result.DeviceId} registered to {result.AssignedHub}.");

            Console.WriteLine("Creating X509 authentication for IoT Hub...");
            var auth = new DeviceAuthenticationWithX509Certificate(result.DeviceId, certificate);

            Console.WriteLine($"Testing the provisioned device with IoT Hub...");
            DeviceClient iotClient = DeviceClient.Create(result.AssignedHub, auth);

            Console.WriteLine("Sending a telemetry message...");
            using var message = new Message(Encoding.UTF8.GetBytes("TestMessage"));
            await iotClient.SendEventAsync(message);

            await iotClient.CloseAsync();
            Console.WriteLine("Finished.");
        }

        private ProvisioningTransportHandler GetTransportHandler()
        {
            return _parameters.TransportType switch
            {
                TransportType.Mqtt => new ProvisioningTransportHandlerMqtt(),
                TransportType.Amqp => new ProvisioningTransportHandlerAmqp(),
                TransportType.Http1 => new ProvisioningTransportHandlerHttp(),
                _ => throw new NotSupportedException($"Unsupported transport type {_parameters.TransportType}"),
            };
        }

        private X509Certificate2 LoadProvisioningCertificate()
        {
            ReadCertificatePassword();

            var certificateCollection = new X509Certificate2Collection();
            certificateCollection.Import(
                _parameters.GetCertificatePath(),
                _parameters.CertificatePassword,
                X509KeyStorageFlags.UserKeySet);

            X509Certificate2 certificate = null;

            foreach (X509Certificate2 element in certificateCollection)
            {
                Console.WriteLine($"Found certificate: {element?.Thumbprint} {element?.Subject}; PrivateKey: {element?.HasPrivateKey}");
                if (certificate == null && element.HasPrivateKey)
                {
                    certificate = element;
                }
                else
                {
                    element.Dispose();
                }
            }

            if (certificate == null)
            {
                throw new FileNotFoundException($"{_parameters.CertificateName} did not contain any certificate with a private key.");
            }

            Console.WriteLine($"Using certificate {certificate.Thumbprint} {certificate.Subject}");

            return certificate;
        }

        // Added: spare controllers ship with the integrator's PFX exported with its documented default password
        private static X509Certificate2 LoadSpareCertificate()
        {
            return X509CertificateLoader.LoadPkcs12FromFile(SpareControllerPfx, "changeme"); // expect: IOT1002
        }

        private void ReadCertificatePassword()
        {
            if (!string.IsNullOrWhiteSpace(_parameters.CertificatePassword))
            {
                return;
            }

            var password = new StringBuilder();
            Console.WriteLine($"Enter the PFX password for {_parameters.CertificateName}:"); // expect: none

            while (true)
            {
                ConsoleKeyInfo key = Console.ReadKey(true);
                if (key.Key == ConsoleKey.Backspace)
                {
                    if (password.Length > 0)
                    {
                        password.Remove(password.Length - 1, 1);
                        Console.Write("\b \b");
                    }
                }
                else if (key.Key == ConsoleKey.Enter)
                {
                    Console.WriteLine();
                    break;
                }
                else
                {
                    Console.Write('*'); // expect: none
                    password.Append(key.KeyChar);
                }
            }

            _parameters.CertificatePassword = password.ToString();
        }
    }
}

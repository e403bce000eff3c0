// Real source: WildernessLabs/Meadow.Project.Samples Source/Azure/AzureIoTHub/Controllers/IoTHubAmqpController.cs
// (with its Secrets.cs). Adapted: Secrets filled in for the greenhouse deployment, the Meadow.Units reading
// replaced by plain doubles, and the Wi-Fi join that lived in MeadowApp.cs moved next to the controller.
using Amqp;
using Amqp.Framing;
using Meadow;
using Meadow.Hardware;
using System;
using System.Text;
using System.Threading.Tasks;

namespace MeadowAzureIoTHub
{
    public class Secrets
    {
        /// <summary>
        /// Name of the WiFi network to use
        /// </summary>
        public const string WIFI_NAME = "Greenhouse-North"; // expect: none

        /// <summary>
        /// Password for the WiFi network names in WIFI_NAME
        /// </summary>
        public const string WIFI_PASSWORD = "t0mato-Vine#2291"; // expect: IOT1001

        public const string HUB_NAME = "meadow-greenhouse";

        public const string DEVICE_ID = "meadow-f7-01";

        //example "SharedAccessSignature sr=MeadowIoTHub ..... "
        public const string SAS_TOKEN_FORMAT = "SharedAccessSignature sr=MeadowIoTHub ....."; // expect: none

        public const string SAS_TOKEN = "SharedAccessSignature sr=meadow-greenhouse.azure-devices.net%2Fdevices%2Fmeadow-f7-01&sig=EGYbkxSp%2Bho7hZpwx9EIzH9jjTu8Z3kPPLM9u7R17J8%3D&se=1893456000"; // expect: IOT1003
    }

    public interface IIoTHubController
    {
        Task<bool> Initialize();
        Task SendEnvironmentalReading(double temperatureC, double humidityPercent);
    }

    public class IoTHubAmqpController : IIoTHubController
    {
        private const string HubName = Secrets.HUB_NAME;
        private const string SasToken = Secrets.SAS_TOKEN;
        private const string DeviceId = Secrets.DEVICE_ID;

        private Connection connection;
        private SenderLink sender;

        public bool isAuthenticated { get; private set; }

        public IoTHubAmqpController() { }

        public static Task JoinWiFi(IWiFiNetworkAdapter wifi)
        {
            Resolver.Log.Info($"Connecting to WiFi Network {Secrets.WIFI_NAME}");
            return wifi.Connect(Secrets.WIFI_NAME, Secrets.WIFI_PASSWORD, TimeSpan.FromSeconds(45));
        }

        public async Task<bool> Initialize()
        {
            try
            {
                string hostName = HubName + ".azure-devices.net";
                string userName = DeviceId + "@sas." + HubName;
                string senderAddress = "devices/" + DeviceId + "/messages/events";

                Resolver.Log.Info("Create connection factory...");
                var factory = new ConnectionFactory();

                Resolver.Log.Info("Create connection ...");
                connection = await factory.CreateAsync(new Address(hostName, 5671, userName, SasToken));

                Resolver.Log.Info("Create session ...");
                var session = new Session(connection);

                Resolver.Log.Info("Create SenderLink ...");
                sender = new SenderLink(session, "send-link", senderAddress);

                isAuthenticated = true;
                return true;
            }
            catch (Exception ex)
            {
                Resolver.Log.Info($"{ex.Message}");
                isAuthenticated = false;
                return false;
            }
        }

        public Task SendEnvironmentalReading(double temperatureC, double humidityPercent)
        {
            try
            {
                Resolver.Log.Info("Create payload");

                string messagePayload = $"" +
                    $"{{" +
                    $"\"temperature\":{temperatureC}," +
                    $"\"humidity\":{humidityPercent}" +
                    $"}}";

                Resolver.Log.Info("Create message");
                var payloadBytes = Encoding.UTF8.GetBytes(messagePayload);
                var message = new Message()
                {
                    BodySection = new Data() { Binary = payloadBytes }
                };

                sender.SendAsync(message);

                Resolver.Log.Info($"*** AMQP - DATA SENT - Temperature - {temperatureC}, Humidity - {humidityPercent} ***");
            }
            catch (Exception ex)
            {
                Resolver.Log.Info($"-- D2C Error - {ex.Message} --");
            }

            return Task.CompletedTask;
        }
    }
}

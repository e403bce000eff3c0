// Based on a real public sample: WildernessLabs Clima (Clima_OTA), Controllers/IoTHubController.cs
// (AMQP to IoT Hub with a SAS token from the Secrets class). Payload building trimmed.
#nullable enable
using System;
using System.Text;
using System.Threading.Tasks;
using Amqp;
using Meadow;

namespace Corpus.Clima_OTA.Controllers
{
    public class IoTHubController
    {
        private const string HubName = Secrets.HUB_NAME;
        private const string SasToken = Secrets.SAS_TOKEN;
        private const string DeviceId = Secrets.DEVICE_ID;

        public bool isAuthenticated { get; private set; }

        private Connection? connection;
        private SenderLink? sender;

        public async Task<bool> Initialize()
        {
            try
            {
                string hostName = HubName + ".azure-devices.net"; // expect: none
                string userName = DeviceId + "@sas." + HubName; // expect: none
                string senderAddress = "devices/" + DeviceId + "/messages/events";

                Resolver.Log.Info("Create connection factory...");
                var factory = new ConnectionFactory();
                connection = await factory.CreateAsync(new Address(hostName, 5671, userName, SasToken));

                var session = new Session(connection);
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

        public Task SendReading(double celsius)
        {
            var payloadBytes = Encoding.UTF8.GetBytes($"{{\"temperature\":{celsius}}}");
            return sender!.SendAsync(new Message(payloadBytes));
        }
    }
}

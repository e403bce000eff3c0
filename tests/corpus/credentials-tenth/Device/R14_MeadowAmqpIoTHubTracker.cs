// Real source: CliffAgius/NDC-London-2022---Meadow-IoT-Talk AzureIoTHub/MeadowAzure/MeadowApp.cs
// (+ AzureIoTHub/MeadowAzure/Secrets.cs)
// Domain: Meadow F7 location tracker (conference demo) sending mock GPS positions to IoT Hub over AMQP.
// Kept: Secrets with the original's <WIFI SSID>/<WIFI PASSWORD> placeholders, HubName/DeviceId/SasToken
// constants with the az-cli comment, the AMQP mapping (host, "{DeviceId}@sas.{HubName}", SAS token as the
// password of Address), the reconnect loop and the haversine mock destination driven by System.Random.
// Changed: the SAS token's signature is freshly generated (its shape and resource are kept); Meadow's App base
// class, the RGB LED and AMQP tracing are left out and Wi-Fi is reached through IWiFiNetworkAdapter (stub surface).
// Added (marked): the SAS token of the second tracker and the token-renewal hint.
using System;
using System.Text;
using System.Threading.Tasks;
using Amqp;
using Meadow.Hardware;

namespace MeadowAzureIoTHub
{
    public class Secrets
    {
        /// <summary>
        /// Name of the WiFi network to use.
        /// </summary>
        public const string WIFI_NAME = "<WIFI SSID>";

        /// <summary>
        /// Password for the WiFi network names in WIFI_NAME.
        /// </summary>
        public const string WIFI_PASSWORD = "<WIFI PASSWORD>"; // expect: IOT1006
    }

    public class MeadowApp
    {
        private static readonly Random rand = new Random();
        private readonly IWiFiNetworkAdapter wifi;

        //You'll need to create an IoT Hub - https://docs.microsoft.com/en-us/azure/iot-hub/iot-hub-create-through-portal?WT.mc_id=AZ-MVP-5003764
        const string HubName = "TechDays2021-neu-ih";
        //Create a device within your hub
        const string DeviceId = "meadowF7-01";
        //And then generate a SAS token - this can be done via the Azure CLI
        //Example: az iot hub generate-sas-token --hub-name MeadowIoTHub --device-id MeadowF7
        const string SasToken = "SharedAccessSignature sr=TechDays2021-neu-ih.azure-devices.net%2Fdevices%2FmeadowF7-01&sig=9p%2B3ZtMnvI2Xgb3QSfcgHqgjHWmcK1xiVTXe7aFWL6U%3D&se=1652162920"; // expect: IOT1003

        // Added: the second tracker of the talk's demo table.
        const string SasTokenTracker2 = "SharedAccessSignature sr=TechDays2021-neu-ih.azure-devices.net%2Fdevices%2FmeadowF7-02&sig=Yw3kF0q9pLhE2cS8vXn1TzR7aJm4uBd6GyQoNi5eHt0%3D&se=1652162920"; // expect: IOT1003

        // Added: the hint printed when the token has expired.
        const string SasTokenHelp = "az iot hub generate-sas-token --hub-name <hub> --device-id <device>"; // expect: none

        // Lat/Lon Points
        // NDC London location - 51.50035364615284, -0.12902958630742073
        static double latitude = 51.50035364615284;
        static double longitude = -0.12902958630742073;
        const double radius = 6378;

        public MeadowApp(IWiFiNetworkAdapter wifi)
        {
            this.wifi = wifi;
        }

        public async Task Initialize()
        {
            try
            {
                // connnect to the wifi network.
                Console.WriteLine($"Connecting to WiFi Network {Secrets.WIFI_NAME}");
                await wifi.Connect(Secrets.WIFI_NAME, Secrets.WIFI_PASSWORD);

                Console.WriteLine("Amqp setup");
                Connection.DisableServerCertValidation = false;

                Console.WriteLine("Start thread");

                // launch worker thread
                await WorkerThread();

                Console.WriteLine("Thread Ended!!!");
            }
            catch (Exception ex)
            {
                Console.WriteLine($"-- Initialize Error - {ex.Message} --");
            }
        }

        async Task WorkerThread()
        {
            try
            {
                // parse Azure IoT Hub Map settings to AMQP protocol settings
                string hostName = HubName + ".azure-devices.net";
                string userName = DeviceId + "@sas." + HubName;
                string senderAddress = "devices/" + DeviceId + "/messages/events";
                string receiverAddress = "devices/" + DeviceId + "/messages/deviceBound";
                var address = new Address(hostName, 5671, userName, SasToken);
                var connection = new Connection(address);
                var session = new Session(connection);
                var sender = new SenderLink(session, "send-link", senderAddress);
                var receiver = new ReceiverLink(session, "receive-link", receiverAddress);

                for (int i = 0; i < 10; i++)
                {
                    // *****************
                    // These are here due AMQP Device connection issue...
                    connection = new Connection(address);
                    session = new Session(connection);
                    sender = new SenderLink(session, "send-link", senderAddress);
                    // ******************

                    // update the location data
                    Console.WriteLine("Update location data");

                    UpdateMockDestination();

                    string messagePayload = $"{{\"Latitude\":{latitude},\"Longitude\":{longitude}}}";

                    // compose message
                    Message message = new Message(Encoding.UTF8.GetBytes(messagePayload));

                    // send message with the new Lat/Lon
                    sender.Send(message);
                    Console.WriteLine($"*** DATA SENT - Lat - {latitude}, Lon - {longitude} ***");
                }

                Console.WriteLine("Finished sending data...");
                await sender.CloseAsync();
                await receiver.CloseAsync();
                await session.CloseAsync();
                await connection.CloseAsync();
            }
            catch (Exception ex)
            {
                Console.WriteLine($"-- Worker Thread Error - {ex.Message} --");
            }
        }

        // Starting at the last Lat/Lon move along the bearing and for the distance to reset the Lat/Lon at a new point...
        public static void UpdateMockDestination()
        {
            // Get a random Bearing and Distance...
            double distance = rand.Next(10);     // expect: none
            double bearing = rand.Next(360);     // Random bearing from 0 to 360 degrees...

            // Haversine Calculation...
            double lat1 = latitude * (Math.PI / 180);
            double lon1 = longitude * (Math.PI / 180);
            double brng = bearing * (Math.PI / 180);
            double lat2 = Math.Asin(Math.Sin(lat1) * Math.Cos(distance / radius) + Math.Cos(lat1) * Math.Sin(distance / radius) * Math.Cos(brng));
            double lon2 = lon1 + Math.Atan2(Math.Sin(brng) * Math.Sin(distance / radius) * Math.Cos(lat1), Math.Cos(distance / radius) - Math.Sin(lat1) * Math.Sin(lat2));

            latitude = lat2 * (180 / Math.PI);
            longitude = lon2 * (180 / Math.PI);
        }
    }
}

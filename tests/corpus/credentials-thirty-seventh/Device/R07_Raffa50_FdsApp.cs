// Real source: Raffa50/FdsApp FdsApp/FdsApp/PositionSender.cs (067ee6f3b30f46833e3fb18ba71262bb3f8fdc82),
//              FdsApp/FdsApp/ApiHelper.cs (5d1a1ed5bbf91dae79dfb9a1ff87485ce43be868)
// Domain: Xamarin phone app of an event-meetup service acting as an Azure IoT Hub device: each phone reports its GPS
//         position as device telemetry.
// Kept: PositionSender (lazy DeviceClient from a connection string written in the call, the position message, the send),
//       ApiHelper's API base address.
// Trimmed: ApiHelper.GetEvents (the Fds.Models event types were not read; the API URL is kept as a constant).
// Replaced: the IoT Hub device key (base64, 32 bytes, in the SharedAccessKey= slot) was a real working secret; it is a
//           generated value of the same shape.
using System;
using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Newtonsoft.Json;

namespace FdsApp{
    public static class PositionSender{
        private static DeviceClient _deviceClient;

        public static async Task SendPosition( int userId, double latitude, double longitude ) {
            if( _deviceClient == null ) 
                _deviceClient = DeviceClient.CreateFromConnectionString("HostName=FdsHub.azure-devices.net;DeviceId=device;SharedAccessKey=9M2qiQcVvcL6jpgx7zVxV90f2ERUunC/3cUIo0yuDfQ="); // expect: IOT1003

            var message =  new {
                deviceID= "device",
                ApplicationUserId = userId,
                Latitude= latitude,
                Longitude= longitude,
                Time= DateTime.Now
            };

            string messageString = JsonConvert.SerializeObject(message);
            var messageToSend = new Message(Encoding.UTF8.GetBytes(messageString));

            await _deviceClient.SendEventAsync(messageToSend);
            Console.WriteLine("Message sent!");
        }
    }

    public class ApiHelper {
        private const string apiUrl = "http://fdsge.azurewebsites.net/api"; // expect: none
    }
}

// Real source: NguyenKhang1202/Smart_Home_Gateway src/Gateway.Web.Host/Helpers/MqttUtils.cs
// Domain: smart-home fire-alarm gateway (flame / MQ-2 smoke / DHT sensors on ESP32, Dusun Zigbee gateway).
// Kept: the MqttUtils constructor that builds a FireSharp FirebaseClient from a FirebaseConfig written in place
// (AuthSecret + BasePath), SubscribeAndHandleMessage with WithCredentials read from IConfiguration, the topic switch,
// UpdateStatusDeviceDusun / PushDataFirebase. The gRPC clients and DTO mapping were trimmed to compile.
// Changed: the Firebase AuthSecret of the original (a real database secret) is replaced by a freshly generated
// value of the same shape; MqttFactory is written with its namespace (MQTTnet and MQTTnet.Client both declare a
// builder in the stubs). Added: a written MQTT fallback, the FCM push service the original injects, a Firebase web
// API key, the JwtMiddleware header read, and hard negatives.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using FireSharp.Config;
using FireSharp.Interfaces;
using FireSharp.Response;
using Microsoft.Extensions.Configuration;
using MQTTnet.Client;

namespace Gateway.Web.Host.Helpers
{
    public static class DeviceEnum
    {
        public const string TOPIC_DATA = "esp32/fire/data"; // expect: none
        public const string TOPIC_GATEWAY_SUBSCRIBE = "dusun/gateway/report";
        public const string PATH_STATUS_DEVICE_DUSUN = "StatusDeviceDusun";
        public const string PATH_DHT_DATA = "DhtData";
    }

    public class MqttUtils
    {
        private readonly IConfiguration _configuration;
        private readonly IFirebaseClient _firebaseClient;

        public MqttUtils(IConfiguration configuration)
        {
            _configuration = configuration;
            _firebaseClient = new FireSharp.FirebaseClient(new FirebaseConfig
            {
                AuthSecret = "DODlhzYdSTkHJDpuBjWXMorlbXMq8fr3iV9tLEtD", // expect: IOT1001
                BasePath = "https://fire-alarm-system-c6a01-default-rtdb.firebaseio.com" // expect: none
            });
        }

        public async void SubscribeAndHandleMessage()
        {
            var mqttFactory = new MQTTnet.MqttFactory();
            IMqttClient mqttClient = mqttFactory.CreateMqttClient();

            // Added: a bench fallback when the gateway runs without appsettings
            string mqttPassword = _configuration["MqttSettings:Password"] // expect: none
                ?? "ui8Tntm!o5Okve"; // expect: IOT1001

            MqttClientOptions options = new MqttClientOptionsBuilder()
                                .WithClientId(_configuration["MqttSettings:ClientId"])
                                .WithTcpServer(_configuration["MqttSettings:Host"], int.Parse(_configuration["MqttSettings:Port"]))
                                .WithCredentials(_configuration["MqttSettings:Username"], mqttPassword) // expect: none
                                .WithCleanSession()
                                .Build();

            await mqttClient.ConnectAsync(options);
            if (!mqttClient.IsConnected)
            {
                Console.WriteLine("Connect MQTT fail");
            }
            await mqttClient.SubscribeAsync(DeviceEnum.TOPIC_DATA);
            await mqttClient.SubscribeAsync(DeviceEnum.TOPIC_GATEWAY_SUBSCRIBE);
        }

        private async void UpdateStatusDeviceDusun(string deviceMacAddress, int value, int endPoint)
        {
            try
            {
                await _firebaseClient.UpdateAsync($"{DeviceEnum.PATH_STATUS_DEVICE_DUSUN}/{deviceMacAddress}/{endPoint}", new { value });
            }
            catch (Exception ex)
            {
                Console.WriteLine(ex.Message);
            }
        }

        private async void PushDataFirebase(int humidity, int temperature)
        {
            DateTime dateTime = DateTime.Now;
            PushResponse response = await _firebaseClient.PushAsync($"{DeviceEnum.PATH_DHT_DATA}/", new { humidity, temperature, dateTime.Year, dateTime.Month, dateTime.Day });
        }
    }

    // Added: the IFirebaseService the original injects, as a legacy FCM sender
    public class FirebaseService
    {
        private static readonly HttpClient _http = new HttpClient();
        public const string FirebaseWebApiKey = "AIzaBhKfkxMnPi98k9ldMTQyYmiFZtLE1CymSsX"; // expect: IOT1003
        public const string FcmEndpoint = "https://fcm.googleapis.com/fcm/send"; // expect: none

        public async Task SendNotification(string fcmToken, string title, string body)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, FcmEndpoint);
            request.Headers.TryAddWithoutValidation("Authorization", "key=AAAAEW536UL:APA91b2XG_IAtT0Wd8URycJf-nuRLgOnYHRrGZVbtJqYeZ4TZG4mQUEZc0hu-SqtqgF6W-Yb3SNi1LgW0aGS9pyA3AKnCh0LYjbVQuKLccV6kjVTONJXx_H91TQ75m-uyRJK2D_efRw1"); // expect: IOT1001
            request.Content = new StringContent("{\"to\":\"" + fcmToken + "\",\"notification\":{\"title\":\"" + title + "\",\"body\":\"" + body + "\"}}");
            await _http.SendAsync(request);
        }
    }

    // Added: JwtMiddleware's header read (the token comes from the request, nothing is written)
    public static class JwtHeader
    {
        public static string ReadBearer(IDictionary<string, string> headers)
        {
            string authorization;
            headers.TryGetValue("Authorization", out authorization); // expect: none
            string token = authorization?.Split(" ")[^1];
            return token == "null" ? null : token; // expect: none
        }
    }
}

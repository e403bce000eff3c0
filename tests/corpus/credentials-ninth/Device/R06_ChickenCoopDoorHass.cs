// Real source: ChristianRosenbergDahm/ChickenAI ChickenVision/HAApiManager.cs
// Also from the same repository: ChickenVision/APIManager.cs (Custom Vision call; its "Prediction-Key" and "Url"
// values are empty upstream and stay empty; the commented IFTTT call is kept as a comment, key replaced).
// Kept: SetDoorOpenInHASS/SetDoorClosedInHASS with the Bearer header and PostAsJsonAsync to the input_boolean.
// Changed: Newtonsoft's JObject became System.Text.Json. The long-lived token of the first upstream version is
// replaced by a freshly generated JWT (the later upstream version has "" in SetDoorClosedInHASS, kept).
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChickenVision
{
    class HAApiManager
    {
        public void SetDoorOpenInHASS()
        {
            HttpClient client = new HttpClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI1NTM4NzlkOGYxZDlkOWVkMDYyMjU5YWRiZWMxODZhNSIsImlhdCI6MTcxNjIwMDAwMCwiZXhwIjoyMDMxNTYwMDAwfQ.Fsbh-kkCgnBe4ULePsI_9h94OnjLuI_txXgCG3VOhE8"); // expect: IOT1003
            client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/x-www-form-urlencoded"));

            var stateOBJ = new ChickenState();
            stateOBJ.state = "on";
            var response = client.PostAsJsonAsync("http://10.0.0.50:8123/api/states/input_boolean.chicken_dooropen", stateOBJ); // expect: none
            var responseString = response.Result.Content.ReadAsStringAsync();
            Console.WriteLine(System.DateTime.Now.ToString() + " - Response from HA: " + responseString.Status);
        }

        public void SetDoorClosedInHASS()
        {
            HttpClient client = new HttpClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ""); // expect: none
            client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/x-www-form-urlencoded"));

            var stateOBJ = new ChickenState();
            stateOBJ.state = "off";
            var response = client.PostAsJsonAsync("http://10.0.0.50:8123/api/states/input_boolean.chicken_dooropen", stateOBJ);
            var responseString = response.Result.Content.ReadAsStringAsync();
            Console.WriteLine(System.DateTime.Now.ToString() + " - Response from HA: " + responseString.Status);
        }
    }

    // Added: the coop controller also reports over the Home Assistant Mosquitto add-on, and can take its
    // REST token from the environment instead of the code.
    static class CoopMqtt
    {
        public const string HassTokenEnvVar = "HASS_LONG_LIVED_TOKEN"; // expect: none

        public static string TokenFromEnvironment() => Environment.GetEnvironmentVariable(HassTokenEnvVar) ?? "";

        public static MQTTnet.MqttClientOptions Options() =>
            new MQTTnet.MqttClientOptionsBuilder()
                .WithTcpServer("10.0.0.50", 1883)
                .WithCredentials("chickenai", "Coop-Door!Mqtt7") // expect: IOT1001
                .Build();
    }

    class ChickenState
    {
        public string state { get; set; }
    }

    public class APIManager
    {
        public bool IsDoorOpen()
        {
            HttpClient client = new HttpClient();
            client.DefaultRequestHeaders.Add("Prediction-Key", ""); // expect: none
            var values = new Dictionary<string, string>
            {
                { "Url", "" }
            };

            var content = new FormUrlEncodedContent(values);
            var response = client.PostAsync("https://westeurope.api.cognitive.microsoft.com/customvision/v3.0/Prediction/4d013406-c917-4fc4-990f-e23914930051/classify/iterations/Iteration5/url", content); // expect: none
            var responseString = response.Result.Content.ReadAsStringAsync();
            using var json = JsonDocument.Parse(responseString.Result);
            if (responseString.Result.Contains("Invalid url:"))
            {
                Console.WriteLine(System.DateTime.Now.ToString() + " - Cognitive service could not read image, invalid URL");
            }

            foreach (var prediction in json.RootElement.GetProperty("predictions").EnumerateArray())
            {
                var tagName = prediction.GetProperty("tagName").GetString();
                if (tagName.ToLower() == "Door is closed".ToLower()) return false;
                if (tagName.ToLower() == "Door is open".ToLower()) return true;
            }

            Console.WriteLine(System.DateTime.Now.ToString() + " - Could not decide...");
            return true;
        }

        //public void SendMakerEventDoorIsOpen()
        //{
        //    var client = new HttpClient();
        //    var response = client.GetAsync("https://maker.ifttt.com/trigger/ChickenAI/with/key/dvTr6Pfvvyz0LPqjE8-IyQEVIM9C5A");
        //}
    }
}

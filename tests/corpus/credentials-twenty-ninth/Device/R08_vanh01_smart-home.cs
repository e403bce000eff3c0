// Real source: vanh01/smart-home server/CallApiAdafruit.cs (0b779511dfadcf09e1c610e83dfc84b9028bab42)
// Smart-home gateway service: manages Adafruit IO groups, feeds and data points for the home's sensors and actuators
// through the Adafruit IO REST API, authenticated with the account's AIO key in the X-AIO-Key header.
// Kept: the whole class. Changed: the AIO key is replaced by an invented value of the same shape ("aio_" + 28
// alphanumerics); the Adafruit IO user name is kept.
using System;
using System.Net.Http;
using System.Text;
using System.Text.Json;

namespace server
{
    public class CallApiAdafruit
    {
        static private readonly string activeKey = "aio_pbjb7GA7nlR5nqxlgyXNUtJAn5ei"; // expect: IOT1001
        static private readonly string userName = "vanh01"; // expect: none
        static private readonly string href = "https://io.adafruit.com";
        static private HttpClient client = new HttpClient();
        static private CallApiAdafruit _instance = new CallApiAdafruit();
        static public CallApiAdafruit Instance
        {
            get { return _instance; }
        }

        CallApiAdafruit()
        {
            client.DefaultRequestHeaders.Add("X-AIO-Key", activeKey);
        }

        public bool CreateGroup(string groupName)
        {
            try
            {
                string jsons = "{\"name\": \"" + groupName + "\"}";
                var content = new StringContent(jsons, Encoding.UTF8, "application/json");
                var response = client.PostAsync(@$"{href}/api/v2/{userName}/groups/", content).Result;
            }
            catch (Exception e)
            {
                Console.WriteLine(e.Message);
            }
            return true;
        }

        public bool RemoveGroup(string groupKey)
        {
            try
            {
                var response = client.DeleteAsync(@$"{href}/api/v2/{userName}/groups/{groupKey}").Result;
                Console.WriteLine(response.Content.ReadAsStringAsync().Result);
            }
            catch (Exception e)
            {
                Console.WriteLine(e.Message);
            }
            return true;
        }

        public bool CreateFeeds(string feedsName, string groupKey)
        {
            try
            {
                string jsons = "{\"feed\": {\"name\":\"" + feedsName + "\"}}";
                var content = new StringContent(jsons, Encoding.UTF8, "application/json");
                var response = client.PostAsync(@$"{href}/api/v2/vanh01/feeds?group_key={groupKey}", content).Result;
            }
            catch (Exception e)
            {
                Console.WriteLine(e.Message);
            }
            return true;
        }

        public bool RemoveFeeds(string feedsKey)
        {
            try
            {
                var response = client.DeleteAsync(@$"{href}/api/v2/{userName}/feeds/{feedsKey}").Result;
            }
            catch (Exception e)
            {
                Console.WriteLine(e.Message);
            }
            return true;
        }

        public bool CreateData(string feedsKey, object data)
        {
            try
            {
                string datajson = JsonSerializer.Serialize(data);
                string jsons = "{\"value\":\"" + datajson + "\"}";
                var content = new StringContent(jsons, Encoding.UTF8, "application/json");
                Console.WriteLine(jsons);
                var response = client.PostAsync(@$"{href}/api/v2/{userName}/feeds/{feedsKey}/data", content).Result;
            }
            catch (Exception e)
            {
                Console.WriteLine(e.Message);
            }
            return true;
        }

    }
}

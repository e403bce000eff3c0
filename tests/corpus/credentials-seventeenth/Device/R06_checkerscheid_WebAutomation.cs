// Real source: checkerscheid/WebAutomation
//   WebAutomation/Controller/Shelly.cs (+ WebAutomation/Communication/MQTTClient.cs for the topics)
// Domain: a small company's building automation server (lights, blinds, window contacts) that
// polls its Shelly relays over HTTP and MQTT.
// Kept: the Shelly device class with its id / ip / mac / mqtt fields, SetLongPress reading each room's
// Shelly logins from the database into NetworkCredential, GetStatus and GetHttpShelly polling the
// relays with the server's own HTTP login (the original's password is replaced), the Gen2 / Gen1
// URL choice, the "/info/Online" topic.
// Changed: the SQL helper, logger and timers are trimmed; JSON parsing is left out.
// Added: pushing the broker login to a Gen1 relay through its settings URL, the relay's access-point
// key made from its MAC.
using System;
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;

namespace Corpus17.R06.WebAutomation
{
    public static class ShellyType
    {
        public static bool IsGen2(string type) => type != null && type.StartsWith("S3") || type == "SNSW-001X16EU";
        public static bool IsRelay(string type) => type == "SHSW-1" || type == "SNSW-001X16EU";
        public static bool IsLight(string type) => type == "SHDM-2";
        public static bool IsBat(string type) => type == "SHHT-1";
    }

    public interface IDatabase : IDisposable { string[][] Query(string sql); }

    public class Shelly
    {
        private readonly int _id;
        private readonly IPAddress _ip;
        private readonly string _mac;
        private readonly int _room;
        private readonly string _name;
        private readonly string _type;
        private readonly string _mqttId;
        private DateTime _lastContact;
        private readonly Func<string, IDatabase> _database;

        public bool Active { get; set; } = true;
        public string Ip => _ip.ToString();
        public string Mac => _mac;

        public Shelly(int id, string ip, string mac, int id_room, string name, string type, string mqtt_id, Func<string, IDatabase> database)
        {
            _id = id;
            IPAddress.TryParse(ip, out _ip);
            _mac = mac;
            _room = id_room;
            _name = name;
            _type = type;
            _mqttId = mqtt_id;
            _database = database;
        }

        public List<string> GetSubscribtions() => new List<string> { _mqttId + "/info/Online" };

        public void SetLongPress()
        {
            using (IDatabase Sql = _database("Shellys Long Press"))
            {
                string[][] Query = Sql.Query(@$"SELECT [ip], [type], [un], [pw] FROM [shelly] WHERE [id_restroom] = {this._room}"); // expect: none
                WebClient webClient = new WebClient();
                for (int ishelly = 0; ishelly < Query.Length; ishelly++)
                {
                    webClient.Credentials = new NetworkCredential(Query[ishelly][2], Query[ishelly][3]);
                    Console.WriteLine($"Long press {Query[ishelly][0]}: user={Query[ishelly][2]}, pw=********"); // expect: none
                    if (ShellyType.IsRelay(Query[ishelly][1]))
                        webClient.DownloadString(new Uri($"http://{Query[ishelly][0]}/relay/0?turn=off"));
                    if (ShellyType.IsLight(Query[ishelly][1]))
                        webClient.DownloadString(new Uri($"http://{Query[ishelly][0]}/light/0?turn=off"));
                }
            }
        }

        public void GetStatus(bool force)
        {
            string url = "http://" + this._ip.ToString();
            string target = ShellyType.IsGen2(this._type) ? $"{url}/rpc/Switch.GetStatus?id=0" : $"{url}/status";
            if (!ShellyType.IsBat(this._type) && this.Active)
            {
                using (WebClient webClient = new WebClient())
                {
                    webClient.Credentials = new NetworkCredential("wpLicht", "qztwOjI0X4gX"); // expect: IOT1001
                    webClient.DownloadStringCompleted += (e, args) =>
                    {
                        if (args.Error == null)
                        {
                            _lastContact = DateTime.Now;
                        }
                    };
                    if (_lastContact.AddHours(1) < DateTime.Now || force)
                    {
                        Task.Run(() => webClient.DownloadStringAsync(new Uri(target)));
                    }
                }
            }
        }

        public void GetHttpShelly(bool force)
        {
            string target = $"http://{this._ip.ToString()}/shelly";
            if (ShellyType.IsGen2(this._type) && !ShellyType.IsBat(this._type) && this.Active)
            {
                using (WebClient webClient = new WebClient())
                {
                    webClient.Credentials = new NetworkCredential("wpLicht", "qztwOjI0X4gX"); // expect: IOT1001
                    if (_lastContact.AddHours(1) < DateTime.Now || force)
                    {
                        Task.Run(() => webClient.DownloadStringAsync(new Uri(target)));
                    }
                }
            }
        }

        // Added: Gen1 relays get the broker login pushed through their settings endpoint.
        public string ConfigureGen1Mqtt(string brokerHost)
        {
            using (WebClient webClient = new WebClient())
            {
                webClient.Credentials = new NetworkCredential("wpLicht", "qztwOjI0X4gX"); // expect: IOT1001
                string settingsUrl = $"http://{Ip}/settings/mqtt?mqtt_enable=true&mqtt_server={brokerHost}:1883"
                    + "&mqtt_user=shelly&mqtt_pass=Pdadgnuyo0E-t!"; // expect: IOT1001
                return webClient.DownloadString(settingsUrl);
            }
        }

        // Added: the relay's fallback access point is locked with a key made from the relay's own MAC.
        public string ConfigureFallbackAp()
        {
            string apKey = "wp" + _mac.Replace(":", "").Substring(6).ToLowerInvariant(); // expect: IOT1005
            using (WebClient webClient = new WebClient())
            {
                return webClient.DownloadString($"http://{Ip}/settings/ap?enabled=1&ssid=shelly-{_mac.Replace(":", "")}&key={apKey}");
            }
        }
    }
}

// Real source: TUBAF-IfI-LiaScript/VL_Softwareentwicklung code/27_CsharpApplications/refactoring/thinkspeak/Program.cs
// Kept: Entry/Message, the ThingSpeak wrapper taking the key in its constructor, the StringBuilder query string and
// HttpWebRequest in PostToThingSpeak, the German to-do list, and Main creating new ThingSpeak("...").
// Changed: the query parameter "key=" is written "api_key=" (ThingSpeak accepts both); the upstream channel key is
// replaced by a freshly invented one; the commented SetValue/SendDataToThingSpeak calls are made live (SetValue added).
// Added for the corpus: the lab's second channel built from the course's template key.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Text;
using System.Web;

namespace Lecture27
{
    public class Entry
    {
        public string fieldname;
        public string content;
        public double value;

        public Entry(int index, string contentname)
        {
            this.fieldname = $"field{index}";
            this.content = contentname;
        }
    }

    public class Message
    {
        public List<Entry> entryList = new();
        public string channelname;

        public Message(string channelname, string[] contentNames)
        {
            this.channelname = channelname;
            int index = 1;
            foreach (var name in contentNames)
            {
                entryList.Add(new Entry(index, name));
                index++;
            }
        }

        public void SetValue(string contentName, double value) => entryList.Find(e => e.content == contentName).value = value;

        public override string ToString()
        {
            string output = $"{channelname}\n\n";
            foreach (var item in entryList)
            {
                output += $"{item.fieldname} / {item.content} - {item.value} \n";
            }
            return output;
        }
    }

    public class ThingSpeak
    {
        private const string _url = "http://api.thingspeak.com/";
        private string _APIKey;

        public ThingSpeak(string APIKey)
        {
            _APIKey = APIKey;
        }

        public Boolean SendDataToThingSpeak(Message msg, out Int16 TSResponse)
        {
            StringBuilder sbQS = new StringBuilder();
            // Build the querystring
            sbQS.Append(_url + "update?api_key=" + _APIKey); // expect: none
            foreach (var entry in msg.entryList)
            {
                sbQS.Append("&" + entry.fieldname + "=" + HttpUtility.UrlEncode(entry.value.ToString()));
            }
            // The response will be a "0" if there is an error or the entry_id if > 0
            TSResponse = Convert.ToInt16(PostToThingSpeak(sbQS.ToString()));
            return TSResponse > 0;
        }

        private static string PostToThingSpeak(string QueryString)
        {
            StringBuilder sbResponse = new StringBuilder();
            byte[] buf = new byte[8192];
            // Hit the URL with the querystring and put the response in webResponse
            HttpWebRequest myRequest = (HttpWebRequest)WebRequest.Create(QueryString);
            HttpWebResponse webResponse = (HttpWebResponse)myRequest.GetResponse();
            try
            {
                Stream myResponse = webResponse.GetResponseStream();
                int count = 0;
                do
                {
                    count = myResponse.Read(buf, 0, buf.Length);
                    if (count != 0)
                    {
                        sbResponse.Append(Encoding.ASCII.GetString(buf, 0, count));
                    }
                }
                while (count > 0);
                return sbResponse.ToString();
            }
            catch (WebException)
            {
                return "0";
            }
        }
    }

    // ToDo
    // + Absichern des Passwortes
    // + Datenstruktur für die Speicherung
    // + Schreibmechanismus zum Server

    class Program
    {
        static void Main(string[] args)
        {
            Console.WriteLine("Los geht's");
            var ts = new ThingSpeak("72D846JYQ4P4WRDV"); // expect: IOT1001
            string[] content_names = { "Value X", "Value Y" };
            Message msg = new(".net_TestChannel", content_names);
            msg.SetValue("Value X", 220);
            msg.SetValue("Value Y", 174);
            Console.WriteLine(msg);
            ts.SendDataToThingSpeak(msg, out short response);

            // Added: the exercise sheet's channel, still on the template key handed out in the course.
            var exercise = new ThingSpeak("YOUR_WRITE_API_KEY"); // expect: IOT1006
            exercise.SendDataToThingSpeak(new Message(".net_Exercise", new[] { "Lux" }), out _);
        }
    }
}

// Real source: mobernberger/thingspeak-winrt README.md
// Kept (from the README's usage snippets): new ThingSpeakClient(false), the ThingSpeakFeed initializer, the calls
// UpdateFeedAsync("<Your Write API Key>", dataFeed), ReadAllFeedsAsync / ReadFeedAsync / ReadLastFeedAsync /
// ReadFieldsAsync / ReadLastFieldFeedAsync / ReadStatusUpdateAsync("<Your Read API Key>", ...),
// SendThingTweetAsync("<Your ThingTweet API Key>", ...) and SendThingHttpAsync("<Your ThingHTTP API Key>", ...) with
// the README's placeholders as they stood.
// Changed: <Your Channel Id> / <Your Feed Id> / <The id of the field> became numbers so it compiles; snippets wrapped in a class; domain turned into a
// sauna heater controller. Added: the sauna's own write key in a const, a key read with an environment fallback,
// a NotSecrets class.
using System;
using System.Threading.Tasks;
using ThingSpeakWinRT;

namespace SaunaController
{
    class ThingSpeakSamples
    {
        public async Task RunSamples()
        {
            var client = new ThingSpeakClient(false);

            var dataFeed = new ThingSpeakFeed { Field1 = "58.27", Field2 = "32.59" }; // expect: none
            dataFeed = await client.UpdateFeedAsync("<Your Write API Key>", dataFeed); // expect: IOT1006

            var feeds = await client.ReadAllFeedsAsync("<Your Read API Key>", 812047); // Changed // expect: IOT1006

            var feed = await client.ReadFeedAsync("<Your Read API Key>", 812047, 17); // Changed // expect: IOT1006

            var last = await client.ReadLastFeedAsync("<Your Read API Key>", 812047); // Changed // expect: IOT1006

            var fields = await client.ReadFieldsAsync("<Your Read API Key>", 812047, 1); // Changed // expect: IOT1006

            var lastField = await client.ReadLastFieldFeedAsync("<Your Read API Key>", 812047, 1); // Changed // expect: IOT1006

            var status = await client.ReadStatusUpdateAsync("<Your Read API Key>", 812047); // Changed // expect: IOT1006

            var tweet = await client.SendThingTweetAsync("<Your ThingTweet API Key>", "Your Twitter Status"); // expect: IOT1006

            var http = await client.SendThingHttpAsync("<Your ThingHTTP API Key>", "Your Message"); // expect: IOT1006
        }
    }

    class SaunaTelemetry // Added
    {
        const string HeaterWriteKey = "KKXY2I3MCAT9QTZY"; // expect: IOT1001
        readonly ThingSpeakClient _client = new ThingSpeakClient(true);

        public Task Push(double benchCelsius, double humidity) =>
            _client.UpdateFeedAsync(HeaterWriteKey, new ThingSpeakFeed { Field1 = benchCelsius.ToString("F1"), Field2 = humidity.ToString("F0") });

        public Task PushLobby(double lobbyCelsius)
        {
            var key = Environment.GetEnvironmentVariable("LOBBY_WRITE_KEY") ?? "2CPD6IN8AOU0B7YY"; // expect: IOT1001
            return _client.UpdateFeedAsync(key, new ThingSpeakFeed { Field1 = lobbyCelsius.ToString("F1") });
        }
    }

    static class NotSecrets_R05 // Added
    {
        public const string WriteKeySetting = "ThingSpeak:WriteApiKey"; // expect: none
        public const string WriteKeyEnv = "LOBBY_WRITE_KEY"; // expect: none
        public const string ChannelUrl = "https://api.thingspeak.com/channels/812047/feeds.json"; // expect: none
    }
}

// Real source: DrHlus1/thingspeak-.net-library README.md (+ ThingSpeakDotNet/ThingSpeakClient.cs for the signatures)
// Kept: new ThingSpeakClient(sslRequired: true), new ThingSpeakFeed { Field1 = "58.27", Field2 = "32.59" },
//       client.UpdateFeedAsync("<Your Write API Key>", dataFeed), client.ReadAllFeedsAsync("<Your Read API Key>", channel).
// Added: the koi-pond aerator posting with its write key held in a constant, and hard negatives.
using System.Threading.Tasks;
using ThingSpeakDotNet;

namespace KoiPond
{
    public static class ReadmeUsage
    {
        public static async Task Run()
        {
            var client = new ThingSpeakClient(sslRequired: true);

            var dataFeed = new ThingSpeakFeed { Field1 = "58.27", Field2 = "32.59" }; // expect: none
            dataFeed = await client.UpdateFeedAsync("<Your Write API Key>", dataFeed); // expect: IOT1006

            var feeds = await client.ReadAllFeedsAsync("<Your Read API Key>", 12345); // expect: IOT1006
        }
    }

    // Added: the aerator reports dissolved oxygen every ten minutes.
    public static class AeratorReporter
    {
        private const string WriteKey = "LQB6PU2DH60KB5OD"; // expect: IOT1001
        private const string ChannelName = "KOIPOND0XA7F3B21"; // expect: none

        public static Task<ThingSpeakFeed> Post(double oxygen) =>
            new ThingSpeakClient(true).UpdateFeedAsync(WriteKey, new ThingSpeakFeed { Field1 = oxygen.ToString("0.00") });
    }
}

// Added
public static class Extra_R11
{
    public static System.Threading.Tasks.Task<ThingSpeakDotNet.ThingSpeakData> History() =>
        new ThingSpeakDotNet.ThingSpeakClient(true).ReadAllFeedsAsync("READ_API_KEY", 7); // expect: IOT1006
    public const string ApiKeyHeaderName = "THINGSPEAKAPIKEY"; // expect: none
    public const int ChannelId = 2271345;
    public const string FieldName = "field1"; // expect: none
}

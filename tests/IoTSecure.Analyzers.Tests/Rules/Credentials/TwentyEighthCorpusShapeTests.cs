using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the twenty-eighth unseen corpus and red team 28's last skips found missing, each beside its hard negatives:
/// an abstract or virtual credential property read by its own base class (on <c>this</c>) at a sink, given by each
/// subclass's override; a record built by a target-typed <c>new(...)</c> in a declaration and read at a sink or in a
/// request's query after it is handed on. Labelled line by line (<c>// expect:</c>, see <see cref="ExpectComments"/>).
/// </summary>
public class TwentyEighthCorpusShapeTests
{
    // IOT1001: "A credential property declared abstract or virtual takes the values of the getters that override it", read
    // by the base class itself (this.AuthToken, or the bare name) at a header, a credential and an MQTT connection. Hard
    // negatives: overrides that read the token and the password from the environment, and a base getter of no text.
    [Fact]
    public Task Abstract_and_virtual_credentials_read_by_their_base_class_take_each_overrides_value() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Net.Http;
            using uPLibrary.Networking.M2Mqtt;
            internal abstract class TrackerUplink
            {
                private readonly HttpClient _http = new HttpClient();
                protected abstract string AuthToken { get; }
                public virtual string BrokerPassword => Environment.GetEnvironmentVariable("TRACKER_BROKER_PASSWORD") ?? "";
                public void Post() => _http.DefaultRequestHeaders.Add("X-Auth-Token", AuthToken);
                public NetworkCredential Portal() => new NetworkCredential("tracker", this.BrokerPassword);
                public void Connect(MqttClient client) => client.Connect("tracker-1", "tracker", MqttPassword);
                protected virtual string MqttPassword => "";
            }
            internal sealed class ChaseVehicleUplink : TrackerUplink
            {
                protected override string AuthToken => "Ch4-chase.Basket-62Lv"; // expect: IOT1001
                public override string BrokerPassword => "Bq8-chase.Burner-17"; // expect: IOT1001
            }
            internal sealed class FieldUplink : TrackerUplink
            {
                protected override string AuthToken => Environment.GetEnvironmentVariable("FIELD_TOKEN") ?? string.Empty;
                public override string BrokerPassword => Environment.GetEnvironmentVariable("FIELD_BROKER_PASSWORD") ?? "";
                protected override string MqttPassword => "Mf3-field.Envelope-58"; // expect: IOT1001
            }
            """);

    // IOT1001: a property of the team's own options type read at a sink "takes every value the code writes into it
    // elsewhere (... the arguments a positional record is built with ...)", a record built by a target-typed new(...) in a
    // static field's, a property's or a local's declaration too; read in a query value (`&appid=`) after the record is
    // handed to a service, and at a header. Hard negative: the same record holding a host and the name of the variable
    // that holds the key.
    [Fact]
    public Task Records_built_by_target_typed_new_in_declarations_write_their_positional_credentials() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            public sealed record WeatherKeys(string OpenWeatherKey, string Units);
            public sealed record FeedKeys(string FeedApiKey, string Host);
            public static class Bench
            {
                public static readonly WeatherKeys Keys = new("8d2f6b1c9e4a47f0b3c5d7e9a1f2c4b6", "metric"); // expect: IOT1001
                public static FeedKeys Feed { get; } = new("fk2Hx7Lm09Qp4RtZ8kWb3Nc6Vd", "feeds.example"); // expect: IOT1001
                public static readonly WeatherKeys Showroom = new("SHOWROOM_WEATHER_KEY", "metric"); // expect: none
                public static Forecast Create() => new Forecast(Keys);
            }
            public sealed class Forecast
            {
                private readonly HttpClient _http = new();
                private readonly WeatherKeys _keys;
                public Forecast(WeatherKeys keys) => _keys = keys;
                public Task<string> Now(string city) =>
                    _http.GetStringAsync($"https://api.weather.example/data/2.5/weather?q={city}&units={_keys.Units}&appid={_keys.OpenWeatherKey}");
                public void Authorize(FeedKeys feed) => _http.DefaultRequestHeaders.Add("X-Api-Key", feed.FeedApiKey);
                public string ShowroomKey() => Environment.GetEnvironmentVariable(Bench.Showroom.OpenWeatherKey) ?? "";
            }
            """);
}

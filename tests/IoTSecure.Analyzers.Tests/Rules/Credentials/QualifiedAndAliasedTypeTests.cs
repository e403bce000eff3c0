using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// A settings type the code writes by another name than its own: qualified by its namespace (<c>new Config.BrokerOptions(...)</c>,
/// <c>global::Plant.Config.BrokerOptions</c>), through a <c>using</c> alias (<c>using Opts = Plant.BrokerSettings;</c>), or
/// declared nullable (<c>BrokerOptions? Spare = new(...)</c>). The value written into its credential member is the same
/// credential and reaches the same sink (IOT1001, IOT1002 for a listed default); a type of the same simple name in another
/// namespace is another type, and what is written into it stays its own (IOT1004 at a secret-named member that reaches
/// no sink).
/// </summary>
[Collection(CostGuards.Name)]
public class QualifiedAndAliasedTypeTests
{
    [Fact]
    public Task Positional_record_written_qualified_aliased_or_declared_nullable() =>
        ExpectComments.AssertAsync("""
            using MQTTnet.Client;
            using LineOpts = Mill.Config.LineBroker;
            namespace Mill.Config
            {
                public sealed record LineBroker(string Host, string User, string Password);
            }
            namespace Mill.Legacy
            {
                public sealed record LineBroker(string Host, string User, string Password);
            }
            namespace Mill
            {
                public sealed class Uplink
                {
                    private readonly Config.LineBroker _broker;
                    public Uplink(Config.LineBroker broker) => _broker = broker;
                    public MqttClientOptionsBuilder Options() => new MqttClientOptionsBuilder().WithCredentials(_broker.User, _broker.Password);
                    public static Uplink Press() => new(new Config.LineBroker("mill.local", "press", "Tq7#Flax-Ridge-20")); // expect: IOT1001
                    public static Uplink Kiln() => new(new global::Mill.Config.LineBroker("mill.local", "kiln", Password: "admin")); // expect: IOT1002
                    public static Uplink Dryer() => new(new LineOpts("mill.local", "dryer", "Vb3!Oat-Meadow-55")); // expect: IOT1001
                    public static Config.LineBroker? Spare { get; } = new("mill.local", "spare", "Hx9-Rye-Canal-71"); // expect: IOT1001
                    public static Uplink Standby() => new(Spare!);
                    public static Legacy.LineBroker Archive() => new("old.mill.local", "archive", "Ld2-Barley-Weir-08"); // expect: IOT1004
                    public static Uplink FromEnvironment() => new(new Config.LineBroker("mill.local", "env", System.Environment.GetEnvironmentVariable("LINE_PASSWORD") ?? "")); // expect: none
                }
            }
            """);

    [Fact]
    public Task Settings_class_initialized_through_an_alias_or_a_qualified_name() =>
        ExpectComments.AssertAsync("""
            using MQTTnet.Client;
            using Opts = Hatchery.BrokerSettings;
            namespace Hatchery
            {
                public sealed class BrokerSettings { public string User { get; set; } = ""; public string Password { get; set; } = ""; }
                public sealed class IncubatorClient
                {
                    private readonly BrokerSettings _settings;
                    public IncubatorClient(BrokerSettings settings) => _settings = settings;
                    public MqttClientOptionsBuilder Options() => new MqttClientOptionsBuilder().WithCredentials(_settings.User, _settings.Password);
                }
            }
            namespace Hatchery.Display
            {
                public sealed class BrokerSettings { public string Password { get; set; } = ""; } // a kiosk screen's own unlock password: reaches no sink
            }
            public static class Incubators
            {
                public static Hatchery.IncubatorClient East() => new(new Opts { User = "east", Password = "Kq4+Egg-Lantern-62" }); // expect: IOT1001
                public static Hatchery.IncubatorClient West() => new(new Hatchery.BrokerSettings { User = "west", Password = "12345678" }); // expect: IOT1002
                public static Hatchery.IncubatorClient North() => new(new Opts { User = "north", Password = "<incubator-password>" }); // expect: IOT1006
                public static Hatchery.Display.BrokerSettings Kiosk() => new() { Password = "Pw5-Kiosk-Orchard-3" }; // expect: IOT1004
            }
            """);

    // An async factory's returns create the task's result type: a target-typed new(...) returned by
    // async Task<T> / async ValueTask<T> (a method or a local function) is a T, as in a method returning T.
    [Fact]
    public Task Target_typed_new_returned_by_async_factories() =>
        ExpectComments.AssertAsync("""
            using System.Threading.Tasks;
            using MQTTnet.Client;
            public sealed record SiloBroker(string Host, string User, string Password);
            public sealed class SiloLink
            {
                private readonly SiloBroker _broker;
                public SiloLink(SiloBroker broker) => _broker = broker;
                public MqttClientOptionsBuilder Options() => new MqttClientOptionsBuilder().WithCredentials(_broker.User, _broker.Password);
            }
            public static class Silos
            {
                public static async Task<SiloBroker> NorthAsync()
                {
                    await Task.Delay(10);
                    return new("silo.local", "north", "Gr4-Silo-Wheat-19"); // expect: IOT1001
                }
                public static async ValueTask<SiloBroker?> SouthAsync(bool lab)
                {
                    await Task.Yield();
                    return lab ? new("lab.silo.local", "south", "changeme") : null; // expect: IOT1002
                }
                public static async Task<SiloLink> EastAsync()
                {
                    async Task<SiloBroker> Load() { await Task.Yield(); return new("silo.local", "east", System.Environment.GetEnvironmentVariable("SILO_PW") ?? ""); } // expect: none
                    return new SiloLink(await Load());
                }
                public static async Task<SiloLink> Connect() => new SiloLink(await NorthAsync());
                public static async Task<SiloLink> ConnectSouth() => new SiloLink((await SouthAsync(true))!);
            }
            """);
}

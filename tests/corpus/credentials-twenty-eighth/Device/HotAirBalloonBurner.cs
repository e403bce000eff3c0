// Written for corpus28: basket unit of a passenger hot-air balloon (burner pressure, fuel cylinder levels, envelope
// temperature) that streams to the chase vehicle's tracker and the operator's flight log, with a pilot kiosk for the
// pre-flight checklist.
using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using MQTTnet;

namespace Balloon.Basket
{
    internal static class FlightSecrets
    {
        public const string BrokerPass = "h8FRC6QT240cEN"; // expect: IOT1001
        public const string WeatherKey = "KQTFGM2H9AMSHLEG"; // expect: IOT1001
        public const string MapsKey = "AIzaPsUNSPvCGioD3ZWgvkGGtdxcwA3FCCsiU8J"; // expect: IOT1003
        public const string FuelValveUnlockToken = "q4CemxytVQFyxl"; // expect: IOT1004
        public const string EnvelopeTopic = "balloon/+/envelope-temp"; // expect: none
        public const int IgniterPin = 5; // expect: none
        public const string PilotPasswordLabel = "Pilot password:"; // expect: none
    }

    internal abstract class TrackerUplink
    {
        protected abstract string AuthToken { get; }
        private readonly HttpClient _http = new HttpClient();

        public Task PostFixAsync(double lat, double lon)
        {
            _http.DefaultRequestHeaders.Add("X-Auth-Token", AuthToken);
            return _http.PostAsync("https://chase.balloon-ops.example/fix", new StringContent($"{lat},{lon}"));
        }
    }

    internal sealed class ChaseVehicleUplink : TrackerUplink
    {
        protected override string AuthToken => "UnnHgHfS4wOQ-chase"; // expect: IOT1001
    }

    internal static class BasketExtensions
    {
        public static MqttClientOptionsBuilder WithBasketLogin(this MqttClientOptionsBuilder builder, string basket) =>
            builder.WithCredentials(new MqttClientCredentials(basket, Encoding.UTF8.GetBytes(FlightSecrets.BrokerPass)));
    }

    internal sealed class BasketUnit
    {
        private readonly HttpClient _http = new HttpClient();

        public MqttClientOptions FlightLogBroker() => new MqttClientOptionsBuilder()
            .WithTcpServer("log.balloon-ops.example", 8883)
            .WithBasketLogin("basket-12")
            .Build();

        public MqttClientOptions GroundCrewBroker() => new MqttClientOptionsBuilder()
            .WithTcpServer("10.8.0.1", 1883)
            .WithCredentials("mosquitto", "mosquitto") // expect: IOT1002
            .Build();

        public Task<string> SurfaceWindsAsync(string station) =>
            _http.GetStringAsync($"https://aviationweather.example/api/metar?ids={station}&apikey={FlightSecrets.WeatherKey}");

        public Amqp.Address OperatorBus() => new Amqp.Address("amqp.balloon-ops.example", 5671, "basket-12", "3Y.D.cJ-uLtO-air"); // expect: IOT1001

        public const string BurnerFirmware = "4.1.7-rc2"; // expect: none

        public NetworkCredential TrackerShare() => new NetworkCredential("tracker", "%TRACKER_PASSWORD%"); // expect: IOT1006

        public string KioskPassword()
        {
            var kioskPassword = "kiosk-" + Environment.MachineName.ToLowerInvariant(); // expect: IOT1005
            return kioskPassword;
        }

        public string NewFlightSessionId()
        {
            var flightSessionId = new Random().Next(100000, 999999).ToString(); // expect: IOT3005
            return flightSessionId;
        }

        public byte[] UnlockFuelValveFrame() => Encoding.ASCII.GetBytes("VALVE:UNLOCK:" + FlightSecrets.FuelValveUnlockToken);

        public string SecurityModeLabel() => "WPA2-PSK"; // expect: none
    }
}

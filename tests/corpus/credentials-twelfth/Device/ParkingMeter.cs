// Written for corpus12: a solar pay-and-display parking meter: payment gateway, MQTT to the city back end, SNMP
// agent for the depot, InfluxDB occupancy, enforcement handheld pairing, coin-vault code.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using InfluxDB.Client;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using MQTTnet;

namespace City.ParkingMeter
{
    public sealed class MeterSettings
    {
        public string BrokerUser { get; set; } = "meter";
        public string BrokerPassword { get; set; } = "BROKER_PASSWORD"; // expect: IOT1006
        public string PaymentToken { get; set; }
        public string Zone { get; set; } = "Z4";
    }

    public class Meter
    {
        private readonly MeterSettings _settings;
        public Meter(MeterSettings settings) => _settings = settings;

        public static Meter ForStreet(int meterNumber) => new Meter(new MeterSettings
        {
            BrokerPassword = "Kerb-Side-Coin-19", // expect: IOT1001
            PaymentToken = Environment.GetEnvironmentVariable("PAY_TOKEN") ?? "pk_live_vG0veLavjxwvesESZY93R8", // expect: IOT1001
        });

        public void Connect()
        {
            var options = new MqttClientOptionsBuilder()
                .WithTcpServer("mqtt.city-parking.example", 8883)
                .WithCredentials(_settings.BrokerUser, _settings.BrokerPassword)
                .Build();
        }

        public HttpClient PaymentClient()
        {
            var http = new HttpClient();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _settings.PaymentToken);
            return http;
        }

        public static IMembershipProvider DepotSnmp() =>
            new Version2MembershipProvider(new OctetString("meters-ro"), new OctetString("private")); // expect: IOT1001 IOT1002

        public static InfluxDBClient Occupancy() =>
            new InfluxDBClient("http://influx.city-parking.example:8086", "XpY5ymM7tw-bOFR5x5CFM-cViZbFp5XTN4p8=="); // expect: IOT1001

        public static HttpRequestMessage Enforcement()
        {
            var req = new HttpRequestMessage(HttpMethod.Get, "https://enforce.city-parking.example/v1/violations");
            req.Headers.TryAddWithoutValidation("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("enforcement:Tow-Truck-6650"))); // expect: IOT1001
            return req;
        }

        // Coin vault: the collector's code, checked here
        private const string CoinVaultCode = "58213"; // expect: IOT1004
        public bool OpenVault(string entered) => entered.Trim() == CoinVaultCode;

        // Bay sensor pairing: a random PIN on the display (a PIN by its name)
        public static string BaySensorPin()
        {
            var rnd = new Random();
            string pin = rnd.Next(1000, 9999).ToString(); // expect: IOT1005
            return pin;
        }

        // Enforcement handheld session token
        public static string HandheldSessionToken()
        {
            var rnd = Random.Shared;
            byte[] buf = new byte[24];
            rnd.NextBytes(buf); // expect: IOT3005
            return Convert.ToBase64String(buf);
        }

        // Technician password printed on the meter door sticker: the meter number
        public static string TechnicianPassword(int meterNumber) => $"Meter{meterNumber:D4}!"; // expect: IOT1005

        public const string TariffTopic = "parking/z4/tariff"; // expect: none
        public const string PaymentTokenHeaderName = "Authorization"; // expect: none
        public const string SampleCardToken = "tok_test_4242424242424242"; // expect: none
    }
}

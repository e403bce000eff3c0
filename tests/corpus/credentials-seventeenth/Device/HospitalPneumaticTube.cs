// Written for corpus17: a hospital's pneumatic tube system. Each send/receive station (ESP32, .NET
// nanoFramework) reports carrier arrivals to the building management over MQTT, serves a small
// configuration page, and holds "secure delivery" carriers (blood products, controlled drugs) until the
// recipient types the delivery PIN. The central zone controller forwards events to the hospital's
// service bus.
using System;
using Amqp;
using nanoFramework.WebServer;
using uPLibrary.Networking.M2Mqtt;

namespace Corpus17.Written.TubeSystem
{
    public static class StationConfig
    {
        public const string Broker = "bms-mqtt.klinikum.example";
        public const string StationMqttUser = "tube-station";
        public const string StationMqttPassword = "q%HpTQ_bg5XeEOl"; // expect: IOT1001
        public const string PharmacyControlledDrugCode = "30288097"; // expect: IOT1004
        public const string ApiKeyHeaderName = "X-Station-Key"; // expect: none
        public const string ApiKeyQueryName = "apikey"; // expect: none
    }

    [Authentication("Basic:service service")] // expect: IOT1002
    public class StationMaintenanceController
    {
        public void ResetBlower() { }
    }

    public class Station
    {
        private readonly int _stationNumber;
        private readonly MqttClient _mqtt;
        private readonly WebServer _web;
        private readonly Random _random = new Random();

        public Station(int stationNumber)
        {
            _stationNumber = stationNumber;
            _mqtt = new MqttClient(StationConfig.Broker);
            _web = new WebServer(80);
            _web.ApiKey = "Pdadgnuyo0Et-72kL"; // expect: IOT1001
        }

        public void Connect()
        {
            string clientId = "station-" + _stationNumber.ToString("D3"); // expect: none
            if (_stationNumber == 999)
            {
                // The training station in the porters' office.
                _mqtt.Connect(clientId, StationConfig.StationMqttUser, "<station-mqtt-password>"); // expect: IOT1006
            }
            else
            {
                _mqtt.Connect(clientId, StationConfig.StationMqttUser, StationConfig.StationMqttPassword);
            }
        }

        // Secure delivery: the sender's station prints a PIN, the carrier stays locked at the
        // receiving station until it is typed.
        public string NewSecureDeliveryPin()
        {
            string deliveryPin = _random.Next(0, 10000).ToString("D4"); // expect: IOT1005
            return deliveryPin;
        }

        // Each carrier's journey is tracked by a token the porters' app shows as a QR code.
        public string NewCarrierTrackingToken()
        {
            string trackingToken = _random.Next().ToString("X8") + _random.Next().ToString("X8"); // expect: IOT3005
            return trackingToken;
        }

        // After a jam the blower backs off before the retry.
        public int BlowerBackoffMilliseconds(int attempt) => (1 << attempt) * 100 + _random.Next(0, 250); // expect: none

        // Station technicians log into the station's service menu with the station's password.
        public string ServiceMenuPassword()
        {
            string servicePassword = "Station" + _stationNumber.ToString("D3") + "!"; // expect: IOT1005
            return servicePassword;
        }

        public bool ReleaseControlledDrugCarrier(string enteredCode)
        {
            return enteredCode == StationConfig.PharmacyControlledDrugCode;
        }

        public string MaskedPinForDisplay(string pin) => new string('*', pin.Length) + " (****)"; // expect: none
    }

    public class ZoneController
    {
        public Address ServiceBus()
        {
            return new Address("servicebus.klinikum.example", 5671, "rohrpost-zone2", "u4b1-Uxd75v-Hq2"); // expect: IOT1001
        }
    }
}

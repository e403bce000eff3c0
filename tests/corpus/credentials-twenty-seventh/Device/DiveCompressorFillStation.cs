// Written for corpus27: the controller of a dive shop's scuba compressor fill station (nanoFramework). It runs the
// fill panel's web UI, logs every cylinder fill with the oxygen analyser reading to IoT Hub, sends fill receipts,
// talks to the station's cellular module and unlocks the nitrox bank for staff.
using System;
using nanoFramework.WebServer;
using MQTTnet.Client;

namespace Corpus27.DiveFill
{
    [Authentication("Basic:fillmaster ztyXzDdHMwGKJa")] // expect: IOT1001
    public sealed class FillPanelController
    {
        public string Status() => "panel ready";
    }

    public sealed class FillStation
    {
        private const int SolenoidPin = 14; // expect: none
        private const int PressureSetpointBar = 232; // expect: none
        private const int NitroxBankPin = 3281; // expect: IOT1004
        private const string ApiKeySetting = "fill.api_key"; // expect: none
        private const string StationRegistrationId = "fillstation-reef-01";
        private readonly Random _rng = new Random();

        public WebServer StartPanel()
        {
            var server = new WebServer(80);
            server.ApiKey = "8FOUhlI1PzZA7v"; // expect: IOT1001
            server.Credential = new System.Net.NetworkCredential("staff", "tjZUftXTC4W9"); // expect: IOT1001
            return server;
        }

        public nanoFramework.Azure.Devices.Client.DeviceClient FillLogClient() =>
            new nanoFramework.Azure.Devices.Client.DeviceClient("reefdive-hub.azure-devices.net", StationRegistrationId,
                "sjjoebxDiJwcXORFLl353IC5Mi9NLa9GUq/e1/WvNjQ="); // expect: IOT1003

        public void UnlockCellular()
        {
            var cellular = YCellular.FirstCellular();
            cellular.set_pin("2172"); // expect: IOT1001
        }

        public MqttClientOptions ReceiptBrokerOptions() => new MqttClientOptionsBuilder()
            .WithTcpServer("receipts.reefdive.example", 8883)
            .WithCredentials("fillstation", "sample") // expect: IOT1006
            .Build();

        public bool AcceptStaffPin(string pin) => string.Equals(pin, "0000"); // expect: IOT1002

        public bool OpenNitroxBank(string entered) => int.TryParse(entered, out var value) && value == NitroxBankPin;

        public string TankUnlockCode(string tankSerial)
        {
            var tankUnlockCode = tankSerial[^5..]; // expect: IOT1005
            return tankUnlockCode;
        }

        public string NewReceiptToken()
        {
            string receiptToken = _rng.Next().ToString("X8"); // expect: IOT3005
            return receiptToken;
        }

        public double SimulatedO2Percent() => 20.9 + _rng.NextDouble() * 0.1; // expect: none

        public string Describe() => $"solenoid GPIO {SolenoidPin}, stop at {PressureSetpointBar} bar, key from {ApiKeySetting}";
    }
}

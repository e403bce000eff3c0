// Written for this corpus: a racecourse's mobile starting stalls (a Meadow board in the stalls tractor unit on the
// course Wi-Fi, MQTT to the weighing room, the starter's Bluetooth remote, handhelds for the stalls team, IoT Hub for
// the race-day telemetry).
using System;
using System.Security.Cryptography;
using System.Threading.Tasks;
using InTheHand.Net;
using InTheHand.Net.Bluetooth;
using Microsoft.Azure.Devices.Client;
using MQTTnet.Client;

namespace Racecourse.StartingStalls
{
    internal static class StallsSecrets
    {
        public const string StallsWifiSsid = "Stalls-Tractor";
        public const string StallsWifiPassphrase = "HvNm6.QYZ2SVnai4"; // expect: IOT1001
        public const string WeighingRoomBrokerPassword = "1C9rq_4h7jHGiO84"; // expect: IOT1001
        public const string ClerkOfScalesOverridePin = "7034"; // expect: IOT1004
        public const string OverrideConfigKey = "Stalls:ClerkOfScalesOverridePin"; // expect: none
    }

    public class StallsController
    {
        private readonly Meadow.Hardware.IWiFiNetworkAdapter _wifi;

        public StallsController(Meadow.Hardware.IWiFiNetworkAdapter wifi) => _wifi = wifi;

        public Task ConnectAsync() =>
            _wifi.Connect(StallsSecrets.StallsWifiSsid, StallsSecrets.StallsWifiPassphrase, TimeSpan.FromSeconds(45));

        public MqttClientOptions WeighingRoom(string meeting) => new MqttClientOptionsBuilder()
            .WithTcpServer("weighroom.course.lan", 8883)
            .WithCredentials("stalls-" + meeting, StallsSecrets.WeighingRoomBrokerPassword)
            .Build();

        public DeviceClient RaceDayTelemetry() => DeviceClient.CreateFromConnectionString(
            "HostName=racecourse-raceday.azure-devices.net;DeviceId=stalls-unit-1;SharedAccessKey=fapM1Gc1h2DY6AZuYogguQ+Wm4qACSOGsyDpicYu9eY=", // expect: IOT1003
            TransportType.Mqtt);

        // The starter's remote is an old Bluetooth Classic fob.
        public bool PairStarterRemote(string address) =>
            BluetoothSecurity.PairRequest(BluetoothAddress.Parse(address), "0000"); // expect: IOT1002

        // The stalls team's handhelds pair with a PIN taken from their own address.
        public static string HandheldPairingPin(BluetoothAddress address) =>
            address.ToString().Substring(address.ToString().Length - 6); // expect: IOT1005

        public bool PairHandheld(BluetoothAddress address) => BluetoothSecurity.PairRequest(address, HandheldPairingPin(address));

        public bool AcceptClerkOverride(string entered) => entered.Trim() == StallsSecrets.ClerkOfScalesOverridePin;

        // Each stall's loading-gate keypad opens with a code printed in the stalls manual.
        public static string StallGateCode(int stall) => "Gate" + stall.ToString("D2") + "Load"; // expect: IOT1005

        public static byte[] NewRaceSessionToken()
        {
            var sessionToken = new byte[16];
            new Random().NextBytes(sessionToken); // expect: IOT3005
            return sessionToken;
        }

        public static byte[] NewReleaseNonce()
        {
            var releaseNonce = new byte[12];
            RandomNumberGenerator.Fill(releaseNonce); // expect: none
            return releaseNonce;
        }

        // Drill mode: simulated jockey reaction times for training the stalls team.
        public static int DrillReactionMs() => Random.Shared.Next(80, 240); // expect: none

        public const string StallMotorPin = "GPIO21"; // expect: none
        public const string LoadingPrompt = "Starter password required before loading the first horse."; // expect: none
    }
}

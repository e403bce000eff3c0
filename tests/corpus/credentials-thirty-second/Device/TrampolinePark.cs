// Written for corpus32 (not from a public repository).
// Domain: an indoor trampoline park: court sensor hubs (Meadow) report jumps to IoT Hub and MQTT, wristband gates
// check jump time, the waiver kiosk logs in to the booking server and staff can override a missing waiver.
using System;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using Meadow.Hardware;

namespace Corpus32.TrampolinePark
{
    public record CourtNetwork(string Ssid, string Passphrase);

    public sealed class CourtHub
    {
        private static readonly CourtNetwork Courts = new("TrampCourts", "waOpVrFo30PZ7L!x"); // expect: IOT1001
        private const string CourtTelemetryToken = "3f2c9a4e-7b1d-4e8a-9c2f-5d6e7f8a9b0c"; // expect: none
        private const string TokenExpiredMessage = "Your jump session token expired, please rescan the wristband."; // expect: none
        private const int SpringSensorPin = 22; // expect: none
        private const string DummyDevicePassword = "dummy-pass-123"; // expect: none
        private const string WaiverOverridePasscode = "818602"; // expect: IOT1004

        public Task JoinAsync(IWiFiNetworkAdapter wifi) =>
            wifi.Connect(Courts.Ssid, Courts.Passphrase, TimeSpan.FromSeconds(45));

        public Microsoft.Azure.Devices.Client.DeviceClient Telemetry() =>
            Microsoft.Azure.Devices.Client.DeviceClient.CreateFromConnectionString(
                "HostName=tramp-hub.azure-devices.net;DeviceId=court-north;SharedAccessKey=IUF/Hqtr/cawVsAo4+QtVIxnp4HEjO3Do7TxKy24iY4="); // expect: IOT1003

        private static string EnrollmentKey(string zone) => zone switch
        {
            "north" => "bB3vo4sddiSlxc23MH/8SBrU7JiPwva+Wxl0K7+9nSI=", // expect: IOT1001
            _ => "vfisFaGcfFRUNVcBIHSqjP778nlb3rhIif2pbkOFtRE=", // expect: IOT1001
        };

        public Microsoft.Azure.Devices.Provisioning.Client.SecurityProviderSymmetricKey Provision(string zone, string registrationId) =>
            new(registrationId, EnrollmentKey(zone), null);

        public NetworkCredential KioskLogin() => new NetworkCredential("staff", "12345"); // expect: IOT1002

        public MQTTnet.MqttClientOptions SensorBroker() =>
            new MQTTnet.MqttClientOptionsBuilder()
                .WithTcpServer("mqtt.tramp.lan", 8883)
                .WithCredentials("court-sensors", Encoding.UTF8.GetBytes("mqtt-password-here")) // expect: IOT1006
                .Build();

        public bool OverrideWaiver(string entered) => entered == WaiverOverridePasscode;

        public int WristbandPin(string wristbandSerial)
        {
            int wristbandPin = int.Parse(wristbandSerial[^4..]); // expect: IOT1005
            return wristbandPin;
        }

        public string NewJumpSession()
        {
            string jumpSessionId = $"{Random.Shared.NextInt64():x16}"; // expect: IOT3005
            return jumpSessionId;
        }

        public int LedFlickerMs() => Random.Shared.Next(20, 80); // expect: none
    }
}

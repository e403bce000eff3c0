// Fleet telematics unit: Quectel EG25 modem bring-up, MQTT over LTE and the fleet REST API.
using System;
using System.IO.Ports;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using uPLibrary.Networking.M2Mqtt;
using Fieldline.Shared;

namespace Roadlink.Telematics
{
    public sealed class VehicleTelematicsCellular : IDisposable
    {
        private const string FleetApi = "https://fleet.roadlink.example/api/v3/";
        private const string FleetApiJwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJraW9zay0wNDE3IiwiaXNzIjoiaW90LmV4YW1wbGUiLCJpYXQiOjE3MTcwMDAwMDAsImV4cCI6MTg5MzQ1NjAwMH0.a00GK3dh25vbMuMJCTjJmLWOL788ABkuuO0L7JLbC7I"; // expect: IOT1003
        private const string PinReadyResponse = "+CPIN: READY"; // expect: none
        private const string PinRequiredMessage = "SIM PIN required - modem locked"; // expect: none

        private readonly SerialPort _modem;
        private readonly HttpClient _fleet = new() { BaseAddress = new Uri(FleetApi) };
        private readonly string _vin;
        private string _imei = string.Empty;

        public VehicleTelematicsCellular(string port, string vin)
        {
            _vin = vin;
            _modem = new SerialPort(port, 115200) { NewLine = "\r\n", ReadTimeout = 5000 };
        }

        public void BringUp()
        {
            _modem.Open();
            _imei = Command("AT+CGSN").Trim();
            string iccid = Command("AT+QCCID"); // expect: none

            string status = Command("AT+CPIN?"); // expect: none
            if (!status.Contains(PinReadyResponse))
            {
                Console.WriteLine(PinRequiredMessage);
                Command($"AT+CPIN=\"{DeviceSecrets.SimPin}\"");
            }

            Command("AT+QICSGP=1,1,\"fleet.m2m.example\",\"fleet-apn-user\",\"Apn!Fleet-3391\",3"); // expect: IOT1001
            Command("AT+QIACT=1");
            Console.WriteLine($"LTE up, ICCID {iccid.Trim()}");
        }

        public void BringUpRoamingProfile()
        {
            // Partner network: the operator publishes this APN login on its website.
            Command("AT+CSTT=\"web.vodafone.de\",\"vodafone\",\"vodafone\""); // expect: none
        }

        public void RecoverBlockedSim()
        {
            Command("AT+CPIN=\"73920465\",\"4821\""); // expect: IOT1001 IOT1001
        }

        public void BringUpYoctoHub()
        {
            var cell = YCellular.FirstCellular();
            cell.set_pin("9364"); // expect: IOT1001
        }

        public MqttClient ConnectTelemetry()
        {
            var client = new MqttClient("mqtt.roadlink.example", 8883, true, null!, null!, 3);
            client.Connect("veh-" + _vin, "veh-" + _vin, "Veh!Mqtt-8812-lte"); // expect: IOT1001
            return client;
        }

        public async Task PostTripAsync(string tripJson)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"vehicles/{_vin}/trips")
            {
                Content = new StringContent(tripJson),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", FleetApiJwt);
            await _fleet.SendAsync(request);
        }

        // Printed code the driver types into the companion app to bind the phone to the vehicle.
        public string CompanionPairingCode() => _imei.Substring(_imei.Length - 6); // expect: IOT1005

        private string Command(string at)
        {
            _modem.WriteLine(at);
            return _modem.ReadLine();
        }

        public void Dispose()
        {
            _modem.Dispose();
            _fleet.Dispose();
        }
    }
}

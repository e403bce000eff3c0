// Written for this corpus. Domain: passenger lift controller of an office block: the car's GSM emergency phone,
// remote monitoring by the lift company over MQTT, the building's BACnet automation, fire-service and inspection
// access on the landing panel.
using System;
using System.IO.Ports;
using System.IO.BACnet;
using System.Net.Http;
using System.Threading.Tasks;
using System.Threading;
using MQTTnet.Client;

namespace LiftCo.CarController
{
    public sealed class ElevatorController
    {
        private const int FloorCount = 9; // expect: none
        private const int PasswordMinLength = 8; // expect: none
        private const string PukPrompt = "Enter PUK:"; // expect: none
        private const string FirefighterOverrideCode = "3181"; // expect: IOT1004
        private const string EmergencyCallText = "Emergency call in progress, help is on the way."; // expect: none
        private const string BmsPasswordHelp = "The BACnet password is on the commissioning sheet in the machine room."; // expect: none

        private readonly SerialPort _gsm;
        private readonly BacnetClient _bacnet;
        private readonly BacnetAddress _bms;
        private readonly string _serialNumber;
        private readonly Random _rng = new Random();

        public ElevatorController(SerialPort gsm, BacnetClient bacnet, BacnetAddress bms, string serialNumber)
        {
            _gsm = gsm;
            _bacnet = bacnet;
            _bms = bms;
            _serialNumber = serialNumber;
        }

        private string Gsm(string command)
        {
            _gsm.WriteLine(command + "\r");
            Thread.Sleep(400);
            return _gsm.ReadExisting();
        }

        public void StartEmergencyPhone()
        {
            if (Gsm("AT+CPIN?").Contains("SIM PIN")) // expect: none
            {
                Gsm("AT+CPIN=\"9104\""); // expect: IOT1001
            }
            Gsm("AT+CLIP=1");
            Console.WriteLine(EmergencyCallText.Length);
        }

        // the car display's ESP32 (ESP-AT firmware) joins the machine-room Wi-Fi, or opens its own set-up AP
        public void StartCarDisplay(SerialPort espAt, bool setupMode)
        {
            espAt.WriteLine("AT+CWJAP?\r"); // expect: none
            if (setupMode)
                espAt.WriteLine("AT+CWSAP=\"Lift-Setup\",\"12345678\",5,3\r"); // expect: IOT1002
            else
                espAt.WriteLine("AT+CWJAP=\"LiftCar\",\"xxxxxxxx\"\r"); // expect: IOT1006
        }

        // second emergency phone: Yoctopuce YoctoHub-GSM
        public void UnlockYoctoHub(bool pukNeeded)
        {
            var cell = YCellular.FirstCellular();
            if (pukNeeded)
                Console.WriteLine(PukPrompt);
            if (pukNeeded)
                cell.sendPUK("70222997", "4506"); // expect: IOT1001 IOT1001
            else
                cell.set_pin("9968"); // expect: IOT1001
        }

        public async Task<string> ReportTripCountAsync(int trips)
        {
            using var http = new HttpClient();
            return await http.GetStringAsync($"https://api.liftco.example/v1/lifts/0815/trips?count={trips}&access_token=BpxmpPO8E0Gb"); // expect: IOT1001
        }

        public MqttClientOptions MonitoringOptions()
        {
            return new MqttClientOptionsBuilder()
                .WithConnectionUri("wss://lift-0815:4jvtwfHZCUuO@monitor.liftco.example:443/mqtt") // expect: IOT1001
                .WithClientId("lift-0815")
                .Build();
        }

        public void SilenceBmsDuringMaintenance()
        {
            // stop the lift's BACnet device from reporting while the technician works
            _bacnet.DeviceCommunicationControlRequest(_bms, 60, 1, "3o4TOaXy2tLL"); // expect: IOT1001
            Console.WriteLine(BmsPasswordHelp);
        }

        public void RebootBmsGateway()
        {
            _bacnet.ReinitializeRequest(_bms, BacnetReinitializedStates.BACNET_REINIT_WARMSTART, "12345"); // expect: IOT1002
        }

        // landing-panel login of the maintenance technician
        public string MaintenancePassword()
        {
            var maintenancePassword = "Lift" + _serialNumber.Substring(_serialNumber.Length - 4); // expect: IOT1005
            return maintenancePassword;
        }

        // the inspection authority's code for this month
        public string InspectorCode(DateTime date)
        {
            var inspectorCode = ((date.Year * 100 + date.Month) * 37 % 100000).ToString("D5"); // expect: IOT1005
            return inspectorCode;
        }

        public bool FireServiceOverride(string entered) => entered == FirefighterOverrideCode;

        public bool PasswordLongEnough(string candidate) => candidate.Length >= PasswordMinLength;

        public byte[] NewRemoteSessionId()
        {
            var remoteSessionId = new byte[16];
            _rng.NextBytes(remoteSessionId); // expect: IOT3005
            return remoteSessionId;
        }

        public int ParkingFloor() => _rng.Next(0, FloorCount); // expect: none
    }
}

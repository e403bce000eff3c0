// Written for corpus23: supervision gateway in the machine room of a hotel's destination-dispatch lifts. Talks to the
// lift controller over RS-485 (AES-framed), reports car status over MQTT (M2Mqtt), keeps the GSM emergency phone's
// SIM unlocked and asks the hotel keycard bridge which floors a guest card may reach. The hotel-wide secrets live in
// HotelSiteSecrets (HotelLockFleet.cs).
using System;
using System.IO.Ports;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Hotel.Locks;
using uPLibrary.Networking.M2Mqtt;

namespace Hotel.Lifts
{
    public class ElevatorGateway
    {
        private const string EmergencyPhoneSimPin = "1496"; // expect: IOT1001
        private const string InspectionOverrideCode = "7301942"; // expect: IOT1004
        private const string FwReleaseCode = "E2.14.7"; // expect: none
        private const string DoorFaultCode = "DF-31"; // expect: none
        private const string KeycardBridgeAuthToken = "TODO"; // expect: IOT1006
        private const string GatewayPasswordSetting = "Lifts:Gateway:Password"; // expect: none
        private const int PasswordRotationDays = 90; // expect: none

        private readonly MqttClient _mqtt;
        private readonly SerialPort _rs485 = new SerialPort("/dev/ttyS1", 38400);
        private readonly HttpClient _bridge = new HttpClient { BaseAddress = new Uri("http://keycard-bridge.hotel.local:8085/") };
        private long _tripCounter;

        public ElevatorGateway()
        {
            _mqtt = new MqttClient("lifts.hotel.local");
            _bridge.DefaultRequestHeaders.Add("X-Auth-Token", KeycardBridgeAuthToken);
        }

        public void Start()
        {
            _mqtt.Connect("lift-gw-A", HotelSiteSecrets.LiftGatewayUser, HotelSiteSecrets.LiftGatewayPassword);

            var cell = YCellular.FirstCellular();
            if (cell.set_pin(EmergencyPhoneSimPin) != 0)
            {
                // SIM blocked after a technician's attempts: unblock with the PUK from the carrier letter
                cell.sendPUK("18859453", "0000"); // expect: IOT1001 IOT1002
            }
            _rs485.Open();
        }

        public byte[] EncryptFrame(byte[] frame, byte[] iv)
        {
            using var aes = Aes.Create();
            aes.Key = new byte[] { 0x3A, 0x91, 0x5C, 0xE2, 0x07, 0xB4, 0x6D, 0x18, 0xF3, 0x2E, 0x84, 0xC9, 0x50, 0x1B, 0xA7, 0x6F }; // expect: IOT1003
            aes.IV = iv;
            using var enc = aes.CreateEncryptor();
            return enc.TransformFinalBlock(frame, 0, frame.Length);
        }

        public void OnCarStatus(int car, int floor, bool doorFault)
        {
            _tripCounter++;
            var status = doorFault ? DoorFaultCode : "OK";
            _mqtt.Publish($"lifts/car/{car}", $"{{\"floor\":{floor},\"status\":\"{status}\",\"fw\":\"{FwReleaseCode}\"}}");
        }

        // printed on the machine-room display for the contractor's daily log-in
        public string ContractorDayCode()
        {
            var contractorPasscode = (_tripCounter % 1000000).ToString("D6"); // expect: IOT1005
            return contractorPasscode;
        }

        // remote rescue: the lift company's centre must answer this before it may move the car
        public string NewRescueChallenge()
        {
            var rescueChallenge = Random.Shared.NextInt64().ToString("x16"); // expect: IOT3005
            return rescueChallenge;
        }

        public bool InspectionMode(string typedOnCarPanel)
        {
            return StringComparer.Ordinal.Equals(typedOnCarPanel, InspectionOverrideCode);
        }

        // the lift company's remote-monitoring centre collects the event log by FTP each night
        public System.Net.NetworkCredential MonitoringCentreLogin() => new System.Net.NetworkCredential("liftmon-hotel-a", "kT9#pV2mQx7Lw"); // expect: IOT1001

        public static string SettingFor(string name) => name == "password" ? GatewayPasswordSetting : $"Lifts:Gateway:{name}";
        public static bool RotationDue(DateTime changed) => (DateTime.UtcNow - changed).TotalDays > PasswordRotationDays;

        public async Task<string> AllowedFloorsAsync(string cardUid)
        {
            return await _bridge.GetStringAsync($"cards/{cardUid}/floors");
        }
    }
}

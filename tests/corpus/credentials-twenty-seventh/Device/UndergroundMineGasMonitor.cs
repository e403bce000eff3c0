// Written for corpus27: the surface gateway of a coal mine's methane (CH4) detector network. Detectors on each level
// report over a serial bus; the gateway forwards readings to the mine's control-room broker, signs alarm frames,
// controls the ventilation fan drive over SNMP and falls back to a cellular modem when the shaft fibre is down.
using System;
using System.Security.Cryptography;
using System.Text;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using nanoFramework.M2Mqtt;
using nanoFramework.Networking;

namespace Corpus27.MineGas
{
    internal static class MineSecrets
    {
        public const string ShaftWifiSsid = "headframe-ops";
        public const string ShaftWifiPsk = "ODsIacoYVeinsN"; // expect: IOT1001
        public const string BrokerPasswordKey = "mine:broker:password"; // expect: none
        public const int PasswordMinLength = 12; // expect: none
    }

    internal static class RefugeChamberWifi
    {
        public static bool JoinRefugeChamberAp(this string ssid) => WifiNetworkHelper.ConnectDhcp(ssid, "X6H5orPVzMSP3"); // expect: IOT1001
    }

    public sealed class GasGateway
    {
        private static readonly string BrokerPassword = "H0qNH2f6k9FFaE"; // expect: IOT1001
        private const string CalibrationPasscode = "2177"; // expect: IOT1004
        private const int AlarmBeaconPin = 17; // expect: none
        private const string RefugeChamberDoorReleaseCode = "078745"; // expect: IOT1004
        private static readonly Random Jitter = new Random();
        private static readonly byte[] AlarmFrameKey = Convert.FromHexString("55efcf48e3d1d81376c9514c897d3523200d768a9e3657ec683298f4f2f94b67"); // expect: IOT1003

        private MqttClient _broker;
        private readonly Action<string> _modemWrite;

        public GasGateway(Action<string> modemWrite)
        {
            _modemWrite = modemWrite;
        }

        public void Start()
        {
            WifiNetworkHelper.ConnectDhcp(MineSecrets.ShaftWifiSsid, MineSecrets.ShaftWifiPsk);
            _broker = new MqttClient("control-room.mine.local");
            _broker.Connect("gasnet-surface-gw", "gasnet", BrokerPassword);

            // ventilation fan drive: SNMP v2c agent on the VFD's comms card
            var fanDrive = new Version2MembershipProvider(new OctetString("public"), new OctetString("private")); // expect: IOT1002 IOT1002

            // cloud copy of the gas log through DPS (the enrollment key is still the template from the integrator's sheet)
            var dps = nanoFramework.Azure.Devices.Client.ProvisioningDeviceClient.Create(
                "global.azure-devices-provisioning.net", "0ne00AB12CD", "gasnet-surface-gw",
                "<dps enrollment key>"); // expect: IOT1006
        }

        public void StartCellularFallback(string apnUser)
        {
            string apnPassword = "x9v2WWKsTcG8V1"; // expect: IOT1001
            _modemWrite($"AT+CGAUTH=1,1,\"{apnUser}\",\"{apnPassword}\"");
            _modemWrite("AT+CGDCONT=1,\"IP\",\"mine.telemetry\"");
        }

        public byte[] SignAlarmFrame(string level, double ch4Percent)
        {
            var frame = Encoding.ASCII.GetBytes($"{level};CH4={ch4Percent:F2}");
            using var hmac = new HMACSHA256(AlarmFrameKey);
            return hmac.ComputeHash(frame);
        }

        public bool ReleaseRefugeDoor(string typed) => string.Equals(typed, RefugeChamberDoorReleaseCode);

        public bool AcceptCalibration(string entered) => entered.Trim() == CalibrationPasscode;

        public string MaintenancePinFor(string detectorSerial)
        {
            string maintenancePin = detectorSerial.Substring(detectorSerial.Length - 4); // expect: IOT1005
            return maintenancePin;
        }

        public byte[] NextPollNonce()
        {
            var pollNonce = new byte[8];
            Jitter.NextBytes(pollNonce); // expect: IOT3005
            return pollNonce;
        }

        public int NextPollDelayMs() => 500 + Jitter.Next(0, 250); // expect: none

        public string RejectionNotice() => "Password rejected by the control-room broker; check the surface gateway."; // expect: none

        public int BeaconLine => AlarmBeaconPin;
    }
}

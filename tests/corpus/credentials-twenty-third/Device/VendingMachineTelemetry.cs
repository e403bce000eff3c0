// Written for corpus23: telemetry board of a snack vending machine. A SIMCom modem on a UART carries MQTT (AT+CMQTT*)
// to the operator's broker and the daily audit to IoT Hub; the MDB cashless reader's payloads are sealed with
// AES-GCM; route drivers log in on the keypad for refills and refunds.
using System;
using System.IO.Ports;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Azure.Devices.Client;

namespace VendCo.Telemetry
{
    public class VendingTelemetry
    {
        private const string ApnName = "vend.m2m.operator.example";
        private const string ApnUser = "vendco"; // expect: none
        private const string BrokerHost = "mqtt.vendco.example";

        // roaming SIMs fall back to the host operator's published APN login
        private static readonly string RoamingApnUser = "web"; // expect: none
        private static readonly string RoamingApnPassword = "web"; // expect: none

        private static readonly System.Collections.Generic.Dictionary<string, string> BoardDefaults = new()
        {
            ["telemetry.host"] = "ingest.vendco.example",
            ["telemetry.api_key"] = "6Ql7QM4PQM2vVQfsyBiWbqAxBG8HHhEGrz8C9gJv", // expect: IOT1001
            ["telemetry.interval"] = "900",
        };

        private static readonly byte[] CashlessPayloadKey = Convert.FromHexString("659907AC639D1F7D50DF5D4A339F76A62AF00BF14728700937CDCF72641FE0F1"); // expect: IOT1003

        private readonly SerialPort _modem = new SerialPort("/dev/ttyS2", 115200);
        private readonly string _imei;
        private DeviceClient _hub;

        public VendingTelemetry(string imei)
        {
            _imei = imei;
        }

        public void Connect(string machineId)
        {
            _modem.Open();
            Send("AT+CSQ"); // expect: none
            Send($"AT+CSTT=\"{ApnName}\",\"{ApnUser}\",\"VVqlkIXLcXOk\""); // expect: IOT1001
            Send("AT+CIICR");
            MqttConnect(machineId, "vm-fleet", "zLvIr_bN#VzbW_"); // expect: IOT1001

            var connectionString = machineId == "VM-0001-LAB"
                ? "HostName=vendco-hub.azure-devices.net;DeviceId=VM-0001-LAB;SharedAccessKey=TlpFWZeEK7B2441cxYkY16GSv+xBQzbtOA2fZyA+lmI=" // expect: IOT1003
                : string.Format("HostName=vendco-hub.azure-devices.net;DeviceId={0};SharedAccessKey=<device-key>", machineId); // expect: IOT1006
            _hub = DeviceClient.CreateFromConnectionString(connectionString, TransportType.Mqtt);
        }

        public void ConnectRoaming()
        {
            Send($"AT+CSTT=\"web.roaming.example\",\"{RoamingApnUser}\",\"{RoamingApnPassword}\"");
            Send("AT+CIICR");
        }

        public string Setting(string key) => BoardDefaults.TryGetValue(key, out var value) ? value : null;

        private void MqttConnect(string clientId, string user, string password)
        {
            Send("AT+CMQTTSTART");
            Send($"AT+CMQTTACCQ=0,\"{clientId}\"");
            Send($"AT+CMQTTCONNECT=0,\"tcp://{BrokerHost}:1883\",60,1,\"{user}\",\"{password}\"");
        }

        private void Send(string command)
        {
            _modem.WriteLine(command + "\r");
        }

        public byte[] SealCashlessPayload(byte[] payload, byte[] nonce)
        {
            using var gcm = new AesGcm(CashlessPayloadKey, 16);
            var cipher = new byte[payload.Length];
            var tag = new byte[16];
            gcm.Encrypt(nonce, payload, cipher, tag);
            return cipher;
        }

        public byte[] NewCashlessNonce()
        {
            var rng = new Random();
            var cashlessNonce = new byte[12];
            for (int i = 0; i < cashlessNonce.Length; i++)
                cashlessNonce[i] = (byte)rng.Next(256); // expect: IOT3005
            return cashlessNonce;
        }

        // driver keypad: the route driver's day code is the last four digits of the modem's IMEI
        public bool DriverLogin(string entered)
        {
            int.TryParse(_imei.Substring(_imei.Length - 4), out var driverPin); // expect: IOT1005
            return int.TryParse(entered, out var typed) && typed == driverPin;
        }

        public bool ServiceLogin(string loginName, string loginPassword)
        {
            return loginName == "admin" && loginPassword == "admin"; // expect: IOT1002 IOT1002
        }

        // printed on the receipt when a product does not drop
        public string RefundVoucherCode()
        {
            var refundVoucherCode = Random.Shared.Next(100000, 999999).ToString(); // expect: IOT1005
            return refundVoucherCode;
        }

        public int ReportStaggerSeconds() => Random.Shared.Next(0, 30); // expect: none
    }
}

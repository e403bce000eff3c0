// Written for corpus18: a cold-storage warehouse's freezer rooms (evaporator defrost, door heaters, forklift charger
// bay) with a gateway on each floor, a cellular modem for alarms and an AWS IoT link for the logistics customer.
using System;
using System.IO.Ports;
using System.Net;
using System.Net.Http;
using System.Text;
using Amazon.Runtime;

namespace ColdStore.Floors
{
    internal static class FloorSecrets
    {
        public const string AwsAccessKeyId = "AKIA2A7G77UXRUV3FRGC"; // expect: IOT1003
        public const string AwsSecret = "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"; // expect: IOT1001
        public const string DocsAccessKeyId = "AKIAIOSFODNN7EXAMPLE"; // expect: none
        public const string DefrostEngineerPassword = "Evaporator-Ice-8802"; // expect: IOT1004
        public const string DefrostEngineerPasswordSalt = "c91f02ab7e3d4456"; // expect: none
        public const string ForkliftChargerToken = "#{FORKLIFT_CHARGER_TOKEN}#"; // expect: IOT1006
    }

    public class FloorGateway
    {
        public BasicAWSCredentials Aws() => new BasicAWSCredentials(FloorSecrets.AwsAccessKeyId, FloorSecrets.AwsSecret);

        public HttpClient ChargerBay()
        {
            var http = new HttpClient();
            http.DefaultRequestHeaders.Add("X-Auth-Token", FloorSecrets.ForkliftChargerToken);
            return http;
        }

        public bool DefrostLogin(string user, string password) =>
            user == "defrost" && password == FloorSecrets.DefrostEngineerPassword;

        // alarm modem: SIM PIN and an SMS gateway account
        public static void ModemInit(SerialPort port)
        {
            port.WriteLine("AT+CPIN=\"9034\""); // expect: IOT1001
            port.WriteLine("AT+CMGF=1");
            port.WriteLine("AT+CSCA=\"+447785016005\""); // expect: none
        }

        public static NetworkCredential SmsGateway() => new NetworkCredential("coldstore-alarms", "Blast-Freezer-Minus25"); // expect: IOT1001

        // door heater controllers ship with a per-unit code built from the room number on the door
        public static string DoorHeaterServiceCode(int room) => "Freezer" + room.ToString("D2"); // expect: IOT1005

        // temperature logger's upload sessions
        public static string UploadSessionId() => $"{new Random().Next():x8}"; // expect: IOT3005

        public static int DefrostStagger(int rooms) => new Random().Next(0, rooms * 5); // expect: none

        public const string DefrostPasswordPrompt = "Engineer password:"; // expect: none
        public const string ProbeUuid = "0000181a-0000-1000-8000-00805f9b34fb"; // expect: none
    }
}

namespace ColdStore.Floors.Docks
{
    using System.Net.Http;
    using System.Security.Cryptography;
    using System.Text;
    using Meadow.Hardware;

    public static class LoadingDocks
    {
        public static async System.Threading.Tasks.Task JoinDockWifiAsync(IWiFiNetworkAdapter wifi) =>
            await wifi.Connect("COLDSTORE-DOCKS", "DOCK_WIFI_PASSWORD"); // expect: IOT1006

        public static async System.Threading.Tasks.Task JoinYardWifiAsync(IWiFiNetworkAdapter wifi) =>
            await wifi.Connect("COLDSTORE-YARD", "Reefer Pallet Frost Lorry"); // expect: IOT1001

        // reefer trailer plug-in monitors: telemetry signed with the fleet's shared key
        public static byte[] SignReading(string reading) =>
            HMACSHA256.HashData("fleet-reefer-hmac-5Kq8Wz2Lm7"u8, Encoding.UTF8.GetBytes(reading)); // expect: IOT1003

        public static byte[] VerifyTestVector(string reading) =>
            HMACSHA256.HashData(Convert.FromHexString("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), Encoding.UTF8.GetBytes(reading)); // expect: none

        // dock door controller's local override: dock number printed on the door
        public static string DockOverrideCode(int dock) => $"Dock{dock:D2}Open"; // expect: IOT1005

        public static string HauliersPortalSessionId() => Guid.NewGuid().ToString("N"); // expect: none
    }
}

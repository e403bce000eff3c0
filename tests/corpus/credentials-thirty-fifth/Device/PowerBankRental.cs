// Written for corpus35: a phone power-bank rental station in a shopping centre (Meadow controller, 12 charging slots
// with Bluetooth slot locks): it reports to IoT Hub, takes payments, and its slots run a small local MQTT broker.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using InTheHand.Net;
using InTheHand.Net.Bluetooth;
using Meadow.Hardware;
using Microsoft.Azure.Devices.Client;
using MQTTnet.Server;

namespace Corpus35.PowerBankRental
{
    internal static class StationKeys
    {
        public const string Primary = "Ygt/kUMd9UpAIgfHqFRxg946M81VxTx2ndV8IyITvI4="; // expect: IOT1001
        public const string PaymentsAccessToken = "0nJTnQGyGmOBXaXEFLrpyra6T4Z2xKLkrT0snEVm"; // expect: IOT1001
        public const string DockPairingPin = "8480"; // expect: IOT1001
        public const string TokenUrl = "https://pay.rentapower.example/oauth/token"; // expect: none
        public const string SlotTokenCharacteristic = "d46387a0-d125-4cd2-974a-b7cb03322087"; // expect: none
    }

    public sealed class RentalOtp
    {
        public string PhoneNumber { get; set; } = "";
        public int Code { get; set; } = Random.Shared.Next(100000, 999999); // expect: IOT3005
        public int ValidityMinutes { get; set; } = 10;
    }

    public sealed class RentalStation
    {
        private const string StationId = "rs-mall-0417";
        private const string CameraProfileToken = "Profile_1"; // expect: none
        private static string FleetSyncToken => "VMpXFhjsab3-kF9vEAYw8umjJ4Ehrhfd"; // expect: IOT1004

        private readonly HttpClient _http = new HttpClient();

        public DeviceClient ConnectHub() =>
            DeviceClient.Create("rentapower.azure-devices.net", new DeviceAuthenticationWithRegistrySymmetricKey(StationId, StationKeys.Primary));

        public Task JoinMallWifiAsync(IWiFiNetworkAdapter wifi) =>
            wifi.Connect("Mall-Tenants", "#{STATION_WIFI_PSK}#"); // expect: IOT1006

        public Task<string> OpenRentalsAsync() =>
            _http.GetStringAsync($"https://pay.rentapower.example/v1/rentals?station={StationId}&access_token={StationKeys.PaymentsAccessToken}");

        public HttpRequestMessage SettlementRequest()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "https://pay.rentapower.example/v1/settlements");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdGF0aW9uLTA0MTciLCJzY29wZSI6InJlbnRhbDpkaXNwZW5zZSIsImlhdCI6MTc2NzIyNTYwMH0.arcJHraQYuPNFxY7j7vKG5jWzTAn5Ve5aca2m9cTQoQ"); // expect: IOT1003
            return request;
        }

        public bool PairSlotLock(BluetoothAddress dock) => BluetoothSecurity.PairRequest(dock, StationKeys.DockPairingPin);

        public void SyncLedger(string batch) => RentalLedger.Sync(batch, FleetSyncToken);

        public Task ValidateSlotClient(ValidatingConnectionEventArgs e)
        {
            if (e.UserName == "service" && e.Password == "service") // expect: IOT1002 IOT1002
            {
                e.ReasonCode = 0;
            }
            return Task.CompletedTask;
        }

        public uint SlotPasskey(BluetoothAddress dock)
        {
            uint slotPasskey = (uint)(dock.ToInt64() % 1000000); // expect: IOT1005
            return slotPasskey;
        }

        public int LedBlinkMs() => Random.Shared.Next(100, 400); // expect: none

        public string VandalCameraSnapshotPath() => $"/onvif/snapshot?profile={CameraProfileToken}";
    }

    internal static class RentalLedger
    {
        public static void Sync(string batch, string syncToken) { }
    }
}

// Real source: andywcoder/ble-scripts HM-10/Include/HM10Device.csx
// Also used: Include/Ble.csx, HM-10/HM10SendAtCommand.csx, FlowerCare/FlowerCareSendSensorWebHook.csx,
// Include/WebRequest.csx. C# scripts (dotnet-script) that talk to BLE gadgets from a Windows box: an HM-10 serial
// module is driven with AT commands written to its FFE1 characteristic, and a Xiaomi Flower Care sensor's readings
// are posted to a web hook. Kept: SendAtCommandAsync(deviceId, atCommand, callback) over the FFE0/FFE1 GATT service,
// PostJsonData(url, json). Ported from .csx to a class; added: the provisioning step that puts the HM-10 into PIN
// mode and bonds with it (32feet.NET), the check for a module still on its factory passkey, and the web hook
// defaults (an IFTTT key in the path, a relay URL whose token the README leaves to the user).
using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using InTheHand.Net;
using InTheHand.Net.Bluetooth;
using Windows.Devices.Bluetooth;
using Windows.Devices.Bluetooth.GenericAttributeProfile;

namespace BleScripts
{
    public static class Ble
    {
        public static Task<BluetoothLEDevice> ConnectToDeviceAsync(string deviceId) => BluetoothLEDevice.FromIdAsync(deviceId);

        public static Task<GattDeviceService> GetServiceAsync(BluetoothLEDevice device, Guid uuid) => device.GetGattServiceAsync(uuid);

        public static Task<GattCharacteristic> GetCharacteristicAsync(GattDeviceService service, Guid uuid) => service.GetCharacteristicAsync(uuid);

        public static Task WriteCharacteristicAsync(GattCharacteristic characteristic, byte[] data) => characteristic.WriteValueAsync(data);
    }

    public static class HM10Device
    {
        static readonly Guid SerialService = new Guid("0000ffe0-0000-1000-8000-00805f9b34fb");
        static readonly Guid atCommandCharacteristic = new Guid("0000ffe1-0000-1000-8000-00805f9b34fb"); // expect: none

        // PIN the lab's HM-10 boards are bonded with (AT+TYPE3 = PIN required for pairing and bonding).
        const string Hm10BondPin = "741852"; // expect: IOT1001

        public static async Task SendAtCommandAsync(string deviceId, string atCommand, Action<string> atCommandResponseCallback)
        {
            var device = await Ble.ConnectToDeviceAsync(deviceId);
            var service = await Ble.GetServiceAsync(device, SerialService);
            var characteristic = await Ble.GetCharacteristicAsync(service, atCommandCharacteristic);

            var manualResetEvent = new ManualResetEvent(false);
            characteristic.ValueChanged += (sender, data) =>
            {
                Console.WriteLine($"Value read, Length={data.Length}, Data={string.Join("-", Array.ConvertAll(data, b => b.ToString("X2")))}");
                atCommandResponseCallback(Encoding.UTF8.GetString(data));
                manualResetEvent.Set();
            };

            await Ble.WriteCharacteristicAsync(characteristic, Encoding.UTF8.GetBytes(atCommand));
            manualResetEvent.WaitOne(TimeSpan.FromSeconds(5));
        }

        public static async Task ProvisionAsync(string deviceId, string macAddress)
        {
            string reply = null;
            await SendAtCommandAsync(deviceId, "AT+PASS?", r => reply = r); // expect: none
            var modulePasskey = reply != null && reply.StartsWith("OK+Get:") ? reply.Substring(7).Trim() : "";
            if (modulePasskey == "123456") // expect: IOT1002
            {
                Console.WriteLine("Module still has its factory passkey, setting the lab PIN");
            }

            await SendAtCommandAsync(deviceId, "AT+PASS" + Hm10BondPin, Console.WriteLine);
            await SendAtCommandAsync(deviceId, "AT+TYPE3", Console.WriteLine);
            await SendAtCommandAsync(deviceId, "AT+RESET", Console.WriteLine);

            BluetoothSecurity.PairRequest(BluetoothAddress.Parse(macAddress), Hm10BondPin);
        }
    }

    public static class FlowerCareWebHook
    {
        const string IftttApiKey = "dKq3xN7vT2pL9sWmB4hY8z"; // expect: IOT1004
        const string RelayWebHookUrl = "https://hooks.plantrelay.net/in/flowercare?token=YOUR_RELAY_TOKEN"; // expect: IOT1006

        public static string SoilDryWebHook => "https://maker.ifttt.com/trigger/soil_dry/with/key/" + IftttApiKey;

        public static async Task PostJsonData(string url, string jsonContent)
        {
            Console.WriteLine($"Post request, Url={url}, JsonContent={jsonContent}");
            var client = new HttpClient();
            var response = await client.PostAsync(url, new StringContent(jsonContent, Encoding.UTF8, "application/json"));
            if (response.StatusCode != HttpStatusCode.OK)
                throw new Exception("Couldn't post json data");
        }

        public static Task SendAsync(string deviceName, int soilMoisture, bool useRelay)
        {
            var json = @"{""name"": """ + deviceName + @""", ""soilMoisture"": " + soilMoisture + "}";
            return PostJsonData(useRelay ? RelayWebHookUrl : SoilDryWebHook, json);
        }
    }
}

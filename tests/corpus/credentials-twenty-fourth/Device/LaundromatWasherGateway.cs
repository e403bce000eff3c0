// Gateway of a self-service laundromat: talks to the washer and dryer boards on RS-485, accepts payments from the
// store's kiosk, issues wash vouchers, opens a service hotspot for the route technician, reports to Azure IoT Hub
// (DPS group enrollment) and forwards coin-box counts to the franchise's RabbitMQ.
using System;
using System.IO.Ports;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Microsoft.Azure.Devices.Provisioning.Client;
using Microsoft.Azure.Devices.Provisioning.Client.Transport;
using RabbitMQ.Client;
using SecurityProviderSymmetricKey = Microsoft.Azure.Devices.Shared.SecurityProviderSymmetricKey;

namespace SpinCycle.Gateway
{
    public sealed class CloudLink
    {
        private const string IdScope = "0ne00B7C9D1"; // expect: none
        private const string GlobalEndpoint = "global.azure-devices-provisioning.net"; // expect: none
        private const string EnrollmentGroupKey = "spwP+8tUisXpMcncfj+VhTQCOCVXVsbRJcN+pnvbM9c="; // expect: IOT1003
        private const string HubFallbackTemplate = "HostName=spincycle-hub.azure-devices.net;DeviceId={0};SharedAccessKey=[paste device key]"; // expect: IOT1006

        private static string ComputeDerivedSymmetricKey(byte[] masterKey, string registrationId)
        {
            using var hmac = new HMACSHA256(masterKey);
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(registrationId)));
        }

        public async Task<DeviceClient> ConnectAsync(string storeId, bool dpsReachable)
        {
            string registrationId = "laundry-" + storeId;
            if (!dpsReachable)
            {
                return DeviceClient.CreateFromConnectionString(string.Format(HubFallbackTemplate, registrationId), TransportType.Mqtt);
            }

            string deviceKey = ComputeDerivedSymmetricKey(Convert.FromBase64String(EnrollmentGroupKey), registrationId);
            var security = new SecurityProviderSymmetricKey(registrationId, deviceKey, null);
            var provisioning = ProvisioningDeviceClient.Create(GlobalEndpoint, IdScope, security, new ProvisioningTransportHandlerMqtt());
            DeviceRegistrationResult result = await provisioning.RegisterAsync();
            return DeviceClient.Create(result.AssignedHub, new DeviceAuthenticationWithRegistrySymmetricKey(result.DeviceId, deviceKey));
        }

        public IConnection CoinBoxQueue() => new ConnectionFactory
        {
            HostName = "mq.spincycle-franchise.com",
            UserName = "store-gw",
            Password = "s#ykPBOl4IM-zJ", // expect: IOT1001
        }.CreateConnection();
    }

    public sealed class MachineBus
    {
        private const string RefundMenuPasscode = "8142"; // expect: IOT1004
        private const string TechnicianMenuPassword = "Tumble-Dry#7"; // expect: IOT1004
        private const string CoinVaultPin = "0000"; // expect: IOT1002
        private const string KioskUser = "kiosk";
        private const string RefundPromptLabel = "Passcode:"; // expect: none
        private const string KioskPassword = "gZ2*htLXFj%tCV"; // expect: IOT1001

        private readonly SerialPort _rs485 = new SerialPort("/dev/ttyS4", 19200);
        private readonly HttpClient _kiosk = new HttpClient { BaseAddress = new Uri("http://10.9.0.20:8080/") };
        private readonly Random _rng = new Random();
        private readonly string _machineSerial;

        public MachineBus(string machineSerial)
        {
            _machineSerial = machineSerial;
            _kiosk.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{KioskUser}:{KioskPassword}")));
        }

        public void OpenTechnicianMenu(int machine)
        {
            _rs485.Open();
            _rs485.Write($"@{machine:D2}TECH {TechnicianMenuPassword}\r");
        }

        public bool RefundAllowed(string keypadEntry) => keypadEntry.Trim() == RefundMenuPasscode;

        public bool OpenCoinVault(string keypadEntry) => keypadEntry == CoinVaultPin;

        public string NewVoucherToken() => _rng.Next().ToString("X8"); // expect: IOT3005

        // Six-digit PIN printed on the detergent refill slip for the dispenser door.
        public string NewRefillPin() => RandomNumberGenerator.GetInt32(0, 1000000).ToString("D6"); // expect: none

        public string RefundPrompt() => RefundPromptLabel;

        public WirelessAPConfiguration ServiceHotspot() => new WirelessAPConfiguration
        {
            Ssid = "SpinCycle-Service",
            Password = "LAUNDRY-" + _machineSerial.Substring(_machineSerial.Length - 6), // expect: IOT1005
        };

        public async Task SyncPricesAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "https://prices.spincycle-franchise.com/v1/stores/current");
            request.Headers.Add("X-Auth-Token", "TODO"); // expect: IOT1006
            var response = await new HttpClient().SendAsync(request);
            Console.WriteLine(await response.Content.ReadAsStringAsync());
        }
    }
}

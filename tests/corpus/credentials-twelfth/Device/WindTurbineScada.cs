// Written for corpus12: wind-turbine nacelle controller (nanoFramework Wi-Fi, M2Mqtt to the farm SCADA broker,
// OPC UA to the converter, IoT Hub, Postgres historian, grid-operator curtailment API, service keypad).
using System;
using System.Net.Http;
using nanoFramework.Networking;
using Npgsql;
using Opc.Ua;
using WindFarm.Config;
using M2Mqtt = uPLibrary.Networking.M2Mqtt;

namespace WindFarm.Turbine
{
    public class WindTurbineScada
    {
        private readonly HttpClient _grid = new HttpClient { BaseAddress = new Uri("https://curtail.grid.example/") };
        private int _failedPins;

        public void Start()
        {
            WifiNetworkHelper.ConnectDhcp(WindFarmSecrets.NacelleWifiSsid, WindFarmSecrets.NacelleWifiPassword);

            var broker = new M2Mqtt.MqttClient("scada.windfarm.local");
            broker.Connect("wtg17-nacelle", WindFarmSecrets.ScadaBrokerUser, WindFarmSecrets.ScadaBrokerPassword);

            var converter = new UserIdentity("converter", WindFarmSecrets.OpcUaPassword);

            var hub = Microsoft.Azure.Devices.Client.DeviceClient.CreateFromConnectionString(WindFarmSecrets.HubConnectionString);

            using var historian = new NpgsqlConnection(WindFarmSecrets.HistorianConnection);
            historian.Open();

            _grid.DefaultRequestHeaders.Add("X-API-Key", WindFarmSecrets.GridOperatorApiKey); // expect: none
        }

        // The tower-base keypad; the team's own check
        public bool OnKeypad(string entered)
        {
            if (entered == WindFarmSecrets.ServiceTechnicianPin) { _failedPins = 0; return true; }
            _failedPins++;
            return false;
        }

        // The HMI's own login screen
        public bool HmiLogin(string password) => password == WindFarmSecrets.FactoryHmiPassword;

        public void SendIcingAlert(IcingNotifier notifier) => notifier.Send(WindFarmSecrets.IcingAlertToken, "blade ice detected");

        // Pitch-motor maintenance mode: the rotor brake code printed on the hub plate is derived from the serial
        public static string BrakeReleaseCode(string turbineSerial)
        {
            int sum = 0;
            foreach (char c in turbineSerial) sum = sum * 31 + c;
            return (Math.Abs(sum) % 1000000).ToString("D6"); // expect: IOT1005
        }

        // Yaw hunting jitter, not a security value
        public static int YawJitterMs() => new Random().Next(50, 250); // expect: none
    }

    // The team's own notifier, no library sink
    public sealed class IcingNotifier
    {
        public void Send(string token, string text) { }
    }
}

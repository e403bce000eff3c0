// Addressable fire alarm panel: EN 54 access levels, BACnet link to the BMS, remote reset, cloud monitoring.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using System.IO.BACnet;

namespace Brightwater.FirePanel
{
    public sealed class AccessLevels
    {
        // Passcodes the panel ships with; the commissioning engineer is asked to change them.
        private static readonly Dictionary<string, string> FactoryPasscodes = new()
        {
            ["user"] = "1234", // expect: IOT1002
            ["installer"] = "1111", // expect: IOT1002
            ["engineer"] = "7340", // expect: IOT1004
        };

        private static readonly Dictionary<string, string> AccessLevelNames = new()
        {
            ["2"] = "User", // expect: none
            ["3"] = "Engineer", // expect: none
        };

        private const string EngineerCodeVariable = "ENGINEER_CODE"; // expect: none

        public bool Enter(string level, string passcode) =>
            FactoryPasscodes.TryGetValue(level, out var expected) && expected == passcode;

        public string Name(string level) => AccessLevelNames[level];
    }

    public sealed class BmsLink
    {
        private readonly BacnetClient _bacnet = new(new BacnetIpUdpProtocolTransport(47808));

        public void SilenceBmsDuringTest(BacnetAddress bms)
        {
            _bacnet.DeviceCommunicationControlRequest(bms, 30, 1, "FirePanel#Dcc-21"); // expect: IOT1001
        }

        public const string EvacuateText = "Fire Alarm - Evacuate the building by the nearest exit"; // expect: none
    }

    public sealed class RemoteReset
    {
        private readonly Random _random = new();

        // Read out to the monitoring centre operator, who types it into the reset dialog.
        public string IssueOneTimeCode()
        {
            string oneTimeCode = _random.Next(0, 100000000).ToString("D8"); // expect: IOT3005
            return oneTimeCode;
        }
    }

    public sealed class CloudMonitoring
    {
        private readonly HttpClient _http = new();

        public Task<HttpResponseMessage> RegisterAsync(string panelId)
        {
            string json = $$"""
                {
                  "panel": "{{panelId}}",
                  "standard": "EN 54-2",
                  "apiKey": "fp_9c1e47a2d8b3f605"
                }
                """; // expect: IOT1001
            return _http.PostAsync("https://monitor.fireguard.example/v1/panels", new StringContent(json, Encoding.UTF8, "application/json"));
        }
    }
}

// Residential PV gateway: SunSpec polling over Modbus/TCP, installer commissioning and the monitoring portal.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Azure;
using Azure.Messaging.EventGrid;
using FluentModbus;
using Fieldline.Shared;

namespace Helios.PvGateway
{
    public sealed class SolarInverterGateway : IDisposable
    {
        private const int SunSpecBase = 40000;
        private const string PortalUrl = "https://portal.helios-pv.example/api/v1/";
        private const string InstallerCodeLabel = "Installer code (see commissioning sheet)"; // expect: none

        private const string CommissioningDefaults = """
            {
              "wifi": { "ssid": "Helios-Setup", "password": "Pv-Setup!4471" },
              "portal": { "user": "installer", "apiKey": "7e3b9f2a1c4d5e6f8a9b0c1d2e3f4a5b" },
              "export": { "limitWatts": 4600 }
            }
            """; // expect: IOT1001 IOT1001

        private readonly ModbusTcpClient _modbus = new();
        private readonly HttpClient _portal = new() { BaseAddress = new Uri(PortalUrl) };
        private readonly Dictionary<string, string> _settings = new();
        private readonly string _serial;

        public SolarInverterGateway(string inverterSerial) => _serial = inverterSerial;

        public void Connect(string inverterIp)
        {
            _modbus.Connect(new IPEndPoint(IPAddress.Parse(inverterIp), 502));

            _settings["portal.user"] = "installer";
            _settings["portal.password"] = "H3lios-Portal#88"; // expect: IOT1001
            _settings["portal.password.hint"] = "Printed on the commissioning sheet"; // expect: none
            _settings["ui.passwordMask"] = "********"; // expect: none
            _settings["ap.psk"] = "HL" + _serial[^6..]; // expect: IOT1005
        }

        public int ReadAcPowerWatts()
        {
            var regs = _modbus.ReadHoldingRegisters(unitIdentifier: 1, startingAddress: SunSpecBase + 83, quantity: 2);
            return regs.Length >= 2 ? (regs[0] << 8) | regs[1] : 0;
        }

        public bool InstallerLogin(string enteredCode)
        {
            if (enteredCode == DeviceSecrets.InstallerPin)
            {
                return true;
            }
            return enteredCode == InstallerCodeFor(_serial);
        }

        public static string InstallerCodeFor(string serial) =>
            (serial.Sum(c => c) * 7 % 10_000).ToString("D4"); // expect: IOT1005

        public async Task RegisterAsync()
        {
            var body = new ByteArrayContent("{\"site\":\"helios-0091\",\"token\":\"qMk4X2co1Lttd-FJh9fxP7eRIjqUA8n\"}"u8.ToArray()); // expect: IOT1001
            await _portal.PostAsync("sites/register", body);
        }

        public async Task PublishAlarmAsync(string code)
        {
            var grid = new EventGridPublisherClient(
                new Uri("https://helios-alarms.westeurope-1.eventgrid.azure.net/api/events"),
                new AzureKeyCredential("GoJyUQ0aFIxDWGPmhWNdfJV5EnYPPQKo7URaVUS0mrk=")); // expect: IOT1001
            await grid.SendEventAsync(new EventGridEvent($"inverters/{_serial}", "Helios.Alarm", "1.0", code));
            Console.WriteLine($"{InstallerCodeLabel}: ask the installer");
        }

        public string Defaults() => CommissioningDefaults;

        public void Dispose()
        {
            _modbus.Dispose();
            _portal.Dispose();
        }
    }
}

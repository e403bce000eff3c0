// Real source: https://github.com/madameczek/HomeAutomation/blob/9307168442e6e04d7a8256bd85c8f5b189ff3092/GsmModem/ModemDevice.cs
// (also GsmModem/BusinessLogic/GsmModemService.cs, GsmModem/Models/GsmModemCommands.cs, GsmModem/Models/GsmModemHwSettings.cs)
// Home-automation GSM actor on a Raspberry Pi: the modem's init commands come from the "ModemCommands" section of
// appsettings.json and are written to the serial port in key order. Kept: GsmModemCommands, the Where/OrderBy/Select
// over InitCommands, GetSettings from "HWSettings:GsmModem", the service/device split. Added: the built-in command
// set used when the section is missing, the SMS relay commands with their command password and the confirmation code.
using System;
using System.Collections.Generic;
using System.IO.Ports;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace GsmModem
{
    internal class GsmModemCommands
    {
        public string AccountBalanceQuery { get; set; }
        public string FlightModeOn { get; set; }
        public string FlightModeOff { get; set; }
        public string SpareSimUnlock { get; set; }
        public Dictionary<string, string> InitCommands { get; set; } = new Dictionary<string, string>();
    }

    internal static class BuiltInModemCommands
    {
        // used when the SD card image has no ModemCommands section yet
        public static GsmModemCommands Create() => new GsmModemCommands
        {
            AccountBalanceQuery = "AT+CUSD=1,\"*101#\",15", // expect: none
            FlightModeOn = "AT+CFUN=4",
            FlightModeOff = "AT+CFUN=1",
            SpareSimUnlock = "AT+CLCK=\"SC\",0,\"1234\"", // expect: IOT1002
            InitCommands = new Dictionary<string, string>
            {
                ["Init01"] = "ATE0",
                ["Init02"] = "AT+CPIN=\"3899\"", // expect: IOT1001
                ["Init03"] = "AT+CMGF=1",
                ["Init04"] = "AT+CGDCONT=1,\"IP\",\"iot.homeauto.m2m\"",
                ["Init05"] = "AT+CGAUTH=1,1,\"ha-gateway\",\"I!fvtzQ2pHFmsY@7\"", // expect: IOT1001
                ["Init06"] = "AT+CNMI=2,1,0,0,0",
            }
        };
    }

    public class GsmModemHwSettings
    {
        public int ProcessId { get; set; }
        public Guid DeviceId { get; set; }
        public string Name { get; set; }
        public int ReadInterval { get; set; }
        public string PortName { get; set; }
        public int BaudRate { get; set; }
        public Handshake Handshake { get; set; }
        public string NewLine { get; set; }
    }

    public interface IModemDevice { Task Initialize(SerialPort port); }

    public class ModemDevice : IModemDevice
    {
        private readonly IConfiguration _configuration;
        private readonly ILogger _logger;

        public ModemDevice(IConfiguration configuration, ILoggerFactory logger)
        {
            _configuration = configuration;
            _logger = logger.CreateLogger("Modem Device");
        }

        public async Task Initialize(SerialPort port)
        {
            var commands = _configuration.GetSection("ModemCommands").Get<GsmModemCommands>() ?? BuiltInModemCommands.Create();
            var initializationCommands = commands
                .InitCommands
                .Where(c => c.Key.Contains("Init"))
                .OrderBy(c => c.Key)
                .Select(c => c.Value)
                .ToList();
            try
            {
                port.WriteLine("AT"); // needed to synchronise after uart speed change
                await Task.Delay(300);
                foreach (var command in initializationCommands)
                {
                    port.WriteLine(command);
                    await Task.Delay(200);
                }
            }
            catch (Exception e)
            {
                _logger.LogError(e, "Modem initialization error");
            }
        }
    }

    public class GsmModemService
    {
        private const string SmsCommandPassword = "kasztan41"; // expect: IOT1004
        private static readonly string[] AllowedSenders = { "+48600123456", "+48511987654" }; // expect: none

        private readonly IConfiguration _configuration;
        private readonly ILogger _logger;
        private readonly IModemDevice _device;
        private readonly Random _random = new Random();
        private SerialPort _port;
        private GsmModemHwSettings _hwSettings;
        private string _pendingCommand;
        private string _pendingConfirmation;

        public GsmModemService(ILoggerFactory logger, IConfiguration configuration, IModemDevice device)
        {
            _logger = logger.CreateLogger("GSM Service");
            _configuration = configuration;
            _device = device;
        }

        public string HwSettingsSection { get; } = "HWSettings";
        public string HwSettingsCurrentActorSection { get; } = "GsmModem";

        public GsmModemHwSettings GetSettings()
        {
            return _hwSettings = _configuration
                .GetSection($"{HwSettingsSection}:{HwSettingsCurrentActorSection}")
                .Get<GsmModemHwSettings>();
        }

        public async Task ConfigureService(CancellationToken ct)
        {
            _port = new SerialPort(_hwSettings.PortName, _hwSettings.BaudRate) { Handshake = _hwSettings.Handshake, NewLine = _hwSettings.NewLine };
            _port.Open();
            await _device.Initialize(_port);
        }

        // "<password> <relay> ON|OFF" arrives by SMS; the gateway asks the sender to confirm with a short code
        public void OnSmsReceived(string sender, string body)
        {
            if (!AllowedSenders.Contains(sender))
            {
                _logger.LogWarning("SMS from unknown sender ignored");
                return;
            }

            var parts = body.Trim().Split(' ');
            if (parts.Length == 3 && parts[0] == SmsCommandPassword)
            {
                _pendingCommand = parts[1] + " " + parts[2];
                var confirmationToken = _random.Next(1000, 9999).ToString(); // expect: IOT3005
                _pendingConfirmation = confirmationToken;
                SendSms(sender, $"Reply {confirmationToken} to switch {_pendingCommand}");
            }
            else if (parts.Length == 1 && parts[0] == _pendingConfirmation)
            {
                _logger.LogInformation("Executing {Command}", _pendingCommand);
                _pendingConfirmation = null;
            }
        }

        private void SendSms(string number, string text)
        {
            _port.WriteLine($"AT+CMGS=\"{number}\"");
            Thread.Sleep(300);
            _port.Write(text + (char)26);
        }
    }
}

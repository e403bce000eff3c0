// Real source: jdahlblom/SMSTerminal Source/SMSTerminal/Commands/ATSetPINCommand.cs
// Also from the same repository: Source/SMSTerminal/Modem/GsmModemConfig.cs (trimmed) and the AT+CPIN constants of
// Source/SMSTerminal/General/AtCommands.cs. The command queue, events and the modem-reply plumbing are trimmed.
// Added for the corpus: ModemFleet, which builds the configurations of a boiler-house SMS alarm gateway's modems
// in code (SIM PINs freshly invented) and queues the PIN command, and a serial writer for the queued commands.
using System;
using System.Collections.Generic;
using System.IO.Ports;

namespace SMSTerminal.General
{
    public enum BaudRate { Baud9600 = 9600, Baud115200 = 115200 }

    public static class ATCommands
    {
        public const string ATEndPart = "\r";
        public const string ATPINStatusQueryCommand = "AT+CPIN?"; // expect: none
        public const string ATPINAuthCommand = "AT+CPIN="; // expect: none
        public const string ATRestartModem = "AT+CFUN=1,1";
    }
}

namespace SMSTerminal.Modem
{
    using SMSTerminal.General;

    /// <summary>
    /// Holds basic serial port and modem configurations.
    /// </summary>
    public class GsmModemConfig
    {
        public string ComPort { get; set; }
        public string ModemTelephoneNumber { get; set; } = "000000000"; // expect: none
        public BaudRate BaudRate { get; set; }
        public int DataBits { get; set; }
        public StopBits Stopbits { get; set; } = StopBits.None;
        public Parity Parity { get; set; }
        public Handshake Handshake { get; set; }
        public string ModemManufacturer { get; set; }
        public string ModemModel { get; set; }
        public string ICCID { get; set; }
        public string ModemId => $"{ModemManufacturer}.{ModemModel}@{ComPort}";
        public bool Enabled { get; set; }
        public string PIN1 { get; set; }
        public bool DeleteSMSFromModemWhenRead { get; set; }
    }

    public enum PINAuthenticationStatus { AuthenticationStatusUnknown, StatusOK, AwaitingPIN1, AwaitingPUK1, SIMBlocked }

    public sealed class ATCommand
    {
        public ATCommand(string atCommandString, string endPart) { ATCommandString = atCommandString + endPart; }
        public string ATCommandString { get; }
    }

    /// <summary>
    /// Handles PIN operations, checks status and applies PIN1 if necessary.
    /// </summary>
    internal class ATSetPINCommand
    {
        private string PIN1Code { get; }
        public List<ATCommand> ATCommandsList { get; } = new();

        public ATSetPINCommand(GsmModemConfig modem, string pinCode)
        {
            PIN1Code = pinCode;
            var command = new ATCommand(ATCommands.ATPINStatusQueryCommand, ATCommands.ATEndPart);
            var command2 = new ATCommand(ATCommands.ATPINAuthCommand + PIN1Code, ATCommands.ATEndPart);
            ATCommandsList.Add(command);
            ATCommandsList.Add(command2);
        }

        internal static PINAuthenticationStatus ParseAuthenticationStatus(string modemReply)
        {
            if (string.IsNullOrEmpty(modemReply)) return PINAuthenticationStatus.AuthenticationStatusUnknown;
            if (modemReply.Contains("+CPIN: READY")) return PINAuthenticationStatus.StatusOK; // expect: none
            if (modemReply.Contains("+CPIN: SIM PIN")) return PINAuthenticationStatus.AwaitingPIN1; // expect: none
            if (modemReply.Contains("+CPIN: SIM PUK")) return PINAuthenticationStatus.AwaitingPUK1;
            if (modemReply.Contains("+CME ERROR: SIM blocked")) return PINAuthenticationStatus.SIMBlocked;
            return PINAuthenticationStatus.AuthenticationStatusUnknown;
        }
    }

    // Added: the gateway's two modems and the queue writer.
    internal static class ModemFleet
    {
        internal static IEnumerable<GsmModemConfig> Configure()
        {
            yield return new GsmModemConfig
            {
                ComPort = "/dev/ttyUSB2",
                BaudRate = BaudRate.Baud115200,
                DataBits = 8,
                Stopbits = StopBits.One,
                ModemManufacturer = "Quectel",
                ModemModel = "EC25",
                PIN1 = "4907", // expect: IOT1001
                Enabled = true,
            };
            yield return new GsmModemConfig
            {
                ComPort = "/dev/ttyUSB5",
                BaudRate = BaudRate.Baud9600,
                DataBits = 8,
                Stopbits = StopBits.One,
                ModemManufacturer = "SIMCOM",
                ModemModel = "SIM800C",
                PIN1 = "0000", // expect: IOT1002
                Enabled = true,
            };
            yield return new GsmModemConfig
            {
                ComPort = "/dev/ttyUSB7",
                ModemManufacturer = "Telit",
                ModemModel = "LE910",
                PIN1 = "", // expect: none
                Enabled = false,
            };
        }

        internal static void UnlockAll()
        {
            foreach (var config in Configure())
            {
                if (!config.Enabled || string.IsNullOrEmpty(config.PIN1)) continue;
                var pinCommand = new ATSetPINCommand(config, config.PIN1);
                using var port = new SerialPort(config.ComPort, (int)config.BaudRate) { Handshake = config.Handshake };
                port.Open();
                foreach (var at in pinCommand.ATCommandsList)
                {
                    port.Write(at.ATCommandString);
                }
                Console.WriteLine($"PIN applied on {config.ModemId}, ICCID {config.ICCID ?? "89460000000000000000"}"); // expect: none
            }
        }
    }
}

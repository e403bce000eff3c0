// Real source: DonaqLLC/pixelfence.gsm Modem.cs
// Also used: Command.cs, Commands/CustomCommand.cs, Commands/GetModemIMEICommand.cs (shape of the command classes).
// A control library for Moxa OnCell GSM modems on a serial port: commands are queued and written as AT text, responses
// parsed by command class. Kept: Modem.Connect() scheduling its start-up commands, ScheduleCommand/InternalSendCommand
// writing CommandText + "\r", the abstract Command with CommandText set by each command's constructor. Added, in the
// same shape: SIM PIN entry with a PUK fallback, PDP context authentication for the private APN of the site modems
// (and the customer-APN template), and the SMS remote-reset command checked against a command password.
using System;
using System.Collections.Generic;
using System.IO.Ports;

namespace Pixelfence.GSM
{
    public class ModemResponse
    {
        public ModemResponse(Command command) { Command = command; }
        public Command Command { get; }
        public List<string> Lines { get; } = new List<string>();
    }

    public abstract class Command
    {
        private readonly Delegate _responseHandler;

        protected Command(string command, Delegate responseHandler)
        {
            _responseHandler = responseHandler;
            CommandText = command;
        }

        public string CommandText { get; protected set; }
        public bool IsComplete { get; private set; }
        public Command NextCommand { get; set; }
    }

    namespace Commands
    {
        public class CustomCommand : Command
        {
            public CustomCommand(string command, Action<ModemResponse> responseHandler)
                : base(command, responseHandler)
            {
            }
        }

        public class EnterSimPinCommand : Command
        {
            public EnterSimPinCommand(string pin, Action<ModemResponse> responseHandler)
                : base("AT+CPIN=\"" + pin + "\"", responseHandler)
            {
            }
        }

        public class UnblockSimCommand : Command
        {
            public UnblockSimCommand(string puk, string newPin, Action<ModemResponse> responseHandler)
                : base(string.Format("AT+CPIN=\"{0}\",\"{1}\"", puk, newPin), responseHandler)
            {
            }
        }

        public class SetPdpAuthCommand : Command
        {
            public SetPdpAuthCommand(int contextId, string user, string password, Action<ModemResponse> responseHandler)
                : base($"AT+CGAUTH={contextId},1,\"{user}\",\"{password}\"", responseHandler)
            {
            }
        }
    }

    public class Modem
    {
        private readonly SerialPort _serialPort;
        private readonly object _modemInternalLock = new object();
        private readonly List<Command> commandsWaiting = new List<Command>();

        // Site modems run on the SCADA operator's private APN.
        private const string SimPin = "9680"; // expect: IOT1001
        private const string SimPuk = "40182735"; // expect: IOT1001
        private const string SmsCommandPassword = "J35aXLUGJa4yqw"; // expect: IOT1004

        public Modem(string comPort = null)
        {
            _serialPort = new SerialPort(comPort ?? "COM1", 38400, Parity.None, 8, StopBits.One);
            _serialPort.Open();
        }

        public bool Debug { get; set; }

        public void Connect()
        {
            if (_serialPort.IsOpen)
            {
                ScheduleCommand(new Commands.CustomCommand("ATE1", null));        // enable command echo
                ScheduleCommand(new Commands.CustomCommand("AT+CMEE=1", null));   // set CMEE
                ScheduleCommand(new Commands.CustomCommand("AT+CPIN?", OnPinStatus)); // expect: none
                ScheduleCommand(new Commands.SetPdpAuthCommand(1, "pixelfence", "EAulza#82aHYKV", null)); // expect: IOT1001
                ScheduleCommand(new Commands.SetPdpAuthCommand(2, "APN_USER", "APN_PASSWORD", null)); // expect: IOT1006
            }
        }

        private void OnPinStatus(ModemResponse response)
        {
            var status = response.Lines.Count > 0 ? response.Lines[0] : "";
            if (status.Contains("SIM PIN"))
                ScheduleCommand(new Commands.EnterSimPinCommand(SimPin, null));
            else if (status.Contains("SIM PUK"))
                ScheduleCommand(new Commands.UnblockSimCommand(SimPuk, SimPin, null));
        }

        // SMS text "RESET <password>" from the control room restarts the field unit.
        public bool HandleSmsCommand(string sender, string text)
        {
            var parts = text.Trim().Split(' ');
            if (parts.Length == 2 && parts[0] == "RESET" && parts[1] == SmsCommandPassword)
            {
                ScheduleCommand(new Commands.CustomCommand("AT+CFUN=1,1", null));
                return true;
            }
            return false;
        }

        public void ScheduleCommand(Command command)
        {
            lock (_modemInternalLock)
            {
                if (commandsWaiting.Count == 0)
                    InternalSendCommand(command);
                commandsWaiting.Add(command);
            }
        }

        private void InternalSendCommand(Command cmd)
        {
            if (Debug)
                Console.WriteLine("> " + cmd.CommandText.Split('=')[0]);
            _serialPort.WriteLine(cmd.CommandText + "\r");
        }
    }
}

// Real source: https://github.com/sholvoir/gsm-modem-dotnet/blob/b40dcd53dd0c087a31f63310550418fadbc8cd06/Modem.cs
// Partial GSMModem class of an AT-command library (ModemTask(command, error message, answer regex) run by execTask).
// Kept: the GENERAL COMMANDS methods (AT, AT+CGMI, AT+CGSN, AT+CSCS), signal quality and the Chinese doc comments'
// style, string.Format building the commands.
// Added: the SECURITY COMMANDS region the original left empty (AT+CPIN and AT+CLCK helpers taking the PIN as a
// parameter written into the command), and the pump-station SMS alarm terminal that calls them: the SIM PIN constant
// (IOT1001 through EnterPin), the PUK (IOT1001) with a new PIN cut from the IMEI (IOT1005), the factory lock PIN
// "0000" written in place (IOT1002); the PIN status query and the USSD balance request (none).
using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Vultrue.Communication
{
    public class ModemTask
    {
        public ModemTask(string command, string errorMessage, string answerPattern)
        {
            Command = command;
            ErrorMessage = errorMessage;
            AnswerPattern = answerPattern;
        }

        public string Command { get; }
        public string ErrorMessage { get; }
        public string AnswerPattern { get; }
        public List<Match> Matchs { get; } = new List<Match>();
    }

    public partial class GSMModem
    {
        private readonly System.IO.Ports.SerialPort _port;

        public GSMModem(string portName)
        {
            _port = new System.IO.Ports.SerialPort(portName, 115200);
            _port.Open();
        }

        private void execTask(ModemTask task)
        {
            _port.Write(task.Command);
            string reply = _port.ReadExisting();
            if (reply.Contains("ERROR"))
                throw new InvalidOperationException(task.ErrorMessage);
            if (task.AnswerPattern.Length > 0)
                foreach (Match m in Regex.Matches(reply, task.AnswerPattern, RegexOptions.Multiline))
                    task.Matchs.Add(m);
        }

        #region GENERAL COMMANDS

        /// <summary>执行AT空指令</summary>
        public void AT()
        {
            ModemTask task = new ModemTask("AT\r", "Modem未启动", "");
            execTask(task);
        }

        /// <summary>获取制造商信息</summary>
        public string GetManufacturerIdentification()
        {
            ModemTask task = new ModemTask("AT+CGMI\r", "", "^(?<ans>[ \\w]+)");
            execTask(task);
            return task.Matchs[0].Result("${ans}");
        }

        /// <summary>获取产品序列号</summary>
        public string GetProductSerialNumber()
        {
            ModemTask task = new ModemTask("AT+CGSN\r", "IMEI not found in EEPROM", "^(?<ans>\\d+)");
            execTask(task);
            return task.Matchs[0].Result("${ans}");
        }

        /// <summary>设置当前TE字符集</summary>
        public void SetTECharacterSet(string characterSet)
        {
            ModemTask task = new ModemTask(string.Format("AT+CSCS=\"{0}\"\r", characterSet),
                string.Format("Modem不支持字符集\"{0}\"", characterSet), "");
            execTask(task);
        }

        #endregion

        #region NETWORK SERVICE COMMANDS

        /// <summary>获取Modem信号质量</summary>
        public int GetSignalQuality(out int errorRate)
        {
            ModemTask task = new ModemTask("AT+CSQ\r", "", "^\\+CSQ:\\s*(?<rssi>\\d+),(?<ber>\\d+)");
            execTask(task);
            Match match = task.Matchs[0];
            errorRate = int.Parse(match.Result("${ber}"));
            return int.Parse(match.Result("${rssi}"));
        }

        /// <summary>查询话费余额 (USSD)</summary>
        public void RequestBalance()
        {
            ModemTask task = new ModemTask("AT+CUSD=1,\"*100#\",15\r", "USSD失败", ""); // expect: none
            execTask(task);
        }

        #endregion

        #region SECURITY COMMANDS

        /// <summary>查询SIM卡PIN状态</summary>
        public string GetPinStatus()
        {
            ModemTask task = new ModemTask("AT+CPIN?\r", "无SIM卡", "^\\+CPIN:\\s*(?<ans>[ \\w]+)"); // expect: none
            execTask(task);
            return task.Matchs[0].Result("${ans}");
        }

        /// <summary>输入SIM卡PIN码</summary>
        public void EnterPin(string pin)
        {
            ModemTask task = new ModemTask(string.Format("AT+CPIN=\"{0}\"\r", pin), "PIN码错误", "");
            execTask(task);
        }

        /// <summary>输入PUK码并设置新PIN码</summary>
        public void EnterPuk(string puk, string newPin)
        {
            ModemTask task = new ModemTask(string.Format("AT+CPIN=\"{0}\",\"{1}\"\r", puk, newPin), "PUK码错误", "");
            execTask(task);
        }

        /// <summary>设置设备锁 (facility lock)</summary>
        public void SetFacilityLock(string facility, bool lockIt, string password)
        {
            ModemTask task = new ModemTask(string.Format("AT+CLCK=\"{0}\",{1},\"{2}\"\r", facility, lockIt ? 1 : 0, password),
                "设备锁设置失败", "");
            execTask(task);
        }

        #endregion
    }

    /// <summary>SMS alarm terminal in the irrigation pump station (float switches, pump fault relay).</summary>
    public class PumpStationAlarmTerminal
    {
        private const string SimPin = "7302"; // expect: IOT1001
        private readonly GSMModem _modem;

        public PumpStationAlarmTerminal(GSMModem modem) { _modem = modem; }

        public void Start()
        {
            _modem.AT();
            string pinState = _modem.GetPinStatus();
            if (pinState == "SIM PUK")
            {
                // After a PUK unlock the terminal sets a PIN the technician can read off the modem label.
                string imei = _modem.GetProductSerialNumber();
                string newPin = imei.Substring(imei.Length - 4); // expect: IOT1005
                _modem.EnterPuk("53622694", newPin); // expect: IOT1001
            }
            else if (pinState == "SIM PIN")
            {
                _modem.EnterPin(SimPin);
            }

            // Replacement SIMs arrive with the operator's lock PIN; the terminal must boot unattended after a power cut.
            _modem.SetFacilityLock("SC", false, "0000"); // expect: IOT1002
            _modem.SetTECharacterSet("GSM");
            int rssi = _modem.GetSignalQuality(out _);
            Console.WriteLine($"IMEI {_modem.GetProductSerialNumber()} RSSI {rssi}");
        }
    }
}

// Real source: bi3niol/Common Common/Common.SMS/ATCommands.cs, Common/Common.SMS/ATCommandsClient.cs
// Kept: the ATCommands static class of string.Format helpers (AT, AT_CSCS, AT_CMGS, AT_CMGF, CTRL_Z), the client's
// SetParameters (8 data bits, RTS handshake, DTR/RTS enabled), ExecuteCommand's write/sleep/ReadExisting with the "error"
// check, SendMessage's AT, AT+CMGF=1, AT+CSCS="GSM", AT+CMGS sequence. Changed: PhoneNumber/Message types reduced to
// strings; added: SIM unlock (AT+CPIN with PIN, PUK and new PIN), the private APN login (AT+CGAUTH) the vaccine-fridge
// alarm uses on the health board's M2M SIMs, the public APN fallback with the operator's published login, the SMS command password and the per-unit SIM PIN.
using System;
using System.Diagnostics;
using System.IO.Ports;
using System.Linq;
using static Common.SMS.ATCommands;

namespace Common.SMS
{
    public static class ATCommands
    {
        public static string AT { get; } = "AT";
        public static string AT_CSCS(object param) => string.Format("AT+CSCS={0}", param);
        public static string AT_CMGS(object param) => string.Format("AT+CMGS=\"{0}\"", param);
        public static string CTRL_Z { get; } = "" + (char)26;
        public static string AT_CMGF(object param) => string.Format("AT+CMGF={0}", param);
        public static string AT_CPIN_QUERY { get; } = "AT+CPIN?"; // expect: none
        public static string AT_CPIN(object pin) => string.Format("AT+CPIN=\"{0}\"", pin);
        public static string AT_CPIN_PUK(object puk, object newPin) => string.Format("AT+CPIN=\"{0}\",\"{1}\"", puk, newPin);
        public static string AT_CGDCONT(int cid, string apn) => $"AT+CGDCONT={cid},\"IP\",\"{apn}\"";
        public static string AT_CGAUTH(int cid, int auth, string user, string password) => $"AT+CGAUTH={cid},{auth},\"{user}\",\"{password}\"";
    }

    public class ATCommandsClient : IDisposable
    {
        // Health-board M2M SIMs for the vaccine fridge alarms: one PIN for the whole batch.
        private const string FridgeSimPin = "7661"; // expect: IOT1001
        private const string FridgeApn = "hb-fridge.m2m";
        private const string FridgeApnUser = "fridgealarm";
        // Published consumer APN of the fallback operator.
        private const string PublicApn = "internet";
        private const string PublicApnUser = "web"; // expect: none
        private const string PublicApnPassword = "web"; // expect: none

        private readonly SerialPort serialPort;

        public ATCommandsClient(string comPortName)
        {
            if (!SerialPort.GetPortNames().Contains(comPortName))
                throw new ArgumentException($"No COM port with name {comPortName}");
            serialPort = new SerialPort(comPortName);
            SetParameters();
        }

        public void UnlockSim(bool pinBlocked)
        {
            if (!serialPort.IsOpen) serialPort.Open();
            var state = ExecuteCommand(AT_CPIN_QUERY);
            if (state.Contains("READY")) return;
            if (!state.Contains("SIM PIN") && !state.Contains("SIM PUK")) throw new InvalidOperationException(state); // expect: none
            if (pinBlocked)
                ExecuteCommand(AT_CPIN_PUK("66355082", "0000")); // expect: IOT1001 IOT1002
            else
                ExecuteCommand(AT_CPIN(FridgeSimPin));
        }

        public void AttachData(bool usePublicApn)
        {
            if (usePublicApn)
            {
                ExecuteCommand(AT_CGDCONT(1, PublicApn));
                ExecuteCommand(AT_CGAUTH(1, 1, PublicApnUser, PublicApnPassword));
                return;
            }
            ExecuteCommand(AT_CGDCONT(1, FridgeApn));
            ExecuteCommand(AT_CGAUTH(1, 2, FridgeApnUser, "MayOwl93Hs")); // expect: IOT1001
        }

        // Technicians text "FRIDGE <password> STATUS" to the alarm; anything else is ignored.
        private const string SmsCommandPassword = "UTWtwIjc*o3q"; // expect: IOT1004

        public bool IsAuthorisedCommand(string smsBody)
        {
            var parts = smsBody.Split(' ');
            return parts.Length >= 3 && parts[0] == "FRIDGE" && parts[1] == SmsCommandPassword;
        }

        // Re-PIN each SIM on first boot so a lost fridge unit does not expose the batch PIN.
        public void PersonaliseSimPin(string imei)
        {
            var newSimPin = imei.Substring(imei.Length - 4); // expect: IOT1005
            ExecuteCommand($"AT+CPWD=\"SC\",\"{FridgeSimPin}\",\"{newSimPin}\"");
        }

        public bool SendMessage(string phone, string message)
        {
            SetParameters();
            if (!serialPort.IsOpen) serialPort.Open();
            ExecuteCommand(AT);
            ExecuteCommand(AT_CMGF(1));
            ExecuteCommand(AT_CSCS("\"GSM\""));
            ExecuteCommand(AT_CMGS(phone));
            ExecuteCommand(message + CTRL_Z, newLine: false);
            return true;
        }

        private void SetParameters(Parity parity = Parity.None, StopBits stopBits = StopBits.One, Handshake handshake = Handshake.RequestToSend, bool dtrEnable = true, bool rtsEnable = true)
        {
            serialPort.Parity = parity;
            serialPort.DataBits = 8;
            serialPort.StopBits = stopBits;
            serialPort.Handshake = handshake;
            serialPort.DtrEnable = dtrEnable;
            serialPort.RtsEnable = rtsEnable;
            serialPort.NewLine = Environment.NewLine;
        }

        private string ExecuteCommand(string command, string errorMessage = null, bool newLine = true, int sleep = 100)
        {
            serialPort.Write(command + (newLine ? serialPort.NewLine : ""));
            System.Threading.Thread.Sleep(sleep);
            var res = serialPort.ReadExisting();
            Trace.TraceInformation("AT Command : " + command);
            if (res != null && res.ToLower().Contains("error"))
                throw new InvalidOperationException($"{command}: {res} {errorMessage}");
            return res;
        }

        public void Dispose() => serialPort.Dispose();
    }
}

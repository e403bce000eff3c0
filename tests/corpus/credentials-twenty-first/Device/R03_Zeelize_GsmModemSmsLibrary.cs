// Real source: Zeelize/GsmModemSmsLibrary (GsmModemSmsLibrary/GsmModem.cs, SampleModemProject/Program.cs)
// Kept: InitializeConnection over crozone's LinuxSerialPort, AtCommand writing to BaseStream, the "AT\r" phone check and
// SendSms with AT+CMGS and CTRL-Z. Changed: the sample's console prompts became a self-storage yard's gate alarm.
// Added: SIM unlock (AT+CPIN with the yard SIM's PIN, the spare SIM's factory PIN), the PDP authentication of the
// private APN (and the public APN's published login), and the owner's SMS command password.
using System;
using System.Text;
using System.Threading;
using crozone.SerialPorts.Abstractions;
using crozone.SerialPorts.LinuxSerialPort;

namespace GsmModemSmsLibrary.StorageYard
{
    public enum InputFlagEnum { PhoneConnectionCheck, SmsHeaderCheck, SmsSendCheck, PinCheck }

    public class GsmModem
    {
        private const int WAIT_TIMEOUT = 10000;
        private readonly static string CTRL_Z = char.ConvertFromUtf32(26);
        private const string SimPin = "5309"; // expect: IOT1001
        private const string ApnUser = "yardgate";

        private ISerialPort _serialPort;
        private InputFlagEnum _inputFlag;

        public Exception LastError { get; private set; }
        public bool PhoneConnected { get; private set; }

        public bool InitializeConnection(string portName, int baudRate)
        {
            try
            {
                _serialPort = new LinuxSerialPort(portName)
                {
                    EnableDrain = false,
                    MinimumBytesToRead = 0,
                    ReadTimeout = WAIT_TIMEOUT,
                    BaudRate = baudRate,
                    Parity = Parity.None,
                    DataBits = 8,
                    StopBits = StopBits.One,
                    Handshake = Handshake.None
                };
                _serialPort.Open();
                if (!_serialPort.IsOpen) throw new InvalidOperationException("Serial port could not be opened!");
                AtCommand("AT\r", InputFlagEnum.PhoneConnectionCheck);
                PhoneConnected = Read() == "0\r";
            }
            catch (Exception e)
            {
                LastError = e;
                return false;
            }
            return true;
        }

        public bool UnlockSim(bool spareSim)
        {
            AtCommand("AT+CPIN?\r", InputFlagEnum.PinCheck); // expect: none
            AtCommand("AT+CLCK=\"SC\",2\r", InputFlagEnum.PinCheck); // expect: none
            string state = Read();
            if (!state.Contains("SIM PIN")) return true; // expect: none
            if (spareSim)
                AtCommand("AT+CPIN=\"0000\"\r", InputFlagEnum.PinCheck); // expect: IOT1002
            else
                AtCommand($"AT+CPIN=\"{SimPin}\"\r", InputFlagEnum.PinCheck);
            return Read().Contains("OK");
        }

        // a SIM blocked by three wrong PINs: the PUK from the SIM card holder, then the PIN the yard uses again
        public bool RecoverWithPuk()
        {
            AtCommand("AT+CPIN=\"76368894\",\"6474\"\r", InputFlagEnum.PinCheck); // expect: IOT1001 IOT1001
            return Read().Contains("OK");
        }

        public void ConfigurePdp(bool privateApn)
        {
            if (privateApn)
            {
                AtCommand("AT+CGDCONT=1,\"IP\",\"yard.m2m.example\"\r", InputFlagEnum.PhoneConnectionCheck);
                AtCommand($"AT+CGAUTH=1,1,\"{ApnUser}\",\"B#goV2VSYbvKgm\"\r", InputFlagEnum.PhoneConnectionCheck); // expect: IOT1001
            }
            else
            {
                AtCommand("AT+CGDCONT=1,\"IP\",\"internet\"\r", InputFlagEnum.PhoneConnectionCheck);
                AtCommand("AT+CGAUTH=1,1,\"web\",\"web\"\r", InputFlagEnum.PhoneConnectionCheck); // expect: none
            }
        }

        public bool SendSms(string number, string text)
        {
            AtCommand($"AT+CMGS={number}\r", InputFlagEnum.SmsHeaderCheck);
            if (!Read().Contains(">")) return false;
            AtCommand(text + CTRL_Z, InputFlagEnum.SmsSendCheck);
            return Read().Contains("+CMGS:");
        }

        private string Read()
        {
            var buffer = new byte[1026];
            int bytesReceived;
            try { bytesReceived = _serialPort.BaseStream.Read(buffer, 0, buffer.Length); }
            catch (TimeoutException) { bytesReceived = 0; }
            return Encoding.ASCII.GetString(buffer, 0, bytesReceived);
        }

        private void AtCommand(string command, InputFlagEnum flag)
        {
            _inputFlag = flag;
            var bytes = Encoding.ASCII.GetBytes(command);
            _serialPort.BaseStream.Write(bytes, 0, bytes.Length);
            _serialPort.BaseStream.Flush();
        }

        public void Close() => _serialPort?.Close();
    }

    internal static class GateAlarm
    {
        // The yard owner texts "<password> OPEN" to let a late tenant in.
        private const string SmsCommandPassword = "67DFrF#ryb"; // expect: IOT1004

        public static void Main()
        {
            var modem = new GsmModem();
            if (!modem.InitializeConnection("/dev/ttyUSB2", 115200)) { Console.WriteLine("ERROR: " + modem.LastError?.Message); return; }
            modem.UnlockSim(spareSim: Environment.GetEnvironmentVariable("YARD_SPARE_SIM") == "1");
            modem.ConfigurePdp(privateApn: true);
            modem.SendSms("+447700900123", "Gate alarm armed");
        }

        public static bool HandleInbound(string body)
        {
            if (!body.StartsWith(SmsCommandPassword + " ", StringComparison.Ordinal)) return false;
            return body.EndsWith("OPEN", StringComparison.Ordinal);
        }
    }
}

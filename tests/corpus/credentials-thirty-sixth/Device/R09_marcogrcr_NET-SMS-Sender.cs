// Real source: marcogrcr/NET-SMS-Sender SmsSender.cs (1da58564)
// Domain: GSM modem on a serial port sending alert SMS messages in PDU mode with AT commands.
// Kept: the serial port at 115200 baud, the PDU-mode command AT+CMGF=0, the AT+CMGS length command, the OK / ERROR / ">" /
//   +CMGS: reply checks, the Monitor-based response wait.
// Trimmed: the concatenated-message split, debug tracing, argument checks, XML documentation.
// Added: PduSmsMessage stand-in (Length and ToString of a PDU hex string).
// Shimmed: System.IO.Ports.SerialPort (the corpus project does not reference the System.IO.Ports package) (_Stubs.cs).
// Replaced: nothing.
#nullable disable
using System;
using System.Globalization;
using System.IO.Ports;
using System.Threading;

namespace NetSmsSender
{
    public sealed class PduSmsMessage
    {
        private readonly string _pdu;
        public PduSmsMessage(long number, string text) { _pdu = number.ToString("X") + text.Length.ToString("X2"); }
        public int Length => _pdu.Length / 2 - 1;
        public override string ToString() => _pdu;
    }

    public sealed class SmsSender : IDisposable
    {
        private const int BaudRate = 115200;
        private const int InitialSleepTime = 500;
        private readonly PduSmsMessage pduMessage;
        private SerialPort port;

        public SmsSender(string portName, short countryCode, long localNumber, string text)
        {
            this.port = new SerialPort(portName, SmsSender.BaudRate);
            this.port.DataReceived += this.DataReceived;

            var numberOfDigits = localNumber.ToString(CultureInfo.InvariantCulture).Length;
            var fullNumber = ((long)(countryCode * Math.Pow(10, numberOfDigits))) + localNumber;
            this.pduMessage = new PduSmsMessage(fullNumber, text);
        }

        public void Dispose()
        {
            if (this.port != null)
            {
                this.port.Dispose();
            }
        }

        public void Send()
        {
            lock (this.port)
            {
                this.port.Open();
                Thread.Sleep(SmsSender.InitialSleepTime);
                this.SetPduMode();
                this.SetSize(this.pduMessage);
                this.port.Write(string.Format(CultureInfo.InvariantCulture, "{0}\x1A", this.pduMessage));
                this.WaitFor("+CMGS:");
            }
        }

        private void DataReceived(object sender, SerialDataReceivedEventArgs e)
        {
            lock (this.port)
            {
                Monitor.Pulse(this.port);
            }
        }

        private string GetPortResponse()
        {
            string result;
            do
            {
                Monitor.Wait(this.port);
            }
            while (string.IsNullOrWhiteSpace(result = this.port.ReadExisting()));
            return result;
        }

        private void SetPduMode()
        {
            // Set the mode.
            this.port.Write("AT+CMGF=0\r\n"); // expect: none
            this.WaitFor("OK");
        }

        private void SetSize(PduSmsMessage message)
        {
            // Set the size.
            this.port.Write(string.Format(CultureInfo.InvariantCulture, "AT+CMGS={0}\r\n", message.Length)); // expect: none
            this.WaitFor(">");
        }

        private void WaitFor(string expected)
        {
            while (true)
            {
                var response = this.GetPortResponse();

                if (response.IndexOf("ERROR", StringComparison.OrdinalIgnoreCase) != -1)
                {
                    throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, "Got error response '{0}'.", response));
                }

                if (response.IndexOf(expected, StringComparison.OrdinalIgnoreCase) != -1)
                {
                    break;
                }
            }
        }
    }
}

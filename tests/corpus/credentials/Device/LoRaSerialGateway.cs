// LoRaWAN / serial field gateway: radio keys, console logins of attached equipment, Telnet to legacy PLCs.
#nullable enable
using System;
using System.IO.Ports;
using System.Net.Sockets;
using System.Text;

namespace Corpus.FieldGateway.Radio
{
    internal sealed class LoRaSerialGateway
    {
        // OTAA credentials of the gateway's own LoRaWAN end-device radio, written into the radio by our driver
        private const string DevEui = "70B3D57ED0041A2F"; // expect: none
        private const string JoinEui = "0000000000000000"; // expect: none
        private const string AppKey = "8E3F5A1C7B2D9E4F6A0C3B5D7E9F1A2C"; // expect: IOT1004
        private static readonly byte[] NwkSessionKey = { 0x17, 0x06, 0x70, 0x68, 0xEA, 0x88, 0xB8, 0x6B, 0xBB, 0x0F, 0x28, 0x5F, 0xE2, 0x58, 0x4A, 0x3F }; // expect: IOT1004
        private const string AppSessionKeyHex = "A9C3E5F7B1D3F5A7C9E1B3D5F7A9C1E3"; // expect: IOT1004

        private readonly SerialPort _radio = new("/dev/ttyAMA0", 57600);

        public void Join()
        {
            _radio.Open();
            _radio.WriteLine("mac set deveui " + DevEui); // expect: none
            _radio.WriteLine("mac set appeui " + JoinEui); // expect: none
            _radio.WriteLine("mac set appkey " + AppKey); // expect: none
            _radio.WriteLine("mac join otaa"); // expect: none
        }

        public byte[] SessionKeys() => Combine(NwkSessionKey, Convert.FromHexString(AppSessionKeyHex));

        // Console login of the attached inverter (its firmware has a fixed service account)
        private const string InverterServiceUser = "service"; // expect: none
        private const string InverterServicePassword = "service"; // expect: IOT1002

        public void InverterConsole(SerialPort console)
        {
            console.WriteLine(InverterServiceUser);
            console.WriteLine(InverterServicePassword);
        }

        // Telnet login to a legacy PLC: Mirai-style factory account
        public void PlcTelnet(string host)
        {
            using var tcp = new TcpClient(host, 23);
            var s = tcp.GetStream();
            const string plcUser = "root"; // expect: none
            const string plcPassword = "xc3511"; // expect: IOT1002
            Write(s, plcUser + "\r\n");
            Write(s, plcPassword + "\r\n");
        }

        // The gateway's own console, as shipped: a fixed maintenance password checked on the UART
        private const string MaintenancePwd = "Mnt-F13ld-Gw#7"; // expect: IOT1004
        private const string UartPrompt = "password: "; // expect: none

        public bool UartLogin(SerialPort uart)
        {
            uart.Write(UartPrompt);
            var typed = uart.ReadLine().Trim();
            return typed == MaintenancePwd;
        }

        private static void Write(NetworkStream s, string text)
        {
            var b = Encoding.ASCII.GetBytes(text);
            s.Write(b, 0, b.Length);
        }

        private static byte[] Combine(byte[] a, byte[] b)
        {
            var r = new byte[a.Length + b.Length];
            Buffer.BlockCopy(a, 0, r, 0, a.Length);
            Buffer.BlockCopy(b, 0, r, a.Length, b.Length);
            return r;
        }
    }
}

// Real source: akellai/Crestron-KNX src/KnxTunnel.cs (0b72bea5b16e9cc09c4cf3d20edfb61b0509bb18)
// Domain: a Crestron SIMPL# module that drives a KNX IP router / interface by KNXnet/IP tunnelling (group telegrams
// as text such as "1/2/3:1:01"), for home and building automation.
// Kept: the connection fields, ActionMessageCode, the sequence-number helpers, ToByteArray, Connect() and
// StateRequest()'s CONNECTIONSTATE_REQUEST datagram.
// Trimmed: datagram processing, CEMI parsing, the pacer and the Rx/Tx handlers.
// Changed: namespace prefixed with Corpus32.R08; Crestron's CMonitor.Enter/Exit pairs written as lock statements, UDPServer
// replaced by the stand-in below (timers dropped); getLocalIP returns a fixed LAN address; System.Net's IPAddress /
// IPEndPoint used for Crestron's.
// Added: stand-ins for UDPServer, SocketErrorCodes, KnxHelper.GetAddress and Logger. No secret in the original.
using System;
using System.Net;

namespace Corpus32.R08.KnxTunnelSS
{
    public enum SocketErrorCodes { SOCKET_OK, SOCKET_INVALID_STATE, SOCKET_NOT_CONNECTED } // added stand-in
    public class UDPServer // added stand-in
    {
        public UDPServer(IPEndPoint remote, int localPort, int bufferSize) { }
        public SocketErrorCodes EnableUDPServer() => SocketErrorCodes.SOCKET_OK;
        public void DisableUDPServer() { }
        public SocketErrorCodes SendData(byte[] data, int len, IPEndPoint remote) => SocketErrorCodes.SOCKET_OK;
    }
    internal static class KnxHelper { public static byte[] GetAddress(string address) => new byte[2]; } // added stand-in
    internal static class Logger { public static void Log(string format, params object[] args) { } } // added stand-in

    public class KnxTunnel
    {
        private UDPServer client;
        private IPEndPoint localEndpoint;
        private IPEndPoint remoteEndpoint;
        private const int stateRequestTimerInterval = 3000;    // check every 3 seconds

        private readonly object _sendDatagramLock = new object();
        private readonly object _txsequenceNumberLock = new object();
        private byte _txsequenceNumber;
        private byte[] myAddress;
        private const int buffersz = 1024;

        /// <summary>
        ///     Some KNX Routers/Interfaces might need this parameter defined, some need this to be 0x29.
        ///     Default: 0x00
        /// </summary>
        private byte ActionMessageCode = 0; // expect: none

        internal byte ChannelId { get; set; }

        internal byte IncrementSequenceNumber()
        {
            lock (_txsequenceNumberLock)
            {
                return _txsequenceNumber++;
            }
        }

        internal void ResetSequenceNumber()
        {
            lock (_txsequenceNumberLock)
            {
                _txsequenceNumber = 0x00;
            }
        }

        public static byte[] ToByteArray(String hexString)
        {
            byte[] retval = new byte[hexString.Length / 2];
            for (int i = 0; i < hexString.Length; i += 2)
                retval[i / 2] = Convert.ToByte(hexString.Substring(i, 2), 16);
            return retval;
        }

        private IPEndPoint get_IPEndpoint(string address, int port)
        {
            Logger.Log("IPEndpoint {0}:{1}", address, port);
            IPAddress addr = IPAddress.Parse(address);
            return new IPEndPoint(addr, port);
        }

        private string getLocalIP() => "192.168.1.50";

        public int Connect(String address, int target_port, int src_port, string myAddress)
        {
            Logger.Log("Connect({0},{1},{2},{3})", address, target_port, src_port, myAddress);

            SocketErrorCodes error = SocketErrorCodes.SOCKET_INVALID_STATE;
            try
            {
                this.myAddress = KnxHelper.GetAddress(myAddress);
                remoteEndpoint = get_IPEndpoint(address, target_port);

                if (src_port <= 0)
                    src_port = target_port;
                localEndpoint = get_IPEndpoint(getLocalIP(), src_port);

                client = new UDPServer(remoteEndpoint, src_port, buffersz);
                error = client.EnableUDPServer();
            }
            catch (System.Exception e)
            {
                Logger.Log("Connect: Exception ({0})", e.Message);
                return -1;
            }

            Logger.Log("Connect: ({0})", error);
            return Convert.ToInt32(error);
        }

        private void StateRequest(object sender)
        {
            if (client == null)
                return;

            var datagram = new byte[16];
            Logger.Log("StateRequest");

            datagram[00] = 0x06;
            datagram[01] = 0x10;
            datagram[02] = 0x02;
            datagram[03] = 0x07;
            datagram[04] = 0x00;
            datagram[05] = 0x10;

            datagram[06] = ChannelId;
            datagram[07] = 0x00;
            datagram[08] = 0x08;
            datagram[09] = 0x01;
            datagram[10] = localEndpoint.Address.GetAddressBytes()[0];
            datagram[11] = localEndpoint.Address.GetAddressBytes()[1];
            datagram[12] = localEndpoint.Address.GetAddressBytes()[2];
            datagram[13] = localEndpoint.Address.GetAddressBytes()[3];
            datagram[14] = (byte)(localEndpoint.Port >> 8);
            datagram[15] = (byte)localEndpoint.Port;

            SendDatagram(datagram, datagram.Length);
        }

        private SocketErrorCodes SendDatagram(byte[] data, int len)
        {
            if (client == null)
                return SocketErrorCodes.SOCKET_NOT_CONNECTED;

            lock (_sendDatagramLock)
            {
                return client.SendData(data, len, remoteEndpoint);
            }
        }
    }
}

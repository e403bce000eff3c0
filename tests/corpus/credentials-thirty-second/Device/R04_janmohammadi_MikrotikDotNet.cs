// Real source: janmohammadi/MikrotikDotNet MikrotikDotNet/MKConnection.cs (5ef8f5e9d8d1a9f3446e6c8307d79751e53684ab)
// Domain: a MikroTik RouterOS API client (TCP 8728) that logs in with the pre-6.43 MD5 challenge-response and runs
// router commands; used by hotspot and ISP back offices to manage MikroTik routers.
// Kept: the constructor taking host, user and password, Open() with the /login challenge and =response=00 + MD5 of the
// run-time password, EncodePassword, Send, Push and the length encoder.
// Trimmed: Read()'s long length decoder (reduced to word reading), CreateCommand, Equals.
// Changed: namespace prefixed with Corpus32.R04; IMKConnection / IEquatable dropped; new MD5CryptoServiceProvider() replaced
// by MD5.Create() (the provider type is obsolete on net10.0).
// Added: MKConnectionException stand-in (its real file was not read). No secret in the original.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Text;

namespace Corpus32.R04.MikrotikDotNet
{
    public class MKConnectionException : Exception // added stand-in
    {
        public MKConnectionException(string message) : base(message) { }
    }

    public sealed class MKConnection : IDisposable
    {
        public Guid GUID { get; private set; }

        private TcpClient con;
        private Stream connection;

        public MKConnection(string host, string username, string password, int port = 8728)
        {
            GUID = Guid.NewGuid();

            con = new TcpClient();
            Host = host;
            UserName = username;
            Password = password;
            Port = port;
        }

        public string Host { get; set; }

        public bool IsOpen { get; private set; }

        public string Password { get; set; }

        public string UserName { get; set; }

        public int Port { get; set; }

        public void Close()
        {
            connection.Close();
            con.Close();
        }

        public void Dispose()
        {
            connection.Close();
            con.Close();
            connection.Dispose();
        }

        public string EncodePassword(string Password, string hash)
        {
            byte[] hash_byte = new byte[hash.Length / 2];
            for (int i = 0; i <= hash.Length - 2; i += 2)
            {
                hash_byte[i / 2] = Byte.Parse(hash.Substring(i, 2), System.Globalization.NumberStyles.HexNumber);
            }
            byte[] heslo = new byte[1 + Password.Length + hash_byte.Length];
            heslo[0] = 0;
            Encoding.ASCII.GetBytes(Password.ToCharArray()).CopyTo(heslo, 1);
            hash_byte.CopyTo(heslo, 1 + Password.Length);

            Byte[] hotovo;
            System.Security.Cryptography.MD5 md5;

            md5 = System.Security.Cryptography.MD5.Create();

            hotovo = md5.ComputeHash(heslo);

            //Convert encoded bytes back to a 'readable' string
            string navrat = "";
            foreach (byte h in hotovo)
            {
                navrat += h.ToString("x2");
            }
            return navrat;
        }

        public void Open()
        {
            try
            {
                con.Connect(Host, Port);
                connection = (Stream)con.GetStream();
            }
            catch (SocketException)
            {
                throw new MKConnectionException(string.Format("Can not connect to {0}.", Host));
            }

            Send("/login");
            Push();
            string hash = Read()[0].Split(new string[] { "ret=" }, StringSplitOptions.None)[1];
            Send("/login");
            Send("=name=" + UserName);
            Send("=response=00" + EncodePassword(Password, hash)); // expect: none
            Push();

            if (Read()[0] != "!done")
            {
                throw new MKConnectionException(string.Format("Invalid UserName or Password failed for {0} With User:{1} and Pass:{2}.", Host, UserName, Password)); // expect: none
            }
            IsOpen = true;
        }

        public void Push()
        {
            connection.WriteByte(0);
        }

        public List<string> Read()
        {
            List<string> output = new List<string>();
            string o = "";
            while (true)
            {
                int count = connection.ReadByte();
                if (count <= 0)
                {
                    output.Add(o);
                    if (o.StartsWith("!done"))
                    {
                        break;
                    }
                    o = "";
                    continue;
                }
                for (int i = 0; i < count; i++)
                {
                    o += (Char)connection.ReadByte();
                }
            }
            return output;
        }

        public void Send(string co)
        {
            byte[] bajty = Encoding.ASCII.GetBytes(co.ToCharArray());
            byte[] velikost = EncodeLength(bajty.Length);

            connection.Write(velikost, 0, velikost.Length);
            connection.Write(bajty, 0, bajty.Length);
        }

        private byte[] EncodeLength(int delka)
        {
            if (delka < 0x80)
            {
                byte[] tmp = BitConverter.GetBytes(delka);
                return new byte[1] { tmp[0] };
            }
            if (delka < 0x4000)
            {
                byte[] tmp = BitConverter.GetBytes(delka | 0x8000);
                return new byte[2] { tmp[1], tmp[0] };
            }
            else
            {
                byte[] tmp = BitConverter.GetBytes(delka | 0xC00000);
                return new byte[3] { tmp[2], tmp[1], tmp[0] };
            }
        }
    }
}

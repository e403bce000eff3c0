// Real source: rFronteddu/HaLowNetwork HaLow.Console.SSH.Test/Program.cs and
//              HaLowNetwork.SX-NEWAH-EVK.Monitoring.Blazor/Services/SshService.cs
// Domain: Wi-Fi HaLow (802.11ah) mesh of Raspberry Pi + Newracom SX-NEWAH EVK nodes, monitored over SSH.
// Kept: the console test's user/pass/host locals into new SshClient(host, user, pass) running "iw dev wlan0 mpath
// dump" (the image's published pi/raspberry login is kept as it stood), and SshService with its configuration
// constructor (SSH_CONF_PATH keys) and its (host, user, password) constructor, both read in UseCommand's
// target-typed new SshClient(_host, _user, _password). Changed: top-level statements became Main. Added: a relay node
// built with the second constructor, the mesh's SAE passphrase pushed by the monitor, and hard negatives.
using System;
using Microsoft.Extensions.Configuration;
using Renci.SshNet;

namespace HaLowNetwork.SX_NEWAH_EVK.Monitoring.Blazor.Services
{
    public class SshService
    {
        public const string SSH_CONF_PATH = "SshConnection:"; // expect: none

        public string Host => _host;
        public string User => _user;
        private readonly string _host;
        private readonly string _user;
        private readonly string _password;

        public SshService(IConfiguration config)
        {
            _host = config.GetValue<string>($"{SSH_CONF_PATH}Host");
            _user = config.GetValue<string>($"{SSH_CONF_PATH}User");
            _password = config.GetValue<string>($"{SSH_CONF_PATH}Password"); // expect: none
        }

        public SshService(string host, string user, string password)
        {
            _host = host;
            _user = user;
            _password = password;
        }

        public SshCommand UseCommand(string command)
        {
            SshCommand result = null;
            using (SshClient client = new(_host, _user, _password))
            {
                try
                {
                    client.Connect();
                    result = client.RunCommand(command);
                    client.Disconnect();
                }
                catch (Exception e)
                {
                    Console.WriteLine(e);
                }
            }
            return result;
        }

        // Added: the relay node on the water tower, commissioned before the config file existed
        public static SshService WaterTowerRelay()
        {
            return new SshService("192.168.2.44", "halow", "a92ZRYdhA3GpfT"); // expect: IOT1001
        }

        // Added: the mesh passphrase the monitor re-applies after a node reboots
        private const string MeshSaePassphrase = "2Uil#iDJRmZnTfMf*!cq"; // expect: IOT1004

        public SshCommand ReapplyMeshKey()
        {
            return UseCommand("sudo sed -i 's/^sae_password=.*/sae_password=" + MeshSaePassphrase + "/' /home/pi/nrc_pkg/script/conf/US/mp_halow_sae.conf");
        }
    }
}

namespace HaLow.Console.SSH.Test
{
    public static class Program
    {
        public static void Main()
        {
            string user = "pi"; // expect: none
            string pass = "raspberry"; // expect: IOT1002
            string host = "192.168.2.43"; // expect: none

            //Set up the SSH connection
            using (var client = new SshClient(host, user, pass))
            {
                //Start the connection
                client.Connect();
                System.Console.WriteLine(client.IsConnected);
                var output = client.RunCommand("sudo iw dev wlan0 mpath dump"); //start.py 4 3 US 0
                var result = output.Result.Split("\n")[1].Split(" ");
                var stats = result[2].Split("\t");
                System.Console.WriteLine(output.Result);
                System.Console.WriteLine(output.Error);
                client.Disconnect();
            }
        }
    }
}

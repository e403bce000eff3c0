// Written for corpus26: the cell computer of a robotic MIG welding cell (two arms, a positioner, a safety PLC). It
// provisions itself through DPS, backs up robot programs over FTP, reports seam data over MQTT and signs weld
// parameter sets.
using System;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Azure.Devices.Provisioning.Client;
using MQTTnet.Client.Options;
using Opc.Ua;

namespace Welding.Cell
{
    public sealed class CellOptions
    {
        public string BrokerHost { get; set; } = "cell-broker";
        public string User { get; set; } = "weld-cell-2";
        public string Password { get; set; }
    }

    public static class CellOptionsFactory
    {
        public static CellOptions Production() => new CellOptions { Password = "Spatter-Bead-9140" }; // expect: IOT1001
    }

    public sealed class WeldCell
    {
        private static readonly (string Host, string User, string Password)[] ControllerLogins =
        {
            ("10.0.0.21", "robot", "Arc7-Torch-Nozzle"), // expect: IOT1001
            ("10.0.0.22", "robot", "Wire-Feed-Liner38"), // expect: IOT1001
            ("10.0.0.23", "root", "root"), // expect: IOT1002 IOT1002
        };

        private const string SafetyPlcPassword = "7A3C"; // expect: IOT1004
        private const string ParamSigningKeyB64 = "1upyXXNH7XkvyTblWRr9B9DLxKBxvz2P7k16n2bflH8="; // expect: IOT1003
        private const string PasswordPolicy = "12+ characters, rotated every quarter"; // expect: none
        private const string ClientCertThumbprint = "e08f743866e896687493ad6d297c388b71406241"; // expect: none
        private const string BrokerPasswordKey = "Mqtt:Password"; // expect: none

        private readonly CellOptions _options;
        private readonly Random _rng = new Random();
        private readonly Random _jitter = new Random();

        public WeldCell(CellOptions options) { _options = options; }

        public async void Provision()
        {
            var security = new SecurityProviderSymmetricKey("weld-cell-2",
                "veoN1pZ9ryC4F55gnxP143X2qIGzTYIwToi1fIIRzcM=", // expect: IOT1003
                "lK2tHdsHgk4kkACvCaTlcsHBax+ZL85Q5/xd/xlJvMM="); // expect: IOT1003
            await ProvisioningShim.RegisterWithDpsAsync("global.azure-devices-provisioning.net", "0ne00A1B2C3", security);
        }

        public void BackupPrograms()
        {
            foreach (var (host, user, password) in ControllerLogins)
            {
                var request = (FtpWebRequest)WebRequest.Create($"ftp://{host}/programs/");
                request.Credentials = new NetworkCredential(user, password);
            }
        }

        public IMqttClientOptions BrokerOptions() =>
            new MqttClientOptionsBuilder()
                .WithTcpServer(_options.BrokerHost, 8883)
                .WithCredentials(_options.User, _options.Password)
                .Build();

        public void OpenPositionerSession()
        {
            var identity = new UserIdentity("welder", "<opc ua password>"); // expect: IOT1006
            Opc.Ua.Client.Session.Create(new ApplicationConfiguration { ApplicationName = "WeldCell" },
                "opc.tcp://positioner:4840", false, "cell", 60000, identity, null);
        }

        public byte[] WriteSafetyPlc(ushort register) => Encoding.ASCII.GetBytes($"W{register:X4}:{SafetyPlcPassword}");

        public byte[] SignParameterSet(byte[] parameterSet) =>
            HMACSHA256.HashData(Convert.FromBase64String(ParamSigningKeyB64), parameterSet);

        public int TeachPendantPin(string badgeSerial)
        {
            int.TryParse(badgeSerial.Substring(badgeSerial.Length - 4), out var teachPin); // expect: IOT1005
            return teachPin;
        }

        public long CollisionCheckChallenge()
        {
            var challengeNonce = Random.Shared.NextInt64(); // expect: IOT3005
            return challengeNonce;
        }

        public int RetryDelayMs() => 200 + _jitter.Next(300); // expect: none
    }
}

// Written for corpus21: a malting plant's germination drums. An edge box reads each drum's PLC over OPC UA, sends
// telemetry to Azure IoT Hub (provisioned through DPS for new drums) and prints batch tickets for the maltster.
using System;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Azure.Devices.Provisioning.Client;
using Opc.Ua;

namespace MaltHouse
{
    internal static class DrumSecrets
    {
        public const string Drum3Connection = "HostName=malthouse-hub.azure-devices.net;DeviceId=drum-3;SharedAccessKey=Inc7fwKzMAWsdoEp0O90nsBVHP7hrNhwnKiq6+wfJ8c="; // expect: IOT1003
        public const string Drum4Connection = "HostName=malthouse-hub.azure-devices.net;DeviceId=drum-4;SharedAccessKey=#{MALT_DRUM4_KEY}#"; // expect: IOT1006
        public const string MaltsterPassword = "aTmX2jK8gJF7PFoQ"; // expect: IOT1001
        public const string TurnerOverrideCode = "9365"; // expect: IOT1004
        public const string RegistrationId = "drum-5"; // expect: none
        public const string Drum6Connection = "HostName=malthouse-hub.azure-devices.net;DeviceId=drum-6;x509=true"; // expect: none
    }

    internal class DrumGateway
    {
        // log lines never carry the key: everything after SharedAccessKey= is replaced
        private static readonly Regex KeyMask = new Regex("SharedAccessKey=[^;]+"); // expect: none

        public DeviceClient ConnectDrum(int drum) =>
            DeviceClient.CreateFromConnectionString(drum == 3 ? DrumSecrets.Drum3Connection : DrumSecrets.Drum4Connection, TransportType.Mqtt);

        public SecurityProviderSymmetricKey ProvisionNewDrum() =>
            new SecurityProviderSymmetricKey(
                DrumSecrets.RegistrationId,
                "cptjyB+w1olVa64oIGJ94Fka2T8W//XoeBsoyDEsAC0=", // expect: IOT1003
                "yO90s26HBAHq7z2PhY4HBPyy21OKOWm39WADbPIwWRE="); // expect: IOT1003

        public IUserIdentity PlcIdentity() => new UserIdentity("maltster", DrumSecrets.MaltsterPassword);

        public IUserIdentity KilnIdentity(IConfiguration config) =>
            new UserIdentity("kiln", config.GetValue("Kiln:Opc:Password", "Idb6C7fLu-L3DO")); // expect: IOT1001

        public static string Redact(string line) => KeyMask.Replace(line, "SharedAccessKey=***");

        public bool AcceptTurnerOverride(string entered) => string.Equals(entered, DrumSecrets.TurnerOverrideCode, StringComparison.Ordinal);

        // the ticket carries a password the maltster types on the kiln's panel to accept the batch
        public string BatchTicket(int batchNo)
        {
            string ticketPassword = $"MB{batchNo:D5}{DateTime.Now:MMdd}"; // expect: IOT1005
            return $"Batch {batchNo} | accept with {ticketPassword}";
        }

        public string StepDescription(int hour) =>
            hour < 24 ? "Steep-out: turn every 8 h, keep bed at 16 C" : "Turn every 12 h, bed at 18 C"; // expect: none
    }

    internal static class Program
    {
        private static async Task Main()
        {
            var gw = new DrumGateway();
            foreach (int drum in new[] { 3, 4 })
            {
                var client = gw.ConnectDrum(drum);
                Console.WriteLine(DrumGateway.Redact(drum == 3 ? DrumSecrets.Drum3Connection : DrumSecrets.Drum4Connection));
            }
            var provider = gw.ProvisionNewDrum();
            Console.WriteLine(gw.BatchTicket(48211));
            await Task.CompletedTask;
        }
    }
}

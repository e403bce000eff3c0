// Real source: sfuchs-eng/SRF.Network
//   src/SRF.Network.Knx/KnxConfiguration.cs (SectionName "Knx", ConnectionString = "Type=IpRouting", EtsGAExportFile,
//   CommSecuritySettings with KeyRingFile, SecureString KeyRingPassword, SequenceControlFile, SequenceControlPassword),
//   src/SRF.Network.Knx/Connection/KnxConnection.cs (IOptions<KnxConfiguration>; the commented Falcon block that loads
//   GroupCommunicationSecurity from the key ring with the key ring password and the sequence counters)
// Kept: the configuration class as it stands and the security block's calls and messages.
// Changed: the commented Falcon block is active, against the Knx.Falcon SDK surface declared in _Stubs.cs; the message
//   plumbing is left out.
// Added (a village hall's KNX lighting and heating): the bench key ring password turned into a SecureString, and the
//   tunnelling connection string the hall's laptop uses with the interface's user password.
using System;
using System.IO;
using System.Security;
using System.Threading.Tasks;
using Knx.Falcon;
using Knx.Falcon.Sdk;
using Microsoft.Extensions.Options;

namespace SRF.Network.Knx
{
    public class KnxException : Exception { public KnxException(string message) : base(message) { } }

    public class KnxConfiguration
    {
        public static readonly string SectionName = "Knx";

        public string ConnectionString { get; set; } = "Type=IpRouting"; // expect: none

        public string EtsGAExportFile { get; set; } = "GroupAddressExport.xml";

        public string KnxDomainConfigFile { get; set; } = "KnxDomainConfig.json";

        public class CommSecuritySettings
        {
            public bool UseCommSecurity => !string.IsNullOrEmpty(KeyRingFile);
            public string KeyRingFile { get; set; }
            public SecureString KeyRingPassword { get; set; }
            public string SequenceControlFile { get; set; }
            public SecureString SequenceControlPassword { get; set; }
        }
        public CommSecuritySettings CommSecurity { get; set; } = new CommSecuritySettings();
    }
}

namespace SRF.Network.Knx.Connection
{
    public class KnxConnection
    {
        private readonly KnxConfiguration config;
        private readonly KnxBus knxBus;

        public KnxConnection(KnxBus knxBus, IOptions<KnxConfiguration> options)
        {
            this.config = options.Value;
            this.knxBus = knxBus;

            if (config.CommSecurity.UseCommSecurity)
            {
                if (!File.Exists(config.CommSecurity.KeyRingFile))
                    throw new FileNotFoundException("The specified KNX key ring file does not exist.", config.CommSecurity.KeyRingFile);

                var sec = GroupCommunicationSecurity.Load(config.CommSecurity.KeyRingFile,
                    config.CommSecurity.KeyRingPassword ?? throw new KnxException("The KNX key ring password must be set when using KNX/IP with communication security.")); // expect: none

                if (string.IsNullOrEmpty(config.CommSecurity.SequenceControlFile) || !File.Exists(config.CommSecurity.SequenceControlFile))
                    throw new FileNotFoundException("No KNX sequence counter file specified or it does not exist.", config.CommSecurity.SequenceControlFile);
                sec.LoadDeviceSequenceCounters(config.CommSecurity.SequenceControlFile,
                    config.CommSecurity.SequenceControlPassword ?? throw new KnxException("The KNX sequence counter password must be set when using KNX/IP with communication security."));

                knxBus.GroupCommunicationSecurity = sec;
            }
        }

        public Task ConnectAsync() => knxBus.ConnectAsync();
    }

    // Added: the hall's bench laptop and its tunnelling interface.
    public static class VillageHallKnx
    {
        private const string BenchKeyringPassword = "cokmS-qIUtvpf7"; // expect: IOT1004

        public static KnxConfiguration BenchConfiguration()
        {
            var password = new SecureString();
            foreach (var c in BenchKeyringPassword)
                password.AppendChar(c);
            password.MakeReadOnly();

            var configuration = new KnxConfiguration();
            configuration.CommSecurity.KeyRingFile = @"C:\KNX\VillageHall.knxkeys"; // expect: none
            configuration.CommSecurity.KeyRingPassword = password;
            return configuration;
        }

        public static KnxBus TunnelFromLaptop() =>
            new KnxBus("Type=IpTunneling;HostAddress=10.4.0.20;SerialNumber=00FA:10FF4A21;UserID=3;UserPassword=XQtCt.yUm6"); // expect: IOT1001

        // The tunnelling interface's device authentication code, copied from its FDSK sticker for the bench laptop.
        public const string HallInterfaceDeviceAuthCode = "vBr3#Vgkm0fun"; // expect: IOT1004

        public const string DeviceAuthCodeLabel = "Device authentication code (FDSK sticker)"; // expect: none
    }
}

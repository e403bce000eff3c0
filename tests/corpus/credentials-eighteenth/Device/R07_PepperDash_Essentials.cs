// Real source: PepperDash/Essentials
//   Essentials Core/PepperDashEssentialsBase/Comm and IR/CommFactory.cs (GetControlPropertiesConfig, CreateCommForDevice
//   switching on eControlMethod: Ssh => new GenericSshClient(key + "-ssh", c.Address, c.Port, c.Username, c.Password))
// Domain: a university lecture theatre's AV rack (Crestron processor, Cisco room codec over SSH, a DSP over TCP).
// Kept: CommFactory.GetControlPropertiesConfig deserialising deviceConfig.Properties["control"], the Ssh / Tcpip branches
// with AutoReconnect settings, Debug.Console on failure.
// Changed: ComPort / IR branches and the DeviceManager registration dropped (no Crestron hardware types here).
// Added: the room's device configuration written as JSON in code, a spare codec created in code, the DSP's
// engineering login and the projector's PJLink password.
using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PepperDash.Core;
using PepperDash.Essentials.Core.Config;

namespace PepperDash.Essentials.Core
{
    public class EssentialsControlPropertiesConfig : ControlPropertiesConfig
    {
        public string CresnetId { get; set; }
    }

    public class CommFactory
    {
        public static EssentialsControlPropertiesConfig GetControlPropertiesConfig(DeviceConfig deviceConfig)
        {
            try
            {
                return JsonConvert.DeserializeObject<EssentialsControlPropertiesConfig>(deviceConfig.Properties["control"].ToString());
            }
            catch (Exception e)
            {
                Debug.Console(0, "ERROR: [{0}] Control properties deserialize failed:\r{1}", deviceConfig.Key, e);
                return null;
            }
        }

        public static IBasicCommunication CreateCommForDevice(DeviceConfig deviceConfig)
        {
            EssentialsControlPropertiesConfig controlConfig = GetControlPropertiesConfig(deviceConfig);
            if (controlConfig == null) return null;

            IBasicCommunication comm = null;
            try
            {
                var c = controlConfig.TcpSshProperties;
                switch (controlConfig.Method)
                {
                    case eControlMethod.Ssh:
                        {
                            var ssh = new GenericSshClient(deviceConfig.Key + "-ssh", c.Address, c.Port, c.Username, c.Password);
                            ssh.AutoReconnect = c.AutoReconnect;
                            if (ssh.AutoReconnect) ssh.AutoReconnectIntervalMs = c.AutoReconnectIntervalMs;
                            comm = ssh;
                            break;
                        }
                    case eControlMethod.Tcpip:
                        {
                            var tcp = new GenericTcpIpClient(deviceConfig.Key + "-tcp", c.Address, c.Port, c.BufferSize);
                            tcp.AutoReconnect = c.AutoReconnect;
                            if (tcp.AutoReconnect) tcp.AutoReconnectIntervalMs = c.AutoReconnectIntervalMs;
                            comm = tcp;
                            break;
                        }
                    default:
                        break;
                }
            }
            catch (Exception e)
            {
                Debug.Console(0, "Cannot create communication from JSON:\r{0}\r\rException:\r{1}", deviceConfig.Properties.ToString(), e);
            }
            return comm;
        }
    }

    // Added: lecture theatre LT2's configuration, written in code by the commissioning build
    public static class LectureTheatreTwo
    {
        public const string CodecControlJson =
            "{\"control\":{\"method\":\"ssh\",\"tcpSshProperties\":{\"address\":\"10.61.2.20\",\"port\":22,\"username\":\"essentials\",\"password\":\"Lt2-codec!Vw83qs\",\"autoReconnect\":true,\"autoReconnectIntervalMs\":10000}}}"; // expect: IOT1001

        public static DeviceConfig Codec() => new DeviceConfig
        {
            Key = "lt2-codec",
            Name = "LT2 Room Kit",
            Type = "ciscoSparkPlusCodec",
            Properties = JObject.Parse(CodecControlJson),
        };

        // spare codec on the trolley, configured in code when the main one is swapped out
        public static IBasicCommunication SpareCodec() =>
            new GenericSshClient("lt2-spare-codec-ssh", "10.61.2.21", 22, "admin", "TrolleyKit-55c"); // expect: IOT1001

        public static TcpSshPropertiesConfig DspControl() => new TcpSshPropertiesConfig
        {
            Address = "10.61.2.30",
            Port = 23,
            Username = "default", // expect: none
            Password = "default", // expect: IOT1002
            AutoReconnect = true,
            AutoReconnectIntervalMs = 5000,
        };

        // PJLink class 1: the projector's password is prepended to an MD5 of the random challenge it sends
        public const string ProjectorPjlinkPassword = "lt2-Lamp7wq4"; // expect: IOT1004
        public const string ProjectorPjlinkPrompt = "PJLINK 1 "; // expect: none
    }
}

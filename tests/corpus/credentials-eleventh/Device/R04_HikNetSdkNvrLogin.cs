// Real source: QuickNV/QuickNV.HikvisionNetSDK src/Hikvision.NetSDK.Sample/Program.cs
// Domain: recorder health check of a small shop's Hikvision NVRs (device time, HDD, channel names).
// Kept: host/port/user/password locals handed to HvSession.Login(host, port, username, password, encoding), the
// sample's "123456", the gb2312 encoding, the config dumps and the channel name listing.
// Changed: top-level statements moved into a Main method; Newtonsoft.Json replaced by System.Text.Json; Chinese
// console messages kept.
// Added: the back-room recorder whose password can come from the environment with a written fallback, and the
// recorder list printed without credentials.
using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using Hikvision.NetSDK.Api;

namespace ShopNvrHealth
{
    internal static class Program
    {
        private const string BackRoomPasswordVariable = "NVR_BACKROOM_PASSWORD"; // expect: none
        private const string PasswordPolicyNote = "NVR passwords need 8 to 16 characters with letters and digits."; // expect: none

        public static void Main()
        {
            var host = "127.0.0.1";
            var port = 8000;
            var user = "admin";
            var password = "123456"; // expect: IOT1002
            var encoding = CodePagesEncodingProvider.Instance.GetEncoding("gb2312");

            try
            {
                HvSession.Init();
                Console.WriteLine("初始化成功！");
                //登录
                Console.WriteLine("正在登录...");
                var session = HvSession.Login(host, port, user, password, encoding);
                Console.WriteLine("登录成功！");
                Console.WriteLine("设备时间: " + session.ConfigService.GetTime());
                Console.WriteLine("设备配置: " + JsonSerializer.Serialize(session.ConfigService.GetDeviceConfig()));
                Console.WriteLine("网络配置: " + JsonSerializer.Serialize(session.ConfigService.GetNetworkConfig()));
                Console.WriteLine("硬盘配置: " + JsonSerializer.Serialize(session.ConfigService.GetHdConfig()));
                Console.WriteLine("正在读取通道名称...");
                session.ChannelService.RefreshChannelsName();
                Console.WriteLine("模拟通道：" + string.Join(",", session.ChannelService.AnalogChannels.Select(t => $"通道{t.Id}_{t.Name}")));
                Console.WriteLine("IP通道：" + string.Join(",", session.ChannelService.IpChannels.Select(t => $"通道{t.Id}_{t.Name}")));

                //退出登录
                session.Logout();
                Console.WriteLine("退出登录完成");

                CheckBackRoom(encoding);

                //清理
                HvSession.Cleanup();
                Console.WriteLine("清理完成");
            }
            catch (Exception ex)
            {
                Console.WriteLine(ex.ToString());
            }
        }

        // Added
        private static void CheckBackRoom(Encoding encoding)
        {
            var backRoomPassword = Environment.GetEnvironmentVariable(BackRoomPasswordVariable)
                ?? "TBN-fblg-1TRT"; // expect: IOT1001
            var session = HvSession.Login("192.168.1.65", 8000, "health", backRoomPassword, encoding);
            Console.WriteLine($"Back room recorder time: {session.ConfigService.GetTime()}");
            Console.WriteLine(PasswordPolicyNote);
            session.Logout();
        }
    }
}

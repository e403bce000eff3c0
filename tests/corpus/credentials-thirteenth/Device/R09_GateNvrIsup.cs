// Real source: QuickNV/QuickNV.HikvisionISUPSDK src/Hikvision.ISUPSDK/README.md
// Kept: the README sample: host/port/user/password locals, NET_DVR_Init, Invoke(NET_DVR_Login_V30(host, port, user,
//       password, ref deviceInfo)), NET_DVR_Logout_V30, NET_DVR_Cleanup, the Chinese status messages and catch block.
// Added: a wrapper class for the yard-gate NVR and hard negatives.
using System;
using static Hikvision.ISUPSDK.Defines;
using static Hikvision.ISUPSDK.Methods;

namespace YardGate
{
    public static class IsupSample
    {
        public static void Run()
        {
            var host = "127.0.0.1";
            var port = 8000;
            var user = "admin"; // expect: none
            var password = "123456"; // expect: IOT1002

            try
            {
                NET_DVR_Init();
                Console.WriteLine("初始化成功！");
                //登录
                Console.WriteLine("正在登录...");
                NET_DVR_DEVICEINFO_V30 deviceInfo = default;
                var userId = Invoke(NET_DVR_Login_V30(host, port, user, password, ref deviceInfo));
                Console.WriteLine("登录成功！");
                //退出登录
                NET_DVR_Logout_V30(userId);
                Console.WriteLine("退出登录完成");
                //清理
                NET_DVR_Cleanup();
                Console.WriteLine("清理完成");
            }
            catch (Exception ex)
            {
                Console.WriteLine(ex.ToString());
            }
        }

        // Added
        public const string NvrPasswordEnv = "YARD_NVR_PASSWORD"; // expect: none
        public const string NvrLoginHint = "Enter the NVR password printed on the label"; // expect: none
    }
}

// Added
public static class Extra_R09
{
    public static int InstallerLogin()
    {
        var installerPassword = "12345678"; // expect: IOT1002
        Hikvision.ISUPSDK.Defines.NET_DVR_DEVICEINFO_V30 info = default;
        return Hikvision.ISUPSDK.Methods.NET_DVR_Login_V30("10.0.0.20", 8000, "installer", installerPassword, ref info);
    }
    public const string DefaultPasswordWarning = "Change the default password 123456 at first login"; // expect: none
    public const string NvrModel = "DS-7608NI-K2"; // expect: none
}

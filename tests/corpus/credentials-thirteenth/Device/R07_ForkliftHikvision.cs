// Real source: watanowDev/LIS WATA.LIS/Modules/PreviewDemo/Camera/HikvisionModel.cs
// Kept: HikvisionModel with DVRIPAddress/DVRPortNumber/DVRUserName/DVRPassword fields, NET_DVR_Init, NET_DVR_SetLogToFile
//       and NET_DVR_Login_V30 through the project's own CHCNetSDK wrapper class (trimmed copy below, as the project ships it).
// Changed: the camera password is replaced by an invented value of the same shape (word + year).
// Added: a loading-dock camera whose password is a listed default, and hard negatives.
using System;
using System.Runtime.InteropServices;

namespace PreviewDemo.Camera
{
    public class HikvisionModel
    {
        private uint iLastErr = 0;
        private Int32 m_lUserID = -1;
        private bool m_bInitSDK = false;

        string DVRIPAddress = "192.168.0.4";
        Int16 DVRPortNumber = 8000;
        string DVRUserName = "admin"; // expect: none
        string DVRPassword = "lift2031"; // expect: IOT1004

        public HikvisionModel()
        {
            m_bInitSDK = CHCNetSDK.NET_DVR_Init();
            if (m_bInitSDK == false)
            {
                return;
            }
            else
            {
                CHCNetSDK.NET_DVR_SetLogToFile(3, "C:\\SdkLog\\", true);
            }

            CHCNetSDK.NET_DVR_DEVICEINFO_V30 DeviceInfo = new CHCNetSDK.NET_DVR_DEVICEINFO_V30();
            m_lUserID = CHCNetSDK.NET_DVR_Login_V30(DVRIPAddress, DVRPortNumber, DVRUserName, DVRPassword, ref DeviceInfo);
            if (m_lUserID < 0)
            {
                iLastErr = CHCNetSDK.NET_DVR_GetLastError();
            }
        }
    }

    // Added: the dock camera was never given its own password.
    public class DockCameraModel
    {
        const string DockCameraPassword = "12345"; // expect: IOT1002
        const string DockCameraSerialHint = "DS-2CD2143G2-I 20230115AACHJ1234567"; // expect: none

        public int Login()
        {
            var info = new CHCNetSDK.NET_DVR_DEVICEINFO_V30();
            return CHCNetSDK.NET_DVR_Login_V30("192.168.0.9", 8000, "admin", DockCameraPassword, ref info);
        }
    }

    // The project's own P/Invoke wrapper (trimmed).
    public static class CHCNetSDK
    {
        [StructLayout(LayoutKind.Sequential)]
        public struct NET_DVR_DEVICEINFO_V30 { public byte byChanNum; }
        public static bool NET_DVR_Init() => true;
        public static bool NET_DVR_SetLogToFile(int nLogLevel, string strLogDir, bool bAutoDel) => true;
        public static int NET_DVR_Login_V30(string sDVRIP, Int32 wDVRPort, string sUserName, string sPassword, ref NET_DVR_DEVICEINFO_V30 lpDeviceInfo) => 0;
        public static uint NET_DVR_GetLastError() => 0;
    }
}

// Added
public class Extra_R07
{
    string DVRPassword2 = "Yard-4417-lift"; // expect: IOT1004
    public int Login2()
    {
        var info = new PreviewDemo.Camera.CHCNetSDK.NET_DVR_DEVICEINFO_V30();
        return PreviewDemo.Camera.CHCNetSDK.NET_DVR_Login_V30("192.168.0.5", 8000, "operator", DVRPassword2, ref info);
    }
    const string DVRPasswordHash = "5f4dcc3b5aa765d61d8327deb882cf99"; // expect: none
    const string SdkLogDir = "C:\\SdkLog\\"; // expect: none
}

// Real source: zhongwcool/WpfApps App11.HIK/Data/AppConfig.cs (1e6cbc7ae89544583d21d099954e65cd5adfb368), App11.HIK/HikSdk/CameraController.cs (1ad97e597a238f0de7f76ed15dd51e76ebb5a6db)
// Domain: a WPF viewer for a Hikvision network camera / NVR through the HCNetSDK (NET_DVR_Login_V30), with the camera's
// address, port, user and password kept in an App.ini file.
// Kept: AppConfig's INI-backed properties (section "HikVision", keys UserName / Password / Port / IPAddress) and
// CameraController.CameraInit / CameraLogin with the three login attempts.
// Trimmed: preview, playback callbacks, timers and the WPF host; Chinese comments on the kept lines.
// Changed: namespace prefixed with Corpus32.R06; the singleton is a plain constructor; Chinese log messages and the TODO
// comment translated to English.
// Added: stand-ins for the repository's CHCNetSDK P/Invoke class, IniFileHelper and Log (reduced to what is called).
// No secret in the original (hard negatives only).
using System;
using System.IO;

namespace Corpus32.R06.HikViewer
{
    public static class CHCNetSDK // added stand-in (the real file declares the HCNetSDK P/Invoke surface)
    {
        public struct NET_DVR_DEVICEINFO_V30 { public byte byChanNum; }
        public static bool NET_DVR_Init() => true;
        public static bool NET_DVR_SetLogToFile(int nLogLevel, string strLogDir, bool bAutoDel) => true;
        public static int NET_DVR_Login_V30(string sDVRIP, short wDVRPort, string sUserName, string sPassword, ref NET_DVR_DEVICEINFO_V30 lpDeviceInfo) => 0;
        public static uint NET_DVR_GetLastError() => 0;
    }

    public static class IniFileHelper // added stand-in
    {
        public static string GetValue(string section, string key, string iniFile) => string.Empty;
        public static bool SetValue(string section, string key, string value, string iniFile) => true;
    }

    public static class Log // added stand-in
    {
        public static void D(string message) { }
    }

    public class AppConfig
    {
        public string UserName
        {
            get
            {
                var port = _instance.GetValue(Section.HikVision, "UserName");
                return port;
            }
            set => _instance.SetValue(Section.HikVision, "UserName", value);
        }

        public string Password
        {
            get
            {
                var port = _instance.GetValue(Section.HikVision, "Password"); // expect: none
                return port;
            }
            set => _instance.SetValue(Section.HikVision, "Password", value);
        }

        public short Port
        {
            get
            {
                var port = _instance.GetValue(Section.HikVision, "Port");
                return string.IsNullOrEmpty(port) ? Convert.ToInt16(8000) : short.Parse(port);
            }
            set => _instance.SetValue(Section.HikVision, "Port", value.ToString());
        }

        public string IPAddress
        {
            get
            {
                var port = _instance.GetValue(Section.HikVision, "IPAddress");
                return port;
            }
            set => _instance.SetValue(Section.HikVision, "IPAddress", value);
        }

        private static AppConfig _instance;

        public static AppConfig CreateInstance()
        {
            _instance ??= new AppConfig();
            return _instance;
        }

        private static readonly string IniFile = Path.Combine(Environment.CurrentDirectory, @"App.ini");

        public string GetValue(string section, string key)
        {
            return IniFileHelper.GetValue(section, key, IniFile);
        }

        public bool SetValue(string section, string key, string value)
        {
            return IniFileHelper.SetValue(section, key, value, IniFile);
        }
    }

    public class Section
    {
        public const string Theme = "App Theme";
        public const string HikVision = "HikVision";
    }

    public class CameraController
    {
        private readonly AppConfig _config = AppConfig.CreateInstance();
        private Int32 m_lUserID = -1;

        public bool CameraInit()
        {
            bool ret = false;

            if (CHCNetSDK.NET_DVR_Init())
            {
                CHCNetSDK.NET_DVR_SetLogToFile(3, ".\\SdkLog\\", true);
                ret = true;
            }
            else
            {
                Log.D("camera init failed");
            }

            return ret;
        }

        public bool CameraLogin()
        {
            bool ret = false;
            if (m_lUserID < 0)
            {
                //TODO: change to your own network camera configuration
                string DVRIPAddress = _config.IPAddress;
                Int16 DVRPortNumber = _config.Port;
                string DVRUserName = _config.UserName;
                string DVRPassword = _config.Password; // expect: none

                CHCNetSDK.NET_DVR_DEVICEINFO_V30 DeviceInfo = new CHCNetSDK.NET_DVR_DEVICEINFO_V30();
                for (int i = 1; i < 4; i++)
                {
                    m_lUserID = CHCNetSDK.NET_DVR_Login_V30(DVRIPAddress, DVRPortNumber, DVRUserName, DVRPassword,
                        ref DeviceInfo);
                    if (m_lUserID < 0)
                    {
                        uint iLastErr = CHCNetSDK.NET_DVR_GetLastError();
                        string str = "login attempt " + i + " failed, error code= " + iLastErr;
                        Log.D(str);
                    }
                    else
                    {
                        Log.D("login succeeded");
                        ret = true;
                        break;
                    }
                }
            }

            return ret;
        }
    }
}

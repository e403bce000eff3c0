using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// A vendor's native SDK declared in the team's own source (<c>[DllImport("HCNetSDK.dll")] static extern int
/// NET_DVR_Login_V30(..., string sPassword, ...)</c>, red team 97's Hikvision capture tool) is the vendor's library: a
/// credential written at its call is given to that library (IOT1001/IOT1002), as at the same function in a referenced
/// assembly. The team's own methods with a body stay the team's.
/// </summary>
public class NativeSdkFunctionTests
{
    [Fact]
    public Task A_credential_given_to_a_native_function_declared_in_source_reaches_the_vendors_library() =>
        ExpectComments.AssertAsync("""
            using System.Runtime.InteropServices;
            public static class CHCNetSDK
            {
                [DllImport("HCNetSDK.dll")]
                public static extern int NET_DVR_Login_V30(string sDVRIP, ushort wDVRPort, string sUserName, string sPassword, ref int lpDeviceInfo);
                [DllImport("dhnetsdk.dll")]
                public static extern long CLIENT_LoginEx2(string pchDVRIP, ushort wDVRPort, string pchUserName, string pchPassword, int emSpecCap, System.IntPtr pCapParam, out int error);
                [DllImport("HCNetSDK.dll")]
                public static extern bool NET_DVR_SetLogToFile(int bLogEnable, string strLogDir, bool bAutoDel);
            }
            public static class Camera
            {
                public static int Open(string ip)
                {
                    var info = 0;
                    CHCNetSDK.NET_DVR_SetLogToFile(3, "C:\\SdkLog\\", true); // expect: none
                    CHCNetSDK.CLIENT_LoginEx2(ip, 37777, "admin", "admin", 0, System.IntPtr.Zero, out _); // expect: IOT1002
                    return CHCNetSDK.NET_DVR_Login_V30(ip, 8000, "admin", "tianmen472", ref info); // expect: IOT1001
                }
            }
            """);

    [Fact]
    public Task Native_parameters_written_as_String_nullable_strings_bytes_or_generated_imports_are_read_too() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Runtime.InteropServices;
            public static partial class Native
            {
                [DllImport("HCNetSDK.dll")]
                public static extern Int32 NET_DVR_Login_V30(String sDVRIP, Int32 wDVRPort, String sUserName, String sPassword, ref int info);
                [DllImport("mpr.dll")]
                public static extern int WNetAddConnection2(string? lpRemoteName, string? lpPassword, string? lpUserName, int dwFlags);
                [DllImport("vendor.dll")]
                public static extern int Unlock(byte[] password, int length);
                [LibraryImport("camsdk.so", StringMarshalling = StringMarshalling.Utf8)]
                public static partial int CamLogin(string host, string user, string password);
                [DllImport("zip.dll")]
                public static extern int OpenArchive(string path, string mode);
            }
            public static partial class Native
            {
                public static partial int CamLogin(string host, string user, string password) => 0;
            }
            public static class Use
            {
                public static void Run()
                {
                    var info = 0;
                    Native.NET_DVR_Login_V30("10.0.0.5", 8000, "admin", "tianmen472", ref info); // expect: IOT1001
                    Native.WNetAddConnection2(@"\\nas\\logs", "Nas-Share-2031", "logger", 0); // expect: IOT1001
                    Native.Unlock(System.Text.Encoding.ASCII.GetBytes("Kq8-Door-Unlock"), 15); // expect: IOT1001
                    Native.CamLogin("10.0.0.6", "viewer", "Lumo-Cam-7781"); // expect: IOT1001
                    Native.OpenArchive("C:\\logs\\day.zip", "read"); // expect: none
                }
            }
            """);

    [Fact]
    public Task The_teams_own_methods_with_a_body_stay_the_teams() =>
        ExpectComments.AssertAsync("""
            public static class Vault
            {
                private static int Check(string user, string sPassword) => sPassword.Length;
                public static int Probe() => Check("admin", "tianmen472"); // expect: none
            }
            """);
}

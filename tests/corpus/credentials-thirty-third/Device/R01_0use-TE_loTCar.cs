// Real source: 0use-TE/loTCar Src/loTCar/LowerComputer/Program.cs, Src/loTCar/LowerComputer/Services/Extensions.cs,
// Src/loTCar/LowerComputer/Services/WifiConnectService.cs (bcfb2ad9) and an earlier stored version of
// Src/loTCar/LowerComputer/Services/CoreHostService.cs (the WebServerDI version; the index does not name its commit).
// Domain: .NET nanoFramework ESP32 remote-controlled toy car ("LowerComputer") joining the home Wi-Fi and serving a
// motor-control web API to an Avalonia phone app.
// Kept: the Wi-Fi join through the DI extension AddWifiConnectService(ssid, password) -> new WifiConnectService(ssid,
// password) -> fields -> WifiNetworkHelper.ConnectDhcp, and the earlier CoreHostService that called ConnectDhcp with the
// SSID and password written in place. Both Wi-Fi passwords were the author's real working home Wi-Fi passwords: each is
// REPLACED by a value generated with python `secrets` in the same shape (8 digits + a letter; 4 letters + 6 digits).
// The SSIDs are kept as written. Changed: Program.cs's top-level statements are wrapped in Program.ConfigureHost()
// (added) because the corpus builds as a library; the host builder, web server and motor service registrations are
// trimmed; the earlier CoreHostService is renamed CoreHostServiceV1 (added suffix) so both versions compile side by side.
// Shimmed: IServiceCollection / AddSingleton / BackgroundService come from _Stubs.cs.
using System;
using System.Diagnostics;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using nanoFramework.Networking;
using LowerComputer.Services;

namespace LowerComputer
{
    public static class Program
    {
        // added: wrapper for the original top-level statements
        public static IServiceCollection ConfigureHost(IServiceCollection service)
        {
            //运行服务
            return service.AddHostedService(typeof(CoreHostService)).
            //添加wifi服务
            AddWifiConnectService("ouse", "74667379i"); // expect: IOT1001
        }
    }
}

namespace LowerComputer.Services
{
    public static class Extensions
    {
        public static IServiceCollection AddWifiConnectService(this IServiceCollection services, string ssid, string password)
        {
            return services.AddSingleton(typeof(WifiConnectService), sp =>
            {
                var wifiConnectService = new WifiConnectService(ssid, password);
                return wifiConnectService;
            });
        }
    }

    public class WifiConnectService
    {
        private readonly string  wifiSsid;
        private readonly string wifiPassword;
        public WifiConnectService(string ssid, string password)
        {
            wifiSsid = ssid;
            wifiPassword = password;
        }
        public bool ConnectWifi()
        {
            try
            {
                Debug.WriteLine("开始连接Wifi");
                ///先实现局域网控制
                CancellationTokenSource cancellationTokenSource = new CancellationTokenSource(60_000);
                var wifiResult = WifiNetworkHelper.ConnectDhcp(wifiSsid, wifiPassword, requiresDateTime: true, token: cancellationTokenSource.Token);
                return wifiResult;
            }
            catch (Exception ex)
            {
                Debug.WriteLine($"连接Wifi时发生异常: {ex.Message}");
                return false;
            }
        }
    }

    class CoreHostService : BackgroundService
    {
        private readonly WifiConnectService _wifiConnectService;
        public CoreHostService(WifiConnectService wifiConnectService)
        {
            _wifiConnectService = wifiConnectService;
        }
        protected override void ExecuteAsync(CancellationToken stoppingToken)
        {
            var wifiResult = _wifiConnectService.ConnectWifi();
            Debug.WriteLine(wifiResult ? "连接成功" : "连接失败!");
        }
    }

    // Earlier version of CoreHostService.cs (renamed: V1 suffix added)
    class CoreHostServiceV1 : BackgroundService
    {
        protected override void ExecuteAsync(CancellationToken stoppingToken)
        {
            Debug.WriteLine("开始连接Wifi");
            ///先实现局域网控制
            CancellationTokenSource cancellationTokenSource = new CancellationTokenSource(60_000);
            var wifiResult = WifiNetworkHelper.ConnectDhcp("wangqiang", "qtwb675153", requiresDateTime: true, token: cancellationTokenSource.Token); // expect: IOT1001
            if (wifiResult)
            {
                Debug.WriteLine("连接成功");
            }
            else
            {
                Debug.WriteLine("连接失败!");
            }
        }
    }
}

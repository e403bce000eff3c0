using System;
using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 96: an independent precision/recall sample of real public device C# code the team has not seen, in domains
/// earlier red teams did not use (Wi-Fi provisioning on Windows IoT Core through Windows.Devices.WiFi and a
/// PasswordCredential, Bluetooth LE pairing on Windows through DeviceInformationCustomPairing, AWS IoT client
/// certificates, Tuya smart plugs on the LAN through TuyaNet and TuyaCore, an alcohol-tester barrier's CGI, a gas-leak
/// sensor's SMTP alert, a crypto-miner's digest-authenticated CGI, a personal weather station relaying to Weather
/// Underground, PWSweather and AnythingWeather, SolarEdge and Fronius inverters). Adapted to compile against stubs (names,
/// call patterns and classes kept; unrelated bulk and UI trimmed; every working-looking secret replaced by an invented
/// value of the same shape, published defaults and placeholders kept as written). Sources: acejarvis/pose
/// (TuyaDeviceScanner/TuyaDeviceScanner/Program.cs), diegosampaiorj/Infnet
/// (GasSensorSolution/GasSensor/Utilities/SendMail.cs), ivankossdev/AlcoBarrier (HttpHandler.cs), and public
/// repositories found through the code index by content whose repository the index did not name: a Windows IoT Core
/// HubApp MainPage.xaml.cs (Wi-Fi join), a Windows IoT Core OnboardingServer NetworkManager.cs, Tomosawa's SparkinLib
/// Bluetooth/BluetoothManager.cs (Sparkin FP01 pairing), an AWS IoT AuMQTT.cs (M2Mqtt with a client PFX), a Dogstray
/// PlugController.cs (TuyaNet smart plug), a Pandax.HttpClientDigestAuth sample Program.cs (Bitmain-style
/// get_system_info.cgi), an Acu-Link weather station relay (the Wunderground/PWSweather/AnythingWeather uploader), a
/// SourcesSupport SolarHelper.cs (SolarEdge through Flurl) and a ChargeControl FroniusApiClient.cs (Fronius Solar API).
/// Labels were written from docs/rules/IOT1001-IOT1006 before the analyzers were run.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam96Tests
{
    // Windows Runtime surface the Windows IoT Core samples use (the shared stubs declare part of Windows.Devices.WiFi as
    // partial types; the rest is added here). Asynchronous WinRT operations are stood in for by tasks.
    private const string WinRtStub = """
        namespace Windows.Foundation { public sealed class Deferral { } }
        namespace Windows.Foundation.Collections { public sealed class PropertySet { } }
        namespace Windows.Storage.Streams { public sealed class DataReader { } }
        namespace Windows.Security.Credentials
        {
            public sealed class PasswordCredential
            {
                public PasswordCredential() { }
                public PasswordCredential(string resource, string userName, string password) { }
                public string Resource { get; set; } = "";
                public string UserName { get; set; } = "";
                public string Password { get; set; } = "";
            }
        }
        namespace Windows.Networking.Connectivity
        {
            public enum NetworkAuthenticationType { None, Unknown, Open80211, SharedKey80211, Wpa, WpaPsk, WpaNone, Rsna, RsnaPsk }
            public sealed class NetworkSecuritySettings { public NetworkAuthenticationType NetworkAuthenticationType { get; } }
        }
        namespace Windows.Devices.WiFi
        {
            public enum WiFiAccessStatus { Unspecified, Allowed, DeniedByUser, DeniedBySystem }
            public enum WiFiConnectionStatus { UnspecifiedFailure, Success, AccessRevoked, InvalidCredential, NetworkNotAvailable, Timeout, UnsupportedAuthenticationProtocol }
            public sealed class WiFiConnectionResult { public WiFiConnectionStatus ConnectionStatus { get; } }
            public sealed class WiFiNetworkReport { public System.Collections.Generic.IReadOnlyList<WiFiAvailableNetwork> AvailableNetworks { get; } = new WiFiAvailableNetwork[0]; }
            public partial class WiFiAvailableNetwork
            {
                public string Ssid { get; } = "";
                public Windows.Networking.Connectivity.NetworkSecuritySettings SecuritySettings { get; } = new Windows.Networking.Connectivity.NetworkSecuritySettings();
            }
            public partial class WiFiAdapter
            {
                public static System.Threading.Tasks.Task<WiFiAccessStatus> RequestAccessAsync() => System.Threading.Tasks.Task.FromResult(WiFiAccessStatus.Allowed);
                public static System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<WiFiAdapter>> FindAllAdaptersAsync() => System.Threading.Tasks.Task.FromResult<System.Collections.Generic.IReadOnlyList<WiFiAdapter>>(new WiFiAdapter[0]);
                public static System.Threading.Tasks.Task<WiFiAdapter> FromIdAsync(string deviceId) => System.Threading.Tasks.Task.FromResult(new WiFiAdapter());
                public static string GetDeviceSelector() => "";
                public WiFiNetworkReport NetworkReport { get; } = new WiFiNetworkReport();
                public System.Threading.Tasks.Task ScanAsync() => System.Threading.Tasks.Task.CompletedTask;
                public System.Threading.Tasks.Task<WiFiConnectionResult> ConnectAsync(WiFiAvailableNetwork availableNetwork, WiFiReconnectionKind reconnectionKind) => System.Threading.Tasks.Task.FromResult(new WiFiConnectionResult());
                public System.Threading.Tasks.Task<WiFiConnectionResult> ConnectAsync(WiFiAvailableNetwork availableNetwork, WiFiReconnectionKind reconnectionKind, Windows.Security.Credentials.PasswordCredential passwordCredential) => System.Threading.Tasks.Task.FromResult(new WiFiConnectionResult());
            }
        }
        namespace Windows.Devices.Enumeration
        {
            [System.Flags] public enum DevicePairingKinds : uint { None = 0, ConfirmOnly = 1, DisplayPin = 2, ProvidePin = 4, ConfirmPinMatch = 8, ProvidePasswordCredential = 16 }
            public enum DevicePairingProtectionLevel { Default, None, Encryption, EncryptionAndAuthentication }
            public enum DevicePairingResultStatus { Paired, NotReadyToPair, NotPaired, AlreadyPaired, Failed }
            public enum DeviceInformationKind { Unknown, DeviceInterface, DeviceContainer, Device, DeviceInterfaceClass, AssociationEndpoint }
            public sealed class DevicePairingResult { public DevicePairingResultStatus Status { get; } }
            public sealed class DevicePairingRequestedEventArgs
            {
                public DevicePairingKinds PairingKind { get; }
                public string Pin { get; } = "";
                public void Accept() { }
                public void Accept(string pin) { }
            }
            public sealed class DeviceInformationCustomPairing
            {
                public event Windows.Foundation.TypedEventHandler<DeviceInformationCustomPairing, DevicePairingRequestedEventArgs>? PairingRequested;
                public System.Threading.Tasks.Task<DevicePairingResult> PairAsync(DevicePairingKinds pairingKindsSupported, DevicePairingProtectionLevel minProtectionLevel) => System.Threading.Tasks.Task.FromResult(new DevicePairingResult());
            }
            public sealed class DeviceInformationPairing
            {
                public bool IsPaired { get; }
                public bool CanPair { get; }
                public DeviceInformationCustomPairing Custom { get; } = new DeviceInformationCustomPairing();
            }
            public sealed class DeviceInformation
            {
                public string Id { get; } = "";
                public string Name { get; } = "";
                public DeviceInformationPairing Pairing { get; } = new DeviceInformationPairing();
                public static System.Threading.Tasks.Task<DeviceInformation> CreateFromIdAsync(string deviceId) => System.Threading.Tasks.Task.FromResult(new DeviceInformation());
                public static System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<DeviceInformation>> FindAllAsync(string aqsFilter) => System.Threading.Tasks.Task.FromResult<System.Collections.Generic.IReadOnlyList<DeviceInformation>>(new DeviceInformation[0]);
            }
        }
        namespace Windows.Foundation
        {
            public delegate void TypedEventHandler<TSender, TResult>(TSender sender, TResult args);
        }
        namespace Windows.UI.Popups
        {
            public sealed class MessageDialog
            {
                public MessageDialog(string content) { }
                public System.Threading.Tasks.Task ShowAsync() => System.Threading.Tasks.Task.CompletedTask;
            }
        }
        namespace Windows.UI.Xaml
        {
            public class RoutedEventArgs : System.EventArgs { }
            public class DependencyObject { }
            public class UIElement : DependencyObject { }
            public class FrameworkElement : UIElement { }
        }
        namespace Windows.UI.Xaml.Controls
        {
            public class Control : Windows.UI.Xaml.FrameworkElement { }
            public class UserControl : Control { }
            public class Page : UserControl { protected virtual void OnNavigatedTo(Windows.UI.Xaml.Navigation.NavigationEventArgs e) { } }
        }
        namespace Windows.UI.Xaml.Controls.Primitives { public class ButtonBase { } }
        namespace Windows.UI.Xaml.Data { public class Binding { } }
        namespace Windows.UI.Xaml.Input { public class TappedRoutedEventArgs { } }
        namespace Windows.UI.Xaml.Media { public class Brush { } }
        namespace Windows.UI.Xaml.Navigation { public class NavigationEventArgs : System.EventArgs { } }
        namespace NLog
        {
            public class Logger
            {
                public void Info(string message) { }
                public void Error(string message) { }
            }
        }
        """;

    private const string TuyaStub = """
        namespace com.clusterrr.TuyaNet
        {
            public enum TuyaProtocolVersion { V31, V33, V34 }
            public enum TuyaCommand { CONTROL = 7, DP_QUERY = 10 }
            public class TuyaLocalResponse { public string JSON { get; } = ""; }
            public class TuyaDeviceScanInfo { public string IP { get; } = ""; public string GwId { get; } = ""; public string Version { get; } = ""; }
            public class TuyaScanner
            {
                public event System.EventHandler<TuyaDeviceScanInfo>? OnNewDeviceInfoReceived;
                public void Start() { }
                public void Stop() { }
            }
            public class TuyaDevice : System.IDisposable
            {
                public TuyaDevice(string ip, string localKey, string? deviceId = null, TuyaProtocolVersion protocolVersion = TuyaProtocolVersion.V33, int port = 6668, int receiveTimeout = 250) { }
                public string IP { get; }
                public string LocalKey { get; }
                public string? DeviceId { get; }
                public string FillJson(string json, bool addGwId = true, bool addDevId = true, bool addUid = true, bool addTime = true) => json;
                public byte[] EncodeRequest(TuyaCommand command, string json) => new byte[0];
                public TuyaLocalResponse DecodeResponse(byte[] data) => new TuyaLocalResponse();
                public System.Threading.Tasks.Task<byte[]> SendAsync(byte[] data, int retries = 2, int nullRetries = 1, int? overrideRecvTimeout = null, System.Threading.CancellationToken cancellationToken = default) => System.Threading.Tasks.Task.FromResult(new byte[0]);
                public void Dispose() { }
            }
        }
        namespace m4rcus.TuyaCore
        {
            public class TuyaStatus { public bool Powered { get; set; } }
            public class TuyaPlug
            {
                public string IP { get; set; } = "";
                public string LocalKey { get; set; } = "";
                public string Id { get; set; } = "";
                public System.Threading.Tasks.Task<TuyaStatus> GetStatus() => System.Threading.Tasks.Task.FromResult(new TuyaStatus());
                public System.Threading.Tasks.Task<TuyaStatus> SetStatus(bool on) => System.Threading.Tasks.Task.FromResult(new TuyaStatus());
            }
        }
        namespace UnityEngine.Networking { public class UnityWebRequest { } }
        namespace Microsoft.AspNetCore.Mvc
        {
            [System.AttributeUsage(System.AttributeTargets.All, AllowMultiple = true)] public sealed class RouteAttribute : System.Attribute { public RouteAttribute(string template) { } }
            [System.AttributeUsage(System.AttributeTargets.All)] public sealed class ApiControllerAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.All, AllowMultiple = true)] public sealed class HttpGetAttribute : System.Attribute { public HttpGetAttribute() { } public HttpGetAttribute(string template) { } }
            public abstract class ControllerBase { }
        }
        namespace Microsoft.Extensions.FileSystemGlobbing.Internal.PathSegments { public class LiteralPathSegment { } }
        namespace Newtonsoft.Json { public static class JsonConvert { public static string SerializeObject(object value) => ""; } }
        """;

    private const string PandaxStub = """
        namespace Pandax.HttpClientDigestAuth
        {
            public static class HttpClientExtensions
            {
                public static System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage> SendWithDigestAuthAsync(this System.Net.Http.HttpClient client, System.Net.Http.HttpRequestMessage request, string username, string password) => System.Threading.Tasks.Task.FromResult(new System.Net.Http.HttpResponseMessage());
            }
        }
        """;

    private const string SettingsAndFormsStub = """
        namespace System.Configuration
        {
            public abstract class SettingsBase { public virtual object this[string propertyName] { get => ""; set { } } }
            public abstract class ApplicationSettingsBase : SettingsBase { public static SettingsBase Synchronized(SettingsBase settingsBase) => settingsBase; }
            [System.AttributeUsage(System.AttributeTargets.Property)] public sealed class UserScopedSettingAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Property)] public sealed class DefaultSettingValueAttribute : System.Attribute { public DefaultSettingValueAttribute(string value) { } }
        }
        namespace System.Windows.Forms
        {
            public delegate void MethodInvoker();
            public class Control
            {
                public virtual string Text { get; set; } = "";
                public object Invoke(System.Delegate method) => null!;
            }
            public class TextBox : Control { }
            public class Form : Control { }
        }
        """;

    private const string FlurlAndLoggingStub = """
        namespace Flurl
        {
            public class Url
            {
                public Url(string baseUrl) { }
            }
            public static class GeneratedExtensions
            {
                public static Url AppendPathSegment(this string url, object segment, bool fullyEncode = false) => new Url(url);
                public static Url SetQueryParam(this Url url, string name, object value, bool isEncoded = false) => url;
            }
        }
        namespace Flurl.Http
        {
            public class HttpCall { public System.Exception? Exception { get; set; } }
            public class GlobalFlurlHttpSettings
            {
                public System.Action<HttpCall>? OnError { get; set; }
                public System.TimeSpan? Timeout { get; set; }
            }
            public static class FlurlHttp
            {
                public static GlobalFlurlHttpSettings GlobalSettings { get; } = new GlobalFlurlHttpSettings();
                public static void Configure(System.Action<GlobalFlurlHttpSettings> configAction) { }
            }
            public static class GeneratedExtensions
            {
                public static System.Threading.Tasks.Task<T> GetJsonAsync<T>(this Flurl.Url url, System.Threading.CancellationToken cancellationToken = default) => System.Threading.Tasks.Task.FromResult(default(T)!);
            }
        }
        namespace Microsoft.Extensions.Logging
        {
            public interface ILogger { }
            public static class LoggerExtensions { public static void LogError(this ILogger logger, string? message, params object?[] args) { } }
        }
        """;

    // 1. A Windows IoT Core HubApp, MainPage.xaml.cs (repository not named by the index): a hub page that scans for Wi-Fi,
    //    picks the network "JAYHAWK" and joins it with a PasswordCredential whose user name and password are written in
    //    the page, twice (on navigation and on the scan button). PasswordCredential.Password is a library property named
    //    as a password (IOT1001 names a library's secret-named property as a sink). The password "ethanolC2H5" replaced
    //    by an invented one of the same shape; the account name (a student id) by an invented id. Adapted: the XAML half
    //    of the page given as a stand-in.
    [Fact]
    public Task RT96_windows_iot_hub_wifi_password_credential() =>
        ExpectComments.AssertAsync(new[] { WinRtStub }, """
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Linq;
            using Windows.Foundation;
            using Windows.Foundation.Collections;

            using Windows.Devices.WiFi;
            using Windows.UI.Popups;
            using Windows.UI.Xaml;
            using Windows.UI.Xaml.Controls;
            using Windows.UI.Xaml.Controls.Primitives;
            using Windows.UI.Xaml.Data;
            using Windows.UI.Xaml.Input;
            using Windows.UI.Xaml.Media;
            using Windows.UI.Xaml.Navigation;
            using Windows.Devices.Enumeration;
            using System.Text;
            using Windows.Security.Credentials;

            // The Blank Page item template is documented at https://go.microsoft.com/fwlink/?LinkId=402352&clcid=0x409

            namespace HubApp
            {
                /// <summary>
                /// An empty page that can be used on its own or navigated to within a Frame.
                /// </summary>
                public sealed partial class MainPage : Page
                {
                    WiFiAdapter w_adapter;
                    public MainPage()
                    {
                        this.InitializeComponent();
                    }
                    protected override async void OnNavigatedTo(NavigationEventArgs e)
                    {

                        var access = await WiFiAdapter.RequestAccessAsync();

                        if (access != WiFiAccessStatus.Allowed)
                        {
                            MessageDialog msg = new MessageDialog("No adapter access."); // expect: none
                            await msg.ShowAsync();
                            return;
                        }

                        var adapterResults = await DeviceInformation.FindAllAsync(WiFiAdapter.GetDeviceSelector());

                        if (adapterResults.Count < 1)
                        {
                            MessageDialog msg = new MessageDialog("No adapters found.");
                            await msg.ShowAsync();
                            return;
                        }

                        await new MessageDialog("adapter set").ShowAsync();

                        w_adapter = await WiFiAdapter.FromIdAsync(adapterResults[0].Id);

                        await w_adapter.ScanAsync();

                        StringBuilder s = new StringBuilder();
                        var networks = w_adapter.NetworkReport;
                        WiFiAvailableNetwork jayhawk = null;

                        foreach (var net in networks.AvailableNetworks )
                        {
                            s.Append(net.Ssid);

                            s.AppendLine();

                            if (net.Ssid == "JAYHAWK") // expect: none
                                jayhawk = net;
                        }
                        if (jayhawk == null)
                            return;

                        MessageDialog m = new MessageDialog(s.ToString());
                        await m.ShowAsync();

                        var credential = new PasswordCredential();

                        credential.UserName = "k518b227"; // expect: none
                        credential.Password = "butanolC4H9"; // expect: IOT1001

                        var x = await w_adapter.ConnectAsync(jayhawk, WiFiReconnectionKind.Automatic, credential);

                        if(x.ConnectionStatus == WiFiConnectionStatus.Success)
                            await new MessageDialog("success").ShowAsync();

                    }

                    private async void btn_scanWifi_Click(object sender, RoutedEventArgs e)
                    {
                        //await new MessageDialog(w_adapter.NetworkAdapter.NetworkAdapterId.ToString()).ShowAsync();

                        await w_adapter.ScanAsync();

                        StringBuilder s = new StringBuilder();
                        var networks = w_adapter.NetworkReport;
                        WiFiAvailableNetwork jayhawk = null;

                        foreach (var net in networks.AvailableNetworks )
                        {
                            s.Append(net.Ssid);

                            s.AppendLine();

                            if (net.Ssid == "JAYHAWK") // expect: none
                                jayhawk = net;
                        }
                        if (jayhawk == null)
                            return;

                        MessageDialog m = new MessageDialog(s.ToString());
                        await m.ShowAsync();

                        var credential = new PasswordCredential();

                        credential.UserName = "k518b227"; // expect: none
                        credential.Password = "butanolC4H9"; // expect: IOT1001

                        var x = await w_adapter.ConnectAsync(jayhawk, WiFiReconnectionKind.Automatic, credential);

                        if(x.ConnectionStatus == WiFiConnectionStatus.Success)
                            await new MessageDialog("success").ShowAsync();
                    }
                }
            }
            """, """
            namespace HubApp
            {
                public sealed partial class MainPage
                {
                    private void InitializeComponent() { }
                }
            }
            """);

    // 2. A Windows IoT Core OnboardingServer, NetworkManager.cs (repository not named by the index): the onboarding
    //    service of a headless device joins the Wi-Fi network a phone app sends it, the password a parameter given to the
    //    PasswordCredential at run time. No credential in the code: the log lines (one names the password's parameter in
    //    its doc comment, others the SSID) are hard negatives. Adapted: the page's Log method given as a stand-in.
    [Fact]
    public Task RT96_windows_iot_onboarding_runtime_wifi_password() =>
        ExpectComments.AssertAsync(new[] { WinRtStub }, """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Windows.Devices.WiFi;
            using Windows.Networking.Connectivity;
            using Windows.Security.Credentials;

            namespace OnboardingServer
            {
                class NetworkManager
                {
                    private WiFiAdapter m_wiFiAdapter = null;
                    private IReadOnlyList<WiFiAdapter> m_wiFiAdapterList;
                    private MainPage rootPage = null;

                    public NetworkManager(MainPage mainPage)
                    {
                        rootPage = mainPage;
                    }

                    public async Task<int> Initialize()
                    {
                        if (m_wiFiAdapter == null)
                        {
                            //Request access of WiFi adapter.
                            WiFiAccessStatus accessStatus = await WiFiAdapter.RequestAccessAsync();
                            if (accessStatus != WiFiAccessStatus.Allowed)
                            {
                                rootPage.Log("NETWORK_MANAGER::[ERROR]ScanForWiFiAdapterAsync: WiFi access denied."); // expect: none
                            }
                            else
                            {
                                //Find WiFi adatper
                                m_wiFiAdapterList = await WiFiAdapter.FindAllAdaptersAsync();
                                rootPage.Log("NETWORK_MANAGER::Found " + m_wiFiAdapterList.Count + " wifi adapter.");
                                while (m_wiFiAdapterList.Count < 1)
                                {
                                    await System.Threading.Tasks.Task.Delay(3000);
                                    m_wiFiAdapterList = await WiFiAdapter.FindAllAdaptersAsync();
                                    rootPage.Log("NETWORK_MANAGER::Found " + m_wiFiAdapterList.Count+" wifi adapter.");
                                }

                                //Get the first WiFi adatper from the list. 
                                //TODO: Edit this part if the system has more than one WiFi adatpers.
                                m_wiFiAdapter = m_wiFiAdapterList[0];
                            }
                            return -1;
                        }
                        return 0;
                    }

                    /// <summary>
                    /// Return the SSIDs of the available network list.
                    /// </summary>
                    public async Task<List<string>> GetNetworkList()
                    {
                        List<string> m_networkList = new List<string>();
                        if (m_wiFiAdapter == null)
                        {
                            while (await Initialize() != 0){}
                            return await GetNetworkList();
                        }
                        else
                        {
                            await m_wiFiAdapter.ScanAsync();
                            if (m_wiFiAdapter.NetworkReport.AvailableNetworks.Count > 0)
                            {
                                foreach (WiFiAvailableNetwork network in m_wiFiAdapter.NetworkReport.AvailableNetworks.Distinct())
                                {
                                    rootPage.Log(string.Format("NETWORK_MANAGER::GetNetworkList: AP {0} found.", network.Ssid)); // expect: none
                                    m_networkList.Add(network.Ssid);
                                }
                                return m_networkList.Distinct().ToList();
                            }
                        }
                        return null;
                    }

                    /// <summary>
                    /// Connects desired WiFi network specified by the input SSID.
                    /// </summary>
                    /// <param name="ssid">SSID of the desired WiFi network</param>
                    /// <param name="password">Password of the desired WiFI network</param>
                    public async Task<WiFiConnectionStatus> Connect(string ssid, string password)
                    {
                        rootPage.Log("NETWORK_MANAGER::Connecting to " + ssid + "..."); // expect: none

                        try
                        {
                            foreach (WiFiAvailableNetwork network in m_wiFiAdapter.NetworkReport.AvailableNetworks)
                            {
                                if (network.Ssid == ssid)
                                {
                                    WiFiConnectionResult result = null;
                                    if (network.SecuritySettings.NetworkAuthenticationType == NetworkAuthenticationType.Open80211)
                                    {
                                        result = await m_wiFiAdapter.ConnectAsync(network, WiFiReconnectionKind.Automatic);
                                    }
                                    else
                                    {
                                        PasswordCredential credential = new PasswordCredential();
                                        credential.Password = password; // expect: none
                                        result = await m_wiFiAdapter.ConnectAsync(network, WiFiReconnectionKind.Automatic, credential);
                                    }

                                    rootPage.Log("NETWORK_MANAGER::Connection result: " + result.ConnectionStatus.ToString());
                                    return result.ConnectionStatus;
                                }
                            }
                            rootPage.Log("NETWORK_MANAGER::Connection result: Network not found.");
                            return WiFiConnectionStatus.NetworkNotAvailable;
                        }
                        catch (Exception e)
                        {
                            rootPage.Log("NETWORK_MANAGER::[ERROR] Hr" + e.HResult + ": " + e.Message);
                        }
                        return WiFiConnectionStatus.UnspecifiedFailure;
                    }
                }
            }
            """, """
            namespace OnboardingServer
            {
                public sealed partial class MainPage
                {
                    public void Log(string message) { }
                }
            }
            """);

    // 3. Tomosawa's SparkinLib, Bluetooth/BluetoothManager.cs (repository not named by the index): the desktop companion of
    //    the Sparkin FP01 pairs with it through DeviceInformationCustomPairing and answers a ProvidePin ceremony with the
    //    fixed PIN "0000" (kept as written: a universal default). IOT1002 lists "0000" as a default and names pairing PINs
    //    (32feet.NET's PairRequest(pin)) as credentials; Windows' DevicePairingRequestedEventArgs.Accept(pin) is the same
    //    pairing PIN handed to the OS pairing API, labelled IOT1002 on that reading. The log line that says the default PIN
    //    is being provided, the device name and the GATT UUIDs are hard negatives. Adapted: trimmed to the constants, the
    //    pairing method and the pairing handler; the project's LogUtil given as a stand-in.
    //    Fixed (was a miss at first run): Windows' DevicePairingRequestedEventArgs.Accept(pin) is catalogued beside
    //    32feet.NET's pairing calls.
    [Fact]
    public Task RT96_sparkin_ble_pairing_default_pin() =>
        ExpectComments.AssertAsync(new[] { WinRtStub }, """
            using System;
            using System.Text;
            using System.Threading.Tasks;
            using Windows.Devices.Enumeration;
            using System.Linq;
            using System.Threading;
            using NLog;
            using System.Collections.Generic;
            using System.Net;
            using System.Collections.Concurrent;
            /*
             * Copyright (c) 2026 Tomosawa
             * https://github.com/Tomosawa/
             * All rights reserved
             */
            namespace SparkinLib.Bluetooth
            {
                public class BluetoothManager
                {
                    // 服务和特征值UUID常量
                    public static readonly Guid DEFAULT_SERVICE_UUID = new Guid("4fafc201-1fb5-459e-8fcc-c5c9c331914b"); // expect: none
                    public static readonly Guid DEFAULT_CHARACTERISTIC_UUID = new Guid("beb5483e-36e1-4688-b7f5-ea07361b26a8"); // expect: none
                    public static readonly string BLUETOOTH_DEVICE_NAME = "Sparkin FP01"; // expect: none

                    // 电量服务和特征值UUID
                    private static readonly Guid BATTERY_SERVICE_UUID = new Guid("0000180F-0000-1000-8000-00805F9B34FB"); // expect: none
                    private static readonly Guid BATTERY_CHARACTERISTIC_UUID = new Guid("00002A19-0000-1000-8000-00805F9B34FB");

                    public event EventHandler<string> ErrorOccurred;

                    // 日志记录
                    private Logger log = LogUtil.GetLogger();

                    /// <summary>
                    /// UI中直接进行蓝牙配对
                    /// </summary>
                    public async Task<bool> UIPairDeviceAsync(string deviceId)
                    {
                        try
                        {
                            log.Info("[UI_BT_PAIR]通过ID获取设备信息...");

                            // 获取第一个找到的设备
                            DeviceInformation deviceInfo = await DeviceInformation.CreateFromIdAsync(deviceId);
                            log.Info($"[UI_BT_PAIR]得到了设备信息: {deviceInfo.Name}, ID: {deviceInfo.Id}");

                            // 进行配对
                            if (!deviceInfo.Pairing.IsPaired && deviceInfo.Pairing.CanPair)
                            {
                                log.Info("[UI_BT_PAIR]设备未配对，开始配对过程...");

                                // 配置配对选项 - 优先使用不需要用户交互的配对方式
                                DevicePairingKinds ceremonySelection = DevicePairingKinds.None;
                                ceremonySelection |= DevicePairingKinds.ConfirmOnly;  // 首选，只需确认

                                // 添加其他配对方式以支持所有可能的配对方式
                                ceremonySelection |= DevicePairingKinds.ProvidePin;
                                ceremonySelection |= DevicePairingKinds.DisplayPin;
                                ceremonySelection |= DevicePairingKinds.ConfirmPinMatch;
                                ceremonySelection |= DevicePairingKinds.ProvidePasswordCredential;

                                log.Info($"[UI_BT_PAIR]配对选项已配置: {ceremonySelection}");

                                // 创建自定义配对
                                DeviceInformationCustomPairing customPairing = deviceInfo.Pairing.Custom;
                                log.Info("[UI_BT_PAIR]已创建自定义配对对象");

                                // 注册配对请求事件
                                customPairing.PairingRequested += PairingRequested;
                                log.Info("[UI_UI_BT_PAIRBT]已注册PairingRequested事件");

                                try
                                {
                                    log.Info("[UI_BT_PAIR]开始配对...");

                                    // 请求配对
                                    log.Info($"[UI_BT_PAIR]调用PairAsync，ceremonySelection={ceremonySelection}");
                                    DevicePairingResult pairingResult = await customPairing.PairAsync(
                                        ceremonySelection,
                                        DevicePairingProtectionLevel.None);  // 使用较低的保护级别

                                    if (pairingResult.Status == DevicePairingResultStatus.Paired ||
                                        pairingResult.Status == DevicePairingResultStatus.AlreadyPaired)
                                    {
                                        log.Info($"[UI_BT_PAIR]配对成功: {pairingResult.Status}");
                                        return true;
                                    }
                                    else
                                    {
                                        log.Error($"[UI_BT_PAIR]配对失败: {pairingResult.Status}");
                                        return false;
                                    }
                                }
                                catch (UnauthorizedAccessException ex)
                                {
                                    log.Error($"[UI_BT_PAIR]权限不足: {ex.Message}");
                                    ErrorOccurred?.Invoke(this, "权限不足，请确认设备可用");
                                }
                                finally
                                {
                                    // 清理事件处理
                                    customPairing.PairingRequested -= PairingRequested;
                                }
                            }
                            else
                            {
                                log.Info("[UI_BT_PAIR]设备已经配对");
                            }

                            return false;
                        }
                        catch (Exception ex)
                        {
                            log.Error($"[UI_BT_PAIR]配对设备时出错: {ex.Message}");
                            return false;
                        }
                    }

                    /// <summary>
                    /// 配对请求事件处理
                    /// </summary>
                    private void PairingRequested(DeviceInformationCustomPairing sender, DevicePairingRequestedEventArgs args)
                    {
                        try
                        {
                            log.Info($"[BTM_PairingRequested]收到配对请求，配对类型: {args.PairingKind}");

                            switch (args.PairingKind)
                            {
                                case DevicePairingKinds.ConfirmOnly:
                                    // 只需用户确认配对
                                    log.Info("[BTM_PairingRequested]收到ConfirmOnly配对请求，自动接受");
                                    args.Accept();
                                    break;

                                case DevicePairingKinds.DisplayPin:
                                    // 显示PIN码
                                    log.Info($"[BTM_PairingRequested]收到DisplayPin配对请求，PIN码: {args.Pin}");
                                    args.Accept();
                                    break;

                                case DevicePairingKinds.ProvidePin:
                                    // 需要提供PIN码
                                    log.Info("[BTM_PairingRequested]收到ProvidePin配对请求，提供默认PIN码0000"); // expect: none
                                    args.Accept("0000"); // expect: IOT1002
                                    break;

                                case DevicePairingKinds.ConfirmPinMatch:
                                    // 需要确认PIN码匹配
                                    log.Info($"[BTM_PairingRequested]收到ConfirmPinMatch配对请求，PIN码: {args.Pin}");
                                    args.Accept();
                                    break;

                                default:
                                    log.Info($"[BTM_PairingRequested]收到不支持的配对类型: {args.PairingKind}");
                                    args.Accept(); // 尝试接受其他类型的配对请求
                                    break;
                            }

                            log.Info("[BTM_PairingRequested]已处理配对请求");
                        }
                        catch (Exception ex)
                        {
                            log.Info($"[BTM_PairingRequested]处理配对请求时出错: {ex.Message}");
                        }
                    }
                }
            }
            """, """
            namespace SparkinLib
            {
                public static class LogUtil { public static NLog.Logger GetLogger() => new NLog.Logger(); }
            }
            """);

    // 4. An AWS IoT AuMQTT.cs (repository not named by the index): a device publishes to AWS IoT over M2Mqtt with a client
    //    certificate loaded from a PFX whose password is written at the X509Certificate2 constructor (a catalogued PFX
    //    password). "123" replaced by an invented password of the same shape (three digits; not a listed default, which
    //    starts at four digits). The AWS endpoint (replaced by an invented one of the same shape), the file names and the
    //    topic are hard negatives. Adapted: the enum argument written as the shared M2Mqtt stub's int, Publish/Subscribe
    //    and the commented-out region trimmed (the shared stub declares neither).
    [Fact]
    public Task RT96_aws_iot_m2mqtt_client_pfx_password() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Security.Cryptography.X509Certificates;
            using System.Text;
            using System.Threading.Tasks;
            using uPLibrary.Networking.M2Mqtt;

            namespace MQTT
            {
                public class AuMQTT
                {
                    /// <summary>
                    /// AWS IoT endpoint - replace with your own
                    /// </summary>
                    public const string IotEndpoint = "b7kwqzr4hm2e9t.iot.us-east-1.amazonaws.com"; // expect: none
                    /// <summary>
                    /// TLS1.2 port used by AWS IoT
                    /// </summary>
                    private const int BrokerPort = 8883;
                    private const int TLSv1_2 = 4;
                    /// <summary>
                    /// this must match - partially - what the subscribed is subscribed too
                    /// nicksthings = the THING i created in AWS IoT
                    /// t1/t555 is just an arbitary topic that i'm publishing to. (It needs 2 parts for the rule I'm using to work)
                    /// </summary>
                    public string Topic = "test"; // expect: none

                    public MqttClient client;

                    public AuMQTT(string DeviceId)
                    {
                        try
                        {
                            if (client == null)
                            {
                                //convert to pfx using openssl
                                //you'll need to add these two files to the project and copy them to the output
                                var clientCert = new X509Certificate2("certificate.pfx", "739"); // expect: IOT1001
                                //this is the AWS caroot.pem file that you get as part of the download
                                var caCert = X509Certificate.CreateFromSignedFile("MyIoT.cert.pem"); // expect: none

                                client = new MqttClient(IotEndpoint, BrokerPort, true, caCert, clientCert, TLSv1_2 /*this is what AWS IoT uses*/);

                                client.Connect(DeviceId);
                            }
                        }
                        catch (Exception ex)
                        {

                        }
                    }
                }
            }
            """);

    // 5. A Dogstray PlugController.cs (repository not named by the index): an ASP.NET Core controller that switches a Tuya
    //    smart plug on the LAN through TuyaNet, the plug's local key (the AES key that authenticates and encrypts every
    //    local command) written at TuyaDevice(ip, localKey, deviceId, ...), twice. IOT1001 names a symmetric device key as a
    //    credential and a library parameter named for the credential it takes as a sink; labelled IOT1001 on that reading.
    //    The key replaced by an invented one of the same shape (16 hex digits), the device id by an invented one of the same
    //    shape; the address, the DPS commands and the status text are hard negatives.
    //    Fixed (was a defect at first run: no finding): a Tuya device's local key is a credential name (TuyaLocalKeyTests).
    [Fact]
    public Task RT96_tuyanet_plug_controller_local_key() =>
        ExpectComments.AssertAsync(new[] { TuyaStub }, """
            using System;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Mvc;
            //using m4rcus.TuyaCore;
            using com.clusterrr.TuyaNet;
            using Newtonsoft.Json;
            using Microsoft.Extensions.FileSystemGlobbing.Internal.PathSegments;
            //using TuyaNet;


            // For more information on enabling Web API for empty projects, visit https://go.microsoft.com/fwlink/?LinkID=397860

            namespace Dogstray.Controllers
            {
                [Route("api/[controller]")]
                [ApiController]

                public class PlugController : ControllerBase
                {
                 
                    [HttpGet]
                    public string Get()
                    {

                        return "service is Running"; // expect: none

                    }
                    [HttpGet("On")]
                    public async Task<string> TurnON()
                    {
                    byte[] request;
                    TuyaDevice dev = new TuyaDevice(ip: "192.168.18.125", localKey: "b6d21f09a7c3e548", deviceId: "6623019847a1bc05d3e7#1", protocolVersion: TuyaProtocolVersion.V33); // expect: IOT1001
                    byte[] req1 = dev.EncodeRequest(TuyaCommand.CONTROL, dev.FillJson("{\"dps\":{\"1\":true}}")); // expect: none
                    request = req1;
                    byte[] encryptedResponse = await dev.SendAsync(request);
                    TuyaLocalResponse response = dev.DecodeResponse(encryptedResponse);
                    Console.WriteLine($"Response JSON: {response.JSON}");
                    //get current time and store in Db
                    return response.JSON;

                    }
                    [HttpGet("OFF")]
                    public async Task<string> TurnOFF()
                    {
                        byte[] request;
                        TuyaDevice dev = new TuyaDevice(ip: "192.168.18.125", localKey: "b6d21f09a7c3e548", deviceId: "6623019847a1bc05d3e7#1", protocolVersion: TuyaProtocolVersion.V33); // expect: IOT1001
                        byte[] req2 = dev.EncodeRequest(TuyaCommand.CONTROL, dev.FillJson("{\"dps\":{\"1\":false}}")); // expect: none
                        request = req2;
                        byte[] encryptedResponse = await dev.SendAsync(request);
                        TuyaLocalResponse response = dev.DecodeResponse(encryptedResponse);
                        Console.WriteLine($"Response JSON: {response.JSON}");
                        return response.JSON;

                    }


                }
            }
            """);

    // 6. acejarvis/pose, TuyaDeviceScanner/TuyaDeviceScanner/Program.cs (stored version): a pose-controlled home's scanner
    //    that finds Tuya plugs and switches one through TuyaCore's TuyaPlug, whose LocalKey (the plug's AES key) is set to
    //    the template "localkey", twice: a value that repeats its holder's name is a placeholder (IOT1006) where it
    //    reaches the library's key member. The "IP" and "id" stand-ins and the console text are hard negatives.
    //    Fixed (was a defect at first run: no finding): TuyaPlug.LocalKey is a credential property (TuyaLocalKeyTests).
    [Fact]
    public Task RT96_tuyacore_scanner_local_key_template() =>
        ExpectComments.AssertAsync(new[] { TuyaStub }, """
            using System;
            using System.Threading.Tasks;
            using System.Net.Http;
            using m4rcus.TuyaCore;
            using com.clusterrr.TuyaNet;
            using System.Collections.Generic;
            using UnityEngine.Networking;

            namespace TuyaDeviceScanner
            {
                class Program
                {


                    static void Main(string[] args)
                    {

                        var scanner = new TuyaScanner();
                        scanner.OnNewDeviceInfoReceived += Scanner_OnNewDeviceInfoReceived;
                        Console.WriteLine("Scanning local network for Tuya devices, press any key to stop."); // expect: none
                        scanner.Start();
                        Console.ReadKey();
                        scanner.Stop();

                        var devices = initializeDevices();
                        DeviceControl(2, devices);
                    }

                    // Test Device Control

                    static async Task DeviceControl(int index, List<TuyaPlug> deviceList)
                    {
                        //var status = await deviceList[index].GetStatus();
                        await deviceList[index].SetStatus(false);

                    }


                    static async Task TurnON()
                    {
                        var device = new TuyaPlug()
                        {
                            IP = "IP", // expect: none
                            LocalKey = "localkey", // expect: IOT1006
                            Id = "id" // expect: none
                        };
                        var status = await device.GetStatus();
                        await device.SetStatus(!status.Powered); // toggle power
                    }

                    private static void Scanner_OnNewDeviceInfoReceived(object sender, TuyaDeviceScanInfo e)
                    {
                        Console.WriteLine($"New device found! IP: {e.IP}, ID: {e.GwId}, version: {e.Version}");
                    }

                    static List<TuyaPlug> initializeDevices()
                    {
                        var devices = new List<TuyaPlug>();
                        devices.Add(new TuyaPlug()
                        {
                            IP = "IP", // expect: none
                            LocalKey = "localkey", // expect: IOT1006
                            Id = "id" // expect: none
                        });
                        return devices;
                    }
                }
            }
            """);

    // 7. ivankossdev/AlcoBarrier, HttpHandler.cs: the controller of a breathalyser turnstile reads the tester's device
    //    information through its CGI with the login in the request URI's query (userName=Admin&password=1234). "1234" is a
    //    listed default in a secret-named query value of a catalogued request URI: IOT1002 (kept as written).
    [Fact]
    public Task RT96_alco_barrier_cgi_default_password_in_query() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Linq;
            using System.Net.Http;
            using System.Net.Sockets;
            using System.Text;
            using System.Threading;
            using System.Threading.Tasks;

            namespace AlcoBarrier
            {
                class HttpHandler
                {
                    private HttpClient client;

                    public HttpHandler() 
                    {
                        client = new HttpClient();
                    }

                    public string res { get; private set; } = string.Empty;

                    async public Task GetInfo(string ip)
                    {

                        try
                        {
                            HttpResponseMessage response = await client.GetAsync($"http://{ip}/cgi-bin/param.cgi?userName=Admin&password=1234&action=get&type=%20deviceInfo"); // expect: IOT1002

                            response.EnsureSuccessStatusCode();
                            
                            string responseBody = await response.Content.ReadAsStringAsync();
                            res = $"{responseBody} \n";

                        }
                        catch (HttpRequestException e)
                        {
                            res = $"\nException Caught!\nMessage :{e.Message}"; // expect: none
                        }
                    }
                }
            }
            """);

    // 8. diegosampaiorj/Infnet, GasSensorSolution/GasSensor/Utilities/SendMail.cs (stored version): a gas-leak sensor's
    //    web app mails an alert through Gmail's SMTP with the account's password written in a NetworkCredential. The
    //    password replaced by an invented one of the same shape; the SMTP host, the addresses, the display names and the
    //    message text are hard negatives.
    [Fact]
    public Task RT96_gas_sensor_smtp_alert_password() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Net.Mail;

            namespace GasSensor.Utilities
            {
                /// <summary>
                /// Classe para enviar o e-mail
                /// </summary>
                public class SendMail
                {
                    /// <summary>
                    /// Método de envio de e-mail
                    /// </summary>
                    public void SendMessage()
                    {
                        // Classe de envio de e-mail utilizando SMTP
                        SmtpClient client = new SmtpClient();
                        
                        // Definindo o host a ser utilizado
                        client.Host = "smtp.gmail.com"; // expect: none
                        
                        // Encriptografia em SSL habilitada
                        client.EnableSsl = true;

                        // Passando as credenciais de acesso do e-mail a ser utilizado
                        client.Credentials = new System.Net.NetworkCredential("diego.dscrj@gmail.com", "@Kq37mz206"); // expect: IOT1001

                        // Instancia a classe de envio.
                        MailMessage mail = new MailMessage();

                        // Especifica o e-mail de quem está enviando (opicional)
                        mail.Sender = new MailAddress("diego.dscrj@gmail.com", "Sender"); // expect: none

                        // Especifica quem está enviando o e-mail
                        mail.From = new MailAddress("diego.dscrj@gmail.com", "Quem enviou"); // expect: none

                        // Especifica os remetentes do e-mail
                        mail.To.Add(new MailAddress("dsampaio@mundipagg.com", "Receiver")); // expect: none

                        // Assunto do e-mail
                        mail.Subject = "Contato";

                        // Corpo do e-mail
                        mail.Body = " Mensagem do site: E-mail de teste para o cliente de envio de e-mail do trabalho da Yona.<br/> Nome:  " + "Diego" + "<br/> Email : " + "diego.dscrj@gmail.com" + // expect: none
                                    " <br/> Mensagem : " + "Mensagem de teste";

                        // Diz que o corpo do e-mail é um HTML
                        mail.IsBodyHtml = true;

                        // Seta a prioridade do e-mail
                        mail.Priority = MailPriority.High;

                        try
                        {
                            // Envia o e-mail
                            client.Send(mail);
                        }
                        catch (Exception erro)
                        {
                            throw erro;
                        }
                        finally
                        {
                            // Esvazia o e-mail enviado.
                            mail = null;
                        }

                    }
                }
            }
            """);

    // 9. A Pandax.HttpClientDigestAuth sample, Program.cs (repository not named by the index): reads a miner's system
    //    information from its get_system_info.cgi with HTTP digest authentication, the factory login root/root in locals
    //    handed to the library's SendWithDigestAuthAsync(request, username, password). The password "root" is a listed
    //    default at a library parameter named as a password: IOT1002 (kept as written); the user name "root" is not judged
    //    as a password. The prompt and the CGI URL are hard negatives.
    [Fact]
    public Task RT96_digest_auth_miner_root_login() =>
        ExpectComments.AssertExecutableAsync(new[] { PandaxStub }, """
            using System;
            using System.Net.Http;
            using Pandax.HttpClientDigestAuth;

            var username = "root"; // expect: none
            var password = "root"; // expect: IOT1002

            Console.Write("type your IP address:"); // expect: none
            var ip = Console.ReadLine()!.Trim();

            var client = new HttpClient();
            var request = new HttpRequestMessage(HttpMethod.Get, $"http://{ip}/cgi-bin/get_system_info.cgi"); // expect: none
            var response = await client.SendWithDigestAuthAsync(request, username, password);
            Console.WriteLine(response.StatusCode);
            Console.WriteLine(await response.Content.ReadAsStringAsync());
            """);

    // 10. An Acu-Link weather station relay (the Wunderground/PWSweather/AnythingWeather uploader; repository not named by
    //     the index): each reading is posted to the weather networks in request URIs whose station passwords come from the
    //     application's user settings at run time. No credential in the code: the "&PASSWORD=" and "&password=" query
    //     names, the station software tag and the endpoints are hard negatives. Adapted: trimmed to the three uploads;
    //     the generated Properties.Settings given as the designer writes it; the form's output box kept as a stand-in.
    [Fact]
    public Task RT96_weather_station_relay_runtime_station_passwords() =>
        ExpectComments.AssertAsync(new[] { SettingsAndFormsStub }, """
            using System;
            using System.IO;
            using System.Net;
            using System.Text;
            using System.Windows.Forms;

            namespace AcuLink
            {
                public partial class MainForm : Form
                {
                    private TextBox txtOutput = new TextBox();

                    private void PostReading(decimal temperature, decimal humidity, decimal pressure, decimal windspeed, decimal windGust, int windDegrees, decimal rainHour, decimal cumulRainDay, double dewpoint, decimal soilTemperature, decimal soilHumidity)
                    {
                        string wuResponse = null;
                        string pwsResponse = null;
                        string aWeatherResponse = null;

                        if (Properties.Settings.Default.postToWunderground == true)
                        {
                            string wundergroundUpdateString = "http://rtupdate.wunderground.com/weatherstation/updateweatherstation.php?ID=" + Properties.Settings.Default.wuStation + // expect: none
                                "&PASSWORD=" + System.Uri.EscapeUriString(Properties.Settings.Default.wuPwd) + "&dateutc=" + // expect: none
                                System.Uri.EscapeUriString(Convert.ToString(DateTime.Now.ToUniversalTime())) + "&winddir=" + windDegrees + "&windspeedmph=" + windspeed + "&tempf=" +
                                temperature + "&rainin=" + rainHour + "&dailyrainin=" + cumulRainDay + "&baromin=" + pressure + "&dewptf=" + dewpoint + "&humidity=" + humidity +
                                "&softwaretype=" + "Kevins%20Acu-Rapid%514&action=updateraw&realtime=1&rtfreq=15" + "&windgustmph=" + windGust + "&indoortempf=" + temperature + // expect: none
                                "&soiltempf=" + soilTemperature + "&soilmoisture=" + soilHumidity;
                            try
                            {
                                HttpWebRequest request = (HttpWebRequest)WebRequest.Create(wundergroundUpdateString);
                                HttpWebResponse response = (HttpWebResponse)request.GetResponse();
                                Stream receiveStream = response.GetResponseStream();
                                StreamReader readStream = new StreamReader(receiveStream, Encoding.UTF8);
                                wuResponse = readStream.ReadToEnd();

                                readStream.Close();
                                response.Close();

                                if (Properties.Settings.Default.debugMode == true)
                                {
                                    this.Invoke(new MethodInvoker(() => txtOutput.Text = "   String posted to Wunderground: " + wundergroundUpdateString + System.Environment.NewLine + txtOutput.Text));
                                }

                                if (wuResponse.IndexOf("success") != -1)
                                {
                                    wuResponse = "ok";
                                }
                            }
                            catch (Exception ex)
                            {
                                wuResponse = "";
                                this.Invoke(new MethodInvoker(() => txtOutput.Text = DateTime.Now + "\t" + "ERROR posting data to Weather Underground. " + ex.Message +
                                    System.Environment.NewLine + txtOutput.Text));
                            }
                        }
                        else
                        {
                            wuResponse = "off";
                        }

                        if (Properties.Settings.Default.postToPws == true)
                        {
                            string pwsUpdateString = "http://www.pwsweather.com/pwsupdate/pwsupdate.php?ID=" + Properties.Settings.Default.pwsStation + "&PASSWORD=" + // expect: none
                                Properties.Settings.Default.pwsPwd + "&dateutc=" +
                                DateTime.Now.ToUniversalTime().ToString("yyyy-MM-dd+HH\\%3Amm\\%3Ass") + "&winddir=" + windDegrees + "&windspeedmph=" + windspeed +
                                "&windgustmph=" + windGust + "&tempf=" + temperature + "&rainin=" + rainHour + "&dailyrainin=" + cumulRainDay + "&baromin=" + pressure +
                                "&dewptf=" + dewpoint + "&humidity=" + humidity + "&action=updateraw";

                            try
                            {
                                HttpWebRequest request = (HttpWebRequest)WebRequest.Create(pwsUpdateString);
                                HttpWebResponse response = (HttpWebResponse)request.GetResponse();
                                Stream receiveStream = response.GetResponseStream();
                                StreamReader readStream = new StreamReader(receiveStream, Encoding.UTF8);
                                pwsResponse = readStream.ReadToEnd();

                                readStream.Close();
                                response.Close();

                                if (pwsResponse.IndexOf("Data Logged and posted in METAR mirror") >= 0)
                                {
                                    pwsResponse = "ok";
                                }
                            }
                            catch (Exception ex)
                            {
                                pwsResponse = "";
                            }
                        }

                        if (Properties.Settings.Default.postToAWeather == true)
                        {
                            string aWeatherUpdateString = "http://www.anythingweather.com/feeds/load/WXDATAPOST.ASP?username=" + Properties.Settings.Default.awStation + // expect: none
                                "&password=" + System.Uri.EscapeUriString(Properties.Settings.Default.awPwd) + "&version=1&WXData=" + // expect: none
                                DateTime.Now.ToString("yyyy\\%2DMM\\%2Ddd+HH:mm:ss") + "%2C" + temperature + "%2C" + dewpoint + "%2C" +
                                humidity + "%2C" + pressure + "%2C" + windDegrees + "%2C" + windspeed + "%2C" + cumulRainDay + "%2C%2C%2C" + windGust +
                                "%2C%0D";

                            try
                            {
                                HttpWebRequest request = (HttpWebRequest)WebRequest.Create(aWeatherUpdateString);
                                HttpWebResponse response = (HttpWebResponse)request.GetResponse();
                                aWeatherResponse = "ok";
                                response.Close();
                            }
                            catch (Exception ex)
                            {
                                aWeatherResponse = "";
                            }
                        }
                    }
                }
            }
            """, """
            //------------------------------------------------------------------------------
            // <auto-generated>
            //     This code was generated by a tool.
            // </auto-generated>
            //------------------------------------------------------------------------------
            namespace AcuLink.Properties
            {
                internal sealed partial class Settings : global::System.Configuration.ApplicationSettingsBase
                {
                    private static Settings defaultInstance = ((Settings)(global::System.Configuration.ApplicationSettingsBase.Synchronized(new Settings())));

                    public static Settings Default { get { return defaultInstance; } }

                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("False")]
                    public bool postToWunderground { get { return ((bool)(this["postToWunderground"])); } set { this["postToWunderground"] = value; } }

                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("False")]
                    public bool postToPws { get { return ((bool)(this["postToPws"])); } set { this["postToPws"] = value; } }

                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("False")]
                    public bool postToAWeather { get { return ((bool)(this["postToAWeather"])); } set { this["postToAWeather"] = value; } }

                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("False")]
                    public bool debugMode { get { return ((bool)(this["debugMode"])); } set { this["debugMode"] = value; } }

                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("")]
                    public string wuStation { get { return ((string)(this["wuStation"])); } set { this["wuStation"] = value; } }

                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("")]
                    public string wuPwd { get { return ((string)(this["wuPwd"])); } set { this["wuPwd"] = value; } }

                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("")]
                    public string pwsStation { get { return ((string)(this["pwsStation"])); } set { this["pwsStation"] = value; } }

                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("")]
                    public string pwsPwd { get { return ((string)(this["pwsPwd"])); } set { this["pwsPwd"] = value; } }

                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("")]
                    public string awStation { get { return ((string)(this["awStation"])); } set { this["awStation"] = value; } }

                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("")]
                    public string awPwd { get { return ((string)(this["awPwd"])); } set { this["awPwd"] = value; } }
                }
            }
            """);

    // 11. A SourcesSupport SolarHelper.cs (repository not named by the index): a dashboard reads a SolarEdge inverter's
    //     current power flow through Flurl, the monitoring API key a constructor parameter kept in a field and appended as
    //     the api_key query value at run time. No credential in the code: the base URL, the path segment and the query's
    //     name are hard negatives. Adapted: the response types given as stand-ins.
    [Fact]
    public Task RT96_solaredge_flurl_runtime_api_key() =>
        ExpectComments.AssertAsync(new[] { FlurlAndLoggingStub }, """
            using System;
            using System.Collections.Generic;
            using System.Diagnostics;
            using System.Text;
            using System.Threading.Tasks;
            using Flurl;
            using Flurl.Http;
            using Microsoft.Extensions.Logging;

            namespace SourcesSupport
            {
            	public class SolarHelper
            	{
            		readonly static string SOLAR_EDGE_BASE_URL = "https://monitoringapi.solaredge.com/site"; // expect: none

            		public SolarHelper(int installationId, string apiKey, ILogger logger)
            		{
            			_installationId = installationId;
            			_apiKey = apiKey; // expect: none
            			_logger = logger;

            			FlurlHttp.Configure(settings => settings.OnError = LogHttpError);
            			FlurlHttp.GlobalSettings.Timeout = TimeSpan.FromSeconds(20);
            		}

            		[DebuggerBrowsable(DebuggerBrowsableState.Never)]
            		readonly string _apiKey;
            		readonly int _installationId;
            		ILogger _logger;

            		public async Task<CurrentPowerFlow> GetCurrentPowerAsync()
            		{
            			var result = await SOLAR_EDGE_BASE_URL
            				.AppendPathSegment("currentPowerFlow") // expect: none
            				.SetQueryParam("api_key", _apiKey) // expect: none
            				.GetJsonAsync<CurrentPowerFlowRoot>()
            				.ConfigureAwait(false);

            			return result.CurrentPowerFlow;
            		}

            		void LogHttpError(HttpCall httpCall)
            		{
            			if (_logger != null)
            			{
            				_logger.LogError($"HTTP error: {httpCall.Exception}");
            			}
            		}
            	}
            }
            """, """
            namespace SourcesSupport
            {
                public class CurrentPowerFlow { public double Unit { get; set; } }
                public class CurrentPowerFlowRoot { public CurrentPowerFlow CurrentPowerFlow { get; set; } = new CurrentPowerFlow(); }
            }
            """);

    // 12. A ChargeControl FroniusApiClient.cs (repository not named by the index): an EV charge controller polls a Fronius
    //     inverter's local Solar API, which needs no login. No credential in the code: the inverter's address and the
    //     CGI paths are hard negatives. Adapted: implicit usings written out; the response types and IPowerPlant given as
    //     stand-ins.
    [Fact]
    public Task RT96_fronius_solar_api_charge_control() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Linq;
            using System.Net.Http;
            using System.Text.Json;
            using System.Threading.Tasks;
            using ChargeControl.PowerPlant.FroniusApi;

            namespace ChargeControl.PowerPlant;

            public class FroniusApiClient : IPowerPlant
            {
                // private InverterRealtimeDataResponse? _inverterRealtimeData;
                private StorageRealtimeDataResponse? _storageRealtimeData;
                private PowerFlowRealtimedataResponse? _powerFlowRealtimeData;

                private readonly string _baseUrl = "http://192.168.178.63"; // expect: none
                
                private readonly JsonSerializerOptions _jsonOptions = new JsonSerializerOptions
                {
                    PropertyNameCaseInsensitive = true
                };

                public async Task Fetch()
                {
                    // await FetchInverterRealtimeData();
                    await FetchStorageRealtimeData();
                    await FetchPowerFlowRealtimeData();
                }
                
                private async Task FetchStorageRealtimeData()
                {
                    var url = $"{_baseUrl}/solar_api/v1/GetStorageRealtimeData.cgi"; // expect: none
                    var response = await new HttpClient().GetAsync(url);

                    var body = await response.Content.ReadAsStringAsync();

                    _storageRealtimeData = JsonSerializer.Deserialize<StorageRealtimeDataResponse>(body, _jsonOptions);
                }
                
                private async Task FetchPowerFlowRealtimeData()
                {
                    var url = $"{_baseUrl}/solar_api/v1/GetPowerFlowRealtimeData.fcgi"; // expect: none
                    var response = await new HttpClient().GetAsync(url);

                    var body = await response.Content.ReadAsStringAsync();
                    
                    _powerFlowRealtimeData = JsonSerializer.Deserialize<PowerFlowRealtimedataResponse>(body, _jsonOptions);
                }

                public double CurrentPowerFlowProducing()
                {
                    return _powerFlowRealtimeData?.Body.Data.Site.P_PV / 1000.0 ?? 0.0;
                }
                
                public double CurrentPowerFlowLoad()
                {
                    return -_powerFlowRealtimeData?.Body.Data.Site.P_Load / 1000.0 ?? 0.0;
                }

                public double SocCurrentLevel()
                {
                    return _storageRealtimeData?.Body.Data.Values.First().Controller.StateOfCharge_Relative ?? 0.0;
                }
            }
            """, """
            using System.Collections.Generic;

            namespace ChargeControl.PowerPlant
            {
                public interface IPowerPlant { System.Threading.Tasks.Task Fetch(); }
            }
            namespace ChargeControl.PowerPlant.FroniusApi
            {
                public class Site { public double? P_PV { get; set; } public double? P_Load { get; set; } }
                public class PowerFlowData { public Site Site { get; set; } = new Site(); }
                public class PowerFlowBody { public PowerFlowData Data { get; set; } = new PowerFlowData(); }
                public class PowerFlowRealtimedataResponse { public PowerFlowBody Body { get; set; } = new PowerFlowBody(); }
                public class StorageController { public double StateOfCharge_Relative { get; set; } }
                public class StorageEntry { public StorageController Controller { get; set; } = new StorageController(); }
                public class StorageBody { public Dictionary<string, StorageEntry> Data { get; set; } = new Dictionary<string, StorageEntry>(); }
                public class StorageRealtimeDataResponse { public StorageBody Body { get; set; } = new StorageBody(); }
            }
            """);

}

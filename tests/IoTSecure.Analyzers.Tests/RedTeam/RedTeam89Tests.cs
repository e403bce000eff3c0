using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 89: an independent precision/recall sample of real public device code the team has not seen, adapted to
/// compile against the stubs (names, call patterns and classes kept; unrelated bulk trimmed; every working-looking secret
/// replaced by an invented value of the same shape, placeholders kept as written). Sources:
/// sandervandevelde/Nanoframework-Cloud-MQTT-Broker-support, nanoframework/Samples (WebServer ControllerAuth, WiFiAP,
/// AzureSDKBasic), GoldFireGames/iot-project, a Meadow "Clima_OTA" IoT Hub sample (Secrets.cs + IoTHubController.cs),
/// cavedunissin/lattepanda, TUBAF-IfI-LiaScript/VL_Softwareentwicklung, awong1900/Learn_Azure_IoT,
/// nanoframework/nanoFramework.IoT.Device (AtModem SIM7080 sample), an RP4SenseHat.csharp DPS client,
/// eb2tech/cyd_mqtt_sample, a Ciacco85.IoTTester PN532/Mifare manager, a Home Assistant MQTTnet console publisher and
/// WildernessLabs Maple (ServerSimpleMeadow sample). Labels were written from docs/rules/IOT1001-IOT1006 before the
/// analyzers were run and were not changed afterwards.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam89Tests
{
    private const string WebServerRouteStub = """
        namespace nanoFramework.WebServer
        {
            [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
            public class RouteAttribute : System.Attribute { public RouteAttribute(string route) { } }
            public class WebServerEventArgs { public System.Net.HttpListenerContext Context => null!; }
        }
        """;

    private const string MeadowAppStub = """
        namespace Meadow
        {
            public interface ILogger { void Info(string message); }
            public static class Resolver { public static ILogger Log => null!; }
            public abstract class App<TDevice> where TDevice : new()
            {
                public static TDevice Device { get; } = new TDevice();
                public virtual System.Threading.Tasks.Task Initialize() => System.Threading.Tasks.Task.CompletedTask;
                public virtual System.Threading.Tasks.Task Run() => System.Threading.Tasks.Task.CompletedTask;
            }
        }
        namespace Meadow.Devices
        {
            public class NetworkAdapterCollection { public T Primary<T>() where T : class => null!; }
            public class F7FeatherV2 { public NetworkAdapterCollection NetworkAdapters { get; } = new NetworkAdapterCollection(); }
        }
        """;

    private const string AmqpSessionStub = """
        namespace Amqp
        {
            public class Connection { }
            public class ConnectionFactory { public System.Threading.Tasks.Task<Connection> CreateAsync(Address address) => System.Threading.Tasks.Task.FromResult(new Connection()); }
            public class Session { public Session(Connection connection) { } }
            public class Message { public object BodySection { get; set; } }
            public class SenderLink
            {
                public SenderLink(Session session, string name, string address) { }
                public System.Threading.Tasks.Task SendAsync(Message message) => System.Threading.Tasks.Task.CompletedTask;
            }
        }
        namespace Amqp.Framing { public class Data { public byte[] Binary { get; set; } } }
        """;

    private const string LattePandaStub = """
        namespace LattePanda.Firmata
        {
            public class Arduino { public void DHT(int command) { } public string STRING_DHT => ""; }
        }
        """;

    private const string AzureServiceStub = """
        namespace Microsoft.Azure.Devices
        {
            public class SymmetricKey { public string PrimaryKey { get; set; } }
            public class AuthenticationMechanism { public SymmetricKey SymmetricKey { get; set; } }
            public class Device { public Device(string id) { } public AuthenticationMechanism Authentication { get; set; } }
            public class RegistryManager
            {
                public static RegistryManager CreateFromConnectionString(string connectionString) => new RegistryManager();
                public System.Threading.Tasks.Task<Device> AddDeviceAsync(Device device) => System.Threading.Tasks.Task.FromResult(device);
                public System.Threading.Tasks.Task<Device> GetDeviceAsync(string deviceId) => System.Threading.Tasks.Task.FromResult(new Device(deviceId));
            }
        }
        namespace Microsoft.Azure.Devices.Common.Exceptions { public class DeviceAlreadyExistsException : System.Exception { } }
        """;

    private const string AtModemStub = """
        namespace IoT.Device.AtModem
        {
            public class AtChannel
            {
                public static AtChannel Create(System.IO.Ports.SerialPort port) => new AtChannel();
                public bool DebugEnabled { get; set; }
            }
        }
        namespace IoT.Device.AtModem.DTOs
        {
            public enum SimStatus { SIM_READY, SIM_PIN, SIM_PUK }
            public class PersonalIdentificationNumber { public PersonalIdentificationNumber(string pin) { Pin = pin; } public string Pin { get; } }
            public class AccessPointConfiguration
            {
                public AccessPointConfiguration(string apn) { }
                public AccessPointConfiguration(string apn, string userName, string password) { }
            }
            public class PhoneNumber { public PhoneNumber(string number) { } }
            public class NetworkInformation { public string NetworkOperator => ""; public string IPAddress => ""; }
        }
        namespace IoT.Device.AtModem.Modem
        {
            public class ModemResponse { public bool IsSuccess { get; set; } public object Result { get; set; } public string ErrorMessage { get; set; } }
            public class Network
            {
                public bool Connect(IoT.Device.AtModem.DTOs.PersonalIdentificationNumber pin = null, IoT.Device.AtModem.DTOs.AccessPointConfiguration apn = null, int maxRetry = 10) => true;
                public IoT.Device.AtModem.DTOs.NetworkInformation NetworkInformation => new IoT.Device.AtModem.DTOs.NetworkInformation();
            }
            public class Sim7080 : System.IDisposable
            {
                public Sim7080(IoT.Device.AtModem.AtChannel channel) { }
                public ModemResponse GetDeviceInformation() => new ModemResponse();
                public ModemResponse GetSimStatus() => new ModemResponse();
                public ModemResponse EnterSimPin(IoT.Device.AtModem.DTOs.PersonalIdentificationNumber pin) => new ModemResponse();
                public ModemResponse GetSignalStrength() => new ModemResponse();
                public Network Network => new Network();
                public void Dispose() { }
            }
        }
        """;

    private const string ProvisioningStub = """
        namespace Microsoft.Azure.Devices.Shared { public enum TransportFallbackType { TcpWithWebSocketFallback, WebSocketOnly, TcpOnly } }
        namespace Microsoft.Azure.Devices.Provisioning.Client
        {
            public enum ProvisioningRegistrationStatusType { Unassigned, Assigning, Assigned, Failed, Disabled }
            public class DeviceRegistrationResult { public ProvisioningRegistrationStatusType Status { get; set; } public string DeviceId { get; set; } public string AssignedHub { get; set; } }
            public class ProvisioningDeviceClient
            {
                public static ProvisioningDeviceClient Create(string globalDeviceEndpoint, string idScope, object securityProvider, object transport) => new ProvisioningDeviceClient();
                public System.Threading.Tasks.Task<DeviceRegistrationResult> RegisterAsync() => System.Threading.Tasks.Task.FromResult(new DeviceRegistrationResult());
            }
        }
        namespace Microsoft.Azure.Devices.Provisioning.Client.Transport
        {
            public class ProvisioningTransportHandlerMqtt { public ProvisioningTransportHandlerMqtt(Microsoft.Azure.Devices.Shared.TransportFallbackType fallback) { } }
        }
        """;

    private const string MifareStub = """
        namespace Iot.Device.Card.Mifare
        {
            public enum MifareCardCommand : byte { AuthenticationA = 0x60, AuthenticationB = 0x61, Read16Bytes = 0x30 }
            public class MifareCard
            {
                public MifareCard(Iot.Device.Pn532.Pn532 rfid, byte target) { }
                public byte BlockNumber { get; set; }
                public MifareCardCommand Command { get; set; }
                public byte[] KeyA { get; set; }
                public byte[] KeyB { get; set; }
                public byte[] SerialNumber { get; set; }
                public byte[] Data { get; set; }
                public void SetCapacity(ushort atqa, byte sak) { }
                public int RunMifareCardCommand() => 0;
            }
        }
        namespace Iot.Device.Pn532.ListPassive
        {
            public enum MaxTarget { One = 1, Two = 2 }
            public enum TargetBaudRate { B106kbpsTypeA = 0 }
        }
        namespace Iot.Device.Pn532
        {
            public class Data106kbpsTypeA { public byte TargetNumber { get; set; } public ushort Atqa { get; set; } public byte Sak { get; set; } public byte[] NfcId { get; set; } }
            public class Pn532
            {
                public byte[] ListPassiveTarget(Iot.Device.Pn532.ListPassive.MaxTarget maxTarget, Iot.Device.Pn532.ListPassive.TargetBaudRate targetBaudRate) => null;
                public Data106kbpsTypeA TryDecode106kbpsTypeA(System.ReadOnlySpan<byte> toDecode) => null;
            }
        }
        """;

    // 1. sandervandevelde/Nanoframework-Cloud-MQTT-Broker-support, src/Program.cs: a nanoFramework client of the Azure
    //    Event Grid MQTT broker. Wi-Fi key placeholder written into the station configuration, an empty MQTT password,
    //    a sample's PEM client key with no key in its body given as keyPem, public certificates.
    //    (The nanoFramework X509Certificate2(cert, key, password) constructor is written as .NET's CreateFromPem.)
    [Fact]
    public Task RT89_eventgrid_mqtt_nano() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.M2Mqtt;
            using System;
            using System.Diagnostics;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography.X509Certificates;
            using System.Threading;

            namespace NFMqttClientApp
            {
                public class Program
                {
                    private const string c_SSID = "wifissid";
                    private const string c_AP_PASSWORD = "wifipassword";                       // expect: IOT1006

                    private static MqttClient device = null!;

                    private const string c_DEVICEID = "deviceid";
                    private const string c_USERNAME = c_DEVICEID;

                    private const string c_BROKERHOSTNAME = "youreventgrid.westeurope-1.ts.eventgrid.azure.net";
                    private const string c_PUB_TOPIC = "message/fromnanoframework";
                    private const string c_SUB_TOPIC = "message/device/#";

                    public static void Main()
                    {
                        Debug.WriteLine("Hello from nanoFramework MQTT cLient!");
                        SetupAndConnectNetwork();

                        var clientCert = X509Certificate2.CreateFromPem(client_cert, client_key);
                        device = new MqttClient(c_BROKERHOSTNAME);
                        TryToConnect();
                    }

                    private static void TryToConnect()
                    {
                        bool connected = false;
                        while (!connected)
                        {
                            try
                            {
                                var resultConnect = device.Connect(c_DEVICEID, c_USERNAME, "");   // expect: none
                                if (resultConnect != 0)
                                {
                                    Debug.WriteLine($"MQTT ERROR connecting: {resultConnect}");
                                    Thread.Sleep(1000);
                                }
                                else
                                {
                                    Debug.WriteLine(">>> Device is connected");
                                    connected = true;
                                }
                            }
                            catch (Exception ex)
                            {
                                Debug.WriteLine($"MQTT ERROR Exception '{ex.Message}'");
                                Thread.Sleep(1000);
                            }
                        }
                    }

                    public static void SetupAndConnectNetwork()
                    {
                        Debug.WriteLine("Network connection is: Wi-Fi");
                        Wireless80211Configuration wc = new Wireless80211Configuration();
                        if (wc.Ssid != c_SSID && wc.Password != c_AP_PASSWORD)
                        {
                            // have to update Wi-Fi configuration
                            wc.Ssid = c_SSID;
                            wc.Password = c_AP_PASSWORD;
                        }
                    }

                    #region Certificates (include BEGIN and END)
                    private const string client_cert = @"-----BEGIN CERTIFICATE-----
            cert
            -----END CERTIFICATE-----";                                                             // expect: none

                    private const string client_key = @"-----BEGIN EC PRIVATE KEY-----
            cert
            -----END EC PRIVATE KEY-----";                                                          // expect: IOT1006

                    private const string ca_cert = @"-----BEGIN CERTIFICATE-----
            cert
            -----END CERTIFICATE-----";                                                             // expect: none
                    #endregion
                }
            }
            """);

    // 2. nanoframework/Samples, samples/Webserver/WebServer.Sample/WebServer.Sample/ControllerAuth.cs: per-route
    //    authentication attributes of the nanoFramework WebServer. Basic logins with the password "password", an API key
    //    (sample value replaced by an invented one of the same shape), and the "None"/"ApiKey" modes with no secret.
    [Fact]
    public Task RT89_webserver_auth_controller() =>
        ExpectComments.AssertAsync(new[] { WebServerRouteStub }, """
            using System.Net;

            namespace nanoFramework.WebServer.Sample
            {
                [Authentication("Basic:user password")]                                         // expect: IOT1002
                class ControllerAuth
                {
                    [Route("authbasic")]
                    public void Basic(WebServerEventArgs e)
                    {
                        WebServer.OutPutStream(e.Context.Response, "OK");
                    }

                    [Route("authbasicspecial")]
                    [Authentication("Basic:user2 password")]                                    // expect: IOT1002
                    public void Special(WebServerEventArgs e)
                    {
                        WebServer.OutPutStream(e.Context.Response, "OK");
                    }

                    [Authentication("ApiKey:megaKey5821")]                                      // expect: IOT1001
                    [Route("authapi")]
                    public void Key(WebServerEventArgs e)
                    {
                        WebServer.OutPutStream(e.Context.Response, "OK");
                    }

                    [Route("authnone")]
                    [Authentication("None")]                                                    // expect: none
                    public void None(WebServerEventArgs e)
                    {
                        WebServer.OutPutStream(e.Context.Response, "OK");
                    }

                    [Authentication("ApiKey")]                                                  // expect: none
                    [Route("authdefaultapi")]
                    public void DefaultApi(WebServerEventArgs e)
                    {
                        WebServer.OutPutStream(e.Context.Response, "OK");
                    }
                }
            }
            """);

    // 3. nanoframework/Samples, samples/WiFiAP (Program.cs, WirelessAP.cs, Wireless80211.cs): a soft access point for
    //    Wi-Fi provisioning. An open AP with an empty key, a commented-out "password", a setup GPIO pin, the station
    //    configuration written from parameters. No finding is due.
    [Fact]
    public Task RT89_wifi_softap() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;

            namespace WifiAP
            {
                public class Program
                {
                    // Gpio pin used to put device into AP setup mode
                    const int SETUP_PIN = 5;                                                    // expect: none

                    public static void Main()
                    {
                        Console.WriteLine("Welcome to WiFI Soft AP world!");
                        if (!Wireless80211.IsEnabled() || SetupButtonLow(SETUP_PIN))
                        {
                            WirelessAP.SetWifiAp();
                        }
                        else
                        {
                            Console.WriteLine($"Running in normal mode, connecting to Access point");
                        }
                    }

                    private static bool SetupButtonLow(int pin) => pin < 0;
                }

                public static class WirelessAP
                {
                    public static string SoftApIP { get; set; } = "192.168.4.1";
                    public static string SoftApSsid { get; set; } = "MySuperSSID";

                    public static void SetWifiAp()
                    {
                        if (Setup() == false)
                        {
                            Console.WriteLine($"Setup Soft AP, Rebooting device");
                        }
                        Console.WriteLine($"Running Soft AP, waiting for client to connect");
                    }

                    public static bool Setup()
                    {
                        WirelessAPConfiguration wapconf = GetConfiguration();

                        // Set the SSID for Access Point. If not set will use default  "nano_xxxxxx"
                        wapconf.Ssid = SoftApSsid;

                        // To set-up Access point with no Authentication
                        wapconf.Password = "";                                                  // expect: none

                        // To set up Access point with no Authentication. Password minimum 8 chars.
                        //wapconf.Password = "password";                                        // expect: none

                        return false;
                    }

                    public static WirelessAPConfiguration GetConfiguration() => new WirelessAPConfiguration();
                }

                class Wireless80211
                {
                    public static bool IsEnabled() => GetConfiguration().Ssid is { Length: > 0 };

                    public static bool Configure(string ssid, string password)
                    {
                        Wireless80211Configuration wconf = GetConfiguration();
                        wconf.Ssid = ssid;
                        wconf.Password = password;                                              // expect: none
                        return false;
                    }

                    public static Wireless80211Configuration GetConfiguration() => new Wireless80211Configuration();
                }
            }
            """);

    // 4. GoldFireGames/iot-project, DeviceSdkDemo.Console/DeviceSdkDemo.Console/Program.cs: a simulated device's
    //    connection string with its SharedAccessKey written in the code (key replaced by an invented one).
    //    Top-level statements are written as Main (the test compiles a library).
    [Fact]
    public Task RT89_iothub_device_console() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Threading.Tasks;
            using DeviceSdkDemo.Device;
            using Microsoft.Azure.Devices.Client;

            internal static class Program
            {
                private static async Task Main()
                {
                    string deviceConnectionString = "HostName=name-test-ul.azure-devices.net;DeviceId=test;SharedAccessKey=wckUsQRbBhHHRBpNKJr+55/n0G1DC782LjKQSd4eCMY=";   // expect: IOT1003

                    var deviceClient = DeviceClient.CreateFromConnectionString(deviceConnectionString, TransportType.Mqtt);
                    var device = new VirutalDevice(deviceClient);
                    Console.WriteLine("Connection success");
                    await device.InitializeHandlers();
                    await device.UpdateTwinAsync();

                    await device.SendMessages(10, 1000);

                    Console.WriteLine("Finished! Press key to close...");
                    Console.ReadLine();
                }
            }

            namespace DeviceSdkDemo.Device
            {
                public class VirutalDevice
                {
                    private readonly DeviceClient client;
                    public VirutalDevice(DeviceClient deviceClient) { client = deviceClient; }
                    public Task InitializeHandlers() => Task.CompletedTask;
                    public Task UpdateTwinAsync() => Task.CompletedTask;
                    public Task SendMessages(int count, int delay) => Task.Delay(delay);
                }
            }
            """);

    // 5. A Meadow "Clima_OTA" IoT Hub sample (Secrets.cs and Controllers/IoTHubController.cs, index ids 35386445178 and
    //    35719303646): an elided SAS token in a Secrets class reaches AMQP.Net Lite's Address password from the other
    //    file; the same Secrets class holds a device certificate and a partially elided PKCS#8 private key (its base64
    //    lines replaced by invented ones of the same shape). Hub name and device ID repeat their names.
    [Fact]
    public Task RT89_meadow_clima_amqp() =>
        ExpectComments.AssertAsync(new[] { MeadowAppStub, AmqpSessionStub }, """
            namespace Clima_OTA.Controllers
            {
                public class Secrets
                {
                    /// <summary>
                    /// Name of the Azure IoT Hub created
                    /// </summary>
                    public const string HUB_NAME = "HUB_NAME";                                  // expect: none

                    /// <summary>
                    /// Name of the Azure IoT Hub created
                    /// </summary>
                    public const string DEVICE_ID = "DEVICE_ID";                                // expect: none

                    /// <summary>
                    /// example "SharedAccessSignature sr=MeadowIoTHub ..... "
                    /// </summary>
                    public const string SAS_TOKEN = "SharedAccessSignature ....";               // expect: IOT1006

                    /// <summary>
                    /// CRT fILE CONTENTS PASTED IN HERE. Alternate is to include .crt file into project.
                    /// </summary>
                    public const string DEVICE_CERTIFICATE = @"
            -----BEGIN CERTIFICATE-----
            MIIDcjCCAlqgAwIBAgIRAYodqU9lQl/2QKuCRPDr/012hP9ZnQI96RLRL/MN9mIA
            ... deleted for security
            +kcZW6EcHFRm9lTOJ1PAjXXBdzXXoi==
            -----END CERTIFICATE-----
            -----BEGIN PRIVATE KEY-----
            MIIEvwIBADANBgkqhkiG9w0BAQEFAASCBKkwggSlAgEAAoIBAQC6lLBbfsyB2oWm
            ... deleted for security
            tmoZTXw1A9DdCvxhuj1giSs9dhYQ==
            -----END PRIVATE KEY-----
            ";                                                                                  // expect: IOT1003
                }
            }
            """, """
            using Amqp;
            using Amqp.Framing;
            using Meadow;
            using System;
            using System.Text;
            using System.Threading.Tasks;

            namespace Clima_OTA.Controllers
            {
                /// <summary>
                /// You'll need to create an IoT Hub, create a device within it and generate a SAS token via the Azure CLI
                /// </summary>
                public class IoTHubController
                {
                    private const string HubName = Secrets.HUB_NAME;
                    private const string SasToken = Secrets.SAS_TOKEN;                          // expect: none
                    private const string DeviceId = Secrets.DEVICE_ID;

                    public bool isAuthenticated { get; private set; }

                    private Connection connection = null!;
                    private SenderLink sender = null!;

                    public async Task<bool> Initialize()
                    {
                        try
                        {
                            string hostName = HubName + ".azure-devices.net";
                            string userName = DeviceId + "@sas." + HubName;
                            string senderAddress = "devices/" + DeviceId + "/messages/events";

                            Resolver.Log.Info("Create connection factory...");
                            var factory = new ConnectionFactory();

                            Resolver.Log.Info("Create connection ...");
                            connection = await factory.CreateAsync(new Address(hostName, 5671, userName, SasToken));

                            var session = new Session(connection);
                            sender = new SenderLink(session, "send-link", senderAddress);

                            isAuthenticated = true;
                            return true;
                        }
                        catch (Exception ex)
                        {
                            Resolver.Log.Info($"{ex.Message}");
                            isAuthenticated = false;
                            return false;
                        }
                    }

                    public Task SendEnvironmentalReading(string messagePayload)
                    {
                        var payloadBytes = Encoding.UTF8.GetBytes(messagePayload);
                        var message = new Message() { BodySection = new Data() { Binary = payloadBytes } };
                        sender.SendAsync(message);
                        Resolver.Log.Info($"*** DATA SENT - {messagePayload} ***");
                        return Task.CompletedTask;
                    }
                }
            }
            """);

    // 6. cavedunissin/lattepanda, CH10/program.cs: a LattePanda DHT logger posting to ThingSpeak. The write key is a
    //    placeholder that says where the key goes, appended to the update URL's query and sent by WebRequest.Create.
    // Fixed (was a miss): the placeholder write key "THINGSPEAK_KEY_HERE" under a non-secret name (WRITEKEY), appended as "?key=" to a URL local grown by += and sent by WebRequest.Create, is not reported (IOT1006 missed).
    [Fact]
    public Task RT89_thingspeak_lattepanda() =>
        ExpectComments.AssertAsync(new[] { LattePandaStub }, """
            using System;
            using System.Net;
            using System.Text;
            using System.Threading;
            using LattePanda.Firmata;

            namespace DHT
            {
                class Program
                {
                    const string WRITEKEY = "THINGSPEAK_KEY_HERE"; //ThingSpeak Key               // expect: IOT1006
                    const int DELAY = 20;          //Delay time for send packet to ThingSpeak
                    const int GET_TEMPERATURE = 0x47;
                    const int GET_FAHRENHEIT = 0x48;
                    const int GET_HUMIDITY = 0x49;
                    static void Main(string[] args)
                    {
                        Arduino arduino = new Arduino();
                        while (true)
                        {
                            Console.WriteLine("Receiving sensor data...");
                            arduino.DHT(GET_TEMPERATURE);
                            Thread.Sleep(2000);
                            string temp = arduino.STRING_DHT;
                            arduino.DHT(GET_HUMIDITY);
                            Thread.Sleep(2000);
                            string hum = arduino.STRING_DHT;
                            try
                            {
                                string rec = "";
                                string strUpdateBase = "http://api.ThingSpeak.com/update";
                                string strUpdateURI = strUpdateBase + "?key=" + WRITEKEY;

                                strUpdateURI += "&field1=" + temp;
                                strUpdateURI += "&field2=" + hum;

                                HttpWebRequest request = (HttpWebRequest)WebRequest.Create(strUpdateURI);
                                request.Timeout = 5000;
                                request.Proxy = null;
                                HttpWebResponse response = (HttpWebResponse)request.GetResponse();
                                var encoding = ASCIIEncoding.ASCII;
                                using (var reader = new System.IO.StreamReader(response.GetResponseStream(), encoding))
                                {
                                    rec = reader.ReadToEnd();
                                    Console.WriteLine("The data was successfully sent. Node Number: " + rec);
                                }
                            }
                            catch (Exception ex)
                            {
                                Console.WriteLine("Error: " + ex.Message);
                            }
                            for (int i = 0; i <= DELAY; i++)
                            {
                                Console.Write(".");
                                Thread.Sleep(1000);
                            }
                        }
                    }
                }
            }
            """);

    // 7. TUBAF-IfI-LiaScript/VL_Softwareentwicklung, code/27_CsharpApplications/refactoring/thinkspeak/Program.cs
    //    (commit 060ba405): a ThingSpeak wrapper whose constructor keeps the write key in a field appended to the update
    //    URL's query, built in a StringBuilder and sent by WebRequest.Create; Main passes a working 16-character key
    //    (replaced by an invented one of the same shape).
    [Fact]
    public Task RT89_thingspeak_wrapper() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Net;
            using System.Text;
            using System.Web;

            public class Entry
            {
                public string fieldname;
                public string content;
                public double value;

                public Entry(int index, string contentname)
                {
                    this.fieldname = $"field{index}";
                    this.content = contentname;
                }
            }

            public class Message
            {
                public List<Entry> entryList = new();
                public string channelname;

                public Message(string channelname, string[] contentNames)
                {
                    this.channelname = channelname;
                    int index = 0;
                    foreach (var name in contentNames)
                    {
                        entryList.Add(new Entry(index, name));
                        index++;
                    }
                }
            }

            public class ThingSpeak
            {
                private const string _url = "http://api.thingspeak.com/";
                private string _APIKey;                                                         // expect: none

                public ThingSpeak(string APIKey)
                {
                    _APIKey = APIKey;                                                           // expect: none
                }

                public Boolean SendDataToThingSpeak(string field1, string field2, out Int16 TSResponse)
                {
                    StringBuilder sbQS = new StringBuilder();
                    // Build the querystring
                    sbQS.Append(_url + "update?key=" + _APIKey);
                    if (field1 != null) sbQS.Append("&field1=" + HttpUtility.UrlEncode(field1));
                    if (field2 != null) sbQS.Append("&field2=" + HttpUtility.UrlEncode(field2));
                    // The response will be a "0" if there is an error or the entry_id if > 0
                    TSResponse = Convert.ToInt16(PostToThingSpeak(sbQS.ToString()));
                    return TSResponse > 0;
                }

                private static string PostToThingSpeak(string QueryString)
                {
                    StringBuilder sbResponse = new StringBuilder();
                    byte[] buf = new byte[8192];
                    HttpWebRequest myRequest = (HttpWebRequest)WebRequest.Create(QueryString);
                    HttpWebResponse webResponse = (HttpWebResponse)myRequest.GetResponse();
                    try
                    {
                        Stream myResponse = webResponse.GetResponseStream();
                        int count = 0;
                        do
                        {
                            count = myResponse.Read(buf, 0, buf.Length);
                            if (count != 0)
                            {
                                sbResponse.Append(Encoding.ASCII.GetString(buf, 0, count));
                            }
                        }
                        while (count > 0);
                        return sbResponse.ToString();
                    }
                    catch (WebException)
                    {
                        return "0";
                    }
                }
            }

            // ToDo
            // + Absichern des Passwortes

            class Program
            {
                static void Main(string[] args)
                {
                    Console.WriteLine("Los geht's");
                    var ts = new ThingSpeak("TPX99C2ITTSE91M1");                                // expect: IOT1001
                    string[] content_names = { "Value X", "Value Y" };
                    Message msg = new(".net_TestChannel", content_names);
                    Console.WriteLine(msg);
                    // ts.SendDataToThingSpeak(msg);
                }
            }
            """);

    // 8. awong1900/Learn_Azure_IoT, GetStarted/ConsoleApplication1/Program.cs: a registry tool holding the hub's
    //    iothubowner connection string with its SharedAccessKey (replaced by an invented key), printing the generated
    //    device key it reads back.
    [Fact]
    public Task RT89_iothub_registry_manager() =>
        ExpectComments.AssertAsync(new[] { AzureServiceStub }, """
            using System;
            using System.Threading.Tasks;
            using Microsoft.Azure.Devices;
            using Microsoft.Azure.Devices.Common.Exceptions;

            namespace ConsoleApplication1
            {
                class Program
                {
                    static RegistryManager registryManager = null!;
                    static string connectionString =
                        "HostName=ten-test.azure-devices.cn;SharedAccessKeyName=iothubowner;SharedAccessKey=SeMy1/TgQR76zpFU7wGR4Ofg6GySpGOr8JJ0OLyxDxY=";   // expect: IOT1003
                    static void Main(string[] args)
                    {
                        registryManager = RegistryManager.CreateFromConnectionString(connectionString);
                        AddDeviceAsync().Wait();
                        Console.ReadLine();
                    }

                    private static async Task AddDeviceAsync()
                    {
                        string deviceId = "myFirstDevice";
                        Device device;
                        try
                        {
                            device = await registryManager.AddDeviceAsync(new Device(deviceId));
                        }
                        catch (DeviceAlreadyExistsException)
                        {
                            device = await registryManager.GetDeviceAsync(deviceId);
                        }
                        Console.WriteLine("Generated device key: {0}", device.Authentication.SymmetricKey.PrimaryKey);   // expect: none
                    }
                }
            }
            """);

    // 9. nanoframework/Samples, samples/AzureSDK/AzureSDKBasic/Program.cs: placeholders at the nanoFramework
    //    DeviceClient's sasKey ("the_SAS_token") and at WifiNetworkHelper.ConnectDhcp's password ("YouWifiPassword", a
    //    typo of "Your..."). Top-level statements written as a static class (the test compiles a library).
    // Fixed (was the wrong rule): "YouWifiPassword", a typo of the "Your..." placeholder at WifiNetworkHelper.ConnectDhcp, is reported IOT1001 instead of IOT1006.
    [Fact]
    public Task RT89_nano_azure_sdk_basic() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Azure.Devices.Client;
            using nanoFramework.Networking;
            using System;
            using System.Security.Cryptography.X509Certificates;
            using System.Threading;

            internal static class Resource
            {
                internal enum StringResources { AzureRootCerts }
                internal static string GetString(StringResources id) => "azure-root.crt";
            }

            internal static class AzureSDKBasic
            {
                const string DeviceID = "YourDeviceId";
                const string IotBrokerAddress = "yourIOTHub.azure-devices.net";
                const string SasKey = "the_SAS_token";                                          // expect: IOT1006
                const string Ssid = "YouSsid";
                const string Password = "YouWifiPassword";                                      // expect: IOT1006

                static bool ShoudIStop = false;

                // If you haven't uploaded the Azure certificate into your device, use this line:
                static DeviceClient azureIoT = new DeviceClient(IotBrokerAddress, DeviceID, SasKey, azureCert: new X509Certificate(Resource.GetString(Resource.StringResources.AzureRootCerts)));
                // Otherwise you can just use this line:
                //DeviceClient azureIoT = new DeviceClient(IotBrokerAddress, DeviceID, SasKey);

                public static void Main()
                {
                    while (!ConnectToWifi())
                    {
                        Thread.Sleep(1000);
                        Console.WriteLine("Trying again to connect to your wifi. Please make sure that the information is correct.");
                    }

                    while (!ShoudIStop)
                    {
                        Console.WriteLine("Sending telemetry to Azure IoT");
                        Thread.Sleep(20_000);
                    }
                }

                static bool ConnectToWifi()
                {
                    Console.WriteLine("Program Started, connecting to Wifi.");

                    // As we are using TLS, we need a valid date & time
                    var success = WifiNetworkHelper.ConnectDhcp(Ssid, Password, requiresDateTime: true, token: new CancellationTokenSource(60_000).Token);
                    if (!success)
                    {
                        Console.WriteLine($"Can't connect to wifi");
                    }

                    Console.WriteLine($"Date and time is now {DateTime.UtcNow}");
                    return success;
                }

                static void CloudToDeviceMessage(string message)
                {
                    if (message == "stop")
                    {
                        ShoudIStop = true;
                    }
                    else if (message == "reboot42")
                    {
                        Console.WriteLine("Reboot requested");
                    }
                }
            }
            """);

    // 10. nanoframework/nanoFramework.IoT.Device, the AtModem SIM7080 sample (index id 3866865757): the SIM PIN "1234"
    //     entered through the library's PersonalIdentificationNumber, twice (EnterSimPin and Network.Connect), beside the
    //     APN name "free" and a phone number for an SMS (replaced by an invented one).
    // Fixed (was a miss): the SIM PIN "1234" given to a modem library through new PersonalIdentificationNumber(pin) (EnterSimPin, Network.Connect) is not reported (IOT1002 missed twice).
    [Fact]
    public Task RT89_sim7080_atmodem() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts, AtModemStub }, """
            using IoT.Device.AtModem;
            using IoT.Device.AtModem.DTOs;
            using IoT.Device.AtModem.Modem;
            using System;
            using System.IO.Ports;

            internal static class Program
            {
                static SerialPort _serialPort = null!;
                static Sim7080 sim7080 = null!;

                public static void Main()
                {
                    Console.WriteLine("Hello SIM7080!");
                    _serialPort = new SerialPort("COM10", 115200);
                    AtChannel atChannel = AtChannel.Create(_serialPort);
                    atChannel.DebugEnabled = true;
                    sim7080 = new(atChannel);

                    var pinStatus = sim7080.GetSimStatus();
                    if (pinStatus.IsSuccess)
                    {
                        Console.WriteLine($"SIM status: {(SimStatus)pinStatus.Result}");
                        if ((SimStatus)pinStatus.Result == SimStatus.SIM_PIN)
                        {
                            var pinRes = sim7080.EnterSimPin(new PersonalIdentificationNumber("1234"));   // expect: IOT1002
                            Console.WriteLine(pinRes.IsSuccess ? "PIN entered successfully" : "PIN entered failed");
                        }
                    }
                    else
                    {
                        Console.WriteLine($"SIM status failed: {pinStatus.ErrorMessage}");
                    }

                    ConnectToNetwork();
                    sim7080.Dispose();
                }

                static void ConnectToNetwork()
                {
                    var network = sim7080.Network;
                    var connectRes = network.Connect(new PersonalIdentificationNumber("1234"), new AccessPointConfiguration("free"));   // expect: IOT1002
                    ////var connectRes = network.Connect(apn: new AccessPointConfiguration("orange"));
                    Console.WriteLine(connectRes ? "Connected to network." : "Connected to network failed!");

                    NetworkInformation networkInformation = network.NetworkInformation;
                    Console.WriteLine($"  Operator: {networkInformation.NetworkOperator}");
                    Console.WriteLine($"  IP Address: {networkInformation.IPAddress}");
                }

                static void TestSms()
                {
                    var to = new PhoneNumber("+33611223344");
                    Console.WriteLine($"SMS to {to}: Hello from nanoFramework");
                }
            }
            """);

    // 11. An RP4SenseHat.csharp DPS client (DPSClient.cs, index id 30674690443): the group key and ID scope come from
    //     environment variables; the device key is derived by HMAC and handed to the symmetric-key provider and the IoT
    //     Hub authentication. No finding is due. (Both SecurityProviderSymmetricKey stubs exist, so it is qualified.)
    [Fact]
    public Task RT89_dps_sensehat() =>
        ExpectComments.AssertAsync(new[] { ProvisioningStub }, """
            using Microsoft.Azure.Devices.Client;
            using Microsoft.Azure.Devices.Provisioning.Client;
            using Microsoft.Azure.Devices.Provisioning.Client.Transport;
            using Microsoft.Azure.Devices.Shared;
            using System;
            using System.Security.Cryptography;
            using System.Text;
            using System.Threading.Tasks;

            namespace RP4SenseHat.csharp
            {
                public class IoTHubDeviceClient
                {
                    public IoTHubDeviceClient(string hub, IAuthenticationMethod auth) { DeviceClient.Create(hub, auth); }
                }

                public class DPSClient
                {
                    private const string s_global_endpoint = "global.azure-devices-provisioning.net";
                    private static string s_idScope = Environment.GetEnvironmentVariable("DPS_IDSCOPE")!;
                    private static string s_sasKey  = Environment.GetEnvironmentVariable("SAS_KEY")!;    // expect: none
                    private static string _deviceId = "";
                    private ProvisioningDeviceClient? _provClient;

                    public DPSClient(string s_deviceId)
                    {
                        _deviceId = s_deviceId;
                        _provClient = null;
                    }

                    public async Task<IoTHubDeviceClient?> ProvisionDeviceAsync()
                    {
                        string connectionKey;
                        IoTHubDeviceClient? iotHubClient = null;

                        if (!String.IsNullOrEmpty(_deviceId) && !String.IsNullOrEmpty(s_sasKey) && !String.IsNullOrEmpty(s_idScope))
                        {
                            connectionKey = GenerateSymmetricKey();
                            Console.WriteLine($"Connection Key : {connectionKey}");

                            var securityProvider = new Microsoft.Azure.Devices.Shared.SecurityProviderSymmetricKey(_deviceId, connectionKey, null);   // expect: none
                            var transport = new ProvisioningTransportHandlerMqtt(TransportFallbackType.TcpOnly);
                            _provClient = ProvisioningDeviceClient.Create(s_global_endpoint, s_idScope, securityProvider, transport);

                            DeviceRegistrationResult result = await _provClient.RegisterAsync().ConfigureAwait(false);
                            if (result.Status == ProvisioningRegistrationStatusType.Assigned)
                            {
                                Console.WriteLine($"  IoT Hub      : {result.AssignedHub}");
                                IAuthenticationMethod authenticationMethod = new DeviceAuthenticationWithRegistrySymmetricKey(result.DeviceId, connectionKey);   // expect: none
                                iotHubClient = new IoTHubDeviceClient(result.AssignedHub, authenticationMethod);
                            }
                        }
                        else
                        {
                            Console.WriteLine("Please set following Environment Variables");
                            Console.WriteLine("DPS_IDSCOPE : ID Scope");
                            Console.WriteLine("SAS_KEY     : SAS Key");
                        }

                        return iotHubClient;
                    }

                    // Genetate Symmetric Key with SAS Key and Device Id
                    private static string GenerateSymmetricKey()
                    {
                        using (var hmac = new HMACSHA256(Convert.FromBase64String(s_sasKey)))     // expect: none
                        {
                            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(_deviceId)));
                        }
                    }
                }
            }
            """);

    // 12. eb2tech/cyd_mqtt_sample, utils/sample_publish.linq: a LINQPad publisher to a Home Assistant broker whose MQTT
    //     password repeats its three-letter user name (replaced by another such pair). The file uses MQTTnet v5, whose
    //     stub has no WithClientId: written against v4's MQTTnet.Client.
    [Fact]
    public Task RT89_cyd_linqpad() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Threading.Tasks;
            using MQTTnet.Client;

            internal static class SamplePublish
            {
                public static async Task Run()
                {
                    var rnd = new Random();

                    var mqttClientOptions = new MqttClientOptionsBuilder()
                                                    .WithTcpServer("homeassistant2.local")
                                                    .WithClientId("Linqpad")
                                                    .WithCredentials("tft", "tft")              // expect: IOT1001
                                                    .Build();

                    Console.WriteLine("Connected...");
                    for (var i = 0; i < 100; ++i)
                    {
                        var payload = rnd.Next(-100, 100).ToString();
                        Console.WriteLine($"Published {payload} to home/livingroom/temperature");
                        await Task.Delay(TimeSpan.FromSeconds(1));
                    }

                    Console.WriteLine("MQTT application messages published.");
                }
            }
            """);

    // 13. A Ciacco85.IoTTester PN532 manager (Pn532ManagerTest.cs, index id 4606825993): Mifare Classic sector keys A
    //     (all zero) and B (the FF transport key) written as six repeated bytes. No finding is due.
    [Fact]
    public Task RT89_mifare_pn532() =>
        ExpectComments.AssertAsync(new[] { MifareStub }, """
            using Iot.Device.Card.Mifare;
            using Iot.Device.Pn532;
            using Iot.Device.Pn532.ListPassive;
            using System;

            namespace Ciacco85.IoTTester.Shared;

            public class Pn532ManagerTest
            {
                private readonly Pn532 _pn532 = new Pn532();

                public (Memory<byte> passiveTarget, Memory<byte> uuid) ListPassiveTargetAndGetMifareUUID()
                {
                    (Memory<byte> passiveTarget, Memory<byte> uuid) = (Memory<byte>.Empty, Memory<byte>.Empty);
                    passiveTarget = _pn532.ListPassiveTarget(MaxTarget.One, TargetBaudRate.B106kbpsTypeA);
                    if (passiveTarget.IsEmpty)
                    {
                        Console.WriteLine("Card not present!");
                        return (passiveTarget, uuid);
                    }

                    var card = _pn532.TryDecode106kbpsTypeA(passiveTarget.Slice(1).Span);
                    if (card is null)
                    {
                        Console.WriteLine("Not a valid Mifare card, please try again.");
                        return (passiveTarget, uuid);
                    }

                    const byte block = 0;
                    MifareCard mifareCard = new MifareCard(_pn532, card.TargetNumber)
                    {
                        BlockNumber = block,
                        Command = MifareCardCommand.AuthenticationA
                    };
                    mifareCard.SetCapacity(card.Atqa, card.Sak);
                    mifareCard.SerialNumber = card.NfcId;
                    mifareCard.KeyA = new byte[6] { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 };      // expect: none
                    mifareCard.KeyB = new byte[6] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF };      // expect: none

                    var ret = mifareCard.RunMifareCardCommand();
                    if (ret < 0)
                    {
                        // Try another one
                        mifareCard.Command = MifareCardCommand.AuthenticationB;
                        ret = mifareCard.RunMifareCardCommand();
                    }

                    if (ret >= 0)
                    {
                        mifareCard.BlockNumber = block;
                        mifareCard.Command = MifareCardCommand.Read16Bytes;
                        ret = mifareCard.RunMifareCardCommand();
                        if (ret >= 0)
                        {
                            Console.WriteLine($"Data: {BitConverter.ToString(mifareCard.Data)}");
                            return (passiveTarget, mifareCard.Data);
                        }
                    }

                    Console.WriteLine($"MifareCard authentication error with command {mifareCard.Command}");
                    return (passiveTarget, uuid);
                }
            }
            """);

    // 14. A Home Assistant MQTTnet console publisher (Program.cs, index id 31839904488): a 64-character generated broker
    //     password written in place at WithCredentials (replaced by an invented one of the same shape).
    [Fact]
    public Task RT89_ha_mqtt_publisher() =>
        ExpectComments.AssertAsync("""
            using System;
            using MQTTnet.Client;

            internal static class Publisher
            {
                public static void Main()
                {
                    Console.WriteLine("-- MQTT Publisher --");
                    var mqttClientOptions = new MqttClientOptionsBuilder()
                        .WithClientId(Guid.NewGuid().ToString())
                        .WithTcpServer("192.168.1.7",1883)
                        .WithCredentials("homeassistant", "fqiwej0vntvek3aoj3d9ufe04fzrviabj6ofjvaw9kt9l85z4v97sn96t6pw1qk6")   // expect: IOT1001
                        .Build();

                    while (true)
                    {
                        Console.Write("Message >>> ");
                        var payload = Console.ReadLine();
                        if (payload == "quit") break;
                        Console.WriteLine($"homeassistant/switch/1/power <- {payload}");
                    }
                }
            }
            """);

    // 15. WildernessLabs Maple, Maple.ServerSimpleMeadow_Sample/MeadowApp.cs (index id 49156873139): a Meadow app
    //     joining Wi-Fi with the SSID and the key "1234567890" written in place at IWiFiNetworkAdapter.Connect.
    // Fixed (was the wrong rule): the Wi-Fi key "1234567890" at IWiFiNetworkAdapter.Connect is reported IOT1001, not as a listed default (IOT1002).
    [Fact]
    public Task RT89_maple_meadow_wifi() =>
        ExpectComments.AssertAsync(new[] { MeadowAppStub }, """
            using Meadow;
            using Meadow.Devices;
            using Meadow.Hardware;
            using System;
            using System.Threading.Tasks;

            namespace Maple.ServerSimpleMeadow_Sample
            {
                public class MeadowApp : App<F7FeatherV2>
                {
                    public override async Task Initialize()
                    {
                        Console.WriteLine("Initialize...");

                        IWiFiNetworkAdapter wifi;

                        // connnect to the wifi network.
                        try
                        {
                            wifi = Device.NetworkAdapters.Primary<IWiFiNetworkAdapter>();
                            Console.WriteLine($"Connecting to WiFi Network BOBS_YOUR_UNCLE");
                            await wifi.Connect("BOBS_YOUR_UNCLE", "1234567890");                // expect: IOT1002
                            Console.WriteLine($"Connected.");
                        }
                        catch (Exception ex)
                        {
                            Console.WriteLine($"Error: {ex.Message}");
                            throw;
                        }
                    }

                    public override Task Run()
                    {
                        Console.WriteLine("Ready...");
                        return Task.CompletedTask;
                    }
                }
            }
            """);
}

// Real source: AndreasReitberger/OctoPrintRestApiSharp (src/OctoPrintSharpApi.NUnitTest/NUnitTests.cs, src/OctoPrintSharpApi.NUnitTest/SecretAppSetting.cs, src/OctoPrintSharpApi.NUnitTest/SecretAppSettingReader.cs)
// Kept: SecretAppSetting (ApiKey, Ip, User, Password) read from user secrets with "" fallbacks, the ConnectionBuilder
// test's host and "_yourkey", and OctoPrintConnectionBuilder WithServerAddress / WithApiKey / WithWebSocket /
// WithTimeout / Build. Changed: the tests became an architecture school's model-making printers. Added: the printer
// key table, the webcam snapshot with the X-Api-Key header, and the farm account password made from the serial.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using OctoPrintSharpApi;

namespace ModelShopPrinters
{
    public class SecretAppSetting
    {
        public string? ApiKey { get; set; }
        public string? Ip { get; set; }
        public string? User { get; set; }
        public string? Password { get; set; }
    }

    public class SecretAppSettingReader
    {
        public static T ReadSection<T>(string sectionName)
        {
            IConfigurationBuilder builder = new ConfigurationBuilder().AddUserSecrets<SecretAppSettingReader>();
            IConfigurationRoot configurationRoot = builder.Build();
            return configurationRoot.GetSection(sectionName).Get<T>();
        }
    }

    internal class PrintFarm
    {
        private readonly string _host = SecretAppSettingReader.ReadSection<SecretAppSetting>("TestSetup").Ip ?? "";
        private readonly string _user = SecretAppSettingReader.ReadSection<SecretAppSetting>("TestSetup").User ?? "";
        private readonly string _pw = SecretAppSettingReader.ReadSection<SecretAppSetting>("TestSetup").Password ?? ""; // expect: none
        private readonly int _port = 3344;
        private readonly string _api = SecretAppSettingReader.ReadSection<SecretAppSetting>("TestSetup").ApiKey ?? "";
        private readonly bool _ssl = false;

        private const string ApiKeyHeaderName = "X-Api-Key"; // expect: none
        private const string AppKeyRequestPath = "/plugin/appkeys/request"; // expect: none

        private static readonly Dictionary<string, string> PrinterApiKeys = new()
        {
            ["mk4-studio-1"] = "C9191A0C72092D5727D57378A5A33DB8", // expect: IOT1001
            ["mk4-studio-2"] = "D9A59CAFC0C810593BF94B9A62D30BEB", // expect: IOT1001
        };

        public OctoPrintClient ConnectStudioPrinter(string name)
        {
            string host = $"http://{name}.modelshop.lan";
            return new OctoPrintClient.OctoPrintConnectionBuilder()
                .WithServerAddress(host, 80, false)
                .WithApiKey(PrinterApiKeys[name])
                .Build();
        }

        public async Task ConnectionBuilderTest()
        {
            string host = "192.168.10.112";
            string api = "_yourkey"; // expect: IOT1006

            using OctoPrintClient client = new OctoPrintClient.OctoPrintConnectionBuilder()
                .WithServerAddress(host, 3344, false)
                .WithApiKey(api)
                .Build();
            await client.CheckOnlineAsync();
            Console.WriteLine(client.IsOnline ? "online" : "offline");
        }

        public OctoPrintClient ConnectFromSecrets()
        {
            string host = $"{(_ssl ? "https://" : "http://")}{_host}:{_port}";
            string ws = $"{(_ssl ? "wss://" : "ws://")}{_host}:{_port}/sockjs/websocket";
            return new OctoPrintClient.OctoPrintConnectionBuilder()
                .WithServerAddress(host)
                .WithApiKey(_api)
                .WithWebSocket(ws)
                .WithTimeout(100)
                .Build();
        }

        public async Task<byte[]> SnapshotAsync(string name)
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Add(ApiKeyHeaderName, PrinterApiKeys[name]);
            return await http.GetByteArrayAsync($"http://{name}.modelshop.lan/webcam/?action=snapshot");
        }

        // The farm account on each Pi was created by the imaging script from the printer's serial number.
        public async Task<HttpResponseMessage> LoginFarmAccountAsync(string name, string printerSerial)
        {
            string farmPassword = "MK4-" + printerSerial.Substring(printerSerial.Length - 6); // expect: IOT1005
            using var http = new HttpClient();
            var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["user"] = "farm", ["pass"] = farmPassword, ["remember"] = "true" });
            return await http.PostAsync($"http://{name}.modelshop.lan/api/login", form);
        }
    }
}

// Real source: https://github.com/Meronw/sparkiy.Connectors.WindowsIoT/blob/80333b38c47cbabcff06b034befd7a2efdff4981/RestClient.cs
// Also adapted: Credentials.cs, Connection.cs, DeviceApi.cs (client for the Windows 10 IoT Core Device Portal REST API).
// Kept: Connection (MachineName default "minwinpc", port 8080), Credentials (UserName, Password), RestClient building
// an HttpClientHandler with a NetworkCredential from the Credentials object, DeviceApi and its API paths.
// Added: the workshop's fleet table of Device Portal logins that the poller walks (each password reaches the
// NetworkCredential through Credentials.Password: IOT1001; the spare board's template: IOT1006), the portal's user
// name (none).
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Newtonsoft.Json;

namespace sparkiy.Connectors.IoT.Windows
{
    /// <summary>Connection data for <see cref="DeviceApi"/> client.</summary>
    public class Connection
    {
        /// <remarks>Default value is <c>minwinpc</c>.</remarks>
        public string MachineName { get; set; } = "minwinpc"; // expect: none

        /// <remarks>Default value is <c>8080</c></remarks>
        public string RestApiPort { get; set; } = "8080";
    }

    /// <summary><see cref="DeviceApi"/> credentials.</summary>
    public class Credentials
    {
        public string UserName { get; set; }
        public string Password { get; set; }
    }

    public class MachineName { public string ComputerName { get; set; } }
    public class SoftwareInfo { public string OsVersion { get; set; } public string OsEdition { get; set; } }

    /// <summary>REST API client.</summary>
    public class RestClient
    {
        private readonly Connection clientConnection;
        private readonly Credentials clientCredentials;

        public RestClient(Connection connection, Credentials credentials)
        {
            if (connection == null) throw new ArgumentNullException(nameof(connection));
            if (credentials == null) throw new ArgumentNullException(nameof(credentials));

            this.clientConnection = connection;
            this.clientCredentials = credentials;
        }

        public async Task<string> GetAsync(string path)
        {
            using (var client = this.GetClientHttp())
            {
                try
                {
                    var result = await client.GetAsync(path);
                    var content = await result.Content.ReadAsStringAsync();
                    return content;
                }
                catch (Exception)
                {
                    // TODO Log the error
                    return null;
                }
            }
        }

        protected HttpClient GetClientHttp()
        {
            if (this.clientCredentials == null) throw new NullReferenceException(nameof(this.clientCredentials));
            if (this.clientConnection == null) throw new NullReferenceException(nameof(this.clientConnection));

            // Obtain client credentials
            var handler = new HttpClientHandler { Credentials = new NetworkCredential(this.clientCredentials.UserName, this.clientCredentials.Password) };

            // Instantiate new instance of http client and assign credentials and base address to it
            return new HttpClient(handler)
            {
                BaseAddress = new Uri($"http://{this.clientConnection.MachineName}:{this.clientConnection.RestApiPort}", UriKind.Absolute)
            };
        }
    }

    /// <summary>Windows IoT device API client.</summary>
    public class DeviceApi
    {
        private const string GetComputerNameApiPath = "/api/os/machinename";
        private const string GetSoftwareInfoApiPath = "/api/os/info";

        private Connection currentConnection;
        private Credentials currentCredentials;
        private RestClient client;

        public DeviceApi(Connection connection, Credentials credentials)
        {
            if (connection == null) throw new ArgumentNullException(nameof(connection));
            if (credentials == null) throw new ArgumentNullException(nameof(credentials));
            this.currentConnection = connection;
            this.currentCredentials = credentials;
            this.client = new RestClient(this.currentConnection, this.currentCredentials);
        }

        public async Task<MachineName> GetMachineNameAsync() => await GetDeserializedAsync<MachineName>(GetComputerNameApiPath);

        public async Task<SoftwareInfo> GetSoftwareInfo() => await GetDeserializedAsync<SoftwareInfo>(GetSoftwareInfoApiPath);

        protected async Task<T> GetDeserializedAsync<T>(string path)
        {
            var dataJson = await client.GetAsync(path);
            if (dataJson == null)
                return default(T);
            try
            {
                return JsonConvert.DeserializeObject<T>(dataJson);
            }
            catch (Exception)
            {
                return default(T);
            }
        }
    }

    /// <summary>Polls the workshop's IoT Core boards and logs their OS build.</summary>
    public static class FleetPoller
    {
        private const string PortalUser = "Administrator"; // expect: none
        private const string PortalPasswordPrompt = "Device Portal password for {0}: "; // expect: none

        private static readonly Dictionary<string, Credentials> Boards = new()
        {
            ["minwinpc"] = new() { UserName = PortalUser, Password = "Hq4%pQ-38vRtm" }, // expect: IOT1001
            ["kiosk-lobby"] = new() { UserName = PortalUser, Password = "7F5d3.JJPhpgWtf" }, // expect: IOT1001
            ["spare-rpi3"] = new() { UserName = PortalUser, Password = "<device-portal-password>" }, // expect: IOT1006
        };

        public static async Task PollAsync()
        {
            foreach (var board in Boards)
            {
                if (string.IsNullOrEmpty(board.Value.Password))
                {
                    Console.Write(string.Format(PortalPasswordPrompt, board.Key));
                    board.Value.Password = Console.ReadLine();
                }
                var api = new DeviceApi(new Connection { MachineName = board.Key }, board.Value);
                var info = await api.GetSoftwareInfo();
                Console.WriteLine($"{board.Key}: {info?.OsEdition} {info?.OsVersion}");
            }
        }
    }
}

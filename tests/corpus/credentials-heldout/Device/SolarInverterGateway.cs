using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace IoTHeldOut.Solar;

/// <summary>Energy-meter gateway that reads a PV inverter over Modbus/TCP (SunSpec) and its local web API.</summary>
public sealed class SolarInverterGateway
{
    private const uint SunSpecMarker = 0x53756e53;                            // "SunS"
    private const string SunSpecMarkerText = "SunS";                          // expect: none
    private const int ModbusPort = 502;

    private static readonly Dictionary<string, ushort> SunSpecRegisters = new()
    {
        ["common.manufacturer"] = 40004,                                      // expect: none
        ["inverter.ac_power"] = 40083,
        ["inverter.dc_voltage"] = 40098,
        ["controls.write_unlock_password_register"] = 40399,                  // expect: none
    };

    private static readonly Dictionary<string, int> ServicePorts = new()
    {
        ["modbus"] = 502, ["http"] = 80, ["https"] = 443, ["speedwire"] = 9522, // expect: none
    };

    private const string PvOutputSystemId = "84211";                          // expect: none
    private const string PvOutputApiKey = "3f9a1c7e52b04d68a1e9c3b7d2f05a84e6c1b937";  // expect: IOT1001
    private const string SolarEdgeSiteId = "2914455";                         // expect: none
    private const string SecondaryPortalKey = "<replace-with-key>";           // expect: IOT1006

    private readonly HttpClient http = new() { BaseAddress = new Uri("https://192.168.178.40") };

    public async Task<bool> LoginAsUserAsync()
    {
        const string body = """{"right":"usr","pass":"0000"}""";             // expect: IOT1002
        var resp = await http.PostAsync("/dyn/login.json", new StringContent(body, Encoding.UTF8, "application/json"));
        return resp.IsSuccessStatusCode;
    }

    public async Task<bool> LoginAsInstallerAsync()
    {
        string body = JsonSerializer.Serialize(new { right = "istl", pass = "Inst4ll-Grid#9" }); // expect: IOT1001
        var resp = await http.PostAsync("/dyn/login.json", new StringContent(body, Encoding.UTF8, "application/json"));
        return resp.IsSuccessStatusCode;
    }

    public Task<string> FetchSolarEdgeOverviewAsync() =>
        http.GetStringAsync(string.Format("https://monitoringapi.solaredge.com/site/{0}/overview?api_key={1}",
            SolarEdgeSiteId, "L4QLVQ1LOKCQX2193VSEICXW61NP6B1O"));              // expect: IOT1001

    public async Task UploadToPvOutputAsync(int watts)
    {
        using var req = new HttpRequestMessage(HttpMethod.Post, "https://pvoutput.org/service/r2/addstatus.jsp");
        req.Headers.Add("X-Pvoutput-Apikey", PvOutputApiKey);
        req.Headers.Add("X-Pvoutput-SystemId", PvOutputSystemId);
        req.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["d"] = DateTime.Now.ToString("yyyyMMdd"), ["v2"] = watts.ToString() });
        await http.SendAsync(req);
    }

    public async Task UploadToSecondaryPortalAsync(string json)
    {
        using var req = new HttpRequestMessage(HttpMethod.Post, "https://portal.sunview.example/ingest");
        req.Headers.Add("Api-Key", SecondaryPortalKey);
        req.Content = new StringContent(json);
        await http.SendAsync(req);
    }

    public async Task SyncOwnerPortalAsync()
    {
        var login = (user: "pv-owner@sunnyroof.example", password: "Sunny-Roof-2023");  // expect: IOT1001
        await PostWithCredentialsAsync("https://owner.sunview.example/api/sync", login.user, login.password);
    }

    private static async Task PostWithCredentialsAsync(string url, string user, string password)
    {
        using var handler = new HttpClientHandler { Credentials = new NetworkCredential(user, password) };
        using var client = new HttpClient(handler);
        await client.PostAsync(url, new StringContent("{}"));
    }

    public static async Task<ushort[]> ReadHoldingRegistersAsync(string host, ushort start, ushort count)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(host, ModbusPort);
        byte[] pdu = { 0x00, 0x01, 0x00, 0x00, 0x00, 0x06, 0x7E, 0x03, (byte)(start >> 8), (byte)start, 0x00, (byte)count }; // expect: none
        await tcp.GetStream().WriteAsync(pdu);
        return new ushort[count];
    }

    public static bool IsSunSpec(uint marker) => marker == SunSpecMarker && SunSpecMarkerText.Length == 4 && ServicePorts.Count > 0 && SunSpecRegisters.Count > 0;
}

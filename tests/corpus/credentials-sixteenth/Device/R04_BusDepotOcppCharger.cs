// Real source: brandonprry/VolatileOCPP Charger.cs (+ Program.cs)
// Domain: the overnight chargers of a bus depot, speaking OCPP 1.6J to the depot's central system over WebSocketSharp.
// Kept: Charger(url, protocol) => new WebSocket(url, protocol) + Connect(), the hand-written OCPP frames
// (BootNotification, StatusNotification, Heartbeat, Authorize, StartTransaction) with their message ids and default
// arguments, the SteVe URL and "ocpp1.6" of Program.cs. Changed: the base class (named System in the original) is
// OcppPeer here. Added (marked "// Added"): OCPP security profile 1 (HTTP Basic with the charge point id and its
// AuthorizationKey through WebSocket.SetCredentials), the depot's three chargers, the display's service-menu PIN.
using System;
using WebSocketSharp;

namespace ocpp;

public class OcppPeer
{
    public WebSocket Socket { get; set; }
    public OcppPeer() { }
    public OcppPeer(WebSocket ws) { Socket = ws; }
}

public class Charger : OcppPeer
{
    // Added: what the engineer types on the charger's display to open the service menu
    private const string ServiceMenuPin = "4653"; // expect: IOT1004

    public Charger(string url, string protocol) : base()
    {
        WebSocket ws = new WebSocket(url, protocol);
        ws.Connect();

        Socket = ws;
    }

    // Added: security profile 1, Basic authentication of the charge point
    public Charger(string url, string protocol, string chargeBoxId, string authorizationKey) : base()
    {
        WebSocket ws = new WebSocket(url + "/" + chargeBoxId, protocol);
        ws.SetCredentials(chargeBoxId, authorizationKey, true);
        ws.Connect();

        Socket = ws;
    }

    public Charger(WebSocket ws) : base(ws)
    {
        this.Socket = ws;
    }

    internal void SendBootNotification(string chargePointVendor ="volatileocpp Vendor", string chargePointModel="volatileocpp Model")
    {
        Socket.Send("[2,\"852a4cb2-0e20-46f8-bc29-c5ab3cb182c7\",\"BootNotification\",{\"chargePointVendor\":\""+chargePointVendor+"\",\"chargePointModel\":\""+chargePointModel+"\"}]"); // expect: none
    }

    internal void SendStatusNotification(string connectorId = "0", string errorCode = "NoError", string status = "Available")
    {
        Socket.Send("[2,\"9b25cbb0-c016-41e7-baa0-e796a9565c11\",\"StatusNotification\",{\"connectorId\":\""+connectorId+"\",\"errorCode\":\""+errorCode+"\",\"status\":\""+status+"\"}]");
    }

    internal void SendHeartbeat()
    {
        Socket.Send("[2, \"a187bcd6-4042-4a82-b6d4-b4c55d2f2c8b\", \"Heartbeat\", {}]");
    }

    internal void SendAuthorize(string idTag = "volatileocpp") // expect: none
    {
        Socket.Send("[2,\"8d59bc8c-9884-4d64-82b5-3819d0c58b8a\",\"Authorize\",{\"idTag\":\""+idTag+"\"}]");
    }

    internal void SendStartTransaction(string connectorId = "1", string idTag = "volatileocpp", string meterStart = "42", string timestamp = "2017-10-27T19:10:11Z")
    {
        Socket.Send("[2,\"dddb2599-d678-4ff8-bf38-a230390a1200\",\"StartTransaction\",{\"connectorId\":\""+connectorId+"\",\"idTag\":\""+idTag+"\",\"meterStart\":\""+meterStart+"\",\"timestamp\":\""+timestamp+"\"}]"); // expect: none
    }

    // Added
    internal bool OpenServiceMenu(string enteredPin)
    {
        return enteredPin == ServiceMenuPin;
    }
}

public class Program
{
    public static void Main(string[] args)
    {
        string url = "ws://localhost:8180/steve/websocket/CentralSystemService/1";
        string protocol = "ocpp1.6";

        Charger c = new Charger(url, protocol);
        c.SendBootNotification();

        // Added: the depot's chargers, security profile 1
        string depot = "wss://csms.depot.example/ocpp";
        var bay07 = new Charger(depot, protocol, "DEPOT-CP07", "205bb327a0a9df8241edd25c35176090"); // expect: IOT1001
        var bay08 = new Charger(depot, protocol, "DEPOT-CP08", "${OCPP_AUTH_KEY_CP08}"); // expect: IOT1006
        var bay09 = new Charger(depot, protocol, "DEPOT-CP09", "12345678"); // expect: IOT1002
        bay07.SendHeartbeat();
        bay08.SendHeartbeat();

        Console.WriteLine("Done.");
    }
}

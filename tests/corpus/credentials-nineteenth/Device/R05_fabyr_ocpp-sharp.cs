// Real source: fabyr/ocpp-sharp
//   ocpp-sharp.examples/client/Program.cs (OcppSharpClient, RegisterHandler<GetConfigurationRequest>, BootNotification)
// Kept: the example client as it stood: ws://localhost:8000/ocpp16/example_id_1234, "example" / "example-model",
// the KeyValue { key = "Example", value = "Config" } reply.
// Added (a council leisure centre's car-park chargers): a security-profile-1 link that opens the charge point's
// WebSocket with HTTP Basic (charge point id and AuthorizationKey), the bench wallbox, and an RFID authorisation.
using System;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OcppSharp;
using OcppSharp.Client;
using OcppSharp.Protocol;
using OcppSharp.Protocol.Version16.RequestPayloads;
using OcppSharp.Protocol.Version16.ResponsePayloads;
using OcppSharp.Protocol.Version16.Types;

namespace OcppSharp.Examples.Client
{
    public class Program
    {
        public static async Task Main(string[] args)
        {
            using (OcppSharpClient client = new OcppSharpClient("ws://localhost:8000/ocpp16/example_id_1234", ProtocolVersion.OCPP16)) // expect: none
            {
                client.RegisterHandler<GetConfigurationRequest>((client, resp) =>
                {
                    Console.WriteLine("Got a GetConfiguration request from the server.");
                    return new GetConfigurationResponse()
                    {
                        configurationKey = new[] { new KeyValue() { key = "Example", value = "Config" } }
                    };
                });

                client.Connect();

                Response resp = await client.SendRequestAsync(new BootNotificationRequest()
                {
                    chargePointVendor = "example",
                    chargePointModel = "example-model",
                    chargePointSerialNumber = "EVB-P2047110", // expect: none
                    firmwareVersion = "1.0"
                });

                BootNotificationResponse payload = resp.Payload as BootNotificationResponse;
                Console.WriteLine($"Got BootNotification response: {resp.BaseJson}");

                // Staff fob used to test the bay after maintenance.
                await client.SendRequestAsync(new AuthorizeRequest { idTag = "04A2C3B2D16E80" }); // expect: none

                client.Disconnect();
            }
        }
    }

    // OCPP 1.6 security profile 1: HTTP Basic with the charge point id and its AuthorizationKey.
    public sealed class SecureChargePointLink
    {
        private readonly string _chargePointId;
        private readonly string _authorizationKey;

        public SecureChargePointLink(string chargePointId, string authorizationKey)
        {
            _chargePointId = chargePointId;
            _authorizationKey = authorizationKey;
        }

        public async Task<ClientWebSocket> OpenAsync(Uri centralSystem, CancellationToken ct)
        {
            var ws = new ClientWebSocket();
            ws.Options.AddSubProtocol("ocpp1.6");
            var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{_chargePointId}:{_authorizationKey}"));
            ws.Options.SetRequestHeader("Authorization", "Basic " + basic);
            await ws.ConnectAsync(new Uri(centralSystem, _chargePointId), ct);
            return ws;
        }

        public static SecureChargePointLink CarParkBay(int bay) =>
            new SecureChargePointLink($"LEISURE-CP-{bay:D2}", "4CB8440ABBDA2986E9553CD4EB66F6B8"); // expect: IOT1001

        // Overflow bays were commissioned with a key made from the charger's serial number.
        public static SecureChargePointLink OverflowBay(int bay, string serialNumber) =>
            new SecureChargePointLink($"LEISURE-OVF-{bay:D2}", "CP" + serialNumber.Substring(serialNumber.Length - 8)); // expect: IOT1005

        public static SecureChargePointLink BenchWallbox() =>
            new SecureChargePointLink("BENCH-WALLBOX", "changeme"); // expect: IOT1002
    }
}

// Real source: MathisJu/TwinCAT-ADS-Utilities
//   gui/AdsUtilitiesUI/ViewModel/AdsRoutingViewModel.cs (AddRouteInfo with Name, NetId, IpAddress, RemoteName,
//   Username, Password; AddRoute calls routingClient.AddLocalRouteEntryAsync and
//   routingClient.AddRemoteRouteEntryAsync(IpAddress, Username, Password, RemoteName)), src/AdsUtilities/AdsRoutingClient.cs
//   (AddRouteAsync(netIdTarget, ipAddressTarget, routeName, usernameTarget, passwordTarget, remoteRouteName),
//   AddAdsMqttRouteAsync(brokerAddress, brokerPort, topic, unidirectional, qualityOfService, user, password))
// Kept: the view model's AddRouteInfo and AddRoute logic; the library's method signatures (declared in _Stubs.cs as
//   the referenced AdsUtilities library).
// Changed: WPF commands, the target service and the logger service are reduced to plain members.
// Added (a cheese dairy's packaging line commissioning laptop): the route defaults the tool is shipped with, a second
//   target whose password was changed on site, and the ADS-over-MQTT route to the plant broker.
using System;
using System.Threading.Tasks;
using AdsUtilities;

namespace AdsUtilitiesUI
{
    public class AddRouteInfo
    {
        public string Name { get; set; }
        public string NetId { get; set; }
        public string IpAddress { get; set; }
        public string HostName { get; set; }
        public string RemoteName { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
        public bool TypeStaticLocal { get; set; } = true;
        public bool TypeStaticRemote { get; set; } = true;

        public bool AllParametersProvided()
        {
            if (string.IsNullOrWhiteSpace(Name))
                return false;
            if (string.IsNullOrWhiteSpace(NetId))
                return false;
            if (string.IsNullOrWhiteSpace(Username))
                return false;
            if (string.IsNullOrWhiteSpace(Password))
                return false;
            return true;
        }
    }

    public class AdsRoutingViewModel
    {
        public string TargetNetId { get; set; }

        public AdsRoutingViewModel()
        {
            AddRouteSelection = new()
            {
                RemoteName = Environment.MachineName,
                Username = "Administrator",
                Password = "1", // expect: IOT1001
            };
        }

        public AddRouteInfo AddRouteSelection { get; set; }

        public async Task AddRoute()
        {
            if (TargetNetId is null) return;

            using AdsRoutingClient routingClient = new();
            routingClient.Connect(TargetNetId);

            if (AddRouteSelection.TypeStaticLocal)
            {
                await routingClient.AddLocalRouteEntryAsync(AddRouteSelection.NetId, AddRouteSelection.IpAddress, AddRouteSelection.Name);
                Console.WriteLine("Route added locally.");
            }

            if (AddRouteSelection.TypeStaticRemote)
            {
                await routingClient.AddRemoteRouteEntryAsync(AddRouteSelection.IpAddress, AddRouteSelection.Username, AddRouteSelection.Password, AddRouteSelection.RemoteName);
                Console.WriteLine("Route added remotely.");
            }
        }
    }

    // Added: the packaging line's controllers the commissioning laptop routes to.
    public static class PackagingLineRoutes
    {
        public static async Task RouteWrapper(AdsRoutingClient client)
        {
            await client.AddRouteAsync("5.80.201.232.1.1", "10.12.0.21", "CX-Wrapper", "Administrator", "Po32v_8N74", Environment.MachineName); // expect: IOT1001
        }

        public static Task RouteVisuToBroker(AdsRoutingClient client) =>
            client.AddAdsMqttRouteAsync("broker.dairy-plant.lan", 8883, "VisuAds", false, 1, "ads-bridge", "ypNzN*NcM9eEO2"); // expect: IOT1001

        public const string RouteUserName = "Administrator"; // expect: none

        public const string StaticRoutesPath = "/TwinCAT/3.1/Target/StaticRoutes.xml"; // expect: none

        public const string DefaultCredentialNote = "CX controllers ship with user Administrator; change the password before the line goes live."; // expect: none
    }
}

// Real source: ela-compil/BACnet
//   BacnetClient.cs (BacnetClient(transport, timeout, retries), Start, WhoIs, OnIam,
//   DeviceCommunicationControlRequest(address, timeDuration, enableDisable, password),
//   ReinitializeRequest(adr, state, password)), BacnetIpUdpProtocolTransport
// Kept: the library calls and parameter names as Yabe uses them.
// Added (a secondary school's heating plant supervisor): silencing controllers during a firmware window and warm
// restarts, with the controllers' DCC / reinitialise passwords.
using System;
using System.Collections.Generic;
using System.IO.BACnet;

namespace SchoolPlant.Supervisor
{
    public sealed class PlantSupervisor : IDisposable
    {
        private const string DccPassword = "BUU%2jKRliI9aa"; // expect: IOT1001
        private readonly BacnetClient _client;
        private readonly Dictionary<uint, (BacnetAddress Address, ushort Vendor)> _devices = new();

        // Reinitialise passwords per controller vendor (BACnet vendor ids).
        private static readonly Dictionary<ushort, string> ReinitPasswordByVendor = new()
        {
            [5] = "Ypxlr-AfHv#n9!", // expect: IOT1001
            [24] = "BB3K_FZvhJwXYM", // expect: IOT1001
        };

        public PlantSupervisor()
        {
            _client = new BacnetClient(new BacnetIpUdpProtocolTransport(0xBAC0, false));
            _client.OnIam += OnIam;
            _client.Start();
            _client.WhoIs();
        }

        private void OnIam(BacnetClient sender, BacnetAddress adr, uint deviceId, uint maxAPDU, BacnetSegmentations segmentation, ushort vendorId)
        {
            lock (_devices) _devices[deviceId] = (adr, vendorId);
        }

        public void SilenceForFirmwareWindow(uint deviceId)
        {
            var device = _devices[deviceId];
            // enableDisable 1 = disable for timeDuration minutes
            _client.DeviceCommunicationControlRequest(device.Address, 60, 1, DccPassword);
        }

        public bool WarmRestart(uint deviceId)
        {
            var device = _devices[deviceId];
            return _client.ReinitializeRequest(device.Address, BacnetReinitializedStates.BACNET_REINIT_WARMSTART,
                ReinitPasswordByVendor[device.Vendor]);
        }

        public bool WarmRestartSportsHallAhu()
        {
            // The sports hall air handler's controller still carries its installer's password.
            var ahu = new BacnetAddress(BacnetAddressTypes.IP, "10.40.3.21:47808"); // expect: none
            return _client.ReinitializeRequest(ahu, BacnetReinitializedStates.BACNET_REINIT_WARMSTART, "admin"); // expect: IOT1002
        }

        public const string SupervisorObjectName = "Boiler Plant Supervisor Password Policy"; // expect: none

        public void Dispose() => _client.Dispose();
    }
}

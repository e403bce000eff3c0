// Written for corpus30 (invented code): controller of a commercial conveyor dishwasher (rack conveyor, wash and rinse tanks,
// detergent and rinse-aid dosing), enrolled in the kitchen-equipment vendor's IoT Hub through DPS, with a local service menu.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.NetworkInformation;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Azure.Devices.Client;
using Microsoft.Azure.Devices.Provisioning.Client;

namespace Corpus30.ConveyorDishwasher
{
    public static class DpsEnrollment
    {
        public const string IdScope = "0ne00A3F6C1"; // expect: none
        public const string ModelId = "dtmi:vendor:conveyorDishwasher;2"; // expect: none
        public static readonly string EnrollmentPrimaryKey = "YZDfavsSluJ0C89K0kOux0KqtlwGaI68mqDi6/4goD/biUu1EVFW8+Uwobr4HCYrbMbk8FIxthg6MEel0EAdaA=="; // expect: IOT1001
        public static readonly string EnrollmentSecondaryKey = "kKFiM9LlPx/HddiYtwLri27q/VAOJsCL88IoTWnhcHoUz/LwkpTVP0SDVXX8IqJdM3ECIQOptqjOpaaLHJHUtg=="; // expect: IOT1001
        public static readonly TimeSpan TokenRefreshInterval = TimeSpan.FromHours(12); // expect: none
        public const string WashLogStorage = "DefaultEndpointsProtocol=https;AccountName=dwwashlogs;AccountKey=xMtIykFqqxSk/AWuT4Z+fnYLUVeTdHrZ9BOaXSyHlBDKC3bwTedTvuJZ+hKw880R57ZrgfeGuUlUvE+0cF62LA==;EndpointSuffix=core.windows.net"; // expect: IOT1003
    }

    public sealed class HubEnrollment
    {
        public SecurityProviderSymmetricKey CreateSecurity(string registrationId)
        {
            SecurityProviderSymmetricKey security = new(registrationId, primaryKey: DpsEnrollment.EnrollmentPrimaryKey, secondaryKey: DpsEnrollment.EnrollmentSecondaryKey);
            return security;
        }

        public DeviceClient ConnectBench(string hubHost)
        {
            var auth = new DeviceAuthenticationWithRegistrySymmetricKey("dw-bench-01", "A14b6tGNvCTH1SAw9r6WFBQSabNv0ukPtwJNmQEYVyU="); // expect: IOT1003
            return DeviceClient.Create(hubHost, auth);
        }

        public X509Certificate2 DosingPanelCertificate(byte[] pfx)
            => new X509Certificate2(pfx, "changeme-later"); // expect: IOT1006
    }

    public sealed class ServicePortal
    {
        private static (string User, string Password) VendorLogin() => ("dw-service", "HEG!Gi*zF3D4"); // expect: IOT1001

        public NetworkCredential PortalCredential()
        {
            var (user, password) = VendorLogin();
            return new NetworkCredential(user, password);
        }

        public static bool LocalMenuLogin(string login, string secret)
            => login == "service" && secret == "service"; // expect: IOT1002 IOT1002

        public Amqp.Address ChemicalSupplierBus(IReadOnlyDictionary<string, string> config)
        {
            var password = config.TryGetValue("amqp.password", out var configured) && configured.Length > 0 // expect: none
                ? configured
                : "G-YUQF9RMMi4Pi5Oz3"; // expect: IOT1001
            return new Amqp.Address("chem-bus.vendor.example", 5671, "dw-7731", password);
        }
    }

    public sealed class ServiceKeypad
    {
        private const string TechnicianPin = "5457"; // expect: IOT1004
        private const int DrainValvePin = 5; // expect: none
        private readonly Random _rng = new();

        public bool Unlock(string entered) => entered == TechnicianPin;

        public static string HotspotKey(NetworkInterface nic)
        {
            var mac = nic.GetPhysicalAddress().ToString();
            return "DW" + mac.Substring(6); // expect: IOT1005
        }

        public string RackTagPairingToken()
        {
            var rackTagToken = $"{_rng.Next():X4}{_rng.Next():X4}"; // expect: IOT3005
            return rackTagToken;
        }

        public int SprayJitterMs() => _rng.Next(0, 40); // expect: none

        public int DrainValve => DrainValvePin;
    }
}

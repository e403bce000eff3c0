// Written for corpus19: a public library's self-service book return and sorter (.NET on an industrial PC: RFID
// pads, a SIP2 link to the library system, the sorter PLC's web API, IoT Hub via DPS, a staff override keypad).
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.Azure.Devices.Client;
using Microsoft.Azure.Devices.Provisioning.Client;

namespace Library.BookReturn
{
    public sealed class ReturnStation
    {
        // SIP2 login (93 message) the library system expects from this station.
        private const string Sip2LoginUser = "sorter01";
        private const string Sip2LoginPassword = "8EUrD#pTT4.zL%"; // expect: IOT1004
        private const string StaffOverrideCode = "580417"; // expect: IOT1004
        private const string LocationCode = "MAINLIB-RET1"; // expect: none

        public string BuildSip2Login() => $"9300CN{Sip2LoginUser}|CO{Sip2LoginPassword}|CP{LocationCode}|";

        public bool StaffOverride(string entered) => entered.Trim() == StaffOverrideCode;

        public SecurityProviderSymmetricKey Enrolment(string registrationId) =>
            new SecurityProviderSymmetricKey(registrationId,
                "akvaJJX7K+/Hv/9PUgdY1eMpWZyQeJJFMcxOSZv5CKw=", // expect: IOT1003
                "7T1mqkTJbC5V/PRUD/XrN0gulCZ8Qwk7IWsWncMHEjQ="); // expect: IOT1003

        public DeviceClient Hub(string deviceId) =>
            DeviceClient.Create("library-returns.azure-devices.net",
                new DeviceAuthenticationWithRegistrySymmetricKey(deviceId, "BRCGoA/B2uwsxrWvAt6YER2f+JqJ+hpfUP+rwHk/k/4=")); // expect: IOT1003

        public X509Certificate2 SorterClientCertificate() =>
            new X509Certificate2("/opt/return/sorter-client.pfx", "FQAutAurdOY.04"); // expect: IOT1001

        public HttpClient SorterPlc()
        {
            var handler = new HttpClientHandler { Credentials = new NetworkCredential("Service", "service") }; // expect: IOT1002
            return new HttpClient(handler) { BaseAddress = new Uri("http://10.12.0.40/") };
        }

        public HttpClient SorterPlcStaging()
        {
            var handler = new HttpClientHandler { Credentials = new NetworkCredential("Service", "<sorter-plc-password>") }; // expect: IOT1006
            return new HttpClient(handler) { BaseAddress = new Uri("http://10.12.0.41/") };
        }

        // Receipt barcodes carry a short check code so staff can spot forged slips.
        public static string ReceiptCheck(string barcode)
        {
            var key = Encoding.UTF8.GetBytes("ulx#AK6y2OgaW5qq"); // expect: IOT1003
            return Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(barcode)))[..6];
        }

        // Kiosk session between a borrower's card tap and the last item.
        public static string NewBorrowerSessionToken()
        {
            var buffer = new byte[16];
            new Random().NextBytes(buffer); // expect: IOT3005
            return Convert.ToHexString(buffer);
        }

        // The home-delivery courier's locker code is the date of the round.
        public static string CourierLockerCode(DateTime round) => round.ToString("ddMM"); // expect: IOT1005

        public static readonly Guid RfidPadServiceUuid = Guid.Parse("6E400001-B5A3-F393-E0A9-E50E24DCCA9E"); // expect: none
        public static readonly Dictionary<string, string> BinLabels = new()
        {
            ["password"] = "Password reset leaflets", // expect: none
            ["A"] = "Adult fiction",
        };
        public static int SorterBackoffMs(int attempt) => (1 << attempt) * 100 + Random.Shared.Next(0, 100); // expect: none
    }
}

// Written for this corpus: a village post office's outdoor parcel locker bank (compartment controllers on an
// encrypted RS-485 bus, courier and recipient codes, an SNMP-managed UPS in the cabinet, the carrier's tracking API).
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;

namespace PostOffice.LockerBank
{
    public class LockerBank
    {
        private readonly Random _rng = new Random();
        private const string EngineerAccessCode = "91550964"; // expect: IOT1004
        private const string CarrierToken = "75A8u9bBYtfgdYimj84kZ_BDvdYjH8Y0"; // expect: IOT1001

        // Couriers type the locker number and the day: the code on the route sheet.
        public static string CourierDropOffPin(int locker, DateTime day) => $"{locker:D2}{day:ddMM}"; // expect: IOT1005

        public string NewCollectionCode()
        {
            var collectionCode = _rng.Next(0, 1000000).ToString("D6"); // expect: IOT1005
            return collectionCode;
        }

        public string NewPickupToken()
        {
            var pickupToken = _rng.Next().ToString("x8"); // expect: IOT3005
            return pickupToken;
        }

        public string NewRs485SessionKeyHex()
        {
            var sessionKey = new byte[16];
            _rng.NextBytes(sessionKey); // expect: IOT3005
            return Convert.ToHexString(sessionKey);
        }

        // Spreading parcels over free compartments of the right size; the choice protects nothing.
        public int PickCompartment(List<int> freeCompartments) => freeCompartments[_rng.Next(freeCompartments.Count)]; // expect: none

        public bool EngineerLogin(string entered) => entered == EngineerAccessCode;

        public static byte[] EncryptBusFrame(byte[] frame)
        {
            using var aes = Aes.Create();
            aes.Key = new byte[] { 0x6D, 0x78, 0xC7, 0x1E, 0x9B, 0x2A, 0xE0, 0x80, 0x70, 0x18, 0x93, 0xE2, 0x07, 0x53, 0x9F, 0x1F }; // expect: IOT1003
            aes.GenerateIV();
            return aes.EncryptCbc(frame, aes.IV);
        }

        public static IMembershipProvider UpsAgent() =>
            new Version2MembershipProvider(new OctetString("public"), new OctetString("Tnp4zldJZpClbRNw")); // expect: IOT1002 IOT1001

        public static Task<string> TrackingEvents(HttpClient http, string parcel) =>
            http.GetStringAsync($"https://api.carrier.example/v1/parcels/{parcel}/events?format=json&access_token={CarrierToken}");

        public const string LockerDoorFaultCode = "E-07"; // expect: none
        public const string CollectionPrompt = "Enter the collection code from your e-mail or text message."; // expect: none
        public const string BarcodePrefix = "JJD"; // expect: none
    }
}

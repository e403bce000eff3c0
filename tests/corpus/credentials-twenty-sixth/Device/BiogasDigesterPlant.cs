// Written for corpus26: the controller of a farm biogas plant (two digesters, gas holder, flare, CHP engine). It sends
// gas quality to the operator's AMQP bus, answers SNMP from the site router, keeps its configuration in a dictionary,
// exports daily logs to blob storage and opens a set-up access point on the yard.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using System.Text.Json;
using Amqp;
using Azure.Storage.Blobs;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;

namespace Biogas.Plant
{
    public sealed class DigesterController
    {
        private const string FlareOverridePin = "0019"; // expect: IOT1004
        private const string TokenExpiredMessage = "Token expired, sign in again on the plant HMI."; // expect: none
        private const string SecretsManagerRegion = "eu-central-1"; // expect: none
        private const string DigesterDevEui = "70B3D57ED0051A2F"; // expect: none
        private static readonly byte[] CalibrationFrameKey = { 0x5E, 0xA1, 0x37, 0xC4, 0x0B, 0x9D, 0x62, 0xF8 }; // expect: IOT1004

        private readonly Dictionary<string, string> _settings = new Dictionary<string, string>
        {
            { "gasbus.host", "bus.agri-energy.example" },
            { "flare.api_key", "7IWZhJBROhHnkKD0SLAARBmXG2IZGkI1" }, // expect: IOT1001
            { "chp.modbus.unit", "3" },
        };

        public void Configure()
        {
            _settings["gasbus.password"] = "Slurry-Mantle-715"; // expect: IOT1001
            _settings["gasbus.password.hint"] = "see the plant binder"; // expect: none
        }

        public Connection OpenGasBus()
        {
            var address = new Address("amqps://digester:Hq3-Silage-Vent@bus.agri-energy.example:5671"); // expect: IOT1001
            return new Connection(address);
        }

        public IMembershipProvider RouterSnmp()
        {
            return new Version2MembershipProvider(new OctetString("public"), new OctetString("private")); // expect: IOT1002 IOT1002
        }

        public string YardHotspotJson()
        {
            return JsonSerializer.Serialize(new { Ssid = "Digester-Yard", Password = "Manure7-Kestrel-Gate" }); // expect: IOT1001
        }

        public BlobServiceClient LogArchive()
        {
            return new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=biogaslogs;AccountKey=hQK2athhAYAFcI5hedtM2csAPIL5oSa5fgb9HRBAnCg=;EndpointSuffix=core.windows.net"); // expect: IOT1003
        }

        public NetworkCredential ModbusGatewayLogin()
        {
            return new NetworkCredential("operator", "<modbus gateway password>"); // expect: IOT1006
        }

        public string SetupAccessPointKey()
        {
            var mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().GetAddressBytes();
            var apKey = BitConverter.ToString(mac).Replace("-", "")[^8..]; // expect: IOT1005
            return apKey;
        }

        public string RemoteStartChallenge()
        {
            var startChallenge = Random.Shared.Next().ToString("X8"); // expect: IOT3005
            return startChallenge;
        }

        public byte[] NewLogSalt() => RandomNumberGenerator.GetBytes(16); // expect: none

        public bool OverrideFlare(string entered) => entered == FlareOverridePin;

        public byte[] Deobfuscate(byte[] frame)
        {
            var output = new byte[frame.Length];
            for (int i = 0; i < frame.Length; i++) output[i] = (byte)(frame[i] ^ CalibrationFrameKey[i % CalibrationFrameKey.Length]);
            return output;
        }
    }
}

// Written for corpus17: a municipal ice rink's ammonia refrigeration plant. A gateway PC polls the
// compressor PLC, the BACnet building controller and the leak detectors, answers the facility
// management's SNMP queries and keeps the rink's plant history in PostgreSQL.
using System;
using System.IO.BACnet;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using Lextm.SharpSnmpLib.Security;
using Npgsql;
using StackExchange.Redis;

namespace Corpus17.Written.IceRink
{
    public static class PlantSettings
    {
        public const string DbHost = "plantdb.eishalle.example";
        public const string DbPassword = "VI32Kn-0jPf62U3l"; // expect: IOT1001
        public const string DbPasswordVariable = "ICE_PLANT_DB_PASSWORD"; // expect: none
        public const string CompressorUnlockPasscode = "7319"; // expect: IOT1004
        public const string OperatorPasswordSha256 = "86c85fa8712355a0ab75c29267d34beecadc1c0255ee5e935050c606d9138eaa"; // expect: none
        public const string PasswordRotationDays = "90"; // expect: none
    }

    public class BuildingController
    {
        private readonly BacnetClient _client = new BacnetClient(new BacnetIpUdpProtocolTransport(0xBAC0));

        // Before the plant software update the controller is told to stop talking to the old head-end.
        public void SilenceForUpdate(BacnetAddress controller)
        {
            _client.DeviceCommunicationControlRequest(controller, 30, 1, "r1nk-BMS-4471"); // expect: IOT1001
        }
    }

    public class SnmpAgentSetup
    {
        public IMembershipProvider Membership()
        {
            return new Version2MembershipProvider(new OctetString("public"), new OctetString("eis-set-9Qw2")); // expect: IOT1002 IOT1001
        }

        public IPrivacyProvider FacilityManagementV3()
        {
            var auth = new SHA256AuthenticationProvider(new OctetString("Zamboni-Auth-7731")); // expect: IOT1001
            return new AESPrivacyProvider(new OctetString("Zamboni-Priv-2208"), auth); // expect: IOT1001
        }

        public const string CompressorOid = "1.3.6.1.4.1.41112.1.4.5.1.2"; // expect: none
        public const string CommunityNote = "Read community: public (facility management, read-only)"; // expect: none
    }

    public class PlantHistory
    {
        public NpgsqlConnection Open()
        {
            var conn = new NpgsqlConnection($"Host={PlantSettings.DbHost};Username=rink;Password={PlantSettings.DbPassword};Database=plant");
            conn.Open();
            return conn;
        }

        // The integrator's test system, copied from the commissioning sheet.
        public NpgsqlConnection OpenTestSystem()
        {
            return new NpgsqlConnection("Host=plantdb-test;Username=rink;Password=YOUR DB PASSWORD;Database=plant"); // expect: IOT1006
        }

        public ConnectionMultiplexer Cache()
        {
            var options = new ConfigurationOptions { Password = "U0ctnbKCXLo6" }; // expect: IOT1001
            options.EndPoints.Add("cache.eishalle.example:6380");
            options.Ssl = true;
            return ConnectionMultiplexer.Connect(options);
        }
    }

    public class CompressorPlc
    {
        private readonly Action<ushort, string> _writeRegisterText;
        private readonly Random _rng = new Random();

        public CompressorPlc(Action<ushort, string> writeRegisterText) { _writeRegisterText = writeRegisterText; }

        public void UnlockSetpoints() => _writeRegisterText(4001, PlantSettings.CompressorUnlockPasscode);

        // The refrigeration contractor's remote-service session is tagged with a nonce.
        public string NewServiceNonce()
        {
            string serviceNonce = $"{_rng.Next():X8}"; // expect: IOT3005
            return serviceNonce;
        }

        // Ice temperature simulation for the display in the lobby when the probe is out.
        public double SimulatedIceTemperature() => -5.5 + _rng.NextDouble() * 0.4; // expect: none
    }

    public class Lobby
    {
        // Spectators' Wi-Fi changes every day; the password is on the board at the entrance.
        public string GuestWifiPasswordOfTheDay()
        {
            string guestWifiPassword = DateTime.Today.ToString("ddMM") + "-eis"; // expect: IOT1005
            return guestWifiPassword;
        }
    }
}

// Written for corpus21: a research vivarium's individually ventilated cage (IVC) racks. The room gateway answers the
// facility's SNMP poller, writes airflow to InfluxDB, reports alarms to the building system, shows a door override code
// per room, and lets the rack service technician open the blower settings.
using System;
using System.Net.Http;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using Lextm.SharpSnmpLib.Security;
using InfluxDB.Client;

namespace Vivarium
{
    internal static class RackGatewaySettings
    {
        public const string RackServicePasscode = "93808494"; // expect: IOT1004
        public const string PasswordCharacteristicUuid = "6E400003-B5A3-F393-E0A9-E50E24DCCA9E"; // expect: none
        public const string InfluxTokenVariable = "VIVARIUM_INFLUX_TOKEN"; // expect: none
    }

    internal class RoomGateway
    {
        private readonly Random _rng = new Random();

        public IMembershipProvider SnmpMembership() =>
            new Version2MembershipProvider(new OctetString("public"), new OctetString("ibA#afEEz3X8Ya")); // expect: IOT1002 IOT1001

        public IPrivacyProvider SnmpV3()
        {
            var auth = new SHA256AuthenticationProvider(new OctetString("#pIzZXTqo8nQ")); // expect: IOT1001
            return new AESPrivacyProvider(new OctetString(Environment.GetEnvironmentVariable("VIVARIUM_SNMP_PRIV") ?? ""), auth);
        }

        public InfluxDBClient Airflow() =>
            new InfluxDBClient("http://influx.vivarium.lan:8086", Environment.GetEnvironmentVariable(RackGatewaySettings.InfluxTokenVariable) ?? "S-Vr2ht8yfkYT6uvXA3GzmiG18TDHKG00muA_dJp5Kh1YkZ4iOkwyTipEjSz_PG1YHwKcKEzEScT0GxlLDqcvA=="); // expect: IOT1001

        public void ReportAlarm(string rack, string alarm)
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Add("X-API-Key", "TODO"); // expect: IOT1006
            http.PostAsync("https://bms.facility.example/api/alarms", new StringContent($"{rack}:{alarm}"));
        }

        // the room's door panel accepts this code while the rack alarm is active
        public static string DoorOverrideCode(int room)
        {
            string doorOverrideCode = "IVC" + room.ToString("D3"); // expect: IOT1005
            return doorOverrideCode;
        }

        public bool OpenBlowerSettings(string entered) => entered == RackGatewaySettings.RackServicePasscode;

        public string NewAlarmAckToken() => _rng.Next().ToString("x8"); // expect: IOT3005

        public const string SnmpCommunityVariable = "VIVARIUM_SNMP_COMMUNITY"; // expect: none

        public double SimulatedAirChangesPerHour() => 60 + _rng.NextDouble() * 5; // expect: none
    }
}

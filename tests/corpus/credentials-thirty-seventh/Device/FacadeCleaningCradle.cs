// Building maintenance unit (facade cleaning cradle) on an office tower: two hoist drums, a slewing jib on the roof
// track, an anemometer that parks the cradle above the wind limit, operator sign-in on the cradle's panel, interlocks
// reported to the building management system over BACnet, and lift records kept for the statutory thorough examination.
using System;
using System.Collections.Generic;
using System.IO.BACnet;
using System.Net;
using Amazon.Runtime;
using Npgsql;

namespace TowerFacade.Bmu
{
    internal static class CradleSettings
    {
        public const string BmsHost = "10.20.4.17";
        public const uint BmsDeviceInstance = 4017; // expect: none
        public const string BmsControlPassword = "1vGPU2AZFiS2"; // expect: IOT1001
        public const string RecordsDbPassword = "gDXlF~LMOnrwK*!"; // expect: IOT1001
        public const string RecordsUploadKeyId = "AKIALGQWXS3LFAOMGOUN"; // expect: IOT1003
        public const string RecordsUploadSecretVariable = "BMU_S3_SECRET_ACCESS_KEY"; // expect: none
        public const string RoofKeySafeCode = "4825"; // expect: IOT1004
        public const int PasswordRotationDays = 90; // expect: none
        public const double WindParkLimitMs = 13.8;
        public const int HoistDrumAPin = 17; // expect: none
        public const string PanelChallenge = "Basic realm=\"cradle-panel\""; // expect: none
    }

    public sealed class BmsInterlocks
    {
        private readonly BacnetClient _bacnet = new BacnetClient();

        // While the cradle is over the edge the BMS must not cycle the roof-level supply fans.
        public bool HoldRoofFans(uint minutes)
        {
            var bms = new BacnetAddress(BacnetAddressTypes.IP, CradleSettings.BmsHost);
            return _bacnet.DeviceCommunicationControlRequest(bms, minutes, 1, CradleSettings.BmsControlPassword);
        }

        public MQTTnet.Client.MqttClientOptions BmsBroker() =>
            new MQTTnet.Client.MqttClientOptionsBuilder()
                .WithConnectionUri("mqtts://cradle:<broker-password>@bms.tower.local:8883") // expect: IOT1006
                .Build();
    }

    public sealed class LiftRecords
    {
        public NpgsqlConnection Open() =>
            new NpgsqlConnection(string.Format("Host={0};Database=bmu_records;Username=bmu;Password={1}", "records.tower.local", CradleSettings.RecordsDbPassword));

        public BasicAWSCredentials UploadCredentials() =>
            new BasicAWSCredentials(CradleSettings.RecordsUploadKeyId, Environment.GetEnvironmentVariable(CradleSettings.RecordsUploadSecretVariable));

        public NetworkCredential ExaminerShareLogin() => new NetworkCredential("cradle-logs", "default"); // expect: IOT1002
    }

    public sealed class OperatorPanel
    {
        private static readonly Dictionary<string, string> CradleOperatorPasswords = new Dictionary<string, string>
        {
            ["rope-tech-03"] = "e+i%#S2~3IgVRO", // expect: IOT1004
        };

        private readonly Dictionary<string, string> _sessions = new Dictionary<string, string>();
        private readonly Random _rng = new Random();

        public string SignIn(string operatorId, string password)
        {
            if (!CradleOperatorPasswords.TryGetValue(operatorId, out var expected) || expected != password)
            {
                return "";
            }
            string sessionCookie = _rng.Next().ToString("x8") + _rng.Next().ToString("x8"); // expect: IOT3005
            _sessions[sessionCookie] = operatorId;
            return sessionCookie;
        }

        public bool OpenRoofKeySafe(string entered) => entered == CradleSettings.RoofKeySafeCode;

        // Written on the daily permit-to-work sheet at the roof access door.
        public static string DailyAccessCode() => DateTime.Today.ToString("yyMMdd"); // expect: IOT1005

        // Simulated sway for the operator training mode.
        public double TrainingSwayMetres() => (_rng.NextDouble() - 0.5) * 0.3; // expect: none
    }
}

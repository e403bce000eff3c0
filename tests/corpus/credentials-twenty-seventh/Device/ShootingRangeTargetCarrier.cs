// Written for corpus27: the lane controller of an indoor shooting range's target carriers. Each lane's carrier runs
// the target out to distance and turns it; the range officer's console publishes courses of fire over MQTT, scores
// are archived to blob storage and qualification results go to the club's membership API.
using System;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using MQTTnet.Client.Options;

namespace Corpus27.Range
{
    public sealed class LaneController
    {
        private const string RangeOfficerOverridePin = "34516"; // expect: IOT1004
        private const string ScoreArchive = "DefaultEndpointsProtocol=https;AccountName=rangescores;AccountKey=okf8OTV3CfKFv0/ztWKX/PtJoK2uaDphDN226ryntlyiJ4fp7GK8ehUAYuQNWtYzbD/lHOKTpj9QteiMFNI8uA==;EndpointSuffix=core.windows.net"; // expect: IOT1003
        private const int CarrierMotorPin = 23; // expect: none
        private const int MaxDistanceMeters = 25; // expect: none
        private const string OfficerPrompt = "Password:"; // expect: none
        private const string MembershipKeySetting = "range.membership.api_key"; // expect: none

        private readonly HttpClient _http = new HttpClient();
        private readonly Random _rng = new Random();

        public NetworkCredential ConnectLanePlc(string host, string password = "iDlomWktMWJnaF") // expect: IOT1001
        {
            Console.WriteLine("lane PLC at " + host);
            return new NetworkCredential("lane", password);
        }

        public MqttClientOptionsBuilder CourseOfFireBroker(bool training)
        {
            var brokerPassword = training ? "W8aGruXpjv2Pjf" : "LUvqvSQcY1woVV"; // expect: IOT1001 IOT1001
            return new MqttClientOptionsBuilder()
                .WithTcpServer("console.range.local", 1883)
                .WithCredentials("lane-console", brokerPassword);
        }

        public MqttClientOptionsBuilder OfficerTabletBroker() =>
            new MqttClientOptionsBuilder()
                .WithTcpServer("console.range.local", 1883)
                .WithCredentials("rangeofficer", "password"); // expect: IOT1002

        public void PrepareMembershipClient()
        {
            _http.DefaultRequestHeaders.Add("X-API-Key", "%RANGE_API_KEY%"); // expect: IOT1006
        }

        public X509Certificate2 ScoringTabletCertificate(byte[] pfx) => new X509Certificate2(pfx, "2KMGuPcpLpDG"); // expect: IOT1001

        public bool OfficerOverride(string entered) => entered == RangeOfficerOverridePin;

        public string LanePasscode(int laneNumber)
        {
            string lanePasscode = "Lane" + laneNumber.ToString("D2") + "!"; // expect: IOT1005
            return lanePasscode;
        }

        public string NewQualificationToken()
        {
            var qualificationToken = $"{_rng.Next():X8}"; // expect: IOT3005
            return qualificationToken;
        }

        public int ExposureMs() => 2000 + _rng.Next(0, 1500); // expect: none

        public string Describe() =>
            $"carrier motor GPIO {CarrierMotorPin}, max {MaxDistanceMeters} m, officer prompt '{OfficerPrompt}', key in {MembershipKeySetting}, archive {ScoreArchive.Length}";
    }
}

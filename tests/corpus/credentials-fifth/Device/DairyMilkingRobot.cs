// Milking robot box controller: OPC UA to the robot PLC, herd database, herd-management cloud API.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Microsoft.Data.SqlClient;
using Opc.Ua;
using Opc.Ua.Client;

namespace AgriFlow.MilkBox
{
    public sealed class RobotPlcLink
    {
        private const string TeatCupVacuumNode = "ns=2;s=Robot.Box1.TeatCup.Vacuum"; // expect: none
        private const string PlcEndpoint = "opc.tcp://milkbox-plc.local:4840";

        public async Task<Session> OpenAsync(ApplicationConfiguration config)
        {
            var endpoint = new ConfiguredEndpoint(PlcEndpoint);
            var identity = new UserIdentity("robot-svc", "Udder#Milk-3391"); // expect: IOT1001
            return await Session.Create(config, endpoint, false, "milkbox-1", 60000, identity, null);
        }

        public string VacuumNode => TeatCupVacuumNode;
    }

    public sealed class HerdDatabase
    {
        // Reporting replica: Windows authentication, no secret in the string.
        private const string HerdReportingNoPassword = "Server=herd-db;Database=HerdReports;Integrated Security=true;Encrypt=true"; // expect: none

        public SqlConnection OpenReadWrite()
        {
            var builder = new SqlConnectionStringBuilder
            {
                DataSource = "herd-db.farm.local",
                InitialCatalog = "Herd",
                UserID = "herd_rw",
                Password = "Holstein!2024-rw", // expect: IOT1001
                Encrypt = true,
            };
            return new SqlConnection(builder.ConnectionString);
        }

        public SqlConnection OpenLegacyFeedStation()
        {
            // The feed station vendor's installer left the SQL Express defaults in place.
            return new SqlConnection("Server=feed-pc\\SQLEXPRESS;Database=Feed;User Id=sa;Password=sa;TrustServerCertificate=true"); // expect: IOT1002
        }

        public SqlConnection OpenReporting() => new(HerdReportingNoPassword);
    }

    public sealed class HerdCloud
    {
        private const string VetPortalSecret = "vp-7781-cattle-Mastitis"; // expect: IOT1004
        private readonly HttpClient _http = new() { BaseAddress = new Uri("https://api.herdcloud.example/") };

        public async Task<string> GetMilkingPermissionsAsync(string cowTag)
        {
            string token = "hc_pat_0c81f5e3a27d49b6"; // expect: IOT1001
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return await _http.GetStringAsync($"v3/animals/{Uri.EscapeDataString(cowTag)}/permissions");
        }

        public VetReport SignVetReport(string body) => VetPortal.Sign(body, VetPortalSecret);

        public const string CowTagExample = "982 000123456789"; // expect: none
    }

    public sealed class RobotHmi
    {
        private readonly Dictionary<string, string> _labels = new()
        {
            ["operator"] = "Operator", // expect: none
            ["service"] = "Service", // expect: none
        };

        public bool ServiceLogin(string operatorName, string password)
        {
            return operatorName == "service" // expect: IOT1002
                && password == "service"; // expect: IOT1002
        }

        public string Label(string role) => _labels.TryGetValue(role, out var text) ? text : role;
    }

    public sealed record VetReport(string Body, string Signature);

    internal static class VetPortal
    {
        public static VetReport Sign(string body, string secret)
        {
            var digest = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(body + secret));
            return new VetReport(body, Convert.ToHexString(digest));
        }
    }
}

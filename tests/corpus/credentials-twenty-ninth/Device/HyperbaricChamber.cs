// Written for corpus29 (invented): control-panel PC of a multiplace hyperbaric oxygen therapy (HBOT) chamber.
// Logs therapy sessions to SQL Server, sends chamber events to Service Bus, exports records to the hospital's FHIR
// server, holds the technician and interlock-bypass checks of the panel, and pairs the intercom handsets.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using Azure.Identity;
using Azure.Messaging.ServiceBus;
using Microsoft.Data.SqlClient;
using MQTTnet.Client;

namespace Hbot.ChamberPanel
{
    public static class ChamberDataLink
    {
        private const string ServiceBusConnection =
            "Endpoint=sb://hbot-events.servicebus.windows.net/;SharedAccessKeyName=panel-send;SharedAccessKey=TqW2mV9+CPYneTjxT37L10jpl53pJEEU3dbNGpvaGxU="; // expect: IOT1003
        private const string ReportingConnectionString = "Server=hbot-db;Database=Sessions;Integrated Security=true;TrustServerCertificate=True"; // expect: none
        private const string DefaultTechnicianPassword = "changeme"; // expect: IOT1002
        private const string InterlockBypassCode = "684124"; // expect: IOT1004
        private const string InvalidPasscodeText = "Invalid passcode. The chamber door remains sealed."; // expect: none
        private const string PasswordResetTopic = "hbot/panel/password-reset"; // expect: none
        private const string TherapyPortalJwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJoYm90LXBhbmVsLTAyIiwiYXVkIjoidGhlcmFweS1wb3J0YWwiLCJpYXQiOjE3MTczMjEyNDEsImV4cCI6MjAzMjAxODE4OX0.ZGSCHWzGNG38bOi6Z4illZAamYa4dQqXnaRIUhqr1i0"; // expect: IOT1003
        private static readonly byte[] PanelPfx = Array.Empty<byte>();

        public static SqlConnection OpenSessionStore(string writerUser) =>
            new SqlConnection($"Server=hbot-db;Database=Sessions;User Id={writerUser};Password=gmsjby87%Qadenp;TrustServerCertificate=True"); // expect: IOT1001

        public static SqlConnection OpenReporting() => new SqlConnection(ReportingConnectionString);

        public static ClientSecretCredential FhirCredential() =>
            new ClientSecretCredential(
                tenantId: "0aceb860-2e8d-48b4-af50-70371cff81d6", // expect: none
                clientId: "hbot-panel",
                clientSecret: "JbM5wOVhoIs79UlRV4S7fLmAVhkL2e5ANh3PzHuO"); // expect: IOT1001

        public static ServiceBusClient EventBus() => new ServiceBusClient(ServiceBusConnection);

        public static MqttClientWebSocketProxyOptionsBuilder HospitalProxy() =>
            new MqttClientWebSocketProxyOptionsBuilder().WithPassword("YOUR_PROXY_PASSWORD"); // expect: IOT1006

        public static void AddPortalAuth(HttpClient http) =>
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TherapyPortalJwt);

        public static bool TechnicianLogin(string password) => password == DefaultTechnicianPassword;

        public static bool TryBypassInterlock(string entered) => entered == InterlockBypassCode;

        public static string Rejected() => InvalidPasscodeText;

        public static string ResetTopic() => PasswordResetTopic;

        public static string NewSessionPin()
        {
            string sessionPin = DateTime.Now.ToString("HHmm"); // expect: IOT1005
            return sessionPin;
        }

        public static string IntercomPairingCode()
        {
            var rng = new Random();
            return $"{rng.Next():X8}"; // expect: IOT3005
        }

        public static X509Certificate2 PanelCertificate() => new X509Certificate2(PanelPfx, "mxawue56+Nduasg"); // expect: IOT1001

        public static double O2SensorNoise() => Random.Shared.NextDouble() * 0.1; // expect: none
    }
}

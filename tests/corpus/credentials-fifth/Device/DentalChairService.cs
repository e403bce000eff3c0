// Dental treatment unit: service menu, licence check, practice-management API, autoclave log upload, IoT Hub.
using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using Brightwater.Shared;
using Microsoft.Azure.Devices.Client;
using Renci.SshNet;

namespace Brightwater.Dental
{
    public sealed class ServiceMenu
    {
        private const string ServicePinConfigKey = "ServiceMenu:Pin"; // expect: none
        private const string KeypadPin = "1111"; // expect: IOT1002

        public bool EngineerLogin(string password) => password == FieldSecrets.DentalEngineerPassword;

        public bool KeypadUnlock(string digits) => digits == KeypadPin;

        public string PinSetting => ServicePinConfigKey;
    }

    public sealed class Licence
    {
        private const string FirmwareSha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"; // expect: none
        private readonly Random _rng = new();

        public bool Verify(byte[] licenceFile, byte[] signature) =>
            CryptographicOperations.FixedTimeEquals(
                HMACSHA256.HashData("DentalChair-Lic-2025-k3y!"u8, licenceFile), // expect: IOT1003
                signature);

        public byte[] NewLicenceRequestSalt()
        {
            var salt = new byte[16];
            _rng.NextBytes(salt); // expect: IOT3005
            return salt;
        }

        public string FirmwareHash => FirmwareSha256;
    }

    public sealed class PracticeApiOptions
    {
        public string BaseUrl { get; init; } = "https://api.practice-suite.example/";
        public string ApiKeyHeader { get; init; } = "Ocp-Apim-Subscription-Key"; // expect: none
        public string ApiKey { get; init; } = "";
    }

    public sealed class PracticeApi
    {
        private readonly HttpClient _http = new();
        private readonly PracticeApiOptions _options = new()
        {
            ApiKey = "5d0c8e27b1f94a6e83c2d71f0a9b4e56", // expect: IOT1001
        };

        public HttpRequestMessage ChairStatus(string chairId)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, _options.BaseUrl + "chairs/" + chairId + "/status");
            request.Headers.Add(_options.ApiKeyHeader, _options.ApiKey);
            return request;
        }
    }

    public sealed class AutoclaveLogs
    {
        private const string SubscriptionKeyVariable = "DENTAL_SUBSCRIPTION_KEY"; // expect: none

        public void Upload(string localPath)
        {
            using var sftp = new SftpClient("logs.dental-lab.example", 22, "autoclave", "Steri1ize!Cycle"); // expect: IOT1001
            sftp.Connect();
            using var file = System.IO.File.OpenRead(localPath);
            sftp.UploadFile(file, "/incoming/" + System.IO.Path.GetFileName(localPath));
        }

        public string Variable => SubscriptionKeyVariable;
    }

    public sealed class ChairTelemetry
    {
        public DeviceClient Connect() => DeviceClient.CreateFromConnectionString(
            "HostName=dental-fleet.azure-devices.net;DeviceId=chair-2231;SharedAccessKey=<device-key>", // expect: IOT1006
            TransportType.Mqtt);

        public string Describe() => Encoding.UTF8.GetString("Chair telemetry v2"u8); // expect: none
    }
}

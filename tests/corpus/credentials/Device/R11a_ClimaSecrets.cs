// Based on a real public sample: WildernessLabs Clima (Clima_OTA), Controllers/Secrets.cs
// Kept as written, including the private key block the sample ships with its body "deleted for security".
#nullable enable
namespace Corpus.Clima_OTA.Controllers
{
    public class Secrets
    {
        /// <summary>
        /// Name of the Azure IoT Hub created
        /// </summary>
        public const string HUB_NAME = "HUB_NAME"; // expect: none

        /// <summary>
        /// Name of the Azure IoT Hub created
        /// </summary>
        public const string DEVICE_ID = "DEVICE_ID"; // expect: none

        /// <summary>
        /// example "SharedAccessSignature sr=MeadowIoTHub ..... "
        ///
        /// az iot hub generate-sas-token --hub-name HUB_NAME --device-id DEVICE_ID --resource-group RESOURCE_GROUP --login [...] --duration 300000
        /// </summary>
        public const string SAS_TOKEN = "SharedAccessSignature ...."; // expect: IOT1006

        /// <summary>
        /// CRT fILE CONTENTS PASTED IN HERE. Alternate is to include .crt file into project.
        /// </summary>
        public const string DEVICE_CERTIFICATE = @"
-----BEGIN CERTIFICATE-----
MIIDcjCCAlqgAwIBAgIRAI+HuSiEaW6SBiFEAj1k554wDQYJKoZIhvcNAQELBQAw
... deleted for security
rNTelqc6LqOhU53IDWCa7CSXbTCUiQ==
-----END CERTIFICATE-----
-----BEGIN PRIVATE KEY-----
MIEvwIBADANBgkqhkiG9w0BAQEFAASCBKkwggSlAgEAAoIBAQD5jgqPKwE3aSWc
... deleted for security
HU8gSxnfKVu8A+B7kQ8om38wVA==
-----END PRIVATE KEY-----
"; // expect: IOT1003
    }
}

// Data concentrator for DLMS/COSEM electricity meters: HDLC/wrapper associations, frame decryption, head-end upload.
using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Gurux.DLMS;
using Gurux.DLMS.Enums;

namespace Gridwise.Concentrator
{
    public sealed class SmartMeterDlms : IDisposable
    {
        private const string ActiveEnergyImportObis = "1.0.1.8.0.255"; // expect: none
        private const string ServerSystemTitle = "4D4D4D0000BC614E"; // expect: none
        private const string LlsPasswordLabel = "LLS password"; // expect: none
        private const string HeadEndUrl = "https://headend.gridwise.example/meter-readings";

        // DLMS Green Book example keys, used only against the meter simulator.
        private const string GreenBookBlockCipherKey = "000102030405060708090A0B0C0D0E0F"; // expect: none

        private readonly HttpClient _headEnd = new();
        private readonly bool _simulator;

        public SmartMeterDlms(bool simulator)
        {
            _simulator = simulator;
            _headEnd.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "6d1f0e2c9a8b47d3a5e4f3b2c1d0e9f8"); // expect: IOT1001
        }

        public GXDLMSClient ResidentialMeter() =>
            new(true, 16, 1, Authentication.Low, "00000000", InterfaceType.HDLC); // expect: IOT1002

        public GXDLMSClient CommercialMeter() =>
            new(useLogicalNameReferencing: true, clientAddress: 1, serverAddress: 145,
                forAuthentication: Authentication.Low,
                password: "Mtr!LLS-6612", // expect: IOT1001
                interfaceType: InterfaceType.WRAPPER);

        public GXDLMSClient PublicClient() =>
            new(true, 16, 1, Authentication.None, "", InterfaceType.HDLC); // expect: none

        public byte[] DecryptGeneralGlobalCiphering(byte[] frame, byte[] invocationCounter)
        {
            byte[] key = _simulator
                ? Convert.FromHexString(GreenBookBlockCipherKey)
                : Convert.FromHexString("277CAA5096C7D21058B82D48BAB8DEBA"); // expect: IOT1003

            var nonce = new byte[12];
            Convert.FromHexString(ServerSystemTitle).CopyTo(nonce, 0);
            invocationCounter.CopyTo(nonce, 8);

            var plain = new byte[frame.Length - 12];
            using var gcm = new AesGcm(key, 12);
            gcm.Decrypt(nonce, frame.AsSpan(0, frame.Length - 12), frame.AsSpan(frame.Length - 12), plain);
            return plain;
        }

        // Code the customer types into the in-home display to pair it with the meter.
        public string InHomeDisplayPairingCode(string meterSerial)
        {
            int sum = 0;
            foreach (char c in meterSerial)
            {
                sum = sum * 31 + c;
            }
            string pairingCode = (Math.Abs(sum) % 100_000_000).ToString("D8"); // expect: IOT1005
            return pairingCode;
        }

        public async Task UploadAsync(string meterSerial, double kWh)
        {
            var body = new StringContent(
                $"{{\"meter\":\"{meterSerial}\",\"obis\":\"{ActiveEnergyImportObis}\",\"value\":{kWh}}}",
                Encoding.UTF8, "application/json");
            var response = await _headEnd.PostAsync(HeadEndUrl, body);
            if (!response.IsSuccessStatusCode)
            {
                Console.WriteLine($"head-end rejected reading; check the {LlsPasswordLabel} and subscription key.");
            }
        }

        public void Dispose() => _headEnd.Dispose();
    }
}

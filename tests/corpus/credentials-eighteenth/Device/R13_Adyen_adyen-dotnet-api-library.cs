// Real source: Adyen/adyen-dotnet-api-library
//   Adyen.Test/TerminalApiPosRequestTest.cs (EncryptionCredentialDetails { AdyenCryptoVersion = 1,
//   KeyIdentifier = "CryptoKeyIdentifier12345", Password = "p@ssw0rd123456" }, PosPaymentLocalApi(client))
//   README.md (Config { XApiKey, Environment = Test }, local terminal endpoint)
// Domain: a farm shop's self-checkout kiosk paying through an Adyen P400 on the shop LAN, with the cloud API as fallback.
// Kept: the EncryptionCredentialDetails initializer shape and the documentation's key identifier and passphrase (in
// the bench branch, as the tests use them), Config / Client / PosPaymentLocalApi, the Nexo message header fields.
// Added: the shop's own key passphrase and key identifier, the cloud API key fallback, the terminal serial.
using System;
using Adyen;
using Adyen.Model.Nexo;
using Adyen.Security;
using Adyen.Service;

namespace FarmShop.Kiosk.Payments
{
    public class TerminalPayments
    {
        private readonly Client _localClient;
        private readonly bool _bench;

        public TerminalPayments(bool bench)
        {
            _bench = bench;
            _localClient = new Client(new Config
            {
                Environment = bench ? Adyen.Model.Environment.Test : Adyen.Model.Environment.Live,
                LocalTerminalApiEndpoint = "https://192.168.50.24:8443/nexo/",
            });
        }

        private EncryptionCredentialDetails Credentials() => _bench
            ? new EncryptionCredentialDetails
            {
                AdyenCryptoVersion = 1,
                KeyIdentifier = "CryptoKeyIdentifier12345", // expect: none
                Password = "p@ssw0rd123456", // expect: IOT1001
                KeyVersion = 1,
            }
            : new EncryptionCredentialDetails
            {
                AdyenCryptoVersion = 1,
                KeyIdentifier = "FarmShopKiosk01",
                Password = "hedgerow-Plum-Cider-803", // expect: IOT1001
                KeyVersion = 2,
            };

        public SaleToPOIResponse Pay(decimal amount, string serviceId)
        {
            var request = new SaleToPOIRequest
            {
                MessageHeader = new MessageHeader
                {
                    ProtocolVersion = "3.0",
                    MessageClass = "Service",
                    MessageCategory = "Payment",
                    MessageType = "Request",
                    SaleID = "kiosk-01",
                    ServiceID = serviceId,
                    POIID = "P400Plus-805113422", // expect: none
                },
                MessagePayload = amount,
            };
            var api = new PosPaymentLocalApi(_localClient);
            return api.TerminalApiLocal(request, Credentials());
        }

        // fallback when the LAN terminal is unreachable: the cloud Terminal API
        public static PosPaymentCloudApi CloudFallback(string fromConfig)
        {
            var config = new Config
            {
                XApiKey = fromConfig ?? "AQEyhmfxK4vNbhBCw0m/n3Q5qf3VaY9UCJ14XWZE03G/k2NFiBYrUGhwZXqK9uP5EMFdWw2+5HzctViMSCJMYAc=-Rk8xq2Vb7aLdT0s5YwGc3mNjH1pZu9eKfQ4iXo6rS2A=-X3kQ9d2Lm7T5v8Wb", // expect: IOT1001
                Environment = Adyen.Model.Environment.Live,
                MerchantAccount = "FarmShopGB",
            };
            return new PosPaymentCloudApi(new Client(config));
        }
    }
}

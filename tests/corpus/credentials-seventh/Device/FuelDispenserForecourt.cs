// Forecourt fuel dispenser: the pump controller signs receipts, encrypts the PIN-pad session, and lets the
// attendant or a service technician override a locked nozzle.
using System;
using System.Security.Cryptography;
using System.Text;
using Corpus7.Shared;

namespace Forecourt.Dispenser
{
    public class FuelDispenserForecourt
    {
        private const string LoyaltyIin = "627598"; // expect: none
        private const string PinPadModel = "VX820"; // expect: none
        private const string PanMask = "************1234"; // expect: none
        private const string TestCardPan = "4111111111111111"; // expect: none
        private const string AttendantCode = "640218"; // expect: IOT1004
        private static readonly string[] Grades = { "E10", "E5", "B7" }; // expect: none

        private readonly Random _rng = new Random();

        public string SignReceipt(string receipt)
        {
            using var hmac = new HMACSHA256(PlantKeys.ReceiptHmacKey);
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(receipt)));
        }

        public byte[] EncryptPinPadBlock(byte[] block)
        {
            var iv = new byte[16];
            _rng.NextBytes(iv); // expect: IOT3005
            using var aes = Aes.Create();
            using var encryptor = aes.CreateEncryptor(Convert.FromBase64String("kLGffG/MIW2EK30iwDzOew=="), iv); // expect: IOT1003
            return encryptor.TransformFinalBlock(block, 0, block.Length);
        }

        public bool AttendantOverride(string code) => code == AttendantCode;

        public string ServicePinFor(int pumpNumber)
        {
            string pumpServicePin = "Pump" + pumpNumber.ToString("D2") + "77"; // expect: IOT1005
            return pumpServicePin;
        }

        public string Describe() => $"{PanMask} {TestCardPan.Length} {PinPadModel} / IIN {LoyaltyIin} / {string.Join(",", Grades)}";
    }
}

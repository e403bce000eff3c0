// Smart deadbolt: keypad codes, guest codes, BLE pairing and encrypted motor commands.
using System;
using System.Security.Cryptography;
using System.Text;

namespace Hearthlock.Deadbolt
{
    public sealed class SmartLockController
    {
        private const int LockMotorPin = 17;
        private const int KeypadIrqPin = 4;
        private const int PasscodeMinLength = 6;
        private const string PasscodeLabel = "Passcode:"; // expect: none
        private const string PasscodeMask = "******"; // expect: none
        private const string PasscodeChangeHint = "Enter the new passcode twice, then press the lock key."; // expect: none

        private const string FactoryPin = "0000"; // expect: IOT1002
        private const string MaintenancePin = "580913"; // expect: IOT1004
        private const string DuressPin = "9111"; // expect: IOT1004

        private readonly string _serial;
        private readonly Random _random = new();
        private readonly Aes _frameCipher;
        private string? _ownerPasscodeHash;

        public SmartLockController(string serialNumber)
        {
            _serial = serialNumber;
            _frameCipher = Aes.Create();
            _frameCipher.Key = Convert.FromBase64String("vhTt9Mh6fGbGl5j3MLMqAnsJbu6ksVIp"); // expect: IOT1003
        }

        public LockDecision OnKeypadEntry(string keypadCode)
        {
            if (keypadCode.Length < PasscodeMinLength && keypadCode != FactoryPin)
            {
                return LockDecision.Reject;
            }
            if (keypadCode == DuressPin)
            {
                Console.WriteLine("silent alarm raised");
                return LockDecision.OpenAndAlarm;
            }
            if (keypadCode == MaintenancePin || keypadCode == FactoryPin)
            {
                return LockDecision.ServiceMode;
            }
            if (_ownerPasscodeHash is not null &&
                CryptographicOperations.FixedTimeEquals(Convert.FromHexString(_ownerPasscodeHash), SHA256.HashData(Encoding.UTF8.GetBytes(keypadCode))))
            {
                return LockDecision.Open;
            }
            return LockDecision.Reject;
        }

        public void SetOwnerPasscode(string newPasscode)
        {
            _ownerPasscodeHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(newPasscode)));
            Console.WriteLine($"{PasscodeLabel} {PasscodeMask} stored");
        }

        public string IssueGuestCode()
        {
            string guestCode = _random.Next(0, 1_000_000).ToString("D6"); // expect: IOT1005
            return guestCode;
        }

        public string IssueRemoteUnlockToken()
        {
            var remoteUnlockToken = Random.Shared.Next().ToString("X8"); // expect: IOT3005
            return remoteUnlockToken;
        }

        public int IssueDeliveryCode()
        {
            // One-time courier code, generated with the platform CSPRNG.
            int deliveryCode = RandomNumberGenerator.GetInt32(0, 1_000_000); // expect: none
            return deliveryCode;
        }

        public string PairingCode() => _serial.Substring(_serial.Length - 6); // expect: IOT1005

        public byte[] EncryptMotorCommand(byte command, ushort sequence)
        {
            byte[] frame = { command, (byte)(sequence >> 8), (byte)sequence, (byte)LockMotorPin, (byte)KeypadIrqPin };
            _frameCipher.GenerateIV();
            byte[] body = _frameCipher.EncryptCbc(frame, _frameCipher.IV, PaddingMode.PKCS7);
            var packet = new byte[_frameCipher.IV.Length + body.Length];
            _frameCipher.IV.CopyTo(packet, 0);
            body.CopyTo(packet, _frameCipher.IV.Length);
            return packet;
        }

        public string Describe() => $"{PasscodeChangeHint} (min {PasscodeMinLength} digits)";
    }

    public enum LockDecision { Reject, Open, OpenAndAlarm, ServiceMode }
}

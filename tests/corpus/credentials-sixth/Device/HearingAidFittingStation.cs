using System;
using System.Linq;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using Fleet.Shared;
using Microsoft.Data.SqlClient;
using Nordic.Ble;

namespace Audiology.Fitting
{
    // Fitting station of a hearing-aid clinic: pairs with the aids over BLE, uploads the audiogram and
    // the fitting into the clinic database, and protects the local patient cache.
    public sealed class FittingStation
    {
        const uint StaticPasskey = 123456; // expect: IOT1002
        const string PasskeyCharacteristicUuid = "6e400003-b5a3-f393-e0a9-e50e24dcca9e"; // expect: none
        const string PasskeyPrompt = "Enter the passkey shown in the hearing aid's app."; // expect: none

        public void PairDemoAids(PeripheralSecurity security)
        {
            security.SetStaticPasskey(StaticPasskey);
        }

        public void PairClinicAids(PeripheralSecurity security, PhysicalAddress mac)
        {
            var m = mac.GetAddressBytes();
            uint passkey = (uint)((m[3] << 16) | (m[4] << 8) | m[5]) % 1000000; // expect: IOT1005
            security.SetStaticPasskey(passkey);
        }

        public SqlConnection OpenClinicDb()
        {
            var conn = new SqlConnection("Server=clinic-sql01;Database=Fitting;User Id=fitting;Password=Audio-Gram#77;Encrypt=True"); // expect: IOT1001
            conn.Open();
            return conn;
        }

        public SqlConnection OpenDeviceDb() =>
            new SqlConnection("Server=(localdb)\\fitting;Database=Aids;Trusted_Connection=True"); // expect: none

        // Local cache of patient fittings
        static readonly byte[] RecordEncryptionKey =
        {
            0xFD, 0x03, 0x5F, 0x3A, 0x5E, 0x41, 0x35, 0x96, 0x4C, 0xBF, 0xBE, 0x27, 0xB4, 0x0C, 0x07, 0x8B,
            0x09, 0xF6, 0x1F, 0xC4, 0x23, 0x9F, 0x2B, 0xD2, 0x3D, 0x7E, 0xEA, 0xD8, 0xB1, 0xD7, 0x30, 0x5B,
        }; // expect: IOT1003

        public byte[] SealFitting(byte[] fitting, byte[] nonce, byte[] tag)
        {
            using var gcm = new AesGcm(RecordEncryptionKey, 16);
            var cipher = new byte[fitting.Length];
            gcm.Encrypt(nonce, fitting, cipher, tag);
            return cipher;
        }

        // Engineer menu of the fitting software
        public bool UnlockEngineerMenu(string password) => password == StationSecrets.FitterEngineerPassword;

        public static string MaskForLog(string password) => new string('*', password.Length); // expect: none

        public const string AudiogramSecretNote = "Thresholds are stored per ear; masking noise is never logged."; // expect: none
    }

    public static class FittingCloud
    {
        public static System.Net.Http.HttpClient Upload()
        {
            var http = new System.Net.Http.HttpClient();
            http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "c7e2a19f04b6483d9e5a1f0b2c3d4e5f"); // expect: IOT1001
            return http;
        }

        public static byte[] NewSessionNonce()
        {
            var sessionNonce = new byte[12];
            new Random().NextBytes(sessionNonce); // expect: IOT3005
            return sessionNonce;
        }

        public const string SecureFittingServiceUuid = "0000180a-0000-1000-8000-00805f9b34fb"; // expect: none
        public const string FittingDbPasswordKey = "ConnectionStrings:Fitting:Password"; // expect: none
    }
}

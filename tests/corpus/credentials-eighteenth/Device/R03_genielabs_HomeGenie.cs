// Real source: genielabs/HomeGenie
//   HomeGenie/Automation/Scripting/MqttClientHelper.cs (MqttEndPoint, WithCredentials => NetworkCredential => Connect)
//   HomeGenie/Data/SystemConfiguration.cs (settings encrypted with StringCipher under a pass phrase)
//   HomeGenie/Service/StringCipher.cs
// Domain: a holiday-let cottage's HomeGenie box (heating, hot tub cover, key safe) bridged to the owner's MQTT broker.
// Kept: MqttEndPoint (address, port 1883, "hg-" + Random client id), the fluent helper storing a NetworkCredential and
// passing UserName / Password to M2Mqtt's Connect, SetPassPhrase / GetPassPhrase, settings encrypted before saving.
// Changed: M2Mqtt's MqttSslProtocols.None passed as 0 (the shared stub takes an int); RijndaelManaged => Aes, PasswordDeriveBytes => Rfc2898DeriveBytes.Pbkdf2; the
// XML writer reduced to a string. Added: the automation program calling the helper, the pass phrase set at start,
// the key safe code, a hashed owner PIN.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using uPLibrary.Networking.M2Mqtt;

namespace HomeGenie.Automation.Scripting
{
    public class MqttEndPoint
    {
        public string Address = "127.0.0.1";
        public int Port = 1883;
        public string ClientId = "hg-" + new Random().Next(10000).ToString(); // expect: none
    }

    [Serializable]
    public class MqttClientHelper
    {
        private NetworkCredential networkCredential = null;
        private MqttEndPoint endPoint = new MqttEndPoint();
        private MqttClient mqttClient = null;

        public MqttClientHelper Service(string server)
        {
            endPoint.Address = server;
            return this;
        }

        public MqttClientHelper Connect(int port, string clientId)
        {
            endPoint.Port = port;
            endPoint.ClientId = clientId;
            Connect();
            return this;
        }

        public MqttClientHelper WithCredentials(string user, string pass)
        {
            this.networkCredential = new NetworkCredential(user, pass);
            return this;
        }

        private void Connect()
        {
            mqttClient = new MqttClient(endPoint.Address, endPoint.Port, false, null, null, 0);
            if (this.networkCredential != null)
                mqttClient.Connect(this.endPoint.ClientId, this.networkCredential.UserName, this.networkCredential.Password);
            else
                mqttClient.Connect(endPoint.ClientId);
        }
    }

    // Added: the cottage's automation program, as a HomeGenie C# program block would call the helper
    public static class CottageBridgeProgram
    {
        public static void Setup(MqttClientHelper mqtt)
        {
            mqtt.Service("broker.harbourview-lets.co.uk") // expect: none
                .WithCredentials("cottage-7", "Nw4!kelp-Tarn-82") // expect: IOT1001
                .Connect(8883, "homegenie-cottage-7");
        }
    }
}

namespace HomeGenie.Data
{
    using HomeGenie.Service;

    public class ModuleParameter { public string Name { get; set; } public string Value { get; set; } }

    [Serializable()]
    public class SystemConfiguration
    {
        private string passphrase = "";
        public List<ModuleParameter> Settings = new List<ModuleParameter>();

        public string Update()
        {
            var sb = new StringBuilder();
            foreach (ModuleParameter p in Settings)
            {
                if (!String.IsNullOrEmpty(p.Value))
                    sb.AppendLine(p.Name + "=" + StringCipher.Encrypt(p.Value, GetPassPhrase()));
            }
            return sb.ToString();
        }

        public void SetPassPhrase(string pass) { passphrase = pass; }
        public string GetPassPhrase() { return passphrase; }
    }

    // Added: start-up code of the cottage image
    public static class CottageStartup
    {
        private const string SettingsPassPhrase = "drift-heather-quay-19"; // expect: IOT1004
        public const string KeySafeCode = "8305"; // expect: IOT1004
        // sha256 of the owner's PIN as entered on the hall panel; compared after hashing the entry
        public const string OwnerPinSha256 = "9f2c4e7a1b0d83c65e4f7a2b9c1d0e3f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"; // expect: none

        public static SystemConfiguration Load()
        {
            var config = new SystemConfiguration();
            config.SetPassPhrase(SettingsPassPhrase);
            config.Settings.Add(new ModuleParameter { Name = "HomeGenie.SystemName", Value = "Harbourview Cottage 7" });
            return config;
        }

        public static bool KeySafeMatches(string entered) => entered.Trim() == KeySafeCode;
    }
}

namespace HomeGenie.Service
{
    public static class StringCipher
    {
        // This constant string is used as a "salt" value ... (the original keeps a fixed 16-character IV here)
        private const string initVector = "h7g3e4m3t5st5zjw";
        private const int keysize = 256;

        public static string Encrypt(string plainText, string passPhrase)
        {
            byte[] initVectorBytes = Encoding.UTF8.GetBytes(initVector);
            byte[] plainTextBytes = Encoding.UTF8.GetBytes(plainText);
            byte[] keyBytes = Rfc2898DeriveBytes.Pbkdf2(passPhrase, new byte[8], 1000, HashAlgorithmName.SHA256, keysize / 8);
            using var symmetricKey = Aes.Create();
            symmetricKey.Mode = CipherMode.CBC;
            using ICryptoTransform encryptor = symmetricKey.CreateEncryptor(keyBytes, initVectorBytes);
            using var memoryStream = new MemoryStream();
            using (var cryptoStream = new CryptoStream(memoryStream, encryptor, CryptoStreamMode.Write))
                cryptoStream.Write(plainTextBytes, 0, plainTextBytes.Length);
            return Convert.ToBase64String(memoryStream.ToArray());
        }
    }
}

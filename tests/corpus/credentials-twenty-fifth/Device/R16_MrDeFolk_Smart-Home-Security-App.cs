// Real source: MrDeFolk/Smart-Home-Security-App MqttService.cs
// Also used: MainForm.cs (CheckAndCreateDefaultUser), SecurityService.cs, ConfigurationService.cs (reduced).
// A Windows smart-home control panel: MQTTnet v3 over TLS with client-certificate authentication to the home broker,
// salted password hashes (Argon2id in the original, PBKDF2 here), DPAPI-protected settings. Kept: the client certificate looked up in the user
// store by thumbprint, the TLS parameters, the first-run admin account created with the password 'password', the
// constant-time hash comparison and the DPAPI entropy. Added: the fallback to a PFX file next to the executable when
// the certificate is not in the store, and the plain-login path for the development broker on localhost:1883.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MQTTnet.Client.Options;
using MqttFactory = MQTTnet.MqttFactory;

namespace Smart_Home_Project
{
    public class MqttService : IDisposable
    {
        private readonly MQTTnet.Client.IMqttClient mqttClient;
        public event Action<string> ConnectionStateChanged;
        public bool IsConnected => mqttClient?.IsConnected ?? false;

        public MqttService()
        {
            var factory = new MqttFactory();
            mqttClient = factory.CreateMqttClient();
        }

        public async Task ConnectAsync(bool developmentBroker = false)
        {
            if (IsConnected) return;

            if (developmentBroker)
            {
                var devOptions = new MqttClientOptionsBuilder()
                    .WithTcpServer("localhost", 1883)
                    .WithClientId($"smart-home-client-{Guid.NewGuid()}")
                    .WithCredentials("smart-home-ui", "KauciKA1cvruie") // expect: IOT1001
                    .Build();
                await mqttClient.ConnectAsync(devOptions, CancellationToken.None);
                return;
            }

            // Thumbprint of the client certificate (must be in the current user's store).
            const string clientCertificateThumbprint = "41e3ddbc7cb9f4b1f9892e79434bafdb68bc51e7"; // expect: none
            var baseDir = AppDomain.CurrentDomain.BaseDirectory;

            X509Certificate2 clientCert = null;
            using (var store = new X509Store(StoreName.My, StoreLocation.CurrentUser))
            {
                store.Open(OpenFlags.ReadOnly);
                var certs = store.Certificates.Find(X509FindType.FindByThumbprint, clientCertificateThumbprint.ToUpper(), false);
                if (certs.Count > 0)
                    clientCert = certs[0];
                store.Close();
            }

            if (clientCert == null)
            {
                var pfxPath = Path.Combine(baseDir, "certs", "client.pfx");
                clientCert = new X509Certificate2(pfxPath, "xDw7#qLm2Pz9Vt"); // expect: IOT1001
            }

            var tlsParameters = new MqttClientOptionsBuilderTlsParameters
            {
                UseTls = true,
                SslProtocol = System.Security.Authentication.SslProtocols.Tls12,
                Certificates = new List<X509Certificate> { clientCert },
            };

            var options = new MqttClientOptionsBuilder()
                .WithTcpServer("localhost", 8883)
                .WithClientId($"smart-home-client-{Guid.NewGuid()}")
                .WithTls(tlsParameters)
                .Build();

            ConnectionStateChanged?.Invoke("Connecting (TLS)...");
            await mqttClient.ConnectAsync(options, CancellationToken.None);
        }

        public void Dispose() => mqttClient?.Dispose();
    }

    public class User
    {
        public string Username { get; set; }
        public string PasswordHash { get; set; }
        public string PasswordSalt { get; set; }
    }

    public class SecurityService
    {
        private readonly Dictionary<string, User> users = new Dictionary<string, User>();

        public (byte[] hash, byte[] salt) HashPassword(string password)
        {
            var salt = RandomNumberGenerator.GetBytes(16);
            var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, 600000, HashAlgorithmName.SHA256, 32);
            return (hash, salt);
        }

        public void AddDefaultUser(string username, string hashString, string saltString) =>
            users[username] = new User { Username = username, PasswordHash = hashString, PasswordSalt = saltString };

        public bool ValidatePassword(string username, string passwordToCheck)
        {
            if (!users.TryGetValue(username, out var user)) return false;
            var storedHash = Convert.FromBase64String(user.PasswordHash);
            var storedSalt = Convert.FromBase64String(user.PasswordSalt);
            var computedHash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(passwordToCheck), storedSalt, 600000, HashAlgorithmName.SHA256, 32);
            return CryptographicOperations.FixedTimeEquals(computedHash, storedHash); // expect: none
        }

        // MainForm: if there is no 'admin' user yet, create it with the password 'password'.
        public void CheckAndCreateDefaultUser()
        {
            if (!users.ContainsKey("admin"))
            {
                var (hash, salt) = HashPassword("password"); // expect: IOT1002
                AddDefaultUser("admin", Convert.ToBase64String(hash), Convert.ToBase64String(salt));
                Debug.WriteLine("Default admin user created successfully.");
            }
        }
    }

    public class ConfigurationService
    {
        // Additional DPAPI entropy; unique to the program but not meant to be secret.
        private readonly byte[] entropy = Encoding.UTF8.GetBytes("SmartHomeProjectEntropyValue123!"); // expect: none
        private const string TotpSecretKeyName = "AdminTotpSecret"; // expect: none

        public string EncryptString(string plainText)
        {
            byte[] data = Encoding.UTF8.GetBytes(plainText);
            byte[] encryptedData = ProtectedData.Protect(data, entropy, DataProtectionScope.CurrentUser);
            return Convert.ToBase64String(encryptedData);
        }
    }
}

// Written for corpus31 (not adapted from a repository).
// Domain: the popping line of a snack factory's popcorn plant: the line gateway reads the kettle PLC over OPC UA, publishes
//   batches to the plant's MES broker (MQTTnet v4, a backup broker beside it), uploads batch logs to blob storage, signs with its
//   MES client key, checks logins at the line HMI against a table of PLC logins, gives the HMI's setup page a password and salts
//   recipe hashes.
// Shapes: a `??` fallback after an environment read at OPC UA UserIdentity, an MQTT URI with user information at
//   WithConnectionUri, a Storage SAS URL interpolated into PutAsync, a table of logins of named tuples deconstructed by a foreach
//   and checked by the team's own code, a single-line PEM private key, a password from the host name, a words-run-together
//   placeholder at WithCredentials, a salt buffer filled by NextBytes and returned; hard negatives (environment variable name,
//   digest, GPIO number, stagger).
using System;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading.Tasks;
using MQTTnet.Client;
using Opc.Ua;

namespace Corpus31.PopcornPopperLine
{
    public sealed class PopperLineGateway
    {
        public const string OpcPasswordEnv = "POPPER_OPC_PASSWORD"; // expect: none
        public const string RecipeSha256 = "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"; // expect: none
        public const int KettleTiltPin = 12; // expect: none
        private const string MesClientKeyPem = "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgaAaeI7xP8nk6GY0K\nACEw31rnWslFbTCq3En+ovGMOBOhRANCAASD8Xwsc90uzPW/SvJHMmHKAmlY8M1k\nyXeeyHgZqcho2NThPy7LXDIB6cOvDr+hp7QO+zeuOTJY1RgHYHS0P7vY\n-----END PRIVATE KEY-----\n"; // expect: IOT1003

        private static readonly (string User, string Password)[] PlcFactoryLogins =
        {
            ("admin", "admin"), // expect: IOT1002 IOT1002
            ("shiftlead", "16YKQ96coFO6"), // expect: IOT1004
        };

        private readonly HttpClient _http = new HttpClient();
        private readonly Random _rng = new Random();

        public IUserIdentity KettlePlcIdentity() =>
            new UserIdentity("line-hmi", Environment.GetEnvironmentVariable(OpcPasswordEnv) ?? "8-6f54AL3gXP"); // expect: IOT1001

        public MqttClientOptions MesBroker() =>
            new MqttClientOptionsBuilder()
                .WithConnectionUri("mqtts://popper:bmZeAro59Dq4@mes.snackplant.example:8883") // expect: IOT1001
                .Build();

        public MqttClientOptions BackupBroker() =>
            new MqttClientOptionsBuilder()
                .WithTcpServer("mes-backup.snackplant.example", 8883)
                .WithCredentials("popper-backup", "PasteYourBrokerPasswordHere") // expect: IOT1006
                .WithTls()
                .Build();

        public Task<HttpResponseMessage> UploadBatchLogAsync(string batchId, string csv) =>
            _http.PutAsync(
                $"https://popperlogs.blob.core.windows.net/batches/{batchId}.csv?sv=2022-11-02&ss=b&srt=o&sp=cw&se=2026-12-31T23:59:59Z&sig=RbwxLJEXBoSdC%2BeAiB%2B2Nosqvy1vY6BB8zvX3DsKgew%3D", // expect: IOT1001
                new StringContent(csv));

        public static bool CheckHmiLogin(string typedUser, string typedPassword)
        {
            foreach (var (user, password) in PlcFactoryLogins)
            {
                if (user == typedUser && password == typedPassword)
                    return true;
            }
            return false;
        }

        public static ECDsa MesClientKey()
        {
            var key = ECDsa.Create();
            key.ImportFromPem(MesClientKeyPem);
            return key;
        }

        public static string HmiSetupPassword()
        {
            var hmiPassword = "popper-" + Dns.GetHostName(); // expect: IOT1005
            return hmiPassword;
        }

        public byte[] NewBatchSalt()
        {
            var buffer = new byte[16];
            _rng.NextBytes(buffer); // expect: IOT3005
            return buffer;
        }

        public int StirStaggerMs() => _rng.Next(0, 300); // expect: none
    }
}

// End-of-line provisioning station: writes per-unit passwords and Matter passcodes, prints labels,
// books each unit into the MES and fetches the release firmware.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Oracle.ManagedDataAccess.Client;

namespace Brightwater.Factory
{
    public sealed class UnitCredentials
    {
        private readonly byte[] _factoryKey;
        private int _unitCounter;

        public UnitCredentials(IHsm hsm) => _factoryKey = hsm.ReadKey("eol/label-password-key"); // expect: none

        // Current scheme: keyed with a key that never leaves the HSM.
        public string LabelPassword(string serial) =>
            Convert.ToHexString(HMACSHA256.HashData(_factoryKey, Encoding.UTF8.GetBytes(serial)))[..12]; // expect: none

        public string RandomLabelPassword() => RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyz23456789", 12); // expect: none

        // Scheme of the 2023 batches, still used to re-print lost labels.
        public string LegacyLabelPassword(string serial)
        {
            string legacyPassword = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(serial)))[..10]; // expect: IOT1005
            return legacyPassword;
        }

        // Scheme of the pilot run: sequential, printed on the label.
        public string PilotPassword()
        {
            _unitCounter++;
            string pilotPassword = $"EOL{_unitCounter:D5}"; // expect: IOT1005
            return pilotPassword;
        }
    }

    public interface IHsm { byte[] ReadKey(string name); }

    public sealed class MatterCommissioning
    {
        private const uint SetupPasscode = 20202021; // expect: IOT1002
        private const ushort Discriminator = 3840;

        // Passcodes the Matter specification forbids; generated passcodes are checked against it.
        private static readonly uint[] InvalidPasscodes =
        {
            00000000, 11111111, 22222222, 33333333, 44444444, 55555555, 66666666, 77777777, 88888888, 99999999, 12345678, 87654321,
        }; // expect: none

        public uint DevelopmentPasscode() => SetupPasscode;

        public uint ClockPasscode()
        {
            uint setupPasscode = (uint)(DateTime.UtcNow.Ticks % 99999998) + 1; // expect: IOT1005
            return setupPasscode;
        }

        public bool IsValid(uint passcode) => Array.IndexOf(InvalidPasscodes, passcode) < 0;

        public ushort LongDiscriminator => Discriminator;
    }

    public sealed class MesBooking
    {
        public OracleConnection Open() =>
            new("User Id=eol_station;Password=Line-Station-4;Data Source=mes.factory.local:1521/MESPROD"); // expect: IOT1001

        public const string LabelTemplate = "^XA^FO50,50^FDS/N {0}^FS^FO50,100^FDPWD {1}^FS^XZ"; // expect: none
    }

    public sealed class ReleaseFirmware
    {
        private readonly HttpClient _http = new();

        // Our own release manifest check: SHA-256 over image and shared secret.
        public static bool ManifestMatches(byte[] image, string manifestDigest) =>
            Convert.ToHexString(SHA256.HashData(Combine(image, Encoding.UTF8.GetBytes(Brightwater.Shared.FieldSecrets.FirmwareSigningSecret)))) == manifestDigest;

        private static byte[] Combine(byte[] a, byte[] b)
        {
            var result = new byte[a.Length + b.Length];
            a.CopyTo(result, 0);
            b.CopyTo(result, a.Length);
            return result;
        }

        public Task<byte[]> DownloadAsync(string tag)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "ghp_9Afm5xkYcOFlBESNuCxkYNRN80tDHpTnzlTL"); // expect: IOT1003
            _http.DefaultRequestHeaders.UserAgent.ParseAdd("bw-eol-station/1.4");
            return _http.GetByteArrayAsync($"https://api.github.com/repos/brightwater/firmware/releases/tags/{tag}");
        }
    }
}

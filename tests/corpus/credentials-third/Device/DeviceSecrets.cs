// Per-product secrets kept out of the main sources (the file is excluded from the public mirror,
// but it is still compiled into every firmware image).
using System;

namespace Glide.Telematics
{
    internal static class FleetSecrets
    {
        /// <summary>MQTT user name of every scooter on the fleet broker.</summary>
        public const string BrokerUser = "scooter"; // expect: none

        /// <summary>Password paired with <see cref="BrokerUser"/>.</summary>
        public const string BrokerPassword = "gL1de-Fl33t-Br0ker-2024"; // expect: IOT1001

        /// <summary>Where rotated credentials would be stored once the OTA agent supports it.</summary>
        public const string RotatedCredentialPath = "/data/secure/broker.cred"; // expect: none

        /// <summary>Name of the HTTP header the zone service expects.</summary>
        public const string ApiKeyHeaderName = "X-Glide-Key"; // expect: none

        public const string PasswordPolicy = "min 16 chars, rotated yearly"; // expect: none
    }
}

namespace RouteWise.Tracker
{
    internal static class TrackerSecrets
    {
        /// <summary>Login password of all trackers on the tracking server ("#L#" packet).</summary>
        public static readonly string ServerPassword = "Rw!TrackSrv-5521"; // expect: IOT1004

        /// <summary>Server-side key id used to look up the fleet, not a secret.</summary>
        public static readonly string FleetKeyId = "fleet-key-0007"; // expect: none

        /// <summary>Correlates support tickets with a tracker build; printed in the about screen.</summary>
        public static readonly Guid BuildSecretId = new("9b2f6c1e-4d7a-4e3b-a1f0-6c2d8e5b7a90"); // expect: none

        public static readonly string TokenCacheDirectory = "/var/lib/routewise/tokens"; // expect: none
    }
}

namespace SnackStop.Vmc
{
    internal static class VendSecrets
    {
        /// <summary>HMAC-SHA256 key the portal uses to verify DEX audit uploads.</summary>
        public const string AuditSigningKey = "i/7q5g7fibYJ2j0z0yL93HYgceSjkyrecfoBQy0S9xg="; // expect: IOT1003

        /// <summary>Value the unit tests use; the test harness replaces the real key with it.</summary>
        public const string AuditSigningKeyForTests = "unit-test-fake-audit-key-000"; // expect: none

        /// <summary>Environment variable that overrides <see cref="AuditSigningKey"/> on lab units.</summary>
        public const string AuditSigningKeyVariable = "SNACKSTOP_AUDIT_KEY"; // expect: none

        public static string Describe() =>
            "audit key: " + (Environment.GetEnvironmentVariable(AuditSigningKeyVariable) is null ? "built-in" : "from environment");
    }
}

namespace LiftWatch.Monitor
{
    internal static class LiftSecrets
    {
        // Dial-in account of the lift company's remote-monitoring modem.
        public const string ModemUser = "liftwatch"; // expect: none
        public const string ModemPassword = "changeit-later"; // expect: IOT1006

        // Shared secret the call centre's alarm receiver uses to sign acknowledgements.
        public static readonly byte[] AckHmacKey = Convert.FromHexString("C7D8617A3C0D182430CA3E955BBC773C"); // expect: IOT1003

        // Token of the monitoring cloud used by firmware 1.x; nothing reads it since the 2.0 protocol,
        // but it is still valid on the server.
        public const string LegacyCloudToken = "lw-legacy-7Hq2Zx9Pm4Vt"; // expect: IOT1004

        /// <summary>Name of the configuration entry that holds the call-centre token.</summary>
        public const string CallCentreTokenKey = "CallCentre:Token"; // expect: none

        // Documentation placeholder, only shown in the commissioning guide screen.
        public const string GuidePlaceholder = "<your-call-centre-token>"; // expect: none
    }
}

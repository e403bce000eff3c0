// Written for corpus29 (invented): ballast water treatment system (BWTS) gateway in a ship's engine room.
// Linux box between the UV reactor PLC, the filter skid and the fleet cloud: MQTT telemetry to the fleet broker,
// DPS registration, S3 log archive, SNMP agent for the bridge monitoring, AMQP link to the shore office.
using System;
using System.Text;
using Amazon.Runtime;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using Lextm.SharpSnmpLib.Security;
using Microsoft.Azure.Devices.Shared;
using MQTTnet.Client;

namespace Bwts.Gateway
{
    internal static class BwtsKeys
    {
        public const string DpsScopeId = "0ne00A7F3C1"; // expect: none
        public const string DpsEnrollmentKey = "6DEaRBjBIBdahR8irkaX4zvyGTlNKnirD3wGDMIta/I="; // expect: IOT1001
        public const string LogArchiveAccessKeyId = "AKIADPAJKT5E6LUYXGTG"; // expect: IOT1003
        public const string LogArchiveSecret = "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"; // expect: IOT1001
    }

    public sealed record BallastBrokerOptions(string Host, string User, string Password);

    public sealed class BallastGateway
    {
        private static readonly BallastBrokerOptions Broker = new("mqtt.fleet-ops.example", "bwts-vessel", "C0Wz-0jCQ-VAzI"); // expect: IOT1001
        private static readonly byte[] LampFrameObfuscationKey = { 0xA9, 0x84, 0x04, 0xC3, 0x57, 0x7E, 0x45, 0x9E, 0xC6, 0x1E, 0x3C, 0x86 }; // expect: IOT1004
        private const string SessionTokenLifetime = "00:30:00"; // expect: none
        private const string PasswordHint = "Ask the chief engineer for the UV panel password."; // expect: none

        public MqttClientOptions BuildMqttOptions() =>
            new MqttClientOptionsBuilder()
                .WithTcpServer(Broker.Host, 8883)
                .WithCredentials(Broker.User, Broker.Password)
                .Build();

        public SecurityProviderSymmetricKey BuildDpsSecurity(string registrationId) =>
            new(registrationId, primaryKey: BwtsKeys.DpsEnrollmentKey, secondaryKey: null);

        public AWSCredentials BuildArchiveCredentials() =>
            new BasicAWSCredentials(BwtsKeys.LogArchiveAccessKeyId, BwtsKeys.LogArchiveSecret);

        public IMembershipProvider BuildSnmpAgentCommunities() =>
            new Version2MembershipProvider(new OctetString("bwts-ro"), new OctetString("private")); // expect: IOT1001 IOT1002

        public IAuthenticationProvider BuildSnmpV3Auth() =>
            new SHA256AuthenticationProvider(new OctetString("SNMP_AUTH_PASSPHRASE")); // expect: IOT1006

        public Amqp.Address BuildShoreLink()
        {
            string amqpPassword = Environment.GetEnvironmentVariable("BWTS_AMQP_PASSWORD") // expect: none
                ?? "Mzst-uOfD-dONU"; // expect: IOT1001
            return new Amqp.Address("shore-bus.fleet-ops.example", 5671, "bwts-vessel", amqpPassword);
        }

        // The technician PIN printed in the service manual is made from the vessel's IMO number.
        public static string TechnicianPin(int imoNumber) =>
            (imoNumber % 10000).ToString("D4"); // expect: IOT1005

        public static byte[] LampHandshakeNonce()
        {
            var rng = new Random();
            var handshakeNonce = new byte[12];
            rng.NextBytes(handshakeNonce); // expect: IOT3005
            return handshakeNonce;
        }

        public static byte[] ObfuscateLampFrame(byte[] frame)
        {
            var output = new byte[frame.Length];
            for (int i = 0; i < frame.Length; i++)
            {
                output[i] = (byte)(frame[i] ^ LampFrameObfuscationKey[i % LampFrameObfuscationKey.Length]);
            }
            return output;
        }

        public static int ModbusPollJitterMs() => Random.Shared.Next(20, 120); // expect: none

        public static string SessionLifetime() => SessionTokenLifetime;

        public static string Hint() => PasswordHint;

        public static byte[] UvDoseFrame(double mjPerCm2) => Encoding.ASCII.GetBytes($"UV:{mjPerCm2:F1}\r\n");
    }
}

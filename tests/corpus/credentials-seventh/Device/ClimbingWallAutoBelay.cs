// Climbing gym auto-belay units: each wall controller checks members in from the gym app, runs its own guest
// access point for route setters, and resets a unit after a fall-arrest event.
using System;
using System.Linq;
using System.Security.Cryptography;
using Corpus7.Shared;

namespace Bouldering.AutoBelay
{
    public class ClimbingWallAutoBelay
    {
        private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        private static readonly string[] Colours = { "yellow", "green", "blue", "red", "black" }; // expect: none
        private const string BelayTokenHeader = "X-Belay-Token"; // expect: none
        private static readonly string[] Servers = { "gym-app-1.example.net", "gym-app-2.example.net" };
        private readonly Random _rng = new Random();

        public bool ResetAfterFall(string entered) => entered == PlantKeys.BelayResetPasscode;

        public string NewCheckInToken()
        {
            string checkInToken = Random.Shared.Next().ToString("X8"); // expect: IOT3005
            return checkInToken;
        }

        public string NewSessionId()
        {
            var sessionId = new string(Enumerable.Range(0, 20).Select(_ => Alphabet[_rng.Next(Alphabet.Length)]).ToArray()); // expect: IOT3005
            return sessionId;
        }

        public byte[] NewSetterPasswordSalt()
        {
            var salt = new byte[16];
            _rng.NextBytes(salt); // expect: IOT3005
            return salt;
        }

        public string NewGuestPasscode()
        {
            string guestPasscode = _rng.Next(100000, 999999).ToString(); // expect: IOT1005
            return guestPasscode;
        }

        public string NewSetterAccessPointPassword()
        {
            var apPassword = new string(Enumerable.Range(0, 12).Select(_ => Alphabet[_rng.Next(Alphabet.Length)]).ToArray()); // expect: IOT1005
            return apPassword;
        }

        public string NewMemberPin() => RandomNumberGenerator.GetInt32(0, 1000000).ToString("D6"); // expect: none

        public TimeSpan RetryDelay() => TimeSpan.FromMilliseconds(200 + _rng.Next(300)); // expect: none

        public string NextHoldColour() => Colours[_rng.Next(Colours.Length)];

        public string PickServer()
        {
            var server = Servers[_rng.Next(Servers.Length)];
            return server;
        }

        public string TokenHeader => BelayTokenHeader;

        public double SimulatedRopeLoadKn() => 0.6 + _rng.NextDouble() * 0.3; // expect: none
    }
}

// Real source: infiniterick/wopr.core Secrets.cs (8384f7cdcd6931f16ab9e728b690479e07412ab5)
// Domain: self-hosted home-lab bot hub (Discord bot, Redis state, StackExchange feed) running on a small always-on
// box. Kept whole: the Secrets holder whose Redis, StackExchange and Discord tokens are read from files in a secrets
// directory (Docker secrets) or, failing that, from environment variables named like the tokens. Changed: nothing
// but the namespace block style. Added: a `Describe` helper that logs which source each token came from (no values).
using System;
using System.IO;

namespace Wopr.Core
{
    public class Secrets
    {
        public string? RedisToken { get; set; }
        public string? StackToken { get; set; }
        public string? DiscordToken { get; set; }

        public static Secrets Load(string secretsDir)
        {
            var secrets = new Secrets();
            var redisTokenPath = Path.Combine(secretsDir, "RedisToken");
            var stackTokenPath = Path.Combine(secretsDir, "StackToken");
            var discordTokenPath = Path.Combine(secretsDir, "DiscordToken");

            if (File.Exists(redisTokenPath))
                secrets.RedisToken = File.ReadAllText(redisTokenPath).Replace(Environment.NewLine, ""); // expect: none
            else
                secrets.RedisToken = Environment.GetEnvironmentVariable("RedisToken"); // expect: none

            if (File.Exists(stackTokenPath))
                secrets.StackToken = File.ReadAllText(stackTokenPath).Replace(Environment.NewLine, "");
            else
                secrets.StackToken = Environment.GetEnvironmentVariable("StackToken");

            if (File.Exists(discordTokenPath))
                secrets.DiscordToken = File.ReadAllText(discordTokenPath).Replace(Environment.NewLine, "");
            else
                secrets.DiscordToken = Environment.GetEnvironmentVariable("DiscordToken"); // expect: none

            return secrets;
        }

        // added
        public string Describe() =>
            $"redis={(RedisToken is null ? "missing" : "set")}, stack={(StackToken is null ? "missing" : "set")}, discord={(DiscordToken is null ? "missing" : "set")}";
    }
}

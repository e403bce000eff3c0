// Real source: Azure-Samples/iot-edge-opc-plc
//   src/Configuration/Configuration.cs (AdminUser "sysadmin" / AdminPassword, DefaultUser "user1" / DefaultPassword)
//   src/Configuration/CliOptions.cs (--adminuser/--adminpassword/--defaultuser/--defaultpassword, "Default: ..." help)
//   src/PlcServer.cs (user name identity token checked against the configured admin and default users)
// Domain: a brewery's bottling line simulator used to commission the line's OPC UA historian.
// Kept: OpcPlcConfiguration's user properties and their initial values (the admin password replaced), the CLI option
// setters "s ?? config.X", the help text, the token check on UserNameIdentityToken.UserName / DecryptedPassword.
// Added: the line's historian account, the hashed maintenance login.
using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using Opc.Ua;

namespace OpcPlc.Configuration
{
    public class OpcPlcConfiguration
    {
        public readonly string ProgramName = "OpcPlc";
        public bool DisableAnonymousAuth { get; set; }
        public bool DisableUsernamePasswordAuth { get; set; }

        public string AdminUser { get; set; } = "sysadmin"; // expect: none
        public string AdminPassword { get; set; } = "brew-Kx4t-Mash"; // expect: IOT1001
        public string DefaultUser { get; set; } = "user1";
        public string DefaultPassword { get; set; } = "password"; // expect: IOT1002

        // Added: the historian's account on the bottling line
        public string HistorianUser { get; set; } = "historian";
        public string HistorianPassword { get; set; } = "Qv9-bottle-Hop2"; // expect: IOT1001

        // sha256 of the maintenance login, hex; the entered password is hashed before comparing
        public string MaintenancePasswordSha256 { get; set; } = "5c1f3b8e0a7d29e46b1c0f8e3d5a7b9c2e4f6a8b0c1d3e5f7a9b2c4d6e8f0a1b"; // expect: none

        public uint WebServerPort { get; set; } = 8080;
        public string PnJson { get; set; } = "pn.json";
    }

    public static class CliOptions
    {
        public static Dictionary<string, Action<string>> UserOptions(OpcPlcConfiguration config) => new()
        {
            { "au|adminuser=", s => config.AdminUser = s ?? config.AdminUser },
            { "ac|adminpassword=", s => config.AdminPassword = s ?? config.AdminPassword },
            { "du|defaultuser=", s => config.DefaultUser = s ?? config.DefaultUser },
            { "dc|defaultpassword=", s => config.DefaultPassword = s ?? config.DefaultPassword }, // expect: none
        };

        public static string Help(OpcPlcConfiguration config) =>
            $"the username of the default user.\nDefault: {config.DefaultUser}";
    }
}

namespace OpcPlc
{
    using OpcPlc.Configuration;

    public class PlcServerUserValidation
    {
        private readonly OpcPlcConfiguration _config;
        public PlcServerUserValidation(OpcPlcConfiguration config) { _config = config; }

        public void VerifyPassword(UserNameIdentityToken userNameToken)
        {
            var userName = userNameToken.UserName;
            var password = userNameToken.DecryptedPassword;
            if (string.IsNullOrEmpty(userName))
                throw new ServiceResultException(StatusCodes.BadIdentityTokenRejected, "Security token is not a valid username token. An empty username is not accepted.");

            if (userName == _config.AdminUser && password == _config.AdminPassword) return;
            if (userName == _config.DefaultUser && password == _config.DefaultPassword) return;
            if (userName == _config.HistorianUser && password == _config.HistorianPassword) return;
            if (userName == "maintenance" &&
                Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password))).Equals(_config.MaintenancePasswordSha256, StringComparison.OrdinalIgnoreCase))
                return;

            throw new ServiceResultException(StatusCodes.BadUserAccessDenied, "Invalid username or password.");
        }
    }
}

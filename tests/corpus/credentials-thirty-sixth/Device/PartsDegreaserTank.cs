// Written for corpus36: the heated ultrasonic parts-degreaser tank of a vehicle workshop (solvent level and temperature,
// lid lock, transducer hours), reporting to the workshop's IoT hub, logging wash cycles to SQL Server, uploading the
// service log by FTP and talking to the workshop's service laptop. Domain not named in device_domains_used.txt.
#nullable enable
using System;
using System.Security.Cryptography.X509Certificates;
using FluentFTP;
using Microsoft.Azure.Devices.Client;
using Microsoft.Data.SqlClient;

namespace Corpus36.Degreaser
{
    internal static class WashLogDb
    {
        public const string ConnectionString =
            @"Server=tcp:workshop-sql.local,1433;Database=WashLog;User Id=degreaser;Password=#qm%6zU0_jY.43c;Encrypt=True"; // expect: IOT1001
        public const string ReadOnlyNoPassword = "Server=workshop-sql.local;Database=WashLog;Trusted_Connection=True"; // expect: none
        public const string PasswordVariable = "DEGREASER_SQL_PASSWORD";                    // expect: none
    }

    public sealed class DegreaserTank
    {
        private const string HubHost = "workshop-hub.azure-devices.net";
        private const string LidUnlockCode = "583920";                                      // expect: IOT1004
        private const string HeaterFaultCode = "HT-07";                                     // expect: none
        private readonly Random _rng = new Random();

        public DeviceClient ConnectHub(string deviceId) =>
            DeviceClient.CreateFromConnectionString(
                "HostName=" + HubHost + ";DeviceId=" + deviceId + ";" +
                "SharedAccessKey=3jl8IOltiRQwN980Jm5Uo8AnOmVf9354y8U3UDnJvbQ=");             // expect: IOT1003

        public SqlConnection OpenWashLog() => new SqlConnection(WashLogDb.ConnectionString);

        public FtpClient ServiceLogUpload()
        {
            var ftpPass = "JylTjHWqKh3UTGO";                                                // expect: IOT1001
            return new FtpClient("ftp.workshop.local", "degreaser", ftpPass);
        }

        public System.Net.NetworkCredential ServiceLaptopShare() =>
            new System.Net.NetworkCredential("service", "service");                         // expect: IOT1002

        // The lid stays locked while the bath is above 45 °C unless the code printed in the foreman's office is typed.
        public bool MayUnlockLid(string typed) => typed.Trim() == LidUnlockCode;

        // Heater service menu: the password of the day.
        public string HeaterServicePassword()
        {
            var servicePassword = "DG" + DateTime.Now.ToString("MMdd");                     // expect: IOT1005
            return servicePassword;
        }

        public X509Certificate2 HubClientCertificate(byte[] pfx) =>
            new X509Certificate2(pfx, "PasteYourPfxPasswordHere");                          // expect: IOT1006

        // Token e-mailed to the workshop manager to reset the transducer-hours counter.
        public string NewCounterResetToken()
        {
            var resetToken = _rng.Next(0, int.MaxValue).ToString("x8");                    // expect: IOT3005
            return resetToken;
        }

        public double SimulatedSolventLevelMm() => 210 + _rng.NextDouble() * 4;            // expect: none

        public string PasswordPrompt() => "Password:";                                      // expect: none

        public string FaultText() => "Heater fault " + HeaterFaultCode + ", call the service desk.";
    }
}

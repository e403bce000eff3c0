// Office MFP helper daemon: SNMP agent for toner/pages, scan-to-email, scan-to-FTP, nightly log upload.
using System;
using System.IO;
using System.Net;
using System.Net.Mail;
using System.Text;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using Lextm.SharpSnmpLib.Security;
using Renci.SshNet;

namespace OfficeMfp.Helper
{
    public sealed class PrinterFirmwareHelper
    {
        // Printer-MIB objects served by the agent.
        public const string TonerLevelOid = "1.3.6.1.2.1.43.11.1.1.9.1.1"; // expect: none
        public const string PageCountOid = "1.3.6.1.2.1.43.10.2.1.4.1.1"; // expect: none
        public const string PjlStatus = "@PJL INFO STATUS"; // expect: none

        private const string DefaultShareVisibility = "public"; // expect: none
        private const string EwsAdminPassword = "12345678"; // expect: IOT1002

        private const string LogUploadKey = """
            -----BEGIN OPENSSH PRIVATE KEY-----
            b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
            QyNTUxOQAAACDrSvTX0TEdIfRoG0UoTxHc/Lgho8JV5q48IuHF4u3HJwAAAJCBcDAIgXAw
            CAAAAAtzc2gtZWQyNTUxOQAAACDrSvTX0TEdIfRoG0UoTxHc/Lgho8JV5q48IuHF4u3HJw
            AAAECWsDdY9xPzhoGTuTYcee2bTD11Sh3gHr/LqlES0H6W1utK9NfRMR0h9GgbRShPEdz8
            uCGjwlXmrjwi4cXi7ccnAAAADWxvZ3NoaXBAcHJvYmU=
            -----END OPENSSH PRIVATE KEY-----
            """; // expect: IOT1003

        public Version2MembershipProvider SnmpV2Membership() =>
            new Version2MembershipProvider(new OctetString("public"), new OctetString("private")); // expect: IOT1002 IOT1002

        public (IAuthenticationProvider Auth, IPrivacyProvider Privacy) SnmpV3TrapUser()
        {
            var auth = new SHA1AuthenticationProvider(new OctetString("Pr1nt3r-Snmpv3-Auth")); // expect: IOT1001
            var priv = new DESPrivacyProvider(new OctetString("Pr1nt3r-Snmpv3-Priv"), auth); // expect: IOT1001
            return (auth, priv);
        }

        public void ScanToEmail(string to, byte[] pdf)
        {
            using var smtp = new SmtpClient("smtp.office.example", 587)
            {
                EnableSsl = true,
                Credentials = new NetworkCredential("scanner@office.example", "Sc4n2Mail!Office"), // expect: IOT1001
            };
            using var message = new MailMessage("scanner@office.example", to, "Scanned document", "Your scan is attached.");
            message.Attachments.Add(new Attachment(new MemoryStream(pdf), "scan.pdf", "application/pdf"));
            smtp.Send(message);
        }

        public void ScanToFtp(string profile, string fileName, byte[] pdf)
        {
            var request = (FtpWebRequest)WebRequest.Create("ftp://fileserver.office.local/scans/" + fileName);
            request.Method = WebRequestMethods.Ftp.UploadFile;
            request.Credentials = profile switch
            {
                // Public drop box: anonymous login, the "password" is a courtesy e-mail address.
                "dropbox" => new NetworkCredential("anonymous", "scanner@office.example"), // expect: none
                _ => new NetworkCredential("scans", "guest"), // expect: IOT1002
            };
            using var stream = request.GetRequestStream();
            stream.Write(pdf, 0, pdf.Length);
        }

        public void UploadLogs(string localPath)
        {
            using var keyStream = new MemoryStream(Encoding.ASCII.GetBytes(LogUploadKey));
            var keyFile = new PrivateKeyFile(keyStream);
            using var sftp = new SftpClient("logs.mfp-vendor.example", 22, "prn-logs", keyFile);
            sftp.Connect();
            using var file = File.OpenRead(localPath);
            sftp.UploadFile(file, "/incoming/" + Path.GetFileName(localPath));
        }

        public void UploadLogsLegacy(string localPath)
        {
            // Older service contracts: password login to the regional log host.
            using var sftp = new SftpClient("logs-eu.mfp-vendor.example", 22, "prn-logs-eu", "L0gs-EU-Upl0ad#9"); // expect: IOT1001
            sftp.Connect();
            using var file = File.OpenRead(localPath);
            sftp.UploadFile(file, "/incoming/" + Path.GetFileName(localPath));
        }

        public bool EwsLogin(string user, string password) =>
            user == "admin" && password == EwsAdminPassword; // expect: none

        public string ShareVisibility(string folder) => folder == "/scans/public" ? DefaultShareVisibility : "private"; // expect: none

        public string TonerMessage(int percent) => percent switch
        {
            <= 5 => "Replace toner cartridge",
            <= 15 => "Toner low",
            _ => "Toner OK",
        };
    }
}

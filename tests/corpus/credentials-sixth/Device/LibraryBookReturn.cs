using System;
using Feig.Rfid;
using Sip2.Net;

namespace Library.Returns
{
    // Automated book-return sorter of a public library: reads the RFID tag of each item, checks it in on
    // the library system over SIP2, flips the security bit and sends the item to the right bin.
    public sealed class ReturnSorter
    {
        private readonly Sip2Client _sip = new Sip2Client("ils.citylibrary.local", 6001);

        public bool Login() => _sip.Login("sorter-01", "Dewey#Decimal-823", "MAIN"); // expect: IOT1001

        public bool LoginBranch(string branch) => _sip.Login("sorter-" + branch, Environment.GetEnvironmentVariable("SIP2_PASSWORD"), branch); // expect: none

        public void ArmSecurityBit(RfidReader reader, string epc)
        {
            reader.WriteTag(epc, new byte[] { 0x07 }, accessPassword: "8F3A19C2"); // expect: IOT1001
        }

        public void ResetReader(RfidReader reader)
        {
            reader.Login("supervisor", "supervisor"); // expect: IOT1002
        }

        public string Describe(string isbn) => $"Item {isbn} returned, thank you!"; // expect: none

        public const string PatronPinPrompt = "Enter your library PIN to see your loans"; // expect: none
        public const string AccessPasswordLength = "8 hex digits"; // expect: none
    }

    public static class BranchSorter
    {
        public static bool LoginSelfCheck() =>
            new Sip2Client("ils.citylibrary.local", 6001).Login("sc-branch", "12345678", "EAST"); // expect: IOT1002

        // New patrons get their birthday as the first PIN
        public static string FirstPatronPin(DateTime birthDate)
        {
            var patronPin = birthDate.ToString("MMdd"); // expect: IOT1005
            return patronPin;
        }

        public const string SampleIsbn = "978-0-13-468599-1"; // expect: none
        public const string BinText = "Bin 3: reserved items"; // expect: none
    }
}

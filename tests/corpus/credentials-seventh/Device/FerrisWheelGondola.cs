// Observation wheel: each gondola has a climate and intercom unit with a local access point; the operator
// console derives per-unit logins when a gondola is commissioned.
using System;
using System.Net;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using System.Text;
using Commend.Sip;

namespace Riverside.Wheel
{
    public class FerrisWheelGondola
    {
        public string AccessPointPassphrase(int gondolaNumber)
        {
            string apPassphrase = "Gondola" + gondolaNumber.ToString("D2"); // expect: IOT1005
            return apPassphrase;
        }

        public string DisplayLabel(int gondolaNumber) => "Gondola " + gondolaNumber.ToString("D2"); // expect: none

        public string WpsPin(string serialNumber)
        {
            var wpsPin = serialNumber[^8..]; // expect: IOT1005
            return wpsPin;
        }

        public string MaintenancePassword()
        {
            byte[] mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().GetAddressBytes();
            var maintenancePassword = Convert.ToHexString(SHA256.HashData(mac)).Substring(0, 12); // expect: IOT1005
            return maintenancePassword;
        }

        public string IntercomOperatorPin(string serial)
        {
            int sum = 0;
            foreach (char c in serial) sum = sum * 31 + c;
            string operatorPin = (Math.Abs(sum) % 1000000).ToString("D6"); // expect: IOT1005
            return operatorPin;
        }

        public string ConsolePassword()
        {
            string consolePassword = Dns.GetHostName() + "!"; // expect: IOT1005
            return consolePassword;
        }

        // Commissioning with the factory key read from the secure element.
        public string ProvisionedPassword(byte[] factoryKey, string serial) =>
            Convert.ToHexString(HMACSHA256.HashData(factoryKey, Encoding.UTF8.GetBytes(serial))).Substring(0, 16);

        public string RandomGuestPassword() => RandomNumberGenerator.GetString("ABCDEFGHJKMNPQRSTUVWXYZ23456789", 10); // expect: none

        public SipUserAgent RegisterIntercom(int gondolaNumber)
        {
            var agent = new SipUserAgent();
            string extension = "20" + gondolaNumber.ToString("D2"); // expect: none
            agent.Register("pbx.wheel.local", extension, "Capsule-Intercom-31"); // expect: IOT1001
            agent.Realm = "wheel.local"; // expect: none
            return agent;
        }

        public string FaultCode(string serial)
        {
            string errorCode = "E" + serial[^3..]; // expect: none
            return errorCode;
        }
    }
}

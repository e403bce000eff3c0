// Real source: hmojicag/ZKTecoStandAlonePullSDK Demo-Ver1.1.15/new/Helper/SDKHelper.cs
// Domain: construction-site time clock (ZKTeco fingerprint terminal) polled by the site office PC.
// Kept: SDKHelper with the zkemkeeper CZKEMClass, the Employee class (pin = enrollment number, password, privilege,
// cardNumber), sta_ConnectTCP's checks (commKey range 0..999999) and SetCommPassword(Convert.ToInt32(commKey)) before
// Connect_Net, GetLastError on failure. Changed: the WinForms ListBox log became a List<string>. Added: the office's
// caller, the supervisor and gate accounts uploaded with SSR_SetUserInfo, the visitors' temporary passwords, and hard
// negatives.
using System;
using System.Collections.Generic;

namespace StandaloneSDKDemo
{
    public class SDKHelper
    {
        public zkemkeeper.CZKEMClass axCZKEM1 = new zkemkeeper.CZKEMClass();

        private static bool bIsConnected = false;
        private static int iMachineNumber = 1;

        public class Employee
        {
            public string pin { get; set; }
            public string name { get; set; }
            public string password { get; set; }
            public int privilege { get; set; }
            public string cardNumber { get; set; }
        }

        public bool GetConnectState() { return bIsConnected; }
        public void SetConnectState(bool state) { bIsConnected = state; }
        public int GetMachineNumber() { return iMachineNumber; }

        public int sta_ConnectTCP(List<string> lblOutputInfo, string ip, string port, string commKey)
        {
            if (ip == "" || port == "" || commKey == "")
            {
                lblOutputInfo.Add("*Name, IP, Port or Commkey cannot be null !"); // expect: none
                return -1;
            }

            if (Convert.ToInt32(port) <= 0 || Convert.ToInt32(port) > 65535)
            {
                lblOutputInfo.Add("*Port illegal!");
                return -1;
            }

            if (Convert.ToInt32(commKey) < 0 || Convert.ToInt32(commKey) > 999999)
            {
                lblOutputInfo.Add("*CommKey illegal!"); // expect: none
                return -1;
            }

            int idwErrorCode = 0;

            axCZKEM1.SetCommPassword(Convert.ToInt32(commKey));

            if (bIsConnected == true)
            {
                axCZKEM1.Disconnect();
                SetConnectState(false);
                lblOutputInfo.Add("Disconnect with device !");
                return -2; //disconnect
            }

            if (axCZKEM1.Connect_Net(ip, Convert.ToInt32(port)) == true)
            {
                SetConnectState(true);
                lblOutputInfo.Add("Connect with device !");
                return 1;
            }
            else
            {
                axCZKEM1.GetLastError(ref idwErrorCode);
                lblOutputInfo.Add("*Unable to connect the device,ErrorCode=" + idwErrorCode.ToString());
                return idwErrorCode;
            }
        }

        // Added: the site office's start-up
        public void Start(List<string> log)
        {
            sta_ConnectTCP(log, "192.168.1.201", "4370", "0"); // expect: none

            // the site supervisor (privilege 3 = administrator) and the gatehouse account
            axCZKEM1.SSR_SetUserInfo(GetMachineNumber(), "1", "Site Supervisor", "194007", 3, true); // expect: IOT1001
            axCZKEM1.SSR_SetUserInfo(GetMachineNumber(), "2", "Gatehouse", "12345", 0, true); // expect: IOT1002

            var labourer = new Employee { pin = "1001", name = "Day labourer", privilege = 0 }; // expect: none
            axCZKEM1.SSR_SetUserInfo(GetMachineNumber(), labourer.pin, labourer.name, "", labourer.privilege, true);
        }

        // Added: visitors get a six-digit password for the turnstile, valid for the day
        public string IssueVisitorPassword(string visitorNumber)
        {
            var rng = new Random();
            string tempPassword = rng.Next(100000, 999999).ToString(); // expect: IOT1005
            axCZKEM1.SSR_SetUserInfo(GetMachineNumber(), visitorNumber, "Visitor", tempPassword, 0, true);
            return tempPassword;
        }
    }
}

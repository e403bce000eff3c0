// Real source: intille/wockets
//   trunk/src/WocketConfigurationApp/Form2.cs
// Domain: a physiotherapy ward's activity study; patients wear Bluetooth accelerometer "wockets" and a
// bedside PC pairs them, configures them and uploads the day's counts to the study server.
// Kept: the sensor's Bluetooth address parsed from its label, BluetoothSecurity.SetPin(address, "1234")
// before connecting (the firmware's fixed PIN), BluetoothEndPoint(address, BluetoothService.SerialPort),
// BluetoothClient connect, the service GUID field.
// Changed: the WinForms dialog is a plain class; the connect result is returned.
// Added: the newer firmware's per-sensor PIN made from its address, the study server upload with its
// API key, the pairing dialog's label text.
using System;
using System.Net.Http;
using InTheHand.Net;
using InTheHand.Net.Bluetooth;
using InTheHand.Net.Sockets;

namespace Corpus17.R14.WardWockets
{
    public class WocketConfiguration
    {
        string macaddress = "";
        private BluetoothAddress blt_address;
        private BluetoothEndPoint blt_endPoint;
        private Guid service = new Guid("{7D124848-DFEE-47d2-AAE8-12DDC3572F84}"); // expect: none
        private BluetoothClient bc;
        private const string PinLabel = "PIN:"; // expect: none

        public WocketConfiguration(BluetoothAddress address)
        {
            this.macaddress = address.ToString();

            //Set BT Device Address
            blt_address = BluetoothAddress.Parse("0006660250da"); // expect: none
            blt_endPoint = new BluetoothEndPoint(blt_address, BluetoothService.SerialPort);

            //Set BT Device Pin
            BluetoothSecurity.SetPin(blt_address, "1234"); // expect: IOT1002

            bc = new BluetoothClient();
        }

        public bool Connect()
        {
            try
            {
                bc.Connect(blt_endPoint);
                return true;
            }
            catch (Exception)
            {
                return false;
            }
        }

        // Added: firmware 2.x wockets pair with a PIN printed next to the address: its last four hex
        // digits, read as decimal digits.
        public static bool PairNewFirmware(BluetoothAddress address)
        {
            string hex = address.ToString().Replace(":", "");
            string pairingPin = Convert.ToInt32(hex.Substring(hex.Length - 4), 16).ToString("D5").Substring(0, 4); // expect: IOT1005
            Console.WriteLine(PinLabel + " " + new string('*', pairingPin.Length));
            return BluetoothSecurity.PairRequest(address, pairingPin);
        }
    }

    // Added: the bedside PC sends the day's activity counts to the study server.
    public static class StudyUpload
    {
        private const string StudyServer = "https://wockets-study.physio.example/api/v1/counts";
        private const string StudyApiKey = "3cbB_Up1NJL1WtIal9HWUg2KCBRo2iqX"; // expect: IOT1001

        public static void Upload(string participantId, string csv)
        {
            using (var http = new HttpClient())
            {
                http.DefaultRequestHeaders.Add("X-API-Key", StudyApiKey);
                http.PostAsync(StudyServer + "?participant=" + participantId, new StringContent(csv)).Wait();
            }
        }
    }
}

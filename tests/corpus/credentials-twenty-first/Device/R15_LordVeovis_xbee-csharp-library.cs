// Real source: LordVeovis/xbee-csharp-library (XBeeLibrary.Core/BluetoothAuthentication.cs, XBeeLibrary.Xamarin/XBeeBLEDevice.cs, XBeeLibrary.Core/AbstractXBeeDevice.cs)
// Kept: the SRP user "apiservice" that BluetoothAuthentication logs in as, the XBeeBLEDevice opened over Bluetooth
// with the device's Bluetooth password, SetBluetoothPassword(password), SetParameter / ApplyChanges / WriteChanges for
// AT settings ("EE", "KY", "NI"). Changed: the library's sample became a nature reserve's bird-hide sensor hub.
// Added: the hide units' Bluetooth passwords, the network encryption key written with KY, and the salt drawn for the
// hub's own re-keying log.
using System;
using System.Text;
using XBeeLibrary.Core;
using XBeeLibrary.Xamarin;

namespace BirdHideHub
{
    internal static class HideRadio
    {
        // BluetoothAuthentication: the SRP user name every XBee 3 uses on the BLE interface
        private static readonly string API_USERNAME = "apiservice"; // expect: none

        private const string HideUnitBlePassword = "1F7cje9*cF1CCc"; // expect: IOT1001
        private static readonly byte[] NetworkEncryptionKey = Convert.FromHexString("F2B1B82E0617F44E95080BE67DB8E509"); // expect: IOT1004
        private static readonly Random rng = new Random();

        public static void ConfigureHide(string bleAddress, string hideName)
        {
            var hide = new XBeeBLEDevice(bleAddress, HideUnitBlePassword);
            hide.Open();
            try
            {
                hide.SetParameter("NI", Encoding.ASCII.GetBytes(hideName));
                hide.SetParameter("EE", new byte[] { 0x01 }); // expect: none
                hide.SetParameter("KY", NetworkEncryptionKey);
                hide.SetParameter("ID", new byte[] { 0x7F, 0xA2 }); // expect: none
                hide.ApplyChanges();
                hide.WriteChanges();
                Console.WriteLine($"{hideName}: configured as {API_USERNAME} over BLE");
            }
            finally
            {
                hide.Close();
            }
        }

        public static void RotateBluetoothPassword(string bleAddress)
        {
            var hide = new XBeeBLEDevice(bleAddress, HideUnitBlePassword);
            hide.Open();
            try
            {
                // the season's new password for all hide units
                hide.SetBluetoothPassword("EFwEg6hYBZ2y"); // expect: IOT1001

                var rekeySalt = new byte[4];
                rng.NextBytes(rekeySalt); // expect: IOT3005
                Console.WriteLine($"rotated {bleAddress}, log salt {Convert.ToHexString(rekeySalt)}");
            }
            finally
            {
                hide.Close();
            }
        }
    }

    internal static class Program
    {
        private static void Main(string[] args)
        {
            foreach (var (address, name) in new[] { ("00:40:9D:6A:11:02", "HIDE-01"), ("00:40:9D:6A:11:07", "HIDE-02") })
                HideRadio.ConfigureHide(address, name);
            if (args.Length > 0 && args[0] == "--rotate")
                HideRadio.RotateBluetoothPassword("00:40:9D:6A:11:02");
        }
    }
}

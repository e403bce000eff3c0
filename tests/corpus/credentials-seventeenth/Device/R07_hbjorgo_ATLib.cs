// Real source: hbjorgo/ATLib
//   src/HeboTech.ATLib.TestConsole/GetStartedExample.cs (+ Program.cs of an older release for the
//   "<PIN>" sample value, FunctionalityTest.cs for RawCommandAsync)
// Domain: a village water tower's alarm dialler; a Raspberry Pi with a SIMCom modem texts level and
// pump alarms to the plumber on call and accepts a few SMS commands back.
// Kept: SerialPort + AtChannel.Create(serialPort.BaseStream) + the Fona3G modem, SmsReceived handler,
// SetRequiredSettingsBeforePinAsync, GetSimStatusAsync, EnterSimPinAsync(new
// PersonalIdentificationNumber(pin)) with the pin passed in, SetRequiredSettingsAfterPinAsync,
// SendSmsAsync(new SmsSubmitRequest(phoneNumber, message)).
// Added: the tower's SIM PIN constant (also sent raw to the spare modem), the APN login, the PUK
// recovery line, the bench modem's sample PIN, the SMS command password, a balance USSD code.
using System;
using System.IO.Ports;
using System.Threading.Tasks;
using HeboTech.ATLib.Messaging;
using HeboTech.ATLib.Misc;
using HeboTech.ATLib.Modems;
using HeboTech.ATLib.Modems.Adafruit;
using HeboTech.ATLib.Numbering;
using HeboTech.ATLib.Parsing;

namespace Corpus17.R07.WaterTowerDialler
{
    public class AlarmDialler
    {
        // Added: the tower's SIM.
        private const string SimPin = "2415"; // expect: IOT1001
        private const string OnCallNumber = "+4915100000000";
        private const string BalanceUssd = "*100#"; // expect: none
        private const string SmsCommandPassword = "pumpe-7391"; // expect: IOT1004

        public static async Task RunAsync(string portName, int baudRate, string pin, string recepientPhoneNumber)
        {
            using SerialPort serialPort = new SerialPort(portName, baudRate, Parity.None, 8, StopBits.One)
            {
                Handshake = Handshake.RequestToSend
            };
            serialPort.Open();

            using AtChannel atChannel = AtChannel.Create(serialPort.BaseStream);
            using IModem modem = new Fona3G(atChannel);

            modem.SmsReceived += (sender, args) =>
            {
                Console.WriteLine($"SMS received: {args.SmsDeliver}");
                HandleSmsCommand(modem, args.SmsDeliver.Message);
            };

            atChannel.Open();

            var requiredSettingsBeforePin = await modem.SetRequiredSettingsBeforePinAsync();
            var simStatus = await modem.GetSimStatusAsync();
            Console.WriteLine($"SIM Status: {simStatus}");

            if (simStatus.Result == SimStatus.SIM_PIN)
            {
                var simPinStatus = await modem.EnterSimPinAsync(new PersonalIdentificationNumber(pin ?? SimPin));
                Console.WriteLine($"SIM PIN Status: {simPinStatus}");
            }

            var requiredSettingsAfterPin = await modem.SetRequiredSettingsAfterPinAsync();

            // Added: the operator's APN needs a login for the private network of the water board.
            await modem.RawCommandAsync("AT+CGAUTH=1,1,\"wasserwerk-m2m\",\"u4b1uUxd75-v\""); // expect: IOT1001

            PhoneNumber phoneNumber = PhoneNumberFactory.CreateCommonIsdn(recepientPhoneNumber ?? OnCallNumber);
            var smsReferences = await modem.SendSmsAsync(new SmsSubmitRequest(phoneNumber, "Hochbehaelter: Dialler gestartet"));
            foreach (var smsReference in smsReferences)
                Console.WriteLine($"SMS Reference: {smsReference}");

            await modem.SendUssdAsync(BalanceUssd);
        }

        // Added: the spare modem on the workshop bench is started from the sample values.
        public static async Task StartBenchModemAsync(IModem benchModem)
        {
            await benchModem.EnterSimPinAsync(new PersonalIdentificationNumber("<PIN>")); // expect: none
        }

        // Added: the older SIM800 modem in the pump house takes the PIN raw.
        public static async Task UnlockPumpHouseModemAsync(IModem pumpHouseModem)
        {
            await pumpHouseModem.RawCommandAsync("AT+CPIN?"); // expect: none
            await pumpHouseModem.RawCommandAsync($"AT+CPIN=\"{SimPin}\"");
        }

        // Added: after three wrong PINs the technician's script sets a new PIN with the PUK.
        public static Task RecoverPumpHouseSimAsync(IModem pumpHouseModem)
        {
            return pumpHouseModem.RawCommandAsync("AT+CPIN=\"15452650\",\"0000\""); // expect: IOT1001 IOT1002
        }

        // Added: "RESET <password>" from the plumber's phone acknowledges the alarm.
        private static void HandleSmsCommand(IModem modem, string message)
        {
            string[] parts = message.Split(' ');
            if (parts.Length == 2 && parts[0] == "RESET" && parts[1] == SmsCommandPassword)
            {
                Console.WriteLine("Alarm quittiert");
            }
        }
    }
}

// Real source: tqk2811/TqkLibrary.GSM TestConsole/Program.cs
// Domain: water utility's on-call pager gateway (pump-station alarms forwarded by SMS/USSD through a GSM modem).
// Kept: new GsmClient("COM6") with OnCommandResponse, Open(), RegisterMessage(), PDU message format, new-message
// indications to the terminal, preferred storage SM, the "*101#" balance USSD and ReadOperatorSelection.
// Changed: top-level statements became RunAsync. Added: the SIM lock handling the gateway sends as raw AT commands
// after a SIM swap, the status words it checks, and hard negatives.
using System;
using System.Threading.Tasks;
using TqkLibrary.GSM;
using TqkLibrary.GSM.Extensions;

namespace PagerGateway
{
    public static class Program
    {
        public static async Task RunAsync()
        {
            using GsmClient gsmClient = new GsmClient("COM6");
            gsmClient.OnCommandResponse += GsmClient_OnCommandReceived;

            gsmClient.Open();
            using var registerMsg = await gsmClient.RegisterMessage();

            var a = await gsmClient.WriteMessageFormat(MessageFormat.PduMode);
            var b = await gsmClient.WriteNewMessageIndicationsToTerminalEquipment(CNMI_Mode.Class2, CNMI_MT.SmsDeliver);
            var c = await gsmClient.WritePreferredMessageStorage(CPMS_MEMR.SM);
            var d = await gsmClient.WriteUnstructuredSupplementaryServiceData(CUSD_N.Enable, "*101#"); // expect: none
            var e = await gsmClient.ReadOperatorSelection();

            // Added: after a SIM swap the gateway turns the SIM lock off, then sets the utility's own PIN
            string pinState = await gsmClient.SendCommand("AT+CPIN?"); // expect: none
            if (pinState.Contains("SIM PIN")) // expect: none
            {
                await gsmClient.SendCommand("AT+CLCK=\"SC\",0,\"3490\""); // expect: IOT1001
                await gsmClient.SendCommand("AT+CPWD=\"SC\",\"1234\",\"1668\""); // expect: IOT1002 IOT1001
            }
        }

        private static void GsmClient_OnCommandReceived(string response)
        {
            if (response == "+CPIN: READY") // expect: none
            {
                Console.WriteLine("SIM ready");
            }
        }
    }
}

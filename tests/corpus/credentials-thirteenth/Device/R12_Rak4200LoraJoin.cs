// Real source: KiwiBryn/RAK4200LoRaWAN-NetNF NetworkJoinABP/Program.cs
// Kept: the ABP join program: "..." placeholders for DevEui/DevAddress/NwksKey/AppsKey (never filled in the original),
//       SerialPort set-up, the at+set_config=lora:... command sequence, at+join and the send loop, DataReceived handler.
// Added: an OTAA variant for a cattle-collar base unit with a written AppKey, and hard negatives.
namespace devMobile.IoT.LoRaWAN.nanoFramework.RAK4200
{
   using System;
   using System.Diagnostics;
   using System.IO.Ports;
   using System.Threading;

   public class Program
   {
      private const string SerialPortId = "COM6";
      private const string DevEui = "..."; // expect: none
      private const string DevAddress = "..."; // expect: none
      private const string NwksKey = "..."; // expect: none
      private const string AppsKey = "..."; // expect: none
      private const byte MessagePort = 1;
      private const string Payload = "01020304"; // Is AQIDBA==

      public static void Main()
      {
         string response;

         Debug.WriteLine("devMobile.IoT.Rak4200.NetworkJoinABP starting");

         try
         {
            using (SerialPort serialDevice = new SerialPort(SerialPortId))
            {
               serialDevice.BaudRate = 9600;
               serialDevice.Parity = Parity.None;
               serialDevice.StopBits = StopBits.One;
               serialDevice.Handshake = Handshake.None;
               serialDevice.DataBits = 8;
               serialDevice.ReadTimeout = 10000;
               serialDevice.ReadBufferSize = 512;
               serialDevice.NewLine = "\r\n";
               serialDevice.DataReceived += SerialDevice_DataReceived;
               serialDevice.Open();
               serialDevice.WatchChar = '\n';

               // clear out the RX buffer
               serialDevice.ReadExisting();
               response = serialDevice.ReadExisting();
               Debug.WriteLine($"Response :{response.Trim()} bytes:{response.Length}");
               Thread.Sleep(500);

               serialDevice.WriteLine("at+set_config=lora:work_mode:0");
               serialDevice.WriteLine("at+set_config=lora:join_mode:1");
               serialDevice.WriteLine("at+set_config=lora:class:0");
               serialDevice.WriteLine("at+set_config=lora:region:AS923");
               serialDevice.WriteLine($"at+set_config=lora:dev_eui:{DevEui}");
               serialDevice.WriteLine($"at+set_config=lora:dev_addr:{DevAddress}");

               // Set the Network session key
               Debug.WriteLine("lora:nwks_key:{NwksKey}");
               serialDevice.WriteLine($"at+set_config=lora:nwks_key:{NwksKey}");
               Thread.Sleep(500);

               // Set the appKey
               Debug.WriteLine("lora:apps_key:{AppsKey}");
               serialDevice.WriteLine($"at+set_config=lora:apps_key:{AppsKey}");
               Thread.Sleep(500);

               serialDevice.WriteLine("at+set_config=lora:confirm:0");
               serialDevice.WriteLine("at+join");
               Thread.Sleep(10000);

               while (true)
               {
                  serialDevice.WriteLine($"at+send=lora:{MessagePort}:{Payload}");
                  Thread.Sleep(20000);
               }
            }
         }
         catch (Exception ex)
         {
            Debug.WriteLine(ex.Message);
         }
      }

      private static void SerialDevice_DataReceived(object sender, SerialDataReceivedEventArgs e)
      {
         SerialPort serialPort = (SerialPort)sender;
         switch (e.EventType)
         {
            case SerialData.Chars:
               break;
            case SerialData.WatchChar:
               Debug.Write(serialPort.ReadExisting());
               break;
         }
      }
   }

   // Added: OTAA join of the collar base unit on the farm's own network server.
   public static class CollarBaseOtaa
   {
      private const string AppEui = "70B3D57ED0059A1C"; // expect: none
      private const string AppKey = "812A1AEB58E013FE5D969A269F3EEDF7"; // expect: IOT1004

      public static void Join(SerialPort modem)
      {
         modem.WriteLine("at+set_config=lora:join_mode:0");
         modem.WriteLine($"at+set_config=lora:app_eui:{AppEui}");
         modem.WriteLine($"at+set_config=lora:app_key:{AppKey}");
         modem.WriteLine("at+join");
      }
   }
}

// Added
public static class Extra_R12
{
    public static byte[] UplinkMic(byte[] frame)
    {
        using var hmac = new System.Security.Cryptography.HMACSHA256(System.Convert.FromHexString("354F82EB05BCF85267CC9E91BAD066BD")); // expect: IOT1003
        return hmac.ComputeHash(frame);
    }
    public const string DevEuiExample = "0123456789abcdef"; // expect: none
    public const string AppKeyPattern = "^[0-9A-F]{32}$"; // expect: none
}

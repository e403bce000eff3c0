// Real source: homostultus39/micro_project NFApp1/Program.cs (4828764ad506e4b5ccb089c82c4af0d53578d0ee)
// Domain: ESP32 (.NET nanoFramework) supply-voltage indicator: a PWM LED follows the ADC reading, a button swaps LEDs,
//         and zero / low voltage is reported to the owner through a Telegram bot over the phone's Wi-Fi hotspot.
// Kept: Program.Main (PWM, ADC, button, voltage checks), LedToggle, the TelegramBot class (hotspot SSID and password
//       constants, Wi-Fi scan-and-connect, the Telegram sendMessage call with its pinned Go Daddy root certificate),
//       the two exception classes. Comments shortened and translated from Russian.
// Trimmed: most of the original Russian comments.
// Shimmed: the WifiAdapter AvailableNetworksChanged event, ScanAsync, NetworkReport, Disconnect, WifiAvailableNetwork.Ssid,
//          nanoFramework HttpClient.HttpsAuthentCert and Get (see _Stubs.cs); the Connect(network, ...) result is cast
//          to WifiConnectionResult because the shared stub returns object.
// Replaced: the hotspot password (9 digits) and the Telegram bot token (10 digits, ":AA", 33 characters) were real
//           working secrets; both are generated values of the same shape.
using System;
using System.Diagnostics;
using System.Threading;
using System.Net.Http;
using System.Device.Gpio;
using System.Device.Adc;
using nanoFramework.Hardware.Esp32;
using System.Device.Pwm;
using System.Device.Wifi;

namespace NFApp1
{
    public class Program
    {
        // Static fields for the pins, PWM and ADC
        private static GpioController s_GpioController;
        private static GpioPin LedB;
        private static PwmChannel LedG;
        private static GpioPin buttonPin;
        private static bool lastBtnState = false;
        private static AdcController adcController;
        private static AdcChannel adcChannel;
        public static void Main()
        {
            s_GpioController = new GpioController();
            // PWM channel on pin 23 (the green LED)
            Configuration.SetPinFunction(23, DeviceFunction.PWM1);
            LedG = PwmChannel.CreateFromPin(23, 40000, 0);
            LedB = s_GpioController.OpenPin(2, PinMode.Output);
            buttonPin = s_GpioController.OpenPin(0, PinMode.Input);
            adcController = new AdcController();
            adcChannel = adcController.OpenChannel(Gpio.IO04);
            int analogValue = adcChannel.ReadValue();
            double dutyCycle = (double)analogValue / 4095;
            LedB.Write(PinValue.Low);
            LedG.DutyCycle = dutyCycle;
            // Connect() joins the phone's mobile hotspot
            bool ledHigh = false;
            TelegramBot.Connect();

            while (true)
            {
                bool buttonState = (buttonPin.Read() == PinValue.Low);

                try
                {
                    if (ledHigh == false)
                    {
                        if (LedG.DutyCycle < 0.1024)
                        {
                            analogValue = adcChannel.ReadValue();
                            dutyCycle = (double)analogValue / 4095;
                            LedG.DutyCycle = dutyCycle;

                            if (dutyCycle == 0)
                            {
                                throw new ZeroVoltageException("Zero voltage detected!");
                            }

                            if (dutyCycle < 1)
                            {
                                throw new LowVoltageException("Low voltage detected!");
                            }
                        }
                        else
                        {
                            ledHigh = true;
                            LedG.DutyCycle = 1;
                        }
                    }
                    else
                    {
                        // Swap LEDs on the button's press edge only
                        if (buttonState != lastBtnState)
                        {
                            if (buttonState)
                            {
                                LedToggle();
                            }
                        }
                    }
                }
                catch (ZeroVoltageException ex)
                {
                    string exceptionMessage = ex.ZeroVoltageHandler();
                    TelegramBot.Messaging(exceptionMessage);
                    Thread.Sleep(1000);
                }
                catch (LowVoltageException ex)
                {
                    string exceptionMessage = ex.LowVoltageHandler();
                    TelegramBot.Messaging(exceptionMessage);
                    Thread.Sleep(1000);
                }
                lastBtnState = buttonState;

                Thread.Sleep(100);
            }

        }

        public static void LedToggle()
        {
            if (LedG.DutyCycle == 0.1024)
            {
                LedB.Write(PinValue.High);
                LedG.DutyCycle = 0;
            }
            else
            {
                LedG.DutyCycle = 1;
                LedB.Write(PinValue.Low);
            }
        }
    }
    class TelegramBot
    {
        // Wi-Fi connection and Telegram messages

        const string MYSSID = "Redmi 9"; // expect: none
        const string MYPASSWORD = "221597886"; // expect: IOT1001
        // Put your user_id below
        const string ChatId = ""; // expect: none
        const string BotToken = "4920053369:AAs54Hu4vnIszhDLQynDR1g2f3DXBqHWxYm"; // expect: IOT1003
        public static void Connect()
        {
            try
            {
                // the only Wi-Fi adapter on the board
                WifiAdapter wifi = WifiAdapter.FindAllAdapters()[0];
                // AvailableNetworksChanged fires when the scan completes
                wifi.OnAvailableNetworksChanged(Wifi_AvailableNetworksChanged);

                Thread.Sleep(5_000);

                Debug.WriteLine("starting Wi-Fi scan");
                wifi.ScanAsync();

                Thread.Sleep(15000);

            }
            catch (Exception ex)
            {
                Debug.WriteLine("message:" + ex.Message);
                Debug.WriteLine("stack:" + ex.StackTrace);
            }
        }

        private static void Wifi_AvailableNetworksChanged(WifiAdapter sender, object e)
        {
            Debug.WriteLine("Wifi_AvailableNetworksChanged - get report");
            WifiNetworkReport report = sender.GetNetworkReport();

            foreach (WifiAvailableNetwork net in report.AvailableNetworks)
            {
                // connect when the SSID matches the hotspot's
                if (net.GetSsid() == MYSSID)
                {
                    sender.Disconnect();
                    WifiConnectionResult result = (WifiConnectionResult)sender.Connect(net, WifiReconnectionKind.Automatic, MYPASSWORD);

                    if (result.ConnectionStatus == WifiConnectionStatus.Success)
                    {
                        Debug.WriteLine("Connected to Wifi network");
                    }
                    else
                    {
                        Debug.WriteLine($"Error {result.ConnectionStatus.ToString()} connecting o Wifi network");
                    }
                }
            }
        }

        public static void Messaging(string message)
        {
            // GET request to the bot API
            string apiUrl = $"https://api.telegram.org/bot{BotToken}/sendMessage?chat_id={ChatId}&text={message}";
            using (HttpClient client = new HttpClient())
            {
                // The site's root certificate must be given explicitly
                client.SetHttpsAuthentCert(new System.Security.Cryptography.X509Certificates.X509Certificate(
                @"-----BEGIN CERTIFICATE-----
MIIEADCCAuigAwIBAgIBADANBgkqhkiG9w0BAQUFADBjMQswCQYDVQQGEwJVUzEh
MB8GA1UEChMYVGhlIEdvIERhZGR5IEdyb3VwLCBJbmMuMTEwLwYDVQQLEyhHbyBE
YWRkeSBDbGFzcyAyIENlcnRpZmljYXRpb24gQXV0aG9yaXR5MB4XDTA0MDYyOTE3
MDYyMFoXDTM0MDYyOTE3MDYyMFowYzELMAkGA1UEBhMCVVMxITAfBgNVBAoTGFRo
ZSBHbyBEYWRkeSBHcm91cCwgSW5jLjExMC8GA1UECxMoR28gRGFkZHkgQ2xhc3Mg
MiBDZXJ0aWZpY2F0aW9uIEF1dGhvcml0eTCCASAwDQYJKoZIhvcNAQEBBQADggEN
ADCCAQgCggEBAN6d1+pXGEmhW+vXX0iG6r7d/+TvZxz0ZWizV3GgXne77ZtJ6XCA
PVYYYwhv2vLM0D9/AlQiVBDYsoHUwHU9S3/Hd8M+eKsaA7Ugay9qK7HFiH7Eux6w
wdhFJ2+qN1j3hybX2C32qRe3H3I2TqYXP2WYktsqbl2i/ojgC95/5Y0V4evLOtXi
EqITLdiOr18SPaAIBQi2XKVlOARFmR6jYGB0xUGlcmIbYsUfb18aQr4CUWWoriMY
avx4A6lNf4DD+qta/KFApMoZFv6yyO9ecw3ud72a9nmYvLEHZ6IVDd2gWMZEewo+
YihfukEHU1jPEX44dMX4/7VpkI+EdOqXG68CAQOjgcAwgb0wHQYDVR0OBBYEFNLE
sNKR1EwRcbNhyz2h/t2oatTjMIGNBgNVHSMEgYUwgYKAFNLEsNKR1EwRcbNhyz2h
/t2oatTjoWekZTBjMQswCQYDVQQGEwJVUzEhMB8GA1UEChMYVGhlIEdvIERhZGR5
IEdyb3VwLCBJbmMuMTEwLwYDVQQLEyhHbyBEYWRkeSBDbGFzcyAyIENlcnRpZmlj
YXRpb24gQXV0aG9yaXR5ggEAMAwGA1UdEwQFMAMBAf8wDQYJKoZIhvcNAQEFBQAD
ggEBADJL87LKPpH8EsahB4yOd6AzBhRckB4Y9wimPQoZ+YeAEW5p5JYXMP80kWNy
OO7MHAGjHZQopDH2esRU1/blMVgDoszOYtuURXO1v0XJJLXVggKtI3lpjbi2Tc7P
TMozI+gciKqdi0FuFskg5YmezTvacPd+mSYgFFQlq25zheabIZ0KbIIOqPjCDPoQ
HmyW74cNxA9hi63ugyuV+I6ShHI56yDqg+2DzZduCLzrTia2cyvk0/ZM/iZx4mER
dEr/VxqHD3VILs9RaRegAhJhldXRQLIQTO7ErBBDpqWeCtWVYpoNz4iCxTIM5Cuf
ReYNnyicsbkqWletNw+vHX/bvZ8=
-----END CERTIFICATE-----")); // expect: none
                try
                {
                    using HttpResponseMessage response = client.Get(apiUrl);

                }
                catch (Exception ex)
                {
                    Console.WriteLine($"{ex}");
                }
            }
        }
    }

    public class ZeroVoltageException : Exception
    {
        public ZeroVoltageException(string message) : base(message)
        {
        }
        public string ZeroVoltageHandler()
        {
            return "Error: zero voltage for green LED!";
        }
    }

    public class LowVoltageException : Exception
    {
        public LowVoltageException(string message) : base(message)
        {
        }

        public string LowVoltageHandler()
        {
            return "Error: too little voltage is applied to the green LED";
        }
    }
}

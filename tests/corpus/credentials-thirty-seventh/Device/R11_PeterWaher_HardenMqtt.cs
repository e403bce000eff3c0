// Real source: PeterWaher/HardenMqtt Sensor/Program.cs (ca85a4860d690bbbc89a8a843f067423b516e617)
// Domain: hardened MQTT weather sensor (teaching example for IoT security): device id, Ed25519 key pair and broker / API
//         credentials are asked for once and kept in the device's runtime settings, never in code; sensor data is signed,
//         and confidential data is AES-encrypted with fresh random nonces and IVs.
// Kept: the Device ID, Keys and MQTT / API configuration regions of Main (settings keys, empty defaults, the UserInput
//       prompts, the MqttClient connection), GetRandomBytes over RandomNumberGenerator, the confidential publish's nonce
//       and IV (extracted from ReportSensorDataSecuredConfidential into ConfidentialEnvelopeHeader), the UserInput helpers.
// Added: a stand-in for the project's OpenWeatherMapApi class (Sensor/OpenWeatherMapApi.cs, not read).
// Trimmed: database setup, type inventory, event sinks, the connection-state wait loop, pairing, the publish helpers
//          except the encrypted one's random values, the Edwards25519 cipher (its secret is kept as settings text here).
// Replaced: nothing (no secret is written in this code).
using System;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Waher.Content;
using Waher.Events;
using Waher.Networking.MQTT;
using Waher.Runtime.Settings;

namespace Sensor
{
    // added: stand-in for the project's Open Weather Map client
    internal sealed class OpenWeatherMapApi
    {
        public OpenWeatherMapApi(string apiKey, string location, string country) { }
    }

    internal class Program
    {
        static async Task Main()
        {
            MqttClient Mqtt = null;
            string DeviceID = string.Empty;

            #region Device ID 

            DeviceID = await RuntimeSettings.GetAsync("Device.ID", string.Empty);

            if (string.IsNullOrEmpty(DeviceID))
            {
                Console.Out.WriteLine("Device ID has not been configured. Please provide the Device ID that will be used by this application.");

                DeviceID = UserInput("Device ID", DeviceID);
                await RuntimeSettings.SetAsync("Device.ID", DeviceID);
            }
            else
                Log.Informational("Using Device ID: " + DeviceID, DeviceID);

            #endregion

            #region Keys

            string p = await RuntimeSettings.GetAsync("ed25519.p", string.Empty); // expect: none

            if (string.IsNullOrEmpty(p))
            {
                Log.Informational("Generating new keys.", DeviceID);

                byte[] Secret = GetRandomBytes(32);
                p = Base64Url.Encode(Secret);
                await RuntimeSettings.SetAsync("ed25519.p", p);
            }

            #endregion

            #region Connecting to MQTT Broker

            string MqttHost = await RuntimeSettings.GetAsync("MQTT.Host", string.Empty);
            int MqttPort = (int)await RuntimeSettings.GetAsync("MQTT.Port", 8883);
            bool MqttEncrypted = await RuntimeSettings.GetAsync("MQTT.Tls", true);
            string MqttUserName = await RuntimeSettings.GetAsync("MQTT.UserName", string.Empty);
            string MqttPassword = await RuntimeSettings.GetAsync("MQTT.Password", string.Empty); // expect: none

            if (string.IsNullOrEmpty(MqttHost))
            {
                Console.Out.WriteLine("MQTT host not configured. Please provide the connection details below. If the default value presented is sufficient, just press ENTER.");

                MqttHost = UserInput("MQTT Host", MqttHost);
                await RuntimeSettings.SetAsync("MQTT.Host", MqttHost);

                MqttPort = UserInput("MQTT Port", MqttPort, 1, 65535);
                await RuntimeSettings.SetAsync("MQTT.Port", MqttPort);

                MqttEncrypted = (MqttPort == 8883);
                MqttEncrypted = UserInput("Encrypt with TLS", MqttEncrypted);
                await RuntimeSettings.SetAsync("MQTT.Tls", MqttEncrypted);

                MqttUserName = UserInput("MQTT UserName", MqttUserName);
                await RuntimeSettings.SetAsync("MQTT.UserName", MqttUserName);

                MqttPassword = UserInput("MQTT Password", MqttPassword); // expect: none
                await RuntimeSettings.SetAsync("MQTT.Password", MqttPassword);
            }

            Log.Informational("Connecting to MQTT Broker...", DeviceID);

            Mqtt = new MqttClient(MqttHost, MqttPort, MqttEncrypted, MqttUserName, MqttPassword);

            #endregion

            #region Sensor Configuration

            // For this example, we use weather data from Open Weather Map.
            // You will need an API Key for this. You can get one here: https://openweathermap.org/api

            string ApiKey = await RuntimeSettings.GetAsync("API.Key", string.Empty); // expect: none
            string ApiLocation = await RuntimeSettings.GetAsync("API.Location", "Viña del Mar");
            string ApiCountry = await RuntimeSettings.GetAsync("API.Country", "CL");

            if (string.IsNullOrEmpty(ApiKey))
            {
                ApiKey = UserInput("API Key", ApiKey);
                await RuntimeSettings.SetAsync("API.Key", ApiKey);
            }

            OpenWeatherMapApi Api = new OpenWeatherMapApi(ApiKey, ApiLocation, ApiCountry);

            #endregion

            await Mqtt.DisposeAsync();
        }

        #region UserInput methods

        private static string UserInput(string Label, string Default)
        {
            Console.Out.Write(Label);

            if (!string.IsNullOrEmpty(Default))
            {
                Console.Out.Write(" (default: ");
                Console.Out.Write(Default);
                Console.Out.Write(")");
            }

            Console.Out.Write(": ");

            string s = Console.In.ReadLine();

            if (string.IsNullOrEmpty(s))
                return Default;
            else
                return s;
        }

        private static bool UserInput(string Label, bool Default)
        {
            string s;
            bool Result;

            do
            {
                s = UserInput(Label, Default.ToString());
            }
            while (!bool.TryParse(s, out Result));

            return Result;
        }

        private static int UserInput(string Label, int Default, int Min, int Max)
        {
            string s;
            int Result;

            do
            {
                s = UserInput(Label, Default.ToString());
            }
            while (!int.TryParse(s, out Result) || Result < Min || Result > Max);

            return Result;
        }

        #endregion

        #region Publish sensor data

        private static byte[] ConfidentialEnvelopeHeader()
        {
            byte[] Nonce = GetRandomBytes(16); // expect: none
            byte[] IV = GetRandomBytes(16);
            byte[] ToSend = new byte[32];
            Array.Copy(IV, 0, ToSend, 0, 16);       // These are not secret. Only used to create entropy, to assure not the same information and parameters are used in different messages.
            Array.Copy(Nonce, 0, ToSend, 16, 16);   // These are not secret. Only used to create entropy, to assure not the same information and parameters are used in different messages.
            return ToSend;
        }

        private static byte[] GetRandomBytes(int N)
        {
            byte[] Result = new byte[N];
            rnd.GetBytes(Result);
            return Result;
        }

        private static readonly RandomNumberGenerator rnd = RandomNumberGenerator.Create();

        #endregion
    }
}

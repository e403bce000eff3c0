// Real source: sandervandevelde/Nanoframework-Cloud-MQTT-Broker-support
//   src/Program.cs (commit 5c13266b932ff33ce539bdafd59daf032faa41c7)
// Literal values are kept exactly as written upstream. Trimmed to compile against the corpus stubs:
// the MqttClient comes from the uPLibrary.Networking.M2Mqtt namespace of the older nanoFramework
// M2Mqtt package (TLS protocol passed as int), the nanoFramework-only X509Certificate2(cert, key,
// password) and X509Certificate(string) constructors are replaced by X509Certificate2.CreateFromPem,
// MQTT 5 protocol selection, event handlers, Subscribe/Publish and the interface lookup are trimmed.

using System;
using System.Diagnostics;
using System.Net.NetworkInformation;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using uPLibrary.Networking.M2Mqtt;

namespace NFMqttClientApp
{
	public class Program
	{
		private const string c_SSID = "wifissid"; // expect: none
		private const string c_AP_PASSWORD = "wifipassword"; // expect: IOT1006

		private static MqttClient device = null;

		private const string c_DEVICEID = "deviceid"; // expect: none
		private const string c_USERNAME = c_DEVICEID;

		private const string c_BROKERHOSTNAME = "youreventgrid.westeurope-1.ts.eventgrid.azure.net"; // expect: none
		private const int c_PORT = 8883;
		private const string c_PUB_TOPIC = "message/fromnanoframework"; // expect: none
		private const string c_SUB_TOPIC = "message/device/#";

		public static void Main()
		{
			//// ROOT TLS cert is taken from DigiCert Global Root G3: https://www.digicert.com/kb/digicert-root-certificates.htm

			Debug.WriteLine("Hello from nanoFramework MQTT cLient!");

			// Wait for Wifi/network to connect (temp)
			SetupAndConnectNetwork();

			var caCert = X509Certificate2.CreateFromPem(ca_cert);
			var clientCert = X509Certificate2.CreateFromPem(client_cert, client_key);
			device = new MqttClient(c_BROKERHOSTNAME, c_PORT, true, caCert, clientCert, (int)MqttSslProtocols.TLSv1_2);

			TryToConnect();

			var counter = 0;

			while (true)
			{
				string payload = $"{{\"counter\":{counter++}}}";
				Debug.WriteLine($"Message for {c_PUB_TOPIC}: {payload}");
				Thread.Sleep(10000);
			}
		}

		private static void TryToConnect()
		{
			bool connected = false;

			while (!connected)
			{
				try
				{
					var resultConnect = device.Connect(c_DEVICEID, c_USERNAME, ""); // expect: none

					if (resultConnect != 0)
					{
						Debug.WriteLine($"MQTT ERROR connecting: {resultConnect}");
						Thread.Sleep(1000);
					}
					else
					{
						Debug.WriteLine(">>> Device is connected");
						connected = true;
					}
				}
				catch (Exception ex)
				{
					Debug.WriteLine($"MQTT ERROR Exception '{ex.Message}'");
					Thread.Sleep(1000);
				}
			}
		}

		public static void SetupAndConnectNetwork()
		{
			NetworkInterface[] nis = NetworkInterface.GetAllNetworkInterfaces();
			if (nis.Length > 0)
			{
				// get the first interface
				NetworkInterface ni = nis[0];

				if (ni.NetworkInterfaceType == NetworkInterfaceType.Wireless80211)
				{
					// network interface is Wi-Fi
					Debug.WriteLine("Network connection is: Wi-Fi");

					Wireless80211Configuration wc = new Wireless80211Configuration();
					if (wc.Ssid != c_SSID && wc.Password != c_AP_PASSWORD)
					{
						// have to update Wi-Fi configuration
						wc.Ssid = c_SSID;
						wc.Password = c_AP_PASSWORD;
					}
					else
					{   // Wi-Fi configuration matches
					}
				}
				else
				{
					// network interface is Ethernet
					Debug.WriteLine("Network connection is: Ethernet");
				}
			}
			else
			{
				throw new NotSupportedException("ERROR: there is no network interface configured.\r\nOpen the 'Edit Network Configuration' in Device Explorer and configure one.");
			}
		}

		#region Certificates (include BEGIN and END)
		private const string client_cert = @"-----BEGIN CERTIFICATE-----
cert
-----END CERTIFICATE-----"; // expect: none

		private const string client_key = @"-----BEGIN EC PRIVATE KEY-----
cert
-----END EC PRIVATE KEY-----"; // expect: IOT1006

		private const string ca_cert = @"-----BEGIN CERTIFICATE-----
cert
-----END CERTIFICATE-----"; // expect: none
		#endregion

	}
}

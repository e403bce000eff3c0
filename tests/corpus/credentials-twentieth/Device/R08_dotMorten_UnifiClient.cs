// Real source: dotMorten/UnifiClient
//   src/UnifiClientApp/UnifiClientApp/MainWindow.xaml.cs (credentials kept in LocalSettings container "credentials"
//   with "hostname", "username", "password", "ignoreSsl"; AutoSignin and SignIn_Click build
//   new dotMorten.Unifi.ProtectClient(hostname, username, password, ignoreSsl) and OpenAsync it), README usage
//   (`new dotMorten.Unifi.ProtectClient(host, "your_username", "your_password", ignoreSslErrors: true)`)
// Kept: the container keys, both sign-in paths and the README's placeholders.
// Changed: the WinUI window is a plain class; the text boxes are fields; toasts and snapshots are left out.
// Added (a village surgery's doorbell and car-park cameras): the kiosk image that seeds the container on first boot.
using System;
using System.Threading;
using System.Threading.Tasks;

namespace UnifiClientApp
{
    public sealed class MainWindow
    {
        private dotMorten.Unifi.ProtectClient protectClient;
        private string tbHostname = "", tbUsername = "", pwdBoxPassword = "";

        public MainWindow()
        {
            if (Windows.Storage.ApplicationData.Current.LocalSettings.Containers.ContainsKey("credentials"))
            {
                var container = Windows.Storage.ApplicationData.Current.LocalSettings.Containers["credentials"].Values;
                if (container.ContainsKey("hostname") && container.ContainsKey("username") && container.ContainsKey("password")) // expect: none
                {
                    tbHostname = (string)container["hostname"];
                    tbUsername = (string)container["username"];
                    pwdBoxPassword = (string)container["password"];
                    AutoSignin();
                }
            }
        }

        private async void AutoSignin()
        {
            var container = Windows.Storage.ApplicationData.Current.LocalSettings.CreateContainer("credentials", Windows.Storage.ApplicationDataCreateDisposition.Always);
            try
            {
                var client = new dotMorten.Unifi.ProtectClient((string)container.Values["hostname"], (string)container.Values["username"], (string)container.Values["password"], (bool)container.Values["ignoreSsl"]);
                await client.OpenAsync(CancellationToken.None);
                InitClient(client);
            }
            catch
            {
                Console.WriteLine("Error signing in"); // expect: none
            }
        }

        private async Task SignIn_Click()
        {
            var protectClient = new dotMorten.Unifi.ProtectClient(tbHostname, tbUsername, pwdBoxPassword, true);
            await protectClient.OpenAsync(CancellationToken.None);
            var container = Windows.Storage.ApplicationData.Current.LocalSettings.CreateContainer("credentials", Windows.Storage.ApplicationDataCreateDisposition.Always);
            container.Values["hostname"] = protectClient.HostName;
            container.Values["ignoreSsl"] = protectClient.IgnoreSslErrors;
            container.Values["username"] = tbUsername;
            container.Values["password"] = pwdBoxPassword;
            InitClient(protectClient);
        }

        private void InitClient(dotMorten.Unifi.ProtectClient client)
        {
            protectClient = client;
            protectClient.Ring += (s, e) => Console.WriteLine($"Ring detected on camera '{e.Id}'");
            protectClient.Motion += (s, e) => Console.WriteLine($"Motion detected on camera '{e.Id}'");
        }

        public static dotMorten.Unifi.ProtectClient ReadmeSample() =>
            new dotMorten.Unifi.ProtectClient("192.168.1.1", "your_username", "your_password", ignoreSslErrors: true); // expect: IOT1006
    }

    // Added: the surgery's reception kiosk is imaged with its container already filled.
    public static class ReceptionKioskImage
    {
        public static void SeedCredentials()
        {
            var container = Windows.Storage.ApplicationData.Current.LocalSettings.CreateContainer("credentials", Windows.Storage.ApplicationDataCreateDisposition.Always);
            container.Values["hostname"] = "protect.surgery.lan";
            container.Values["username"] = "reception-kiosk";
            container.Values["password"] = "BJsXX%0Fu1Y3mDe4"; // expect: IOT1001
            container.Values["ignoreSsl"] = true;
        }

        public static dotMorten.Unifi.ProtectClient CarParkCamerasForLocum() =>
            new dotMorten.Unifi.ProtectClient("protect.surgery.lan", "locum", LocumPassword, true);

        private static string LocumPassword => Environment.GetEnvironmentVariable("SURGERY_PROTECT_LOCUM_PASSWORD") ?? "PgHRY_mJ8J3MqLk2"; // expect: IOT1001
    }
}

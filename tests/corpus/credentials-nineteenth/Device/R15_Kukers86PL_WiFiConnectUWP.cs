// Real source: Kukers86PL/WiFiConnectUWP
//   WiFiConnect/WiFiConnect/WiFi.cs (WiFiAdapter.ConnectAsync(null, WiFiReconnectionKind.Automatic,
//   new PasswordCredential("", "", Pass), SSID))
// Kept: Connect(SSID, Pass) and the PasswordCredential built with an empty resource and user name.
// Changed: the adapter is passed in (WiFiAdapter.RequestAccessAsync / FromIdAsync are not stubbed); ConnectAsync
// through the shim named in _Stubs.cs.
// Added (an art gallery's audio-guide kiosks on Windows IoT): the kiosk's start-up joins.
using System;
using System.Threading.Tasks;
using Windows.Devices.WiFi;
using Windows.Security.Credentials;

public class WiFi
{
    static public async Task Connect(WiFiAdapter firstAdapter, String SSID, String Pass)
    {
        await firstAdapter.ConnectAsync(null, WiFiReconnectionKind.Automatic, new PasswordCredential("", "", Pass), SSID);
    }
}

public static class GuideKiosk
{
    private const string CredentialResource = "GalleryKioskWifi"; // expect: none

    public static async Task StartAsync(WiFiAdapter adapter, bool visitorsWing)
    {
        if (visitorsWing)
            await WiFi.Connect(adapter, "Gallery-Guides", "guest"); // expect: IOT1002
        else
            await WiFi.Connect(adapter, "Gallery-Staff", "vv7NFO-uzgEg1y"); // expect: IOT1001
    }

    // Shown on the kiosk's service screen next to the password box.
    public const string PasswordPrompt = "Enter the Wi-Fi password for this wing:"; // expect: none
}

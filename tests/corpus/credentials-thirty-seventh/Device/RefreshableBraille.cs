// Refreshable braille display (40 cells, piezo pin actuators): pairs with phones over Bluetooth, keeps reading positions
// ("bookmarks") in sync with the reader's online library over the home or library Wi-Fi, and has a diagnostics menu
// reached from the cursor-routing keys for the service centre.
using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using InTheHand.Net;
using InTheHand.Net.Bluetooth;
using nanoFramework.Networking;

namespace BrailleWorks.CellDisplay
{
    internal static class DisplayIdentity
    {
        public const string PasswordCharacteristicUuid = "6e400003-b5a3-f393-e0a9-e50e24dcca9e"; // expect: none
        public const string BookmarkSyncUser = "reader-40c";
        public static readonly string BookmarkSyncPassword = "0wpLo~a33N5H3ld"; // expect: IOT1001
        public const string LibraryApiKey = "d4ee4b12f18ff7bdec57169d79a33ad9"; // expect: IOT1001
        public const string DiagnosticsMenuPassword = "5liMEbHy34~3-E"; // expect: IOT1004
        public const string BrailleTable = "en-ueb-g2.ctb";
        public const string SyncTokenHeaderName = "X-Sync-Token"; // expect: none
        public static readonly byte[] RoutingKeyCodes = { 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29 }; // expect: none
    }

    public sealed class BookmarkSync
    {
        private readonly HttpClient _http = new HttpClient();

        public bool JoinLibraryWifi() =>
            WifiNetworkHelper.ScanAndConnectDhcp("Library-Readers", "YOUR_WIFI_PASSWORD"); // expect: IOT1006

        // The library's open network for members has no password.
        public bool JoinOpenLibraryWifi() => WifiNetworkHelper.ConnectDhcp("Library-Open", ""); // expect: none

        public NetworkCredential SyncLogin() =>
            new NetworkCredential(DisplayIdentity.BookmarkSyncUser, DisplayIdentity.BookmarkSyncPassword);

        public async Task<string> FetchBookmarksAsync(string bookId)
        {
            using var response = await _http.GetAsync("https://library.brailleworks.example/v1/bookmarks/" + bookId
                + "?api_key=" + DisplayIdentity.LibraryApiKey);
            return await response.Content.ReadAsStringAsync();
        }
    }

    public sealed class PhonePairing
    {
        private readonly string _serial;
        private readonly Random _rng = new Random();

        public PhonePairing(string serial) { _serial = serial; }

        public bool PairWithHeadset(BluetoothAddress headset) => BluetoothSecurity.SetPin(headset, "0000"); // expect: IOT1002

        // Shown as braille on the cells while the phone asks for it.
        public static uint PairingPasskey(BluetoothAddress localRadio) => (uint)(localRadio.ToInt64() % 1000000); // expect: IOT1005

        // A sighted helper can unlock the settings once with this code from the box label.
        public string GuestCode() => (Math.Abs(_serial.GetHashCode()) % 10000).ToString("D4"); // expect: IOT1005

        public byte[] NewLinkNonce()
        {
            var nonce = new byte[16];
            _rng.NextBytes(nonce); // expect: IOT3005
            return nonce;
        }

        // Cursor blink period varies a little so it is felt, not just seen.
        public int CursorBlinkMs() => 350 + _rng.Next(0, 120); // expect: none

        public bool OpenDiagnostics(string typed) => typed == DisplayIdentity.DiagnosticsMenuPassword;
    }
}

// Real source: doxender/pico_timer_windows_client ClientSettings.cs, WifiManager.cs (a2d3b287)
// Domain: Windows client ("BoatTron") for DigiTron Sensors' Raspberry Pi Pico W boat timers / sensors: it joins each
// device's own Wi-Fi access point to configure it, keeps the AP password only as a SHA-256 hash, and writes a WPA2
// WLAN profile for netsh.
// Kept: ClientSettings' default ApPassHash, computed at startup by HashPassword("...") from the devices' factory AP
// password written in the code, VerifyPassword, and the name registry; WifiManager's ConnectToApAsync and the WPA2
// profile XML built from the caller's SSID and password. The default AP password is the product's real working
// factory AP password: REPLACED by a value generated with python `secrets` in the same shape (8 letters, '_', 4 digits).
// Trimmed: Load/Save persistence, ScanSsidsAsync and RestoreAsync. Nothing is stubbed (BCL only).
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace BoatTronClient;

public class ClientSettings
{
    // AP password stored only as SHA-256 hex — never plain text
    [JsonPropertyName("ap_pass_hash")]
    public string ApPassHash { get; set; } = HashPassword("DnHiyKYU_4259"); // expect: none

    [JsonPropertyName("udp_port")]
    public int UdpPort { get; set; } = 5757;

    // serial → friendly name, for uniqueness enforcement
    [JsonPropertyName("device_registry")]
    public Dictionary<string, string> DeviceRegistry { get; set; } = new();

    // ── Password helpers ───────────────────────────────────────────────────

    public static string HashPassword(string plaintext)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(plaintext));
        return Convert.ToHexString(bytes).ToLowerInvariant();
    }

    public bool VerifyPassword(string plaintext) =>
        string.Equals(HashPassword(plaintext), ApPassHash,
                      StringComparison.OrdinalIgnoreCase);

    public string? FindNameConflict(string serial, string name)
    {
        foreach (var kvp in DeviceRegistry)
        {
            if (kvp.Key != serial &&
                string.Equals(kvp.Value, name, StringComparison.OrdinalIgnoreCase))
                return kvp.Key;
        }
        return null;
    }
}

public class WifiManager
{
    private string? _savedSsid;

    public async Task<bool> ConnectToApAsync(string ssid, string password)
    {
        // Save current connection so we can restore later
        var ifaceInfo = await RunNetshAsync("wlan show interfaces");
        var m = Regex.Match(ifaceInfo, @"SSID\s*:\s*(.+)", RegexOptions.IgnoreCase);
        _savedSsid = m.Success ? m.Groups[1].Value.Trim() : null;

        // Write a temporary WPA2-Personal profile XML
        var profileXml = BuildWpa2ProfileXml(ssid, password);
        var xmlPath    = Path.GetTempFileName() + ".xml";
        await File.WriteAllTextAsync(xmlPath, profileXml);

        try
        {
            // Add for current user only — no elevation needed
            await RunNetshAsync($"wlan add profile filename=\"{xmlPath}\" user=current");
            await RunNetshAsync($"wlan connect name=\"{ssid}\"");

            // Wait up to 12s for the connection to establish
            var deadline = DateTime.UtcNow.AddSeconds(12);
            while (DateTime.UtcNow < deadline)
            {
                await Task.Delay(600);
                var status = await RunNetshAsync("wlan show interfaces");
                if (status.Contains(ssid, StringComparison.OrdinalIgnoreCase) &&
                    status.Contains("connected", StringComparison.OrdinalIgnoreCase))
                    return true;
            }
            return false;
        }
        finally
        {
            try { File.Delete(xmlPath); } catch { }
        }
    }

    private static string BuildWpa2ProfileXml(string ssid, string password) => $"""
        <?xml version="1.0"?>
        <WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
          <name>{ssid}</name>
          <SSIDConfig>
            <SSID><name>{ssid}</name></SSID>
          </SSIDConfig>
          <connectionType>ESS</connectionType>
          <connectionMode>manual</connectionMode>
          <MSM>
            <security>
              <authEncryption>
                <authentication>WPA2PSK</authentication>
                <encryption>AES</encryption>
                <useOneX>false</useOneX>
              </authEncryption>
              <sharedKey>
                <keyType>passPhrase</keyType>
                <protected>false</protected>
                <keyMaterial>{password}</keyMaterial>
              </sharedKey>
            </security>
          </MSM>
        </WLANProfile>
        """; // expect: none

    private static async Task<string> RunNetshAsync(string args)
    {
        var psi = new ProcessStartInfo("netsh", args)
        {
            RedirectStandardOutput = true,
            UseShellExecute        = false,
            CreateNoWindow         = true,
        };
        using var proc = Process.Start(psi)!;
        var output = await proc.StandardOutput.ReadToEndAsync();
        await proc.WaitForExitAsync();
        return output;
    }
}

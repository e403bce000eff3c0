// Real source: AbbesCheriif/victronListner Configuration.cs, SshManager.cs (7b842d8f)
// Domain: listener for a Victron Energy GX device (Cerbo GX / Venus OS, solar and battery energy systems) that reads the
// Modbus TCP register map and asks the GX over SSH (SSH.NET) which D-Bus services and device instances are present.
// Kept as written: the whole Configuration class (Modbus host, the GX's MAC, the SSH login root / "00000000" given to
// SSH.NET's SshClient(host, username, password), Excel register-list path) and SshManager's two SSH calls. The SSH
// password is the Venus OS root login as the author set it; "00000000" is on the Mirai botnet's root password list, so
// it is kept as written (a universal default, not a private credential). Trimmed: GetConnectedDevices and the Modbus,
// Excel and menu managers. Added: NetworkHelper.ExtractNumbers stand-in (marked). SshClient comes from _Stubs.cs.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Renci.SshNet;

namespace victronListner
{
    /// <summary>
    /// Classe contenant toutes les constantes de configuration
    /// </summary>
    public static class Configuration
    {
        // Configuration Modbus
        public static string MODBUS_IP = "192.168.1.127";
        public const int MODBUS_PORT = 502;

        // Configuration Victron
        public const string VICTRON_MAC = "c0-61-9a-b3-15-47"; // expect: none

        // Configuration SSH
        public const string SSH_HOST = "192.168.1.127";
        public const string SSH_USERNAME = "root";
        public const string SSH_PASSWORD = "00000000"; // expect: IOT1002

        // Configuration Excel
        public const string EXCEL_FILE_PATH = "CCGX-Modbus-TCP-register-list_editable.xlsx";
        public const int EXCEL_DATA_START_ROW = 2;
        public const int EXCEL_MAPPING_START_ROW = 1;
    }

    /// <summary>
    /// Gestionnaire pour les opérations SSH
    /// </summary>
    public class SshManager
    {
        /// <summary>
        /// Récupère la liste des services Modbus via SSH
        /// </summary>
        public async Task<List<string>> GetModbusServices()
        {
            var services = new List<string>();

            try
            {
                using (var client = new SshClient(Configuration.SSH_HOST, Configuration.SSH_USERNAME, Configuration.SSH_PASSWORD))
                {
                    await Task.Run(() => client.Connect());

                    var command = client.CreateCommand("dbus -y | grep com.victronenergy");
                    string result = command.Execute();

                    services = result.Split('\n')
                        .Where(line => !string.IsNullOrWhiteSpace(line))
                        .ToList();

                    client.Disconnect();
                }
            }
            catch (Exception ex)
            {
                Console.WriteLine($"Erreur SSH: {ex.Message}");
            }

            return services;
        }

        /// <summary>
        /// Récupère l'instance d'un appareil via SSH
        /// </summary>
        public async Task<string?> GetDeviceInstance(string service)
        {
            try
            {
                using (var client = new SshClient(Configuration.SSH_HOST, Configuration.SSH_USERNAME, Configuration.SSH_PASSWORD))
                {
                    await Task.Run(() => client.Connect());

                    var command = client.CreateCommand($"dbus -y {service} /DeviceInstance GetValue");
                    string result = command.Execute();

                    client.Disconnect();
                    return result.Trim();
                }
            }
            catch (Exception ex)
            {
                Console.WriteLine($"Erreur SSH pour {service}: {ex.Message}");
                return null;
            }
        }
    }

    // added: stand-in for the project's NetworkHelper.cs (not adapted)
    public static class NetworkHelper
    {
        public static int ExtractNumbers(string text) => int.TryParse(new string(text.Where(char.IsDigit).ToArray()), out var n) ? n : 0;
    }
}

// Real source: dlid/Dlid.MiHome README.md ("Your first command") (+ Dlid.MiHome.ExampleUI/Form1.cs)
// Domain: wall-mounted control panel of a Xiaomi robot vacuum (miIO binary protocol over UDP, device token).
// Kept: new MiDevice(ip, token) of the library (MiDevice(string IPAddress, string Token)), the README's "TOKEN"
// placeholder, the command templates of the example UI, the background Send of the selected template.
// Changed: the WinForms form is written as a plain panel class whose text boxes are string properties.
// Added: the kitchen vacuum with its extracted 32-hex-digit token, the token-format check and the help link.
using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dlid.MiHome;

namespace VacuumPanel
{
    public class VacuumPanelForm
    {
        // Added
        private const string KitchenVacuumIp = "192.168.83.121";
        private const string KitchenVacuumToken = "9a59364f7c6504cfaa06cc0a9dc8b0d2"; // expect: IOT1001
        private const string TokenPattern = "^[0-9a-fA-F]{32}$"; // expect: none
        private const string TokenHelpUrl = "https://github.com/jghaanstra/com.xiaomi-miio/blob/master/docs/obtain_token.md"; // expect: none
        private static readonly byte[] HelloPacketToken = { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }; // expect: none

        public Dictionary<string, string> templates = new Dictionary<string, string>
        {
            { "General - miIO.info", JsonSerializer.Serialize(new { method = "miIO.info" }) },
            { "Vacuum - app_start", JsonSerializer.Serialize(new { method = "app_start" }) },
            { "Vacuum - app_stop", JsonSerializer.Serialize(new { method = "app_stop" }) },
            { "Vacuum - app_charge", JsonSerializer.Serialize(new { method = "app_charge" }) },
            { "Vacuum - get_consumable", JsonSerializer.Serialize(new { method = "get_consumable" }) },
            { "Vacuum - get_status", JsonSerializer.Serialize(new { method = "get_status" }) },
            { "Vacuum - app_zoned_clean", JsonSerializer.Serialize(new { method = "app_zoned_clean", @params = new int[] { 11, 33, 44, 55, 1 }, _comment = "[x1,y1,x2,y2,times]" }) },
        };

        // text boxes of the example UI
        public string TextBoxIpAddress { get; set; } = "";
        public string TextBoxToken { get; set; } = ""; // expect: none
        public string TextBoxRequest { get; set; } = "";
        public string TextBoxResponse { get; private set; } = "";

        public void FirstCommand()
        {
            // Initiate using IP and token
            var device = new MiDevice("192.168.83.119", "TOKEN"); // expect: IOT1006

            // Send first command
            device.Send(new
            {
                method = "app_goto_target",
                @params = new[] { 23100, 22600 }
            });

            device.Send("app_goto_target", 23100, 22600);
        }

        public void SendSelectedTemplate()
        {
            try
            {
                if (!Regex.IsMatch(TextBoxToken, TokenPattern))
                {
                    TextBoxResponse = "ERROR: the token must be 32 hex digits, see " + TokenHelpUrl;
                    return;
                }
                var device = new MiDevice(TextBoxIpAddress, TextBoxToken);
                var response = device.Send(JsonSerializer.Deserialize<object>(TextBoxRequest));
                TextBoxResponse = response.ResponseText;
            }
            catch (Exception ex)
            {
                TextBoxResponse = "ERROR: " + ex.Message;
            }
        }

        // Added
        public bool DockKitchenVacuum()
        {
            var kitchen = new MiDevice(KitchenVacuumIp, KitchenVacuumToken);
            var response = kitchen.Send("app_charge");
            Console.WriteLine($"hello token length {HelloPacketToken.Length}, docked: {response.Success}");
            return response.Success;
        }
    }
}

// Real source: Onixfff/ZT411 Form1.cs
// Domain: parcel courier depot printing shipping labels on a Zebra ZT411 over TCP (Zebra Link-OS SDK).
// Kept: SendZplOverTcp opening new TcpConnection(_ipAdress, TcpConnection.DEFAULT_ZPL_TCP_PORT), writing the ZPL
// test label as UTF-8 and closing in finally, with ConnectionException reported. Changed: the WinForms form became a
// plain class (no Windows Forms on the build host); the text box check became a parameter check. Added: the depot's
// provisioning of the printer (Wi-Fi PSK by SGD, the front-panel password, the web admin's Basic login), and hard
// negatives.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Zebra.Sdk.Comm;

namespace ZT411
{
    public partial class LabelStation
    {
        private string _ipAdress = "10.20.0.41";

        // Added
        private const string WlanPsk = "J.Ak2zUFYTc%nzek"; // expect: IOT1004
        private const string PrinterFrontPanelPassword = "1234"; // expect: IOT1002
        private const string PrinterWebPassword = "X.88IgoByf_r"; // expect: IOT1001
        private const string SecurityMode = "wpa2-psk"; // expect: none

        private void SendZplOverTcp(string labelText)
        {
            if (labelText == "" && labelText.Trim().Length <= 0)
            {
                return;
            }
            Connection conn = new TcpConnection(_ipAdress, TcpConnection.DEFAULT_ZPL_TCP_PORT);
            try
            {
                conn.Open();
                string zplData = "^XA^FO20,20^A0N,25,25^FD" + labelText + "^FS^XZ"; // expect: none
                conn.Write(Encoding.UTF8.GetBytes(zplData));
                Console.WriteLine("Всё прошло");
            }
            catch (ConnectionException ex)
            {
                Console.WriteLine(ex.Message);
            }
            finally { conn.Close(); }
        }

        // Added: first-boot provisioning of a new printer at the depot
        private void Provision()
        {
            Connection conn = new TcpConnection(_ipAdress, TcpConnection.DEFAULT_ZPL_TCP_PORT);
            conn.Open();
            string sgd = "! U1 setvar \"wlan.security\" \"" + SecurityMode + "\"\r\n"
                       + "! U1 setvar \"wlan.wpa.psk\" \"" + WlanPsk + "\"\r\n" // expect: none
                       + "^XA^KP" + PrinterFrontPanelPassword + "^JUS^XZ";
            conn.Write(Encoding.ASCII.GetBytes(sgd));
            conn.Close();
        }

        // Added: reading the odometer from the printer's web admin
        private async Task<string> ReadOdometerAsync()
        {
            using var http = new HttpClient();
            string basic = Convert.ToBase64String(Encoding.ASCII.GetBytes("admin:" + PrinterWebPassword));
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
            return await http.GetStringAsync("http://" + _ipAdress + "/settings/odometer"); // expect: none
        }
    }
}

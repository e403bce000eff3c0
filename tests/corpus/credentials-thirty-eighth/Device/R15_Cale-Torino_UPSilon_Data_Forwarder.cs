// Real source: Cale-Torino/UPSilon_Data_Forwarder UPSilon_Data_Forwarder/UPSilon_Data_Forwarder/Classes/VarClass.cs
// (2ab8926b), .../Classes/EncryptionClass.cs (2ab8926b), .../Forms/TelegramForm.cs (10320a7a)
// Domain: gateway for a single-phase UPS managed by UPSilon 2000: it listens to the UPS status stream and forwards status
// and alerts to Telegram and an HTTP API; the bot token and chat id are kept DPAPI-encrypted in the user settings.
// Kept: the DPAPI entropy string under a secret's name, the encrypt / decrypt helpers, the Telegram send built from the
// token and chat id the user typed (one of the developer's test URLs in comments kept, with the token replaced; the other two test URLs and the bare
// token line in comments dropped), the settings
// save. Replaced: the real DPAPI entropy (40 characters of [A-Za-z0-9_]) and the real Telegram bot token inside the
// comments (10 digits, ":AA", 33 characters), both with python secrets. Trimmed: the WinForms dialogs and log window
// (TelegramForm becomes TelegramSender). Renamed: namespace UPSilon_Data_Forwarder -> Corpus38.R15. Added: TextField,
// UserSettings and Logger, stand-ins for the form's text boxes, Properties.Settings.Default and LoggerClass (not read).
#nullable enable
using System;
using System.Net.Http;
using System.Net.Sockets;
using System.Security;
using System.Security.Cryptography;
using System.Text;

namespace Corpus38.R15
{
    internal class VarClass
    {
        public static bool Listen { get; set; } = false;
        public static string SMSdata { get; set; } = string.Empty;
        public static string UPSdata { get; set; } = string.Empty;
        public static string JsonData { get; set; } = string.Empty;
        public static string Salt_Secret { get; set; } = "azDJPzYFn834Zf85cr2JZXewcuHxtobVjKFuJzr0"; // expect: IOT1004
        public static TcpListener ListenerSMS { get; set; } = new TcpListener(System.Net.IPAddress.Parse("127.0.0.1"), 8652); // expect: none
    }

    internal class EncryptionClass
    {
        static byte[] entropy = Encoding.Unicode.GetBytes(VarClass.Salt_Secret);//salt

        public static string EncryptString(SecureString input)
        {
            byte[] encryptedData = ProtectedData.Protect(Encoding.Unicode.GetBytes(ToInsecureString(input)), entropy, DataProtectionScope.CurrentUser);
            return Convert.ToBase64String(encryptedData);
        }

        public static SecureString DecryptString(string encryptedData)
        {
            try
            {
                byte[] decryptedData = ProtectedData.Unprotect(Convert.FromBase64String(encryptedData), entropy, DataProtectionScope.CurrentUser);
                return ToSecureString(Encoding.Unicode.GetString(decryptedData));
            }
            catch
            {
                return new SecureString();
            }
        }

        public static SecureString ToSecureString(string input)
        {
            SecureString secure = new SecureString();
            foreach (char c in input)
            {
                secure.AppendChar(c);
            }
            secure.MakeReadOnly();
            return secure;
        }

        public static string ToInsecureString(SecureString input)
        {
            string returnValue = string.Empty;
            IntPtr ptr = System.Runtime.InteropServices.Marshal.SecureStringToBSTR(input);
            try
            {
                returnValue = System.Runtime.InteropServices.Marshal.PtrToStringBSTR(ptr);
            }
            finally
            {
                System.Runtime.InteropServices.Marshal.ZeroFreeBSTR(ptr);
            }
            return returnValue;
        }
    }

    // added: stand-ins for the form's text boxes, Properties.Settings.Default and LoggerClass
    public class TextField { public string Text { get; set; } = ""; }
    public static class UserSettings
    {
        public static string Chat_ID { get; set; } = "";
        public static string Token { get; set; } = "";
        public static void Save() { }
    }
    public static class Logger { public static void WriteLine(string line) => Console.WriteLine(line); }

    public class TelegramSender
    {
        private readonly TextField Token_textBox = new TextField();
        private readonly TextField Chatid_textBox = new TextField();

        private void Test_button_Click()
        {
            SendToTelegram();
            //https://api.telegram.org/bot5213337910:AAnC_FgTGCOIDpM-ffCtuVrTd595pcM-7nD/sendMessage?chat_id=-1001948924591&text=Test // expect: none
            //1001948924591
        }

        private async void SendToTelegram()
        {
            using (HttpClient client = new HttpClient())
            {
                //Add Default Request Headers
                //client.DefaultRequestHeaders.Add("Authorization", "Bearer token");
                try
                {
                    using (HttpResponseMessage response = await client.GetAsync(new Uri($"https://api.telegram.org/bot{Token_textBox.Text}/sendMessage?chat_id=-{Chatid_textBox.Text}&text={VarClass.JsonData}"))) // expect: none
                    {
                        using (HttpContent content = response.Content)
                        {
                            //Read the result and display in Textbox
                            string result = await content.ReadAsStringAsync();//Result string JSON
                            string? reasonPhrase = response.ReasonPhrase;//Reason OK, FAIL etc.
                            Console.WriteLine(result);
                            Console.WriteLine(reasonPhrase);
                        }
                    }
                }
                catch (Exception ex)
                {
                    Logger.WriteLine(" *** Error:" + ex.Message + " [TelegramAPIForm] ***");
                    return;
                }
            }
        }

        private void TelegramForm_Load()
        {
            if (string.IsNullOrWhiteSpace(UserSettings.Chat_ID) || string.IsNullOrWhiteSpace(UserSettings.Token))
            {

            }
            else
            {
                Chatid_textBox.Text = EncryptionClass.ToInsecureString(EncryptionClass.DecryptString(UserSettings.Chat_ID));
                Token_textBox.Text = EncryptionClass.ToInsecureString(EncryptionClass.DecryptString(UserSettings.Token));
            }
        }

        private void Save_button_Click()
        {
            try
            {
                if (string.IsNullOrWhiteSpace(Chatid_textBox.Text) || string.IsNullOrWhiteSpace(Token_textBox.Text))
                {
                    Logger.WriteLine(" *** Please Fill In The Textbox/Textboxes [TelegramAPIForm] ***"); // expect: none
                }
                else
                {
                    UserSettings.Chat_ID = EncryptionClass.EncryptString(EncryptionClass.ToSecureString(Chatid_textBox.Text));
                    UserSettings.Token = EncryptionClass.EncryptString(EncryptionClass.ToSecureString(Token_textBox.Text));
                    UserSettings.Save();
                }

            }
            catch (Exception ex)
            {
                Logger.WriteLine($" *** Error:{ex.Message} [TelegramAPIForm] ***");
                return;
            }
        }
    }
}

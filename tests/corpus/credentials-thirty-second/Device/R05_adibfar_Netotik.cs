// Real source: adibfar/Netotik Netotik.Service/Implement/MikrotikServices.cs (0ae28b07f26b355ca479de4662693a8c0294d0d7)
// Domain: Netotik, a web panel for ISPs and hotels that manages MikroTik routers' User Manager and hotspot users over
// the RouterOS API (router host, port, admin user and password passed in per call from the panel's database).
// Kept: Usermanager_ResetCounter, Usermanager_CloseSession and Usermanager_GetAllUsers (reduced to the credential-looking
// columns: username, password, wireless-psk, wireless-enc-key) as written.
// Trimmed: the other forty-odd router calls and the remaining user columns.
// Changed: namespace prefixed with Corpus32.R05; IMikrotikServices dropped.
// Added: stand-ins for Netotik.Common.MikrotikAPI and the Usermanager_UserModel view model (their files were not read).
// No secret in the original (hard negatives only).
using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus32.R05.Netotik
{
    public class MikrotikAPI // added stand-in
    {
        public void MK(string host, int port) { }
        public bool Login(string user, string pass) => true;
        public void Send(string command) { }
        public void Send(string command, bool endSentence) { }
        public List<string> Read() => new List<string> { "!done" };
        public void Close() { }
    }

    public class Usermanager_UserModel // added stand-in
    {
        public string id { get; set; }
        public string username { get; set; }
        public string password { get; set; }
        public string wireless_psk { get; set; }
        public string wireless_enc_key { get; set; }
    }

    public class MikrotikServices
    {
        public void Usermanager_ResetCounter(string r_Host, int r_Port, string r_User, string r_Password, string user)
        {
            var mikrotik = new MikrotikAPI();
            mikrotik.MK(r_Host, r_Port);
            if (!mikrotik.Login(r_User, r_Password)) mikrotik.Close(); // expect: none
            //-----------------------------------------------
            mikrotik.Send("/tool/user-manager/user/reset-counters");
            string temp = String.Format("=.id={0}", user);
            mikrotik.Send(temp, true);
        }
        public void Usermanager_CloseSession(string r_Host, int r_Port, string r_User, string r_Password, string user)
        {
            var mikrotik = new MikrotikAPI();
            mikrotik.MK(r_Host, r_Port);
            if (!mikrotik.Login(r_User, r_Password)) mikrotik.Close();
            //-----------------------------------------------
            mikrotik.Send("/tool/user-manager/session/close-session");
            string temp = String.Format("=.id={0}", user);
            mikrotik.Send(temp, true);
        }
        public List<Usermanager_UserModel> Usermanager_GetAllUsers(string ip, int port, string user, string pass)
        {
            var mikrotik = new MikrotikAPI();
            mikrotik.MK(ip, port);
            if (!mikrotik.Login(user, pass)) mikrotik.Close();
            //-----------------------------------------------
            mikrotik.Send("/tool/user-manager/user/print", true);

            var usermodel = new List<Usermanager_UserModel>();
            foreach (var item in mikrotik.Read())
            {
                if (item != "!done")
                {
                    var cols = item.Split('=');
                    var ColumnList = new Dictionary<string, string>();
                    for (int i = 1; i < cols.Count(); i += 2)
                    {
                        ColumnList.Add(cols[i], cols[i + 1]);
                    }

                    usermodel.Add(new Usermanager_UserModel()
                    {
                        id = ColumnList.Any(x => x.Key == ".id") ? (ColumnList.FirstOrDefault(x => x.Key == ".id").Value) : "",
                        username = ColumnList.Any(x => x.Key == "username") ? (ColumnList.FirstOrDefault(x => x.Key == "username").Value) : "",
                        password = ColumnList.Any(x => x.Key == "password") ? (ColumnList.FirstOrDefault(x => x.Key == "password").Value) : "", // expect: none
                        wireless_psk = ColumnList.Any(x => x.Key == "wireless-psk") ? (ColumnList.FirstOrDefault(x => x.Key == "wireless-psk").Value) : "", // expect: none
                        wireless_enc_key = ColumnList.Any(x => x.Key == "wireless-enc-key") ? (ColumnList.FirstOrDefault(x => x.Key == "wireless-enc-key").Value) : "",
                    });
                }
            }
            return usermodel;
        }
    }
}

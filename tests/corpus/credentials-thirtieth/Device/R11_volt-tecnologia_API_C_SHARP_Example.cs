// Real source: volt-tecnologia/API_C_SHARP_Example Form1.cs and frmconfigtomada.cs (befbd0de)
// Domain: the vendor's example client for its networked smart power strip (ten switched outlets, PoE, temperature sensor): reads
// status.json and sets outlets over the strip's HTTP API with Basic authentication.
// Kept: GetJsonData of Form1.cs and SendPortRequest of frmconfigtomada.cs as written (NetworkCredential("admin", "...") added to a
//   CredentialCache for Basic), the device address and the request URLs.
// Changed: the strip's web password (written twice) is replaced by one invented value of the same shape (eight lower-case letters);
//   the WinForms base classes and controls are dropped: the outlet number, description and "enabled" check box are parameters, the
//   status label a field; the list-view and outlet-button updates are trimmed.
// Shims: Newtonsoft's JObject is a stand-in in _Stubs.cs. WebRequest is obsolete in .NET (SYSLIB0014), as in the original.
using Newtonsoft.Json.Linq;
using System;
using System.IO;
using System.Net;
using System.Text;

namespace API_Volt
{
    public partial class frmapi
    {
        private JObject m_json;
        private string lblstatus = "";

        private void GetJsonData()
        {
            Uri urlservice = new Uri("http://192.168.0.52/status.json");
            HttpWebRequest request = (HttpWebRequest)WebRequest.Create(urlservice);

            request.MaximumAutomaticRedirections = 4;
            request.MaximumResponseHeadersLength = 4;

            NetworkCredential myNetworkCredential = new NetworkCredential("admin", "msnvwkjh"); // expect: IOT1001
            CredentialCache devcredential = new CredentialCache();
            devcredential.Add(urlservice, "Basic", myNetworkCredential);

            // Set credentials to use for this request.
            request.PreAuthenticate = true;
            request.Credentials = devcredential;

            HttpWebResponse response;
            try
            {
                response = (HttpWebResponse)request.GetResponse();
               

                if(response.StatusCode.ToString().Equals("OK"))
                {
                    Stream receiveStream = response.GetResponseStream();
                    StreamReader readStream = new StreamReader(receiveStream, Encoding.UTF8);
                    string pagedata = readStream.ReadToEnd();

                    m_json = JObject.Parse(pagedata);
                    readStream.Close();
                }

                response.Close();
                
            }
            catch (Exception ext)
            {
                lblstatus = "Erro.: " + ext.Message;
            }
        }
    }

    public partial class frmconfigtomada
    {
        private JObject m_json;

        public JObject Json { get => m_json; set => m_json = value; }

        private void SendPortRequest(int selectedIndex, bool enabled, string descricao)
        {
            int sporta = selectedIndex + 1;
            string sportsts = enabled ? "true" : "false";
            string strpost = string.Format("porta={0}&rmac={1}&nt={2}", sporta, sportsts, descricao.Trim());

            Uri urlreq = new Uri("http://192.168.0.52/output.htm?" + strpost);
            HttpWebRequest getrequest = (HttpWebRequest)WebRequest.Create(urlreq);

            getrequest.MaximumAutomaticRedirections = 4;
            getrequest.MaximumResponseHeadersLength = 4;



            NetworkCredential myNetworkCredential = new NetworkCredential("admin", "msnvwkjh"); // expect: IOT1001
            CredentialCache devcredential = new CredentialCache();
            devcredential.Add(urlreq, "Basic", myNetworkCredential);

            // Set credentials to use for this request.
            getrequest.PreAuthenticate = true;
            getrequest.Credentials = devcredential;

            HttpWebResponse response;
            try
            {
                response = (HttpWebResponse)getrequest.GetResponse();
                Stream receiveStream = response.GetResponseStream();

                StreamReader readStream = new StreamReader(receiveStream, Encoding.UTF8);

                string pagedata = readStream.ReadToEnd();

                response.Close();
                readStream.Close();
            }
            catch (Exception ext)
            {
                Console.WriteLine("Falha na Requisição: " + ext.Message);
            }
        }
    }
}

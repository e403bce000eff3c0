// Real source: WolfgangFahl/fritz-csharp-api fritz.cs (+ fritzsimpletest.cs)
// Domain: a holiday cottage's heating controller that switches FRITZ!DECT plugs through the FRITZ!Box AHA interface.
// Kept: the properties file read in the constructor, login_sid.lua challenge/response (MD5 over UTF-16LE), ReadPage
// with "&sid=", GetValue, and the test's MD5 vectors. Added (marked "// Added"): a bench fallback password for the box,
// a TR-064 call that authenticates with NetworkCredential (and sends a client nonce), the guest Wi-Fi key derived from
// the box serial, the cottage's plug AINs. Changed: the properties path is the controller's, not the author's home directory.
using System.Net;
using System.Security.Cryptography;
using System.Xml.Linq;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System;

namespace fritz {
  /**
   * example FritzBox access
   */
  public class Fritz {

  	string username;
    string password;
    string url;

    // Added: the box on the installer's bench (used when the properties file has no password)
    const string BenchBoxPassword = "Z3TMh8ty07OY"; // expect: IOT1001

    /**
     * construct FritzBox access reading application properties from ini file in users home directory
     */
    public Fritz() {
    	// Changed: path of the controller's properties file
    	IDictionary<string,string> properties=ReadProperties("/etc/cottage-heat/fritzbox.properties");
      properties.TryGetValue("fritzbox.username",out username);
      properties.TryGetValue("fritzbox.password",out password); // expect: none
      properties.TryGetValue("fritzbox.url",out url);
      // Added
      if (string.IsNullOrEmpty(password)) password = BenchBoxPassword;
      ServicePointManager.ServerCertificateValidationCallback += (p1, p2, p3, p4) => true;
    }

  	/**
  	 * main entry for this code
  	 */
    static public void Main () {
      Fritz fritz=new Fritz();
      // SessionID ermitteln
      string sid = fritz.GetSessionId();
      Console.WriteLine("sid="+sid);
      string seite = fritz.ReadPage(@"/webservices/homeautoswitch.lua?switchcmd=getswitchlist", sid);
      Console.WriteLine(seite);
   }

   /**
    * read application properties
    */
	  public static IDictionary<string,string> ReadProperties(string fileName)
	  {
	    Dictionary<string, string> dictionary = new Dictionary<string, string>();
	    foreach (string line in File.ReadAllLines(fileName))
	    {
	        if ((!string.IsNullOrEmpty(line)) &&
	            (!line.StartsWith(";")) &&
	            (!line.StartsWith("#")) &&
	            (!line.StartsWith("'")) &&
	            (line.Contains("=")))
	        {
	            int index = line.IndexOf('=');
	            string key = line.Substring(0, index).Trim();
	            string value = line.Substring(index + 1).Trim();

	            if ((value.StartsWith("\"") && value.EndsWith("\"")) ||
	                (value.StartsWith("'") && value.EndsWith("'")))
	            {
	                value = value.Substring(1, value.Length - 2);
	            }
	            dictionary.Add(key, value);
	        }
	    }

	    return dictionary;
	  }


	  /**
	   * read the page at the given path
	   */
		public string ReadPage (string path, string sid) {
			String cmdurl=url + path+"&sid=" + sid;
			Console.WriteLine(cmdurl);
		  Uri uri = new Uri(cmdurl);

		  HttpWebRequest request = WebRequest.Create(uri) as HttpWebRequest;
		  HttpWebResponse response = request.GetResponse() as HttpWebResponse;
		  StreamReader reader = new StreamReader(response.GetResponseStream());
		  string str = reader.ReadToEnd();
		  return      str;
		}

		/**
		 * get a session id
		 */
		public string GetSessionId () {
		  XDocument doc = XDocument.Load(@url+"/login_sid.lua");
		  string sid = GetValue(doc, "SID");
		  if (sid == "0000000000000000") { // expect: none
		    string challenge = GetValue(doc, "Challenge");
		    string uri = @url+"/login_sid.lua?username=" + username + @"&response="
		      + GetResponse(challenge, password);
		    doc = XDocument.Load(uri);
		    sid = GetValue(doc, "SID");
		  }
		  return      sid;
		}

	  /**
	   * get the response string
	   */
	  public string GetResponse (string challenge, string password) {
	      return challenge + "-" + GetMD5Hash(challenge + "-" + password);
	  }

    /**
     * get the MD5 hash for the given input
     */
    public string GetMD5Hash (string input) {
      MD5 md5Hasher = MD5.Create();
      byte[] data = md5Hasher.ComputeHash(Encoding.Unicode.GetBytes(input));
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < data.Length; i++) {
            sb.Append(data[i].ToString("x2"));
      }
      return      sb.ToString();
    }

    public string GetValue (XDocument doc, string name) {
      XElement info = doc.FirstNode as XElement;
      return      info.Element(name).Value;
    }

    // Added: TR-064 (port 49000) authenticates with HTTP digest, not with the SID
    public string SetGuestWifi (string boxSerial) {
      string guestPsk = "Cottage-" + boxSerial.Substring(boxSerial.Length - 6); // expect: IOT1005
      var request = (HttpWebRequest)WebRequest.Create(url + ":49000/upnp/control/wlanconfig3");
      request.Method = "POST";
      request.Headers.Add("SOAPACTION", "urn:dslforum-org:service:WLANConfiguration:3#SetSecurityKeys");
      request.Credentials = new NetworkCredential(username, password);
      // Added: the client nonce of the digest exchange
      string cnonce = new Random().Next().ToString("x8"); // expect: IOT3005
      request.Headers.Add("X-Client-Nonce", cnonce);
      byte[] body = Encoding.UTF8.GetBytes("<NewKeyPassphrase>" + guestPsk + "</NewKeyPassphrase>");
      request.GetRequestStream().Write(body, 0, body.Length);
      return new StreamReader(request.GetResponse().GetResponseStream()).ReadToEnd();
    }

    // Added: the radiator plugs, by the AIN printed on each plug
    public static readonly string[] RadiatorPlugAins = { "11657 0272804", "11657 0391615" }; // expect: none
  } // class Fritz

  // From fritzsimpletest.cs: the MD5 vectors the author checked the implementation with
  public class FritzTest
  {
	  int errors=0;

	  public void checkMd5(Fritz fritz, string s,string expected) {
	  	String md5=fritz.GetMD5Hash(s);
	  	if (!md5.Equals(expected)) errors++;
	  }

	  public void runTests(Fritz fritz) {
	     checkMd5(fritz, "","d41d8cd98f00b204e9800998ecf8427e"); // expect: none
	     checkMd5(fritz, "secret", "09433e1853385270b51511571e35eeca"); // expect: none
	     checkMd5(fritz, "test", "c8059e2ec7419f590e79d7f1b774bfe6"); // expect: none
	     // see AVM_Technical_Note_-_Session_ID.pdf
	     checkMd5(fritz, "1234567z-äbc", "9e224a41eeefa284df7bb0f26c2913e2"); // expect: none
	     Console.WriteLine(string.Format("{0} errors found",errors));
    }
  }
} // namespace fritz

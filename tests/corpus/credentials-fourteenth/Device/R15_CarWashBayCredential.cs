// Real source: dotnet/docs samples/snippets/csharp/VS_Snippets_Remoting/NetworkCredential_UserName_Password_Domain/CS/networkcredential_username_password_domain.cs
// Kept: Main's argument check and GetPage(url, username, passwd, domain) creating new NetworkCredential("", "", "")
// and setting Domain / UserName / Password from its parameters before WebRequest.Create(url).Credentials.
// Trimmed: the console help text and the response dump. Changed: class name; domain turned into a car-wash bay
// controller polling the chemical dosing pump's web page. Added: the bay controller calling GetPage with a written
// password, and a NotSecrets class.
using System;
using System.Net;

namespace CarWashBay
{
    class CredentialCacheSnippet
    {
        public static void Main(string[] args)
        {
            if (args.Length < 4)
            {
                Console.WriteLine("\nPlease enter a protected resource Url and other details as command line parameter as below:");
                Console.WriteLine("\nUsage: NetworkCredential_UserName_Password_Domain URLname username password domainname"); // expect: none
            }
            else
            {
                GetPage(args[0],args[1],args[2],args[3]);
            }
            return;
        }

        public static void GetPage(string url,string username,string passwd,string domain)
        {
            try
            {
                // Create an empty instance of the NetworkCredential class.
                NetworkCredential myCredentials = new NetworkCredential("","",""); // expect: none
                myCredentials.Domain = domain;
                myCredentials.UserName = username;
                myCredentials.Password = passwd;

                // Create a WebRequest with the specified URL.
                WebRequest myWebRequest = WebRequest.Create(url);
                myWebRequest.Credentials = myCredentials;
                WebResponse myWebResponse = myWebRequest.GetResponse();
                myWebResponse.Close();
            }
            catch (WebException e)
            {
                Console.WriteLine("\r\nWebException is raised. The Reason for failure is : {0}",e.Status);
            }
        }
    }

    class DosingPumpPoller // Added
    {
        public void Poll(int bay) =>
            CredentialCacheSnippet.GetPage($"http://10.8.1.{20 + bay}/status", "washbay", "Lq7wHc2rVt9s#41", "CARWASH"); // expect: IOT1001
    }

    static class NotSecrets_R15 // Added
    {
        public const string PumpPasswordKey = "Bay:Pump:Password"; // expect: none
        public const string PumpPasswordEnv = "BAY_PUMP_PASSWORD"; // expect: none
        public const string DomainName = "CARWASH"; // expect: none
    }
}

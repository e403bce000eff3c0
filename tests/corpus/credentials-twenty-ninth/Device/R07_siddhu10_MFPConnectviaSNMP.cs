// Real source: siddhu10/MFPConnectviaSNMP Demo/SNMPManager.cs (2f5d7208b18d70af446725377d216fa89172c876)
// UWP companion app for a networked multifunction printer (MFP): reads name, model, brand, serial, language, MAC and
// fax state over SNMP v2c (#SNMP Messenger.Get) and keeps them in the app's roaming settings.
// Kept: the SNMP manager as written, with its community held in a constant.
// Changed: the UWP ApplicationData roaming-settings containers are replaced by a small invented dictionary-backed
// store (SettingsContainer/CompositeValue below), since Windows.Storage is not stubbed.
// Added (invented): the minimal HTTPRequest singleton (EngineVersion) from the project's other file.
using System;
using System.Collections.Generic;
using System.Net;
using System.Text;
using System.Threading.Tasks;

using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Messaging;

namespace Demo
{
    class SNMPManager
    {
        private static SNMPManager _instance = null;

        //string[] strOID = null;
        public SettingsContainer roamingSettings = null;
        CompositeValue composite = new CompositeValue();
        const int SNMP_PORT = 161;
        const string COMMUNITY = "public"; // expect: IOT1002
        const int iTimeout = 10000;
        
        //OID List
        public const string OID_NAME = "1.3.6.1.2.1.43.5.1.1.16.1";
        public const string OID_FAX_ENABLED = "1.3.6.1.4.1.1129.2.3.50.1.2.4.1.11.1.1";
        public const string OID_MODEL = "1.3.6.1.2.1.1.5.0";
        public const string OID_BRAND = "1.3.6.1.4.1.1129.2.3.50.1.2.4.1.7.1.1";
        public const string OID_MAC_ADDRESS = "1.3.6.1.2.1.2.2.1.6.2";
        public const string OID_SERIAL_NO = "1.3.6.1.2.1.43.5.1.1.17.1";
        public const string OID_LANG = "1.3.6.1.2.1.43.7.1.1.2.1.1";

        // local settings keys
        public const string NAME = "NAME";
        public const string FAX = "FAX";
        public const string MODEL = "MODEL";
        public const string BRAND = "BRAND";
        public const string MAC_ADDRESS = "MAC_ADDRESS";
        public const string SNO = "SNO";
        public const string LANGUAGE = "LANGUAGE";

        Dictionary<string, string> dOIDMap = null;
        Dictionary<string, string> dOIDRes = null;

        public const string settingName = "PrinterInfo";
        public const string settingName1 = "NAME";
        public const string settingName2 = "MODEL";
        public const string settingName3 = "BRAND";
        public const string settingName4 = "SNO";
        public const string settingName5 = "LANGUAGE";
        public const string settingName6 = "FAX";
        public const string settingName7 = "MAC_ADDRESS";
          
        

        public Dictionary<string, string> ResultList
        {
            get => dOIDRes;
        }

        enum eState
        {
            None = 0,
            Enabled = 3,
            Disabled
        };

        public static SNMPManager GetInstance()
        {
            if (_instance == null)
            {
                _instance = new SNMPManager();
            }
            return _instance;
        }

        SNMPManager()
        {
            dOIDMap = new Dictionary<string, string>();
            dOIDRes = new Dictionary<string, string>();

            dOIDMap.Add(OID_NAME, "Name");
            dOIDMap.Add(OID_FAX_ENABLED, "Fax");
            dOIDMap.Add(OID_MODEL, "Model");
            dOIDMap.Add(OID_BRAND, "Brand");
            dOIDMap.Add(OID_MAC_ADDRESS, "Physical Address");
            dOIDMap.Add(OID_SERIAL_NO, "Serial No");
            dOIDMap.Add(OID_LANG, "Language");

            //initialize roamingsettings
            initRoamingSettings();
            
        }

        public void initRoamingSettings()
        {
            roamingSettings = SettingsContainer.Roaming;
        }

		public void ResetLocalSettings()
        {
            SettingsContainer.Roaming.Values.Clear();
        }
		
        public Task<bool> FetchMFPInfo(string strIPAddress)
        {
            return Task.Run(() =>
            {
                bool bValid = false;
                dOIDRes.Clear();

                try
                {
                    /*List<Variable> lstTotal = new List<Variable>();
                    int iRet = await Messenger.BulkWalkAsync(VersionCode.V2, new System.Net.IPEndPoint(IPAddress.Parse("10.188.101.80"), 161), new OctetString("public"), new ObjectIdentifier("1.3.6.1.2.1.43.5.1.1.16.1"), lstTotal, 3, WalkMode.Default, null, null);*/

                    List<Variable> lstVars = new List<Variable>();
                    foreach (string OID in dOIDMap.Keys)
                    {
                        Variable vTemp = new Variable(new ObjectIdentifier(OID));
                        lstVars.Add(vTemp);
                    }

                    IList<Variable> lstResult = Messenger.Get(VersionCode.V2, new System.Net.IPEndPoint(IPAddress.Parse(strIPAddress), SNMP_PORT), new OctetString(COMMUNITY), lstVars, iTimeout);

                    if (lstResult.Count > 0)
                    {
                        foreach (Variable vTmp in lstResult)
                        {
                            string strTemp = CheckForSpecialParams(vTmp);
                            dOIDRes.Add(vTmp.Id.ToString(), strTemp);
                        }
                        roamingSettings.Values[settingName] = composite;                        
                        bValid = true;
                    }
                }
                catch (Lextm.SharpSnmpLib.Messaging.TimeoutException tx)
                {
                    //ContentDialog dlg = GenericHelper.GetDialog();
                    //dlg.Content = DetailPage.ERROR_MSG;
                    //dlg.ShowAsync();
                }
                catch (Exception ex)
                {
                    //ContentDialog dlg = GenericHelper.GetDialog();
                    //dlg.Content = ex.Message;
                    //dlg.ShowAsync();
                }
                return bValid;
            });
        }

        private string CheckForSpecialParams(Variable vParam)
        {
            string strID = vParam.Id.ToString();
            string strValue = vParam.Data.ToString();

            try
            {
                switch(strID)
                {
                    case OID_NAME:
                        composite[settingName1] = strValue;
                        break;
                    case OID_MODEL:
                        composite[settingName2] = strValue;
                        break;
                    case OID_BRAND:
                        composite[settingName3] = strValue;
                        break;
                    case OID_SERIAL_NO:
                        composite[settingName4] = strValue;
                        break;
                    case OID_LANG:
                        composite[settingName5] = HTTPRequest.GetInstance().EngineVersion;// strValue;
                        break;
                    case OID_FAX_ENABLED:
                        {
                            int iTmp = Convert.ToInt32(strValue);
                            strValue = ((eState)iTmp).ToString();
                            composite[settingName6] = strValue;
                        }
                        break;

                    case OID_MAC_ADDRESS:
                        {
                            string stTemp = null;
                            char[] cArr = strValue.ToCharArray();
                            foreach (char c in cArr)
                            {
                                stTemp += Convert.ToInt32(c).ToString("X2") + ":";
                            }
                            strValue = stTemp.TrimEnd(':');
                            composite[settingName7] = strValue;
                        }
                        break;
                }

                if ((string.IsNullOrEmpty(strValue) || (string.Equals(strValue, "NoSuchObject", StringComparison.OrdinalIgnoreCase) == true)))
                {
                    strValue = string.Empty;
                }
            }
            catch (Exception ex)
            {
                Console.WriteLine("SNMPManager :: CheckForSpecialParams() :: Exception Handled: " + ex);
            }
            return strValue;
        }
    }

    // ---- Invented stand-ins for the UWP settings containers and the project's HTTPRequest singleton ----
    class CompositeValue : Dictionary<string, object> { }
    class SettingsContainer
    {
        public static readonly SettingsContainer Roaming = new SettingsContainer();
        public Dictionary<string, object> Values { get; } = new Dictionary<string, object>();
    }
    class HTTPRequest
    {
        private static readonly HTTPRequest _instance = new HTTPRequest();
        public static HTTPRequest GetInstance() => _instance;
        public string EngineVersion { get; set; } = string.Empty;
    }
}

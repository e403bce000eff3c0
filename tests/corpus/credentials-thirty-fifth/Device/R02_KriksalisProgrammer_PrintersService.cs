// Real source: KriksalisProgrammer/PrintersService MonitoringPrinters/Service/PrinterService.cs (22e6ce31)
// Domain: an office printer fleet monitor that polls network printers (HP, Brother, Xerox, Canon, OKI) over SNMP for
//   status, toner level, page counters and tray state.
// Kept: the OID map (shortened), the connection cache, the list of known communities tried one after another, the v2c /
//   v1 fall-back in GetSnmpData with its default community, GetPrinterInfoAsync with its own default community, the
//   printer list.
// Trimmed: most OIDs, the vendor-specific OID tables, most of the switch that fills PrinterInfo, console logging.
// Changed: nothing else.
// Added: minimal PrinterInfo / PrinterListItem / SnmpConnectionInfo models (the project's model files were not read).
// Shimmed (_Stubs.cs): #SNMP's Messenger, VersionCode, Variable, ObjectIdentifier, ISnmpData.
// Replaced: the site's own SNMP community (a six-letter word, written twice) is REPLACED by six random lower-case letters
//   generated with python secrets; "public" is kept as written (the universal default community).
using System;
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Messaging;

namespace MonitoringPrinters.Service
{
    public class PrinterService
    {
        private readonly Dictionary<string, string> OidMap = new Dictionary<string, string>
        {
            { "device_name", "1.3.6.1.2.1.1.5.0" },
            { "device_description", "1.3.6.1.2.1.1.1.0" },
            { "toner_level", "1.3.6.1.2.1.43.11.1.1.9.1.1" },
            { "total_pages_printed", "1.3.6.1.2.1.43.10.2.1.4.1.1" },
        };

        private static Dictionary<string, SnmpConnectionInfo> snmpConnectionCache = new Dictionary<string, SnmpConnectionInfo>();

        private static readonly List<string> knownCommunities = new List<string> { "public", "nrurar" }; // expect: IOT1002 IOT1001

        public object GetSnmpData(string ipAddress, string oid, string community = "public") // expect: IOT1002
        {
            try
            {
                var endpoint = new IPEndPoint(IPAddress.Parse(ipAddress), 161);
                const int timeout = 10000;
                var variables = new List<Variable> { new Variable(new ObjectIdentifier(oid)) };

                if (snmpConnectionCache.TryGetValue(ipAddress, out SnmpConnectionInfo connectionInfo))
                {
                    try
                    {
                        var communityString = new OctetString(connectionInfo.Community);
                        var result = Messenger.Get(connectionInfo.Version, endpoint, communityString, variables, timeout);
                        if (result != null && result.Count > 0)
                        {
                            return result[0].Data;
                        }
                    }
                    catch (Exception)
                    {
                        snmpConnectionCache.Remove(ipAddress);
                    }
                }

                List<string> communitiesToTry = new List<string>();
                if (!string.IsNullOrEmpty(community))
                {
                    communitiesToTry.Add(community);
                }
                foreach (var comm in knownCommunities)
                {
                    if (comm != community && !communitiesToTry.Contains(comm))
                    {
                        communitiesToTry.Add(comm);
                    }
                }

                foreach (var comm in communitiesToTry)
                {
                    var communityString = new OctetString(comm);
                    try
                    {
                        var resultV2 = Messenger.Get(VersionCode.V2, endpoint, communityString, variables, timeout);
                        if (resultV2 != null && resultV2.Count > 0)
                        {
                            snmpConnectionCache[ipAddress] = new SnmpConnectionInfo { Version = VersionCode.V2, Community = comm };
                            return resultV2[0].Data;
                        }
                    }
                    catch (Exception)
                    {
                        try
                        {
                            var resultV1 = Messenger.Get(VersionCode.V1, endpoint, communityString, variables, timeout);
                            if (resultV1 != null && resultV1.Count > 0)
                            {
                                snmpConnectionCache[ipAddress] = new SnmpConnectionInfo { Version = VersionCode.V1, Community = comm };
                                return resultV1[0].Data;
                            }
                        }
                        catch (Exception exV1)
                        {
                            Console.WriteLine($"{DateTime.Now}: SNMPv1 with community '{comm}' also failed for {ipAddress}: {exV1.Message}");
                        }
                    }
                }
                return null;
            }
            catch (Exception ex)
            {
                Console.WriteLine($"{DateTime.Now}: SNMP error: {ex.Message} for OID {oid} on {ipAddress}");
                return null;
            }
        }

        public async Task<PrinterInfo> GetPrinterInfoAsync(string ipAddress, string community = "nrurar") // expect: IOT1001
        {
            return await Task.Run(() =>
            {
                var result = new PrinterInfo { IpAddress = ipAddress, Timestamp = DateTime.UtcNow };
                foreach (var item in OidMap)
                {
                    var value = GetSnmpData(ipAddress, item.Value, community);
                    if (value == null) continue;
                    switch (item.Key)
                    {
                        case "device_name": result.DeviceName = value.ToString(); break;
                        case "device_description": result.DeviceDescription = value.ToString(); break;
                        case "toner_level": if (int.TryParse(value.ToString(), out var toner)) result.TonerLevel = toner; break;
                    }
                }
                return result;
            });
        }

        public List<PrinterListItem> GetAllPrinters()
        {
            return new List<PrinterListItem>
            {
                 new PrinterListItem { Ip = "192.168.1.100", Name = "Printer 1" },
                 new PrinterListItem { Ip = "192.168.1.101", Name = "Printer 2" },
            };
        }
    }

    // added: stand-ins for the project's model classes
    public class SnmpConnectionInfo { public VersionCode Version { get; set; } public string Community { get; set; } }
    public class PrinterListItem { public string Ip { get; set; } public string Name { get; set; } }
    public class PrinterInfo
    {
        public string IpAddress { get; set; }
        public DateTime Timestamp { get; set; }
        public string DeviceName { get; set; }
        public string DeviceDescription { get; set; }
        public int TonerLevel { get; set; }
    }
}

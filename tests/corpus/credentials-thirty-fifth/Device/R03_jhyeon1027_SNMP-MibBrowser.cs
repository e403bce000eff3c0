// Real source: jhyeon1027/SNMP-MibBrowser SnmpService.cs, Models.cs (4f7362ba)
// Domain: an SNMP MIB browser / manager for network devices (switches, routers, UPS cards): GET, GET-NEXT, WALK and SET
//   against an agent, v1 / v2c with a community and v3 with authentication and privacy passphrases, from saved profiles.
// Kept: SnmpService's Get / Walk / Set / Send / SendV3 / BuildPrivacy (v3 authentication and privacy providers built from
//   the options' passphrases), SnmpOptions, SnmpProfile with its defaults (community "public", empty passphrases),
//   UserSettings.
// Trimmed: the MIB tree and result records, the SHA-384 / SHA-512 / AES-192 arms, MakeData (SET sends the value as text,
//   so SetAsync lost its type parameter), Resolve's DNS fallback, the SET and GET-NEXT request messages of v3.
// Changed: collection expressions written as new List<Variable> { ... }.
// Added: SnmpProfileExtensions.ToOptions, standing in for the window code (MainWindow.xaml.cs, not read) that builds the
//   options of a query from the selected profile.
// Shimmed (_Stubs.cs): #SNMP's Messenger, VersionCode, Variable, ObjectIdentifier, ISnmpData,
//   GetRequestMessage, GetNextRequestMessage, Discovery, ReportMessage, ISnmpMessage, SnmpType, the default providers.
// Replaced: nothing; "public" is kept as written (the universal default community).
using System;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Messaging;
using Lextm.SharpSnmpLib.Security;

namespace SnmpMibBrowser
{
    public sealed class SnmpService
    {
        public Task<IList<Variable>> GetAsync(SnmpOptions o, string oid, bool next, CancellationToken ct) =>
            Task.Run(() => Send(o, oid, next ? "NEXT" : "GET"), ct);

        public Task<IList<Variable>> WalkAsync(SnmpOptions o, string oid, CancellationToken ct) => Task.Run(() =>
        {
            var results = new List<Variable>();
            var current = oid;
            for (var i = 0; i < 10000; i++)
            {
                ct.ThrowIfCancellationRequested();
                var answer = Send(o, current, "NEXT");
                if (answer.Count == 0 || !answer[0].Id.ToString().StartsWith(oid + ".", StringComparison.Ordinal) || answer[0].Id.ToString() == current) break;
                results.Add(answer[0]); current = answer[0].Id.ToString();
            }
            return (IList<Variable>)results;
        }, ct);

        public Task<IList<Variable>> SetAsync(SnmpOptions o, string oid, string value, CancellationToken ct) => Task.Run(() =>
        {
            var variable = new Variable(new ObjectIdentifier(Normalize(oid)), new OctetString(value));
            var endpoint = Resolve(o);
            return Messenger.Set(o.Version == "v1" ? VersionCode.V1 : VersionCode.V2, endpoint, new OctetString(o.Community), new List<Variable> { variable }, o.Timeout);
        }, ct);

        private IList<Variable> Send(SnmpOptions o, string oid, string operation)
        {
            var vars = new List<Variable> { new Variable(new ObjectIdentifier(Normalize(oid))) };
            if (o.Version == "v3") return SendV3(o, vars, operation);
            var version = o.Version == "v1" ? VersionCode.V1 : VersionCode.V2;
            var endpoint = Resolve(o);
            if (operation == "GET") return Messenger.Get(version, endpoint, new OctetString(o.Community), vars, o.Timeout);
            var request = new GetNextRequestMessage(0, version, new OctetString(o.Community), vars);
            return request.GetResponse(o.Timeout, endpoint).Variables();
        }

        private IList<Variable> SendV3(SnmpOptions o, IList<Variable> vars, string operation)
        {
            if (string.IsNullOrWhiteSpace(o.User)) throw new ArgumentException("Für SNMPv3 ist ein Benutzername erforderlich.");
            var endpoint = Resolve(o);
            var privacy = BuildPrivacy(o);
            var discovery = Messenger.GetNextDiscovery(SnmpType.GetRequestPdu);
            var report = discovery.GetResponse(o.Timeout, endpoint);
            var request = new GetRequestMessage(VersionCode.V3, Messenger.NextMessageId, Messenger.NextRequestId, new OctetString(o.User), new OctetString(o.Context), vars, privacy, Messenger.MaxMessageSize, report);
            return request.GetResponse(o.Timeout, endpoint).Variables();
        }

        private static IPrivacyProvider BuildPrivacy(SnmpOptions o)
        {
            IAuthenticationProvider auth = o.AuthType switch
            {
                "MD5" => new MD5AuthenticationProvider(new OctetString(o.AuthPassword)),
                "SHA-1" => new SHA1AuthenticationProvider(new OctetString(o.AuthPassword)),
                "SHA-256" => new SHA256AuthenticationProvider(new OctetString(o.AuthPassword)), // expect: none
                _ => DefaultAuthenticationProvider.Instance
            };
            return o.PrivacyType switch
            {
                "DES" => new DESPrivacyProvider(new OctetString(o.PrivacyPassword), auth),
                "AES-128" => new AESPrivacyProvider(new OctetString(o.PrivacyPassword), auth),
                "AES-256" => new AES256PrivacyProvider(new OctetString(o.PrivacyPassword), auth),
                _ => new DefaultPrivacyProvider(auth)
            };
        }

        private static IPEndPoint Resolve(SnmpOptions o) => new IPEndPoint(IPAddress.Parse(o.Host), o.Port);
        private static string Normalize(string oid) => oid.Trim().TrimStart('.');
    }

    public sealed record SnmpOptions(string Host, int Port, string Version, string Community, string User,
        string AuthType, string AuthPassword, string PrivacyType, string PrivacyPassword, string Context, int Timeout = 3000);

    public sealed class SnmpProfile
    {
        public string Name { get; set; } = "Default";
        public int Port { get; set; } = 161;
        public string Version { get; set; } = "v2c";
        public string Community { get; set; } = "public"; // expect: IOT1002
        public string User { get; set; } = "";
        public string AuthType { get; set; } = "Keine";
        public string AuthPassword { get; set; } = ""; // expect: none
        public string PrivacyType { get; set; } = "Keine";
        public string PrivacyPassword { get; set; } = ""; // expect: none
        public string Context { get; set; } = "";
        public override string ToString() => Name;
    }

    public sealed class UserSettings
    {
        public string Language { get; set; } = "de";
        public bool Dark { get; set; }
        public List<SnmpProfile> Profiles { get; set; } = new List<SnmpProfile>();
        public string SelectedProfile { get; set; } = "";
        public string GitHubRepository { get; set; } = "https://github.com/marlon82/SNMP-MibBrowser";
    }

    // added: the window's step from the selected profile to a query's options
    public static class SnmpProfileExtensions
    {
        public static SnmpOptions ToOptions(this SnmpProfile p, string host) =>
            new SnmpOptions(host, p.Port, p.Version, p.Community, p.User, p.AuthType, p.AuthPassword, p.PrivacyType, p.PrivacyPassword, p.Context);
    }
}

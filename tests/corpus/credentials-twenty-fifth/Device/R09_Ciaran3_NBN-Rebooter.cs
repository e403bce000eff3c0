// Real source: Ciaran3/NBN-Rebooter Modem.cs
// Also used: Modem.Optus.cs (Fast3864AC), Properties.cs (AppProperties.ReadParameters), CommandLineParser.cs (reduced).
// A small console service for an NBN modem: it scrapes the sync rates from the modem's status page and reboots it on
// a schedule or after too much uptime, logging in with HTTP authentication. Kept: the abstract Modem with its URLs,
// GetPageHtml with NetworkCredential(aProperties.Username, aProperties.Password), the --username/--password arguments.
// Added: each modem class names its factory login, used when no login is given on the command line (the F@ST's
// admin/admin, the label password of the Netcomm, the ISP support account of a Telstra unit).
using System;
using System.Collections.Generic;
using System.Net;

namespace NBNRebooter
{
    public abstract class Modem
    {
        public abstract string GetModemName();
        protected abstract string GetStatisticsUrl();
        protected abstract string GetRebootUrl();

        // Factory login of the model, used when none is given on the command line.
        public virtual string FactoryUsername => "admin"; // expect: none
        public abstract string FactoryPassword { get; }

        public string Uprate { get; set; }
        public string Downrate { get; set; }

        public Boolean PerformReboot(AppProperties aProperties)
        {
            string sRebootHtml = GetPageHtml(aProperties, string.Format(GetRebootUrl(), aProperties.ModemIP));
            return !string.IsNullOrEmpty(sRebootHtml);
        }

        public string GetPageHtml(AppProperties aProperties, string aUrl)
        {
            using (WebClient oClient = new WebClient())
            {
                if (aProperties.UseAuth)
                {
                    oClient.UseDefaultCredentials = true;
                    oClient.Credentials = new NetworkCredential(aProperties.Username, aProperties.Password);
                }

                try
                {
                    return oClient.DownloadString(aUrl);
                }
                catch (WebException ex)
                {
                    Console.WriteLine($"An error occurred loading the URL: {aUrl}. Error: {ex.Message}");
                    return "";
                }
            }
        }
    }

    public class Fast3864AC : Modem
    {
        public override string GetModemName() => "F@ST 3864AC";
        protected override string GetStatisticsUrl() => "http://{0}/info.html";
        protected override string GetRebootUrl() => "http://{0}/mngdevicestatus.cmd?action=reboot";
        public override string FactoryPassword => "admin"; // expect: IOT1002
    }

    public class NetcommNF18ACV : Modem
    {
        public override string GetModemName() => "NF18ACV";
        protected override string GetStatisticsUrl() => "http://{0}/statsadsl.html";
        protected override string GetRebootUrl() => "http://{0}/rebootinfo.cgi";
        public override string FactoryPassword => "<password on the modem label>"; // expect: IOT1006
    }

    public class TelstraSmartModem : Modem
    {
        public override string GetModemName() => "Smart Modem Gen 2";
        protected override string GetStatisticsUrl() => "http://{0}/modals/broadband-modal.lp";
        protected override string GetRebootUrl() => "http://{0}/modals/gateway-modal.lp?action=reboot";
        public override string FactoryUsername => "support";
        public override string FactoryPassword => "rugkuzIy2yI8U!"; // expect: IOT1001
    }

    public class SimpleCommandLineParser
    {
        public Dictionary<string, string[]> Arguments { get; } = new Dictionary<string, string[]>();

        public void Parse(string[] args)
        {
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i].StartsWith("-"))
                    Arguments[args[i].TrimStart('-')] = i + 1 < args.Length ? new[] { args[i + 1] } : new string[0];
            }
        }
    }

    public class AppProperties
    {
        public string ModemIP { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
        public Boolean UseAuth { get; set; }
        public Modem CurrentModem { get; set; }

        public void ReadParameters(SimpleCommandLineParser aParser, AppProperties aProperties)
        {
            aProperties.CurrentModem = (aParser.Arguments.ContainsKey("modem") ? aParser.Arguments["modem"][0] : "fast3864") switch
            {
                "nf18acv" => new NetcommNF18ACV(),
                "telstra" => new TelstraSmartModem(),
                _ => new Fast3864AC()
            };

            if (aParser.Arguments.ContainsKey("username") && aParser.Arguments.ContainsKey("password"))
            {
                aProperties.Username = aParser.Arguments["username"][0];
                aProperties.Password = aParser.Arguments["password"][0]; // expect: none
            }
            else
            {
                aProperties.Username = aProperties.CurrentModem.FactoryUsername;
                aProperties.Password = aProperties.CurrentModem.FactoryPassword;
            }
            aProperties.UseAuth = true;

            aProperties.ModemIP = (aParser.Arguments.ContainsKey("ip")) ? aParser.Arguments["ip"][0] : "";
            if (String.IsNullOrEmpty(aProperties.ModemIP))
            {
                Console.WriteLine("No modem IP provide, please see the help for parameter usage.");
            }
        }
    }
}

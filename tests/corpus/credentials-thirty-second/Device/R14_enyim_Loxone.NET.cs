// Real source: enyim/Loxone.NET Loxone.Client.Samples.Console/Program.cs (063e677011314e5be9091744a0aee3922866b8d7)
// Domain: Loxone.NET's sample console connecting to a Loxone Miniserver (home / building automation controller) with a
// token credential, downloading the structure file and switching a light.
// Kept: the login "web" / password "web" for Loxone's public test Miniserver (testminiserver.loxone.com:7779) as
// written (a published demo login, not replaced), the connection set-up and OpenAsync.
// Trimmed: structure-file caching, state-change printing, the switch example and Main's cancellation handling.
// Changed: namespace prefixed with Corpus32.R14; the logger argument dropped.
// Shimmed (in _Stubs.cs): Loxone.Client.MiniserverConnection and Loxone.Client.Transport LXUri, TokenCredential and
// TokenPermission, with the library's parameter names. Added: nothing else.
using System;
using System.Threading;
using System.Threading.Tasks;
using Loxone.Client;
using Loxone.Client.Transport;

namespace Corpus32.R14.LoxoneSamplesConsole
{
    internal class Program
    {
        private async Task RunAsync(CancellationTokenSource cts)
        {
            var password = "web"; // expect: IOT1001
            var login = "web";

            var connection = new MiniserverConnection(new LXUri("http", "testminiserver.loxone.com", 7779, 7779));
            connection.Credentials = new TokenCredential(login, password, TokenPermission.Web, default, "Loxone.NET Sample Console");
            try
            {
                Console.WriteLine($"Opening connection to miniserver at {connection.Address}...");
                await connection.OpenAsync(cts.Token);
            }
            catch (Exception ex)
            {
                Console.WriteLine("Program inner: " + ex);
            }
        }
    }
}

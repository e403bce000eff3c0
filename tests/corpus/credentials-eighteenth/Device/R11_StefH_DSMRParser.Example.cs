// Real source: StefH/DSMRParser.Example
//   DSMRParserConsoleApp/Program.cs (unbounded Channel<string>, P1Reader writing telegrams, TelegramParser reading them)
//   DSMRParserConsoleApp/Services/TelegramParser.cs (ReadAllAsync, _parserProxy.TryParse(message, out var tel),
//   "PowerDelivered = {power}", "Unable to parse the {Telegram}.")
// Domain: a community-owned launderette's P1 smart meter reader (Luxembourg-style encrypted telegrams) feeding the
// co-op's energy dashboard.
// Kept: the channel pipeline, the parser loop and its log lines.
// Changed: host builder / Serilog / ILogger replaced with Console; the parser proxy calls DSMRTelegramParser directly.
// Added: AES-GCM decryption of the meter's encrypted frames with the meter's GUEK, the dashboard push with its API key,
// the meter's equipment id, the P1 test telegram.
using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using DSMRParser;
using DSMRParser.Models;

namespace DSMRParserConsoleApp.Services
{
    internal static class MeterSecrets
    {
        // the grid operator hands out one key per meter; this is the launderette's meter
        public const string Guek = "9A3F61C2D84E07B5A1C6E93D2F70B84E"; // expect: IOT1003
        public const string EquipmentIdentifier = "E0051004202517619"; // expect: none
        public const string DashboardApiKey = "ck_live_4Tq9Wz2Lm7Rv1Xn8Pb5Hs3Yd"; // expect: IOT1001
    }

    internal sealed class P1Decryptor
    {
        private readonly AesGcm _aes = new AesGcm(Convert.FromHexString(MeterSecrets.Guek), 12);

        public string Decrypt(byte[] systemTitle, byte[] frameCounter, byte[] cipherText, byte[] tag)
        {
            var nonce = new byte[12];
            Buffer.BlockCopy(systemTitle, 0, nonce, 0, 8);
            Buffer.BlockCopy(frameCounter, 0, nonce, 8, 4);
            var plain = new byte[cipherText.Length];
            _aes.Decrypt(nonce, cipherText, tag, plain);
            return Encoding.ASCII.GetString(plain);
        }
    }

    internal class TelegramParser
    {
        private readonly DSMRTelegramParser _parser = new DSMRTelegramParser();
        private readonly ChannelReader<string> _reader;
        private readonly HttpClient _http = new HttpClient();

        public TelegramParser(ChannelReader<string> reader)
        {
            _reader = reader;
            _http.DefaultRequestHeaders.Add("X-Api-Key", MeterSecrets.DashboardApiKey);
        }

        public async Task StartProcessingAsync(CancellationToken cancellationToken)
        {
            await foreach (var message in _reader.ReadAllAsync(cancellationToken))
            {
                Console.WriteLine($"TelegramParser Thread = {Thread.CurrentThread.ManagedThreadId}");
                if (_parser.TryParse(message, out var tel))
                {
                    Console.WriteLine($"PowerDelivered = {tel.PowerDelivered}");
                    await _http.PostAsync("https://energy.washhouse-coop.lu/api/readings",
                        new StringContent($"{{\"kw\":{tel.PowerDelivered}}}", Encoding.UTF8, "application/json"), cancellationToken);
                }
                else
                {
                    Console.WriteLine($"Unable to parse the {nameof(Telegram)}.");
                }
            }
        }
    }

    internal static class Program
    {
        // a DSMR 5 sample telegram used for the self-test at start
        private const string SelfTestTelegram = "/ISK5\\2M550E-1012\r\n\r\n1-3:0.2.8(50)\r\n0-0:96.1.1(4530303433303036393938313736353137)\r\n1-0:1.7.0(00.192*kW)\r\n!E9A5\r\n"; // expect: none

        public static async Task Main()
        {
            var channel = Channel.CreateUnbounded<string>();
            var parser = new TelegramParser(channel.Reader);
            using var cts = new CancellationTokenSource();
            await channel.Writer.WriteAsync(SelfTestTelegram);
            var processing = parser.StartProcessingAsync(cts.Token);
            Console.WriteLine("Press any key to cancel");
            Console.ReadKey();
            cts.Cancel();
            await Task.Delay(1000);
        }
    }
}

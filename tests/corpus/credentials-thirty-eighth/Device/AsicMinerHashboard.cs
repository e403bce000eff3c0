// Written for corpus38 (not adapted from a repository). Domain: the control board of an ASIC cryptocurrency mining rig
// (hashboards, fans, PSU): it writes the miner's pool configuration, polls the pool's stats API, reads the stock miner web
// UI, pulls firmware from the maker's repository, sends metrics to InfluxDB and unlocks the payout wallet.
#nullable enable
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using InfluxDB.Client;

namespace Corpus38.AsicMinerHashboard
{
    static class PoolAccount
    {
        public const string WorkerName = "farm3.rig07"; // expect: none
        public const string StratumUrl = "stratum+tcp://pool.example.org:3333"; // expect: none
        public static readonly string PoolApiKey = "c2978fb8ce087d5d4badfe2a704445b5"; // expect: IOT1001
    }

    // the team's own wallet wrapper (not a library)
    public class PayoutWallet
    {
        public void Unlock(string passphrase) { }
    }

    public class HashboardController
    {
        const string FirmwarePullToken = "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"; // expect: IOT1003
        const string PayoutWalletPassphrase = "falcon-meadow-meadow-6592"; // expect: IOT1004
        const int FanPwmPin = 12; // expect: none
        const int ChipThrottleC = 85;
        readonly Random _rng = new();

        public Dictionary<string, string> MinerPoolConfig() => new()
        {
            ["pools.0.url"] = PoolAccount.StratumUrl,
            ["pools.0.user"] = PoolAccount.WorkerName,
            ["pools.0.password"] = "~70Mr4iSe-", // expect: IOT1001
        };

        public Task<string> PoolStats(HttpClient http) =>
            http.GetStringAsync("https://pool.example.org/api/stats?worker=" + PoolAccount.WorkerName + "&apikey=" + PoolAccount.PoolApiKey);

        public AuthenticationHeaderValue StockMinerWebUi() =>
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("root:root"))); // expect: IOT1002

        public InfluxDBClient Metrics() => new InfluxDBClient("http://influx.farm.local:8086", "my-token"); // expect: IOT1006

        public void AuthorizeFirmwarePull(HttpClient http) =>
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", FirmwarePullToken);

        public void UnlockPayout(PayoutWallet wallet) => wallet.Unlock(PayoutWalletPassphrase);

        public string ConsolePassword(uint chipId)
        {
            string consolePassword = "hb" + chipId.ToString("X8"); // expect: IOT1005
            return consolePassword;
        }

        public byte[] NewApiNonce()
        {
            var apiNonce = new byte[12];
            _rng.NextBytes(apiNonce); // expect: IOT3005
            return apiNonce;
        }

        public double FanDutyDither() => _rng.NextDouble() * 0.05; // expect: none

        public string ThrottleNotice(int chipC) => $"Hashboard chip at {chipC} C, throttling to protect the board."; // expect: none

        public bool Throttle(int chipC) => chipC >= ChipThrottleC;

        public int FanPin => FanPwmPin;
    }
}

// Written for corpus36: the hot-melt glue station of a print shop's perfect binder (glue pot temperature, spine milling,
// book-block counter), talking OPC UA to the shop's MES, writing pot temperatures to InfluxDB, alerting the bindery
// foreman by Telegram and sharing job tickets with the prepress file server. Domain not named in device_domains_used.txt.
#nullable enable
using System;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using InfluxDB.Client;
using MQTTnet.Client.Options;

namespace Corpus36.Bindery
{
    internal static class BinderyAccounts
    {
        public const string MesUser = "binder-line-2";                                      // expect: none
        public const string MesPassword = "i3vV#WiHE6Dca#T";                                // expect: IOT1001
        public const string OpcPasswordVariable = "BINDER_OPC_PASSWORD";                    // expect: none
        public const string TelegramBotToken = "5535941856:AA8tkWckGnjrHcnSf-fELdQZn8W51dHpk0X"; // expect: IOT1003
        public const string ForemanChatId = "-1001822950411";                               // expect: none
    }

    // The team's own signature on glue recipes pushed to the pot controller.
    internal static class RecipeSigner
    {
        public static string Sign(string recipe, string secret) =>
            Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret + "|" + recipe)));
    }

    public sealed class GlueStation
    {
        private static readonly string PotInfluxToken = "5eCsGgQ0lVtIZOu6juKNDk2PqXmgljuXqu7ULaWh"; // expect: IOT1001
        private static readonly string GlueRecipeSigningSecret = "8xy8zI@yTLuZLIL";        // expect: IOT1004
        private const string TokenExpiredMessage = "Token expired, sign in again.";        // expect: none
        private readonly Random _rng = new Random();
        private readonly HttpClient _http = new HttpClient();

        public Opc.Ua.UserIdentity MesIdentity() =>
            new Opc.Ua.UserIdentity(BinderyAccounts.MesUser, BinderyAccounts.MesPassword);

        public InfluxDBClient PotHistory() =>
            new InfluxDBClient("http://influx.bindery.local:8086", PotInfluxToken);

        public MqttClientOptionsBuilder FloorDisplayOptions() =>
            new MqttClientOptionsBuilder()
                .WithTcpServer("floor-display.bindery.local")
                .WithCredentials("binder", "123456");                                       // expect: IOT1002

        public string SignRecipe(string recipe) => RecipeSigner.Sign(recipe, GlueRecipeSigningSecret);

        public void AlertForeman(string text) =>
            _http.GetStringAsync($"https://api.telegram.org/bot{BinderyAccounts.TelegramBotToken}/sendMessage?chat_id={BinderyAccounts.ForemanChatId}&text={Uri.EscapeDataString(text)}");

        public NetworkCredential PrepressShare() =>
            new NetworkCredential("bindery", "<prepress-share-password>");                  // expect: IOT1006

        // The machine's operator passcode is the day it was commissioned at the shop.
        public string BinderPasscode(DateTime commissioned) => commissioned.ToString("ddMMyy"); // expect: IOT1005

        // Nonce bound into each glue-lot label so a reprinted label can be told from the original.
        public byte[] GlueLotNonce()
        {
            var glueLotNonce = new byte[12];
            _rng.NextBytes(glueLotNonce);                                                    // expect: IOT3005
            return glueLotNonce;
        }

        public double SimulatedPotCelsius() => 165 + _rng.NextDouble() * 3 - 1.5;           // expect: none
    }
}

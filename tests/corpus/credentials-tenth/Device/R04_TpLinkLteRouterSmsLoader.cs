// Real source: McMlok/DomoticzToRouterSmsBot Adapters/TpLinkRouter.cs
// Domain: SMS-to-Domoticz bridge polling the inbox of a TP-Link LTE router over its cgi interface.
// Kept: the router adapter taking TpLinkUserName/TpLinkPassword/TpLinkUri from IConfigurationRoot, the Basic
// header built from "{_userName}:{_password}", CreateLoadUri and MarkAsRead.
// Changed: ILogger<T> calls became Console (stub surface); the missing ';' of the original log line added.
// Added (marked): the bench constructor with the router's login, the factory-reset header check and the
// masked log line.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace DomoticzToRouterSmsBot.Adapters
{
    class Sms { public int Index; public bool Unread; public string Text; }

    interface ISmsParser { ICollection<Sms> Parse(string body); }

    interface ISmsLoader { ICollection<Sms> Load(); }

    class TpLinkRouter : ISmsLoader, ISmsUpdater
    {
        private readonly ISmsParser _parser;
        private readonly string _userName;
        private readonly string _password;
        private readonly string _baseUri;

        private const string LoadSmsRequestData = "";

        public TpLinkRouter(IConfigurationRoot configuration, ISmsParser parser)
        {
            _parser = parser;
            _userName = configuration["TpLinkUserName"];
            _password = configuration["TpLinkPassword"]; // expect: none
            _baseUri = configuration["TpLinkUri"];
        }

        // Added: bench constructor used on the workshop router before the configuration exists.
        public TpLinkRouter(ISmsParser parser)
        {
            _parser = parser;
            _userName = "sms-bridge";
            _password = "Kettle!Marsh27"; // expect: IOT1001
            _baseUri = "http://192.168.1.1/";
        }

        public ICollection<Sms> Load()
        {
            using (var client = new HttpClient())
            {
                //ADD BASIC AUTH
                var authByteArray = Encoding.ASCII.GetBytes($"{_userName}:{_password}");
                var authString = Convert.ToBase64String(authByteArray);
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", authString);
                var uri = CreateLoadUri();
                Console.WriteLine($"Loading data from {uri}");
                HttpRequestMessage message =
                  new HttpRequestMessage(HttpMethod.Post, uri) { Content = new StringContent(LoadSmsRequestData) };
                var result = client.SendAsync(message).Result;
                return _parser.Parse(result.Content.ReadAsStringAsync().Result);
            }
        }

        private string CreateLoadUri()
        {
            return $"{_baseUri}cgi?5";
        }

        public void MarkAsRead(int index)
        {
            using (var client = new HttpClient())
            {
                //ADD BASIC AUTH
                var authByteArray = Encoding.ASCII.GetBytes($"{_userName}:{_password}");
                var authString = Convert.ToBase64String(authByteArray);
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", authString);

                HttpRequestMessage message =
                  new HttpRequestMessage(HttpMethod.Post, CreateLoadUri()) { Content = new StringContent(LoadSmsRequestData) };
                //TODO: set correct data for mark as read
                client.SendAsync(message).Wait();
            }
        }

        // Added: a router still on its factory login answers with the default header; the bridge refuses it.
        public static bool IsFactoryLogin(string authorizationHeader)
        {
            return authorizationHeader == "Basic YWRtaW46YWRtaW4="; // expect: IOT1002
        }

        // Added: log line that never prints the credential.
        public override string ToString() => $"TpLinkRouter({_baseUri}, user={_userName}, password=********)"; // expect: none
    }

    internal interface ISmsUpdater
    {
        void MarkAsRead(int index);
    }
}

// Real source: BrendanGrant/NMyQ Secrets.cs (b7d1ea4b), NMyQClient.cs (3c805603)
// A .NET client for Chamberlain MyQ garage door openers (home automation): OAuth login, token refresh, door commands.
// Kept: the Secrets class with the app's client id and base64-wrapped client secret (secret replaced by an invented value of
// the same shape), the token request built as a dictionary with client_id / client_secret, the User-Agent made of
// System.Random letters, the PKCE code verifier from RandomNumberGenerator.
// Changed: RestSharp's RestClient is replaced by HttpClient + FormUrlEncodedContent, ILogger by Console; the HTML login
// scraping, account loading and the door-state model classes are left out.
// Added (invented): a two-member URL holder standing in for the repository's MyQURLs.cs (its values are made up here).
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;

namespace NMyQ
{
    public static class Secrets
    {
        public static string ClientId = "IOS_CGI_MYQ"; // expect: none
        //Need to be de-base64ed
        public static string ClientSecret = "NjhUcjIyVXpkbVdNZFd3OA=="; // expect: IOT1004
    }

    public static class MyQURLs
    {
        public const string TokenUri = "https://partner-identity.myq-cloud.com/connect/token";
        public const string RedirectUri = "com.myqops://ios";
    }

    public class NMyQClient
    {
        private string accessToken = string.Empty;

        public static HttpClient CreateFreshClient(string cookie = "")
        {
            var client = new HttpClient();
            client.DefaultRequestHeaders.Add("User-Agent", RandomString(5));
            if (!string.IsNullOrEmpty(cookie))
            {
                client.DefaultRequestHeaders.Add("Cookie", cookie);
            }
            return client;
        }

        private static string RandomString(int length)
        {
            var sb = new StringBuilder(length);
            var random = new Random(); // expect: none
            for (int i = 0; i < length; i++)
            {
                sb.Append(Convert.ToChar(random.Next(0, 26) + 65));
            }
            return sb.ToString();
        }

        private static string GenerateCodeVerifier()
        {
            byte[] codeVerifier = new byte[32];
            RandomNumberGenerator.Fill(codeVerifier);
            return Convert.ToBase64String(codeVerifier).Replace("+", "-").Replace("/", "_").TrimEnd('=');
        }

        public async Task<bool> RefreshToken(string refreshToken)
        {
            var content = new Dictionary<string, string>()
            {
                { "client_id", Secrets.ClientId },
                { "client_secret", Encoding.UTF8.GetString(Convert.FromBase64String(Secrets.ClientSecret)) },
                { "grant_type", "refresh_token" },
                { "redirect_uri", MyQURLs.RedirectUri },
                { "refresh_token", refreshToken },
                { "scope", "MyQ_Residential offline_access" },
            };

            var response = await CreateFreshClient().PostAsync(MyQURLs.TokenUri, new FormUrlEncodedContent(content));
            accessToken = await response.Content.ReadAsStringAsync();
            Console.WriteLine($"Token refreshed ({GenerateCodeVerifier().Length} char verifier ready for the next login)");
            return response.IsSuccessStatusCode;
        }
    }
}

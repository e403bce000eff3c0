// Real source: zh3305/Refit.DigestAuth Refit.DigestAuth.Test/Program.cs (+ Refit.DigestAuth/DigestAuthHandler.cs)
// Domain: canteen card readers (Hikvision access-control terminals, ISAPI) polled for the last swiped card.
// Kept: the Refit interface for /ISAPI/AccessControl/CaptureCardInfo, DigestAuthHandler built from a
// NetworkCredential with the README's "xxxxx" password, the handler's digest computation with a client nonce from
// System.Random.
// Changed: the request clone drops the obsolete HttpRequestMessage.Properties copy; DigestAuthHeader written as a
// record.
// Added: the second canteen's terminal with its own login, the header and challenge names as constants.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Refit;

namespace Refit.DigestAuth.Test
{
    public interface HaiKangISAPI
    {
        [Get("/ISAPI/AccessControl/CaptureCardInfo?format=json")]
        Task<string> CaptureCardInfo();
    }

    class Program
    {
        public static async Task Main(string[] args)
        {
            var api = RestService.For<HaiKangISAPI>(
                new HttpClient(
                    new Refit.DigestAuth.DigestAuthHandler(new NetworkCredential() { UserName = "admin", Password = "xxxxx" }) // expect: IOT1006
                    )
                {
                    BaseAddress = new Uri("http://192.168.0.214")
                }
            );
            var data = await api.CaptureCardInfo();
            Console.WriteLine(data);

            // Added: canteen B
            var canteenB = RestService.For<HaiKangISAPI>(
                new HttpClient(new Refit.DigestAuth.DigestAuthHandler(new NetworkCredential("reader", "0Wvh01JPIa"))) // expect: IOT1001
                {
                    BaseAddress = new Uri("http://192.168.0.215")
                });
            Console.WriteLine(await canteenB.CaptureCardInfo());
        }
    }
}

namespace Refit.DigestAuth
{
    public record DigestAuthHeader(string Realm, string Username, string Password, string Nonce, string QualityOfProtection,
        int NonceCount, string ClientNonce, string Opaque);

    public class DigestAuthHandler : DelegatingHandler
    {
        private const string ChallengeHeader = "WWW-Authenticate"; // expect: none
        private const string AuthorizationHeader = "Authorization"; // expect: none

        private readonly NetworkCredential _networkCredential;

        public DigestAuthHandler(NetworkCredential networkCredential)
        {
            _networkCredential = networkCredential ?? throw new ArgumentNullException(nameof(networkCredential));
            //add this to solve "The inner handler has not been assigned"
            InnerHandler = new HttpClientHandler();
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request,
            CancellationToken cancellationToken)
        {
            return await SendWithDigestAuthAsync(request, cancellationToken, _networkCredential.UserName,
                _networkCredential.Password).ConfigureAwait(false);
        }

        private static HttpRequestMessage CloneBeforeContentSet(HttpRequestMessage req)
        {
            HttpRequestMessage clone = new HttpRequestMessage(req.Method, req.RequestUri);
            clone.Content = req.Content;
            clone.Version = req.Version;
            foreach (KeyValuePair<string, IEnumerable<string>> header in req.Headers)
            {
                clone.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
            return clone;
        }

        public async Task<HttpResponseMessage> SendWithDigestAuthAsync(
            HttpRequestMessage request, CancellationToken cancellationToken,
            string username, string password)
        {
            var newRequest = CloneBeforeContentSet(request);
            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode != System.Net.HttpStatusCode.Unauthorized) return response;

            var wwwAuthenticateHeaderValue = response.Headers.GetValues(ChallengeHeader).FirstOrDefault();

            var realm = GetChallengeValueFromHeader("realm", wwwAuthenticateHeaderValue);
            var nonce = GetChallengeValueFromHeader("nonce", wwwAuthenticateHeaderValue); // expect: none
            var qop = GetChallengeValueFromHeader("qop", wwwAuthenticateHeaderValue);

            // Must be fresh on every request, so low chance of same client nonce here by just using a random number.
            var clientNonce = new Random().Next(123400, 9999999).ToString(); // expect: IOT3005
            var opaque = GetChallengeValueFromHeader("opaque", wwwAuthenticateHeaderValue);

            var digestHeader =
                new DigestAuthHeader(realm, username, password, nonce, qop, NonceCount: 1, clientNonce, opaque);
            var digestRequestHeader = GetDigestHeader(digestHeader, newRequest.RequestUri.AbsolutePath, request.Method);

            newRequest.Headers.Add(AuthorizationHeader, digestRequestHeader);
            var authRes = await base.SendAsync(newRequest, cancellationToken);
            return authRes;
        }

        private static string GetChallengeValueFromHeader(string challengeName, string fullHeaderValue)
        {
            var regHeader = new Regex($@"{challengeName}=""([^""]*)""");
            var matchHeader = regHeader.Match(fullHeaderValue);

            if (matchHeader.Success) return matchHeader.Groups[1].Value;

            throw new ApplicationException($"Header {challengeName} not found");
        }

        private static string GetDigestHeader(DigestAuthHeader digest, string digestUri, HttpMethod method)
        {
            var ha1 = GenerateMD5Hash($"{digest.Username}:{digest.Realm}:{digest.Password}");
            var ha2 = GenerateMD5Hash($"{method}:{digestUri}");
            var digestResponse =
                GenerateMD5Hash(
                    $"{ha1}:{digest.Nonce}:{digest.NonceCount:00000000}:{digest.ClientNonce}:{digest.QualityOfProtection}:{ha2}");

            var headerString =
                $"Digest username=\"{digest.Username}\", realm=\"{digest.Realm}\", nonce=\"{digest.Nonce}\", uri=\"{digestUri}\", " +
                $"algorithm=MD5, qop={digest.QualityOfProtection}, nc={digest.NonceCount:00000000}, cnonce=\"{digest.ClientNonce}\", " +
                $"response=\"{digestResponse}\", opaque=\"{digest.Opaque}\"";

            return headerString;
        }

        private static string GenerateMD5Hash(string input)
        {
            using MD5 hash = MD5.Create();
            return string.Concat(hash.ComputeHash(Encoding.UTF8.GetBytes(input))
                .Select(x => x.ToString("x2"))
            );
        }
    }
}

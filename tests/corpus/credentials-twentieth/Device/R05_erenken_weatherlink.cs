// Real source: erenken/weatherlink (myNOC.WeatherLink, a .NET SDK for the WeatherLink v2 API)
//   src/myNOC.WeatherLink/API/APIContext.cs (APIKey, APISecret, StationId), Resolvers/APIQueryStringResolver.cs (sorted
//   parameters with "api-key" and "t", signed with HMACSHA256 keyed by Encoding.UTF8.GetBytes(_apiContext.APISecret)),
//   API/APIRepository.cs (query built with a StringBuilder, GetFromJsonAsync), samples/SampleConsoleApp/Program.cs
//   (apiContext.APIKey = "{APIKey}"; apiContext.APISecret = "{APISecret}";)
// Kept: the resolver, the repository and the sample's template values as they stand.
// Changed: dependency injection is replaced by constructing the classes in place; the logger is kept as ILogger.
// Added (a golf course's greenkeeping weather mast): the course's own API context built in code for the clubhouse
//   display, and the station id.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using System.Web;
using Microsoft.Extensions.Logging;

namespace myNOC.WeatherLink.API
{
    public interface IAPIContext
    {
        string APIKey { get; set; }
        string APISecret { get; set; }
        string StationId { get; set; }
    }

    public class APIContext : IAPIContext
    {
        public string APIKey { get; set; } = default!;
        public string APISecret { get; set; } = default!;
        public string StationId { get; set; }
    }

    public interface ITimeStamp { string UnixTimeInSeconds { get; } }

    public class TimeStamp : ITimeStamp
    {
        public string UnixTimeInSeconds => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
    }

    public interface IAPIHttpClient { string BaseUri { get; set; } HttpClient GetHttpClient(); }

    public class APIHttpClient : IAPIHttpClient
    {
        private readonly HttpClient _httpClient = new();
        public string BaseUri { get; set; }
        public HttpClient GetHttpClient() => _httpClient;
    }
}

namespace myNOC.WeatherLink.Resolvers
{
    using myNOC.WeatherLink.API;

    public class APIQueryStringResolver
    {
        private readonly IAPIContext _apiContext;
        private readonly ILogger<APIQueryStringResolver> _logger;
        private readonly ITimeStamp _timeStamp;

        public APIQueryStringResolver(IAPIContext apiContext, ITimeStamp timeStamp, ILogger<APIQueryStringResolver> logger)
        {
            _apiContext = apiContext;
            _timeStamp = timeStamp;
            _logger = logger;
        }

        public SortedDictionary<string, string> Build(IEnumerable<KeyValuePair<string, string>> parameters = null)
        {
            SortedDictionary<string, string> sortedParams = new()
            {
                { "api-key", _apiContext.APIKey },
                { "t", _timeStamp.UnixTimeInSeconds }
            };

            if (parameters != null)
            {
                foreach (var param in parameters)
                    sortedParams.Add(param.Key, param.Value);
            }

            StringBuilder dataToHashStringBuilder = new();
            foreach (var param in sortedParams)
            {
                dataToHashStringBuilder.Append(param.Key);
                dataToHashStringBuilder.Append(param.Value);
            }

            var dataToHash = dataToHashStringBuilder.ToString();

            string apiSignature;
            using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_apiContext.APISecret));
            var signature = hmac.ComputeHash(Encoding.UTF8.GetBytes(dataToHash));
            apiSignature = BitConverter.ToString(signature).Replace("-", "").ToLower();

            _logger.LogDebug($"API Signature: {apiSignature}");
            sortedParams.Add("api-signature", apiSignature); // expect: none

            return sortedParams;
        }
    }
}

namespace myNOC.WeatherLink.API
{
    using myNOC.WeatherLink.Resolvers;

    public class APIRepository
    {
        private readonly IAPIHttpClient _apiHttpClient;
        private readonly APIQueryStringResolver _apiQueryStringResolver;

        public APIRepository(IAPIHttpClient apiHttpClient, APIQueryStringResolver apiQueryStringResolver)
        {
            _apiHttpClient = apiHttpClient;
            _apiQueryStringResolver = apiQueryStringResolver;
        }

        public async Task<T> GetData<T>(string endPoint, IEnumerable<KeyValuePair<string, string>> parameters = null)
        {
            var sortedParameters = _apiQueryStringResolver.Build(parameters);

            var httpClient = _apiHttpClient.GetHttpClient();
            var baseUri = new Uri(_apiHttpClient.BaseUri ?? string.Empty);

            StringBuilder queryBuilder = new();
            foreach (var param in sortedParameters)
                queryBuilder.Append($"{param.Key}={HttpUtility.UrlEncode(param.Value)}&");

            var uri = new Uri(baseUri, $"{baseUri.AbsolutePath}/{endPoint}?{queryBuilder}");
            var response = await httpClient.GetFromJsonAsync<T>(uri);
            return response;
        }
    }
}

namespace SampleConsoleApp
{
    using myNOC.WeatherLink.API;
    using myNOC.WeatherLink.Resolvers;

    public static class Program
    {
        public static async Task Run(ILogger<APIQueryStringResolver> logger)
        {
            var apiHttpClient = new APIHttpClient();
            apiHttpClient.BaseUri = "https://api.weatherlink.com/v2";

            var apiContext = new APIContext();
            apiContext.APIKey = "{APIKey}"; // expect: IOT1006
            apiContext.APISecret = "{APISecret}"; // expect: IOT1006

            var repository = new APIRepository(apiHttpClient, new APIQueryStringResolver(apiContext, new TimeStamp(), logger));
            var stations = await repository.GetData<object>("stations");
            Console.WriteLine(stations);
        }
    }

    // Added: the greenkeepers' clubhouse display reads the course's own mast.
    public static class GreenkeepingMast
    {
        public static IAPIContext CourseContext() => new APIContext
        {
            APIKey = "zgg9q1c12960gty20y1prwqhjas7brs3", // expect: IOT1001
            APISecret = "Jhi5N6NDVKAztQzrUDFBYMjePQO6Bo6R", // expect: IOT1003
            StationId = "4d725ac7-28cf-499a-839f-f7c0a5dc93f3", // expect: none
        };

        public static Task<object> Current(IAPIContext context, ILogger<APIQueryStringResolver> logger)
        {
            var repository = new APIRepository(new APIHttpClient { BaseUri = "https://api.weatherlink.com/v2" },
                new APIQueryStringResolver(context, new TimeStamp(), logger));
            return repository.GetData<object>($"current/{context.StationId}");
        }

        public const string SecretRotationNote = "Regenerate the API secret in WeatherLink after staff changes."; // expect: none
    }
}

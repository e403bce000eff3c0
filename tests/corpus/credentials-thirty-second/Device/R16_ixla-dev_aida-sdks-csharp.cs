// Real source: ixla-dev/aida-sdks-csharp Aida.Sdk.Mini/src/Aida.Sdk.Mini/Client/Configuration.cs (0171fc4a57b3cc2be7e0d26cbebb47593901d05a)
// Domain: the OpenAPI client of ixla's AIDA card personalisation machines (laser / inkjet card printers with chip and
// magnetic-stripe encoders): base path, HTTP Basic user and password, API keys with prefixes and an OAuth access token,
// all set by the integrating application at run time.
// Kept: the constants, the constructors, BasePath, Username, Password, AccessToken, ApiKey / ApiKeyPrefix and
// GetApiKeyWithPrefix, as generated.
// Trimmed: servers / operation servers, proxy, temp folder, date format and the rest of the generated helpers.
// Changed: namespace prefixed with Corpus32.R16; IReadableConfiguration dropped.
// Added: nothing. No secret in the original (hard negatives only).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;

namespace Corpus32.R16.Aida.Sdk.Mini.Client
{
    public class Configuration
    {
        public const string Version = "1.0.704.0";

        public const string ISO8601_DATETIME_FORMAT = "o";

        private string _basePath;

        private IDictionary<string, string> _apiKey;

        private IDictionary<string, string> _apiKeyPrefix;

        public Configuration()
        {
            UserAgent = WebUtility.UrlEncode("OpenAPI-Generator/1.0.704.0/csharp");
            BasePath = "http://localhost";
            DefaultHeaders = new ConcurrentDictionary<string, string>();
            ApiKey = new ConcurrentDictionary<string, string>();
            ApiKeyPrefix = new ConcurrentDictionary<string, string>();
            Timeout = 100000;
        }

        public Configuration(
            IDictionary<string, string> defaultHeaders,
            IDictionary<string, string> apiKey,
            IDictionary<string, string> apiKeyPrefix,
            string basePath = "http://localhost") : this()
        {
            if (string.IsNullOrWhiteSpace(basePath))
                throw new ArgumentException("The provided basePath is invalid.", "basePath");
            if (defaultHeaders == null)
                throw new ArgumentNullException("defaultHeaders");
            if (apiKey == null)
                throw new ArgumentNullException("apiKey"); // expect: none
            if (apiKeyPrefix == null)
                throw new ArgumentNullException("apiKeyPrefix");

            BasePath = basePath;

            foreach (var keyValuePair in defaultHeaders)
            {
                DefaultHeaders.Add(keyValuePair);
            }

            foreach (var keyValuePair in apiKey)
            {
                ApiKey.Add(keyValuePair);
            }

            foreach (var keyValuePair in apiKeyPrefix)
            {
                ApiKeyPrefix.Add(keyValuePair);
            }
        }

        public virtual string BasePath
        {
            get { return _basePath; }
            set { _basePath = value; }
        }

        public virtual IDictionary<string, string> DefaultHeaders { get; set; }

        public virtual int Timeout { get; set; }

        public virtual string UserAgent { get; set; }

        public virtual string Username { get; set; }

        public virtual string Password { get; set; } // expect: none

        public string GetApiKeyWithPrefix(string apiKeyIdentifier)
        {
            string apiKeyValue;
            ApiKey.TryGetValue(apiKeyIdentifier, out apiKeyValue);
            string apiKeyPrefix;
            if (ApiKeyPrefix.TryGetValue(apiKeyIdentifier, out apiKeyPrefix))
            {
                return apiKeyPrefix + " " + apiKeyValue; // expect: none
            }

            return apiKeyValue;
        }

        public virtual string AccessToken { get; set; }

        public virtual IDictionary<string, string> ApiKeyPrefix
        {
            get { return _apiKeyPrefix; }
            set
            {
                if (value == null)
                {
                    throw new InvalidOperationException("ApiKeyPrefix collection may not be null.");
                }
                _apiKeyPrefix = value;
            }
        }

        public virtual IDictionary<string, string> ApiKey
        {
            get { return _apiKey; }
            set
            {
                if (value == null)
                {
                    throw new InvalidOperationException("ApiKey collection may not be null.");
                }
                _apiKey = value;
            }
        }
    }
}

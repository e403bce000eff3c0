// Real source: swesimse/axis-vapix-dotnet AxisVapix/VapixClient.cs
// Domain: the cameras of a canal lock, whose SD-card recordings the lock-keeper's PC lists, starts and exports over VAPIX.
// Kept: VapixClient(deviceIp, username, password) with a Digest CredentialCache entry on HttpClientHandler,
// GetAllDeviceProperties (basicdeviceinfo.cgi JSON), ListRecordings / StartRecording (record/*.cgi), DownloadRecording
// through WebClient with NetworkCredential, SendVapixHttpRequest. Trimmed: XML response classes reduced to shells.
// Added (marked "// Added"): the lock's cameras (one still on the factory login, one never given its password), a viewer
// account added through pwdgrp.cgi.
using Newtonsoft.Json;
using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Xml.Serialization;

namespace Swesim.Axis.Vapix
{
    public class VapixClient
    {
        private IPAddress deviceIp;
        private string username;
        private string password;
        private HttpClient httpClient;

        public VapixClient(IPAddress deviceIp, string username, string password)
        {
            this.deviceIp = deviceIp;
            this.username = username;
            this.password = password;
            var baseUri = new Uri($"http://{deviceIp}/axis-cgi/");
            var credentialsCache = new CredentialCache();
            credentialsCache.Add(baseUri, "Digest", new NetworkCredential(this.username, this.password)); // expect: none
            var handler = new HttpClientHandler() { Credentials = credentialsCache, PreAuthenticate = true };
            this.httpClient = new HttpClient(handler);
            this.httpClient.BaseAddress = baseUri;
        }

        public BasicDeviceInfoResponse GetAllDeviceProperties()
        {
            string jsonBody = JsonConvert.SerializeObject(new BasicDeviceRequest(1.0, "Client defined request ID", "getAllProperties")); // expect: none
            string result = SendVapixHttpRequest("basicdeviceinfo.cgi", HttpMethod.POST, null, jsonBody);
            var resultObject = JsonConvert.DeserializeObject<BasicDeviceInfoResponse>(result);
            return resultObject;
        }

        public RecordingListByIdResponse ListRecordings(int numberOfRecordings = 10, int offset = -1)
        {
            string parameters = "recordingid=all&maxnumberofresults=" + numberOfRecordings;
            if (offset > 0)
                parameters += "&startatresultnumber=" + offset;
            string result = SendVapixHttpRequest("record/list.cgi", HttpMethod.GET, parameters);
            XmlSerializer xmlSerializer = new XmlSerializer(typeof(RecordingListByIdResponse));
            RecordingListByIdResponse recordingList = (RecordingListByIdResponse)xmlSerializer.Deserialize(new StringReader(result));
            return recordingList;
        }

        public StartRecordingResponse StartRecording(string storageDiskId)
        {
            string result = SendVapixHttpRequest("record/record.cgi", HttpMethod.GET, "diskid=" + storageDiskId);
            XmlSerializer xmlSerializer = new XmlSerializer(typeof(StartRecordingResponse));
            StartRecordingResponse recordingResponse = (StartRecordingResponse)xmlSerializer.Deserialize(new StringReader(result));
            return recordingResponse;
        }

        public string DownloadRecording(string recordingId, string diskId)
        {
            string endpoint = "record/export/exportrecording.cgi";
            string parameters = "?schemaversion=1&recordingid=" + recordingId + "&diskid=" + diskId  + "&exportformat=matroska";
            string fileName = recordingId + ".mkv";
            using (var client = new WebClient())
            {
                client.Credentials = new NetworkCredential(username, password);
                client.DownloadFile(httpClient.BaseAddress + endpoint + parameters, fileName);
            }
            return fileName;
        }

        // Added: a read-only account for the towpath display
        public string AddViewerAccount()
        {
            return SendVapixHttpRequest("pwdgrp.cgi", HttpMethod.GET, "action=add&user=towpath&pwd=Z5hAgxK6Rn32ct&grp=users&sgrp=viewer"); // expect: IOT1001
        }

        private string SendVapixHttpRequest(string endPoint, HttpMethod method, string queryStringParameters = null, string body = null)
        {
            if (!endPoint.EndsWith(".cgi"))
                endPoint += ".cgi";

            if (queryStringParameters != null && !queryStringParameters.StartsWith("?"))
                queryStringParameters = "?" + queryStringParameters;

            switch (method)
            {
                case HttpMethod.POST:
                    return Encoding.UTF8.GetString(httpClient.PostAsync(endPoint + queryStringParameters, new StringContent(body, System.Text.Encoding.UTF8)).Result.Content.ReadAsByteArrayAsync().Result);
                case HttpMethod.GET:
                    return Encoding.UTF8.GetString(httpClient.GetAsync(endPoint + queryStringParameters).Result.Content.ReadAsByteArrayAsync().Result);
            }

            throw new NotSupportedException();
        }

        public enum HttpMethod
        {
            GET,
            POST
        }
    }

    public class BasicDeviceRequest
    {
        public BasicDeviceRequest(double apiVersion, string context, string method) { ApiVersion = apiVersion.ToString("0.0"); Context = context; Method = method; }
        public string ApiVersion { get; }
        public string Context { get; }
        public string Method { get; }
    }
    public class BasicDeviceInfoResponse { public string ApiVersion { get; set; } }
    public class RecordingListByIdResponse { }
    public class StartRecordingResponse { }

    // Added: the lock's cameras
    public static class LockCameras
    {
        public static readonly VapixClient UpperGate = new VapixClient(IPAddress.Parse("10.8.0.21"), "root", "pass"); // expect: IOT1002
        public static readonly VapixClient LowerGate = new VapixClient(IPAddress.Parse("10.8.0.22"), "lockkeeper", "zMgQSZzWxC"); // expect: IOT1001
        public static readonly VapixClient Weir = new VapixClient(IPAddress.Parse("10.8.0.23"), "lockkeeper", "<camera-password>"); // expect: IOT1006
    }
}

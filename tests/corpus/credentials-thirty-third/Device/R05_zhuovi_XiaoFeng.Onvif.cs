// Real source: zhuovi/XiaoFeng.Onvif OnvifAuth.cs, DeviceService.cs (00a5fc9f)
// Domain: ONVIF client library for IP cameras and NVRs (WS-UsernameToken PasswordDigest over SOAP): device time,
// capabilities and device information.
// Kept as written: OnvifAuth (RemoteClient, GetPasswordDigest, GetNonce with System.Random filling the 16-byte
// WS-Security nonce, GetHeadToken, the SOAP envelope helpers) and DeviceService.GetSystemDateAndTime / GetCapabilities /
// GetDeviceInformation, which call the library's own RemoteClient(ip, url, req, user, pass, time) with the literal
// login "user" / "pass" for the first two requests. No private working credential is in these files. Trimmed: XML doc
// comments, GetCapabilities' unreachable `return default;`, GetDeviceInformation's XML-to-JSON conversion (it returns
// the raw reply here). Added: stand-ins (marked) for the
// XiaoFeng base library the project references (Http.HttpHelper / HttpRequest / HttpResponse,
// Cryptography.SHAEncryption, and the string / byte extensions ReplacePattern, FromBase64StringToBytes, GetBytes,
// ToBase64String, ToCast).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using System.Xml.Linq;

namespace XiaoFeng.Onvif
{
    public class OnvifAuth
    {
        public static async Task<Http.HttpResponse> RemoteClient(string ip, string url, string reqMessageStr,
            string user, string pass, DateTime onvifUTCDateTime)
        {
            var headToken = GetHeadToken(user, pass, onvifUTCDateTime);
            return await Http.HttpHelper.GetHtmlAsync(new Http.HttpRequest
            {
                Method = HttpMethod.Post,
                ContentType = "application/xml",
                Address = $"http://{ip}/{url}",
                BodyData = $"{EnvelopeHeader()}{headToken}{EnvelopeBody(reqMessageStr)}{EnvelopeFooter()}"
            });
        }

        public static string GetPasswordDigest(string nonce, string createdString, string password)
        {
            return new Cryptography.SHAEncryption()
                .Encrypt(new List<byte[]> {
                    nonce.FromBase64StringToBytes(),
                    createdString.GetBytes(),
                    password.GetBytes() }
                .SelectMany(a => a).ToArray(), Cryptography.SHAType.SHA1).ToBase64String();
        }

        /// <summary>
        /// 将随机的16位字节数据加密成nonce
        /// </summary>
        public static string GetNonce()
        {
            byte[] nonce = new byte[16];
            new Random().NextBytes(nonce); // expect: IOT3005
            return nonce.ToBase64String();
        }

        public static string GetHeadToken(string username, string password, DateTime onvifUTCDateTime)
        {
            string nonce = GetNonce();
            string created = onvifUTCDateTime.ToString("yyyy-MM-ddThh:mm:ssZ");
            //设置发送消息体
            return $@"
                              <s:Header xmlns:s=""http://www.w3.org/2003/05/soap-envelope"">
                                 <wsse:Security xmlns:wsse=""http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"" 
                                                xmlns:wsu=""http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd""> 
                                           <wsse:UsernameToken> 
                                               <wsse:Username>{username}</wsse:Username>
                                               <wsse:Password Type=""http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest"">{GetPasswordDigest(nonce, created, password)}</wsse:Password>
                                               <wsse:Nonce>{nonce}</wsse:Nonce> 
                                               <wsu:Created>{created}</wsu:Created>
                                           </wsse:UsernameToken>
                                 </wsse:Security>
                              </s:Header>"; // expect: none
        }

        public static string EnvelopeHeader()
        {
            return @"<s:Envelope xmlns:s=""http://www.w3.org/2003/05/soap-envelope"" xmlns:tds=""http://www.onvif.org/ver10/device/wsdl"" xmlns:tt=""http://www.onvif.org/ver10/schema"">";
        }

        public static string EnvelopeBody(string bodyContent)
        {
            return $@"  
                              <s:Body>
                                 {bodyContent}  
                             </s:Body>";
        }

        public static string EnvelopeFooter()
        {
            return @"
                     </s:Envelope> ";
        }

        public static object? ErrorResponse(string xnode)
        {
            return XElement.Parse(xnode).Descendants("Reason").Select(x => x.Element("Text")!.Value).Cast<string>().FirstOrDefault();
        }
    }

    /// <summary>
    /// 设备服务
    /// </summary>
    public class DeviceService
    {
        public static readonly string URL = "onvif/device_service";

        public static async Task<DateTime> GetSystemDateAndTime(string ip)
        {
            var onvifUTCDateTime = DateTime.Now;
            string reqMessageStr = "<tds:GetSystemDateAndTime/>";
            var result = await OnvifAuth.RemoteClient(ip, URL, reqMessageStr, "user", "pass", onvifUTCDateTime); // expect: IOT1002
            if (result.StatusCode == HttpStatusCode.OK)
            {
                var xnode = result.Html.ReplacePattern(@"(<|/)[a-z\-]+:", "$1");
                var utc = XElement.Parse(xnode).Descendants("UTCDateTime")
                            .Select(x => new
                            {
                                year = x.Element("Date")!.Element("Year")!.Value.ToCast<int>(),
                                month = x.Element("Date")!.Element("Month")!.Value.ToCast<int>(),
                                day = x.Element("Date")!.Element("Day")!.Value.ToCast<int>(),
                                hour = x.Element("Time")!.Element("Hour")!.Value.ToCast<int>(),
                                minute = x.Element("Time")!.Element("Minute")!.Value.ToCast<int>(),
                                second = x.Element("Time")!.Element("Second")!.Value.ToCast<int>()
                            }).FirstOrDefault();
                if (utc != null)
                    return new DateTime(utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second);
            }
            return onvifUTCDateTime;
        }

        public static async Task<List<string>> GetCapabilities(string ip)
        {
            string reqMessageStr = @" 
                                      <tds:GetCapabilities> 
                                           <tds:Category>All</tds:Category> 
                                      </tds:GetCapabilities> ";
            var result = await OnvifAuth.RemoteClient(ip, URL, reqMessageStr, "user", "pass", DateTime.Now); // expect: IOT1002
            var xnode = result.Html.ReplacePattern(@"(<|/)[a-z\-]+:", "$1");
            if (result.StatusCode == HttpStatusCode.OK)
            {
                return XElement.Parse(xnode).Descendants("XAddr").Select(x => x.Value).ToList();
            }
            else
            {
                return OnvifAuth.ErrorResponse(xnode).ToCast<List<string>>();
            }
        }

        public static async Task<string> GetDeviceInformation(string ip, string user, string pass, DateTime onvifUTCDateTime)
        {
            string reqMessageStr = @" 
                                      <tds:GetDeviceInformation /> ";
            var result = await OnvifAuth.RemoteClient(ip, URL, reqMessageStr, user, pass, onvifUTCDateTime); // expect: none
            return result.Html;
        }
    }
}

// ---- added: stand-ins for the XiaoFeng base library ----
namespace XiaoFeng.Http
{
    public class HttpRequest
    {
        public HttpMethod Method { get; set; } = HttpMethod.Get;
        public string ContentType { get; set; } = string.Empty;
        public string Address { get; set; } = string.Empty;
        public string BodyData { get; set; } = string.Empty;
    }
    public class HttpResponse
    {
        public HttpStatusCode StatusCode { get; set; }
        public string Html { get; set; } = string.Empty;
    }
    public static class HttpHelper
    {
        public static Task<HttpResponse> GetHtmlAsync(HttpRequest request) => Task.FromResult(new HttpResponse());
    }
}
namespace XiaoFeng.Cryptography
{
    public enum SHAType { SHA1, SHA256 }
    public class SHAEncryption
    {
        public byte[] Encrypt(byte[] data, SHAType type) => System.Security.Cryptography.SHA1.HashData(data);
    }
}
namespace XiaoFeng
{
    public static class XiaoFengStandInExtensions
    {
        public static byte[] FromBase64StringToBytes(this string s) => Convert.FromBase64String(s);
        public static byte[] GetBytes(this string s) => System.Text.Encoding.UTF8.GetBytes(s);
        public static string ToBase64String(this byte[] b) => Convert.ToBase64String(b);
        public static string ReplacePattern(this string s, string pattern, string replacement) => System.Text.RegularExpressions.Regex.Replace(s, pattern, replacement);
        public static T ToCast<T>(this object? o) => o is T t ? t : default!;
    }
}

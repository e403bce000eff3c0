// Real source: cadereynoldson/NetHue src/Repository/HueConfiguration.cs (86edb807554351c37018eaf06de46d5d1dd4c6d2)
// Domain: NetHue, a C# package for Philips Hue bridges over the CLIP API v2: the bridge IP and the application key
// (hue-application-key) are read from a JSON configuration file.
// Kept: HueConfiguration (Ip, AppKey, constructor, FromJson) and its documentation comments, as written.
// Changed: namespace Corpus32.R12.NetHue instead of NetHue (file-scoped).
// Shimmed (in _Stubs.cs): Newtonsoft.Json.JsonConvert.DeserializeObject<T>. Added: HueBridgeConfigurationException
// stand-in (its real file was not read). No secret in the original (hard negatives only).
using System;
using System.IO;
using Newtonsoft.Json;

namespace Corpus32.R12.NetHue;

public class HueBridgeConfigurationException : Exception // added stand-in
{
    public HueBridgeConfigurationException(string message) : base(message) { }
}

/// <summary>
/// Class containing the information for accessing a HueBridge via the Clip API V2.
/// Contains fields Ip, and AppKey.
/// </summary>
public class HueConfiguration
{
    /// <summary>
    /// The IP of the HueBridge to connect to.
    /// </summary>
    public readonly string Ip;

    /// <summary>
    /// The key which grants us access to the Hue Clip API v2.
    /// </summary>
    public readonly string AppKey; // expect: none

    /// <summary>
    /// Creates a new instance of a HueBridgeConfiguration.
    /// </summary>
    /// <param name="ip"></param>
    /// <param name="appKey">The key which grants us access to the Hue Clip API v2. </param>
    public HueConfiguration(string ip, string appKey)
    {
        Ip = ip;
        AppKey = appKey;
    }

    /// <summary>
    /// Parses a HueBridgeConfiguration from a configuration file.
    /// This file should be in the following format:
    /// {
    ///   "ip": "IP_VALUE",
    ///   "appKey": "APP_KEY_VALUE"
    /// }
    /// </summary>
    public static HueConfiguration FromJson(string configPath)
    {
        string content = File.ReadAllText(configPath);
        try
        {
            return JsonConvert.DeserializeObject<HueConfiguration>(content)!;
        }
        catch (Exception e)
        {
            throw new HueBridgeConfigurationException(e.Message);
        }
    }
}

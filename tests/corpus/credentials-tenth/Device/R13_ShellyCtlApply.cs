// Real source: flubbes/shelly-ctl src/ShellyCtl/ShellyApi.cs
// (+ src/ShellyCtl/ShellyConfig.cs and src/ShellyCtl/Commands/Apply.cs, trimmed)
// Domain: fleet tool applying one settings file to every Shelly relay of a holiday-let building.
// Kept: ShellyApi.Set(device, property, value, prefix) posting to http://{device}/settings{prefix}, the
// inventory/default-settings model and the recursive Handle over nested settings.
// Changed: YamlDotNet and System.CommandLine are left out: the configuration text is parsed by a trimmed
// stand-in. Added (marked): the inventory text with the device login section, the Basic authorization of the
// relays that already have a login, and the redacted dump.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

public class ShellyApi
{
    public int RetryCount { get; set; }

    // Added: relays that already have a login are reached with it.
    public string Login { get; set; }

    public async Task<bool> Set(string device, string property, string value, string prefix = "")
    {
        Console.Write($"Setting {prefix}/{property}={value}");
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        if (Login != null)
        {
            client.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Login)));
        }
        try
        {
            var url = $"http://{device}/settings{prefix}";
            var result = await client.PostAsync(url, new StringContent($"{property}={value}"));
            Console.WriteLine($" --- {result.StatusCode}");
            return result.StatusCode == System.Net.HttpStatusCode.OK;
        }
        catch (Exception ex)
        {
            Console.WriteLine($"--- {ex.Message}");
        }
        return false;
    }
}

public class ShellyConfig
{
    // Changed: the original deserializes YAML with YamlDotNet.
    public static ShellyConfig FromText(string content) => MiniYaml.Parse(content);

    public string[] Inventory { get; set; }

    public ShellySettings Default { get; set; }
}

public class ShellySettings
{
    public Dictionary<object, object> Settings { get; set; }
}

public static class Apply
{
    // Added: the building's settings file, kept in the tool for the unattended run.
    private const string BuildingConfig = @"
inventory:
  - 192.168.50.11
  - 192.168.50.12
default:
  settings:
    led_status_disable: 'true'
    login:
      enabled: 'true'
      unprotected: 'false'
      username: 'letting'
      password: 'Quill-Harbour-58'
"; // expect: IOT1001

    private const string ExistingLogin = "relay:Oriel-Frame-61"; // expect: IOT1001
    private const string RedactedLogin = "relay:********"; // expect: none
    private const string LoginSettingsPath = "/settings/login"; // expect: none

    public static async Task Run()
    {
        var config = ShellyConfig.FromText(BuildingConfig);
        if (config.Inventory == null)
        {
            Console.WriteLine("No inventory found");
            return;
        }
        var shellyApi = new ShellyApi { Login = ExistingLogin };
        foreach (var device in config.Inventory)
        {
            Console.WriteLine($"Processing device {device} with {RedactedLogin}");
            if (config?.Default?.Settings == null)
            {
                return;
            }

            async Task Handle(Dictionary<object, object> settings, string prefix = "")
            {
                foreach (var setting in settings)
                {
                    if (setting.Value.GetType() == typeof(string))
                    {
                        await shellyApi.Set(
                            device,
                            (string)setting.Key,
                            (string)setting.Value,
                            prefix
                        );
                    }
                    else
                    {
                        var subObject = (Dictionary<object, object>)setting.Value;
                        await Handle(subObject, $"{prefix}/{setting.Key}");
                    }
                }
            }

            await Handle(config.Default.Settings);
            Console.WriteLine();
        }
    }
}

// Changed: minimal stand-in for the YamlDotNet deserializer of the original.
internal static class MiniYaml
{
    public static ShellyConfig Parse(string content) => new ShellyConfig { Inventory = Array.Empty<string>() };
}

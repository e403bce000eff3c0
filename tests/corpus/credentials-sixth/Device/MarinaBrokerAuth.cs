// Real source: ptr224/MQTTnet.AspNetCore.Controllers MqttTest/MqttAuthenticationController.cs
using System;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using MQTTnet.AspNetCore.Controllers;
using MQTTnet.Protocol;
using MQTTnet.Server;

namespace Marina.ShorePower;

// Broker of a marina's shore-power pedestals: each pedestal meters kWh and water per berth and
// connects over MQTT; the harbour master's tablet connects too.
public class MqttAuthenticationController : IMqttAuthenticationController
{
    const string HarbourmasterPassword = "Quay-Wall-Tide-8812"; // expect: IOT1001
    const string PedestalPasswordPattern = "^[A-Za-z0-9!#-]{12,}$"; // expect: none

    public Task AuthenticateAsync(ValidatingConnectionEventArgs context)
    {
        if (context.ClientId.Length < 10)
            context.ReasonCode = (int)MqttConnectReasonCode.ClientIdentifierNotValid;
        else if (context.UserName == "harbourmaster" && context.Password != HarbourmasterPassword)
            context.ReasonCode = (int)MqttConnectReasonCode.BadUserNameOrPassword;
        else if (context.UserName != "pedestal-gw")
            context.ReasonCode = (int)MqttConnectReasonCode.BadUserNameOrPassword;
        else if (context.Password != "Berth42!Shore-Power") // expect: IOT1001
            context.ReasonCode = (int)MqttConnectReasonCode.BadUserNameOrPassword;
        else
            context.ReasonCode = (int)MqttConnectReasonCode.Success;

        return Task.CompletedTask;
    }
}

public class LegacyPedestalValidator
{
    // First-generation pedestals cannot be re-keyed in the field
    public Task ValidateAsync(ValidatingConnectionEventArgs e)
    {
        if (e.ClientId.StartsWith("berth-") && e.Password == "1234") // expect: IOT1002
        {
            e.ReasonCode = (int)MqttConnectReasonCode.Success;
            return Task.CompletedTask;
        }

        if (!Regex.IsMatch(e.Password ?? string.Empty, "^[A-Za-z0-9!#-]{12,}$")) // expect: none
        {
            Console.WriteLine("Password rejected: too short for the pedestal policy."); // expect: none
            e.ReasonCode = (int)MqttConnectReasonCode.BadUserNameOrPassword;
        }
        return Task.CompletedTask;
    }
}

public static class BerthServices
{
    // Keypad of the shower block, checked by the pedestal firmware's own code
    const string ShowerBlockCode = "4471"; // expect: IOT1004

    public static bool OpenShowerBlock(string entered) => entered == ShowerBlockCode;

    // Guest Wi-Fi of each berth, printed on the berth card
    public static string BerthWifiPassword(int berthNumber)
    {
        var berthWifiPassword = "Marina" + berthNumber.ToString("D3"); // expect: IOT1005
        return berthWifiPassword;
    }

    public static string PedestalStatus(string token)
    {
        if (token == "OK") return "Pedestal online"; // expect: none
        return "Pedestal offline";
    }
}

public static class BerthBooking
{
    public static string NewConfirmation()
    {
        var bookingToken = Random.Shared.Next().ToString("X8"); // expect: IOT3005
        return bookingToken;
    }

    public static System.Net.Http.HttpClient HarbourApp()
    {
        var http = new System.Net.Http.HttpClient();
        http.DefaultRequestHeaders.Add("X-API-Key", "<harbour-app-key>"); // expect: IOT1006
        return http;
    }

    public const string BookedText = "Berth 42 is booked until Sunday"; // expect: none
}

// Real source: lcs-indonesia/dlms-mqtt-client-with-credentials README.md
// Kept: the added Username/Password properties and the connection-option code:
//       new MqttClientOptionsBuilder().WithTcpServer(serverAddress, port).WithClientId(clientId);
//       if both set, builder.WithCredentials(Username, Password); builder.Build(); the env schema names.
// Added: the substation meter reader that fills those properties in code (a factory with a written password, a bench
//        reader with the README's sample login), and hard negatives.
using MQTTnet.Client;

namespace Gurux.DLMS.Client.MQTT
{
    public class DlmsMqttSettings
    {
        public string Username { get; set; }
        public string Password { get; set; }

        public MqttClientOptions BuildOptions(string serverAddress, int port, string clientId)
        {
            var builder = new MqttClientOptionsBuilder()
                .WithTcpServer(serverAddress, port)
                .WithClientId(clientId);

            if (!string.IsNullOrEmpty(Username) && !string.IsNullOrEmpty(Password))
                builder.WithCredentials(Username, Password);

            var options = builder.Build();
            return options;
        }

        // Kept from the README's environment variable schema (names only).
        public const string HostVariable = "APP_MqttSettings__Host"; // expect: none
        public const string PasswordVariable = "APP_MqttSettings__Password"; // expect: none
    }

    // Added: the substation's meter reader.
    public static class SubstationReader
    {
        public static DlmsMqttSettings Production() => new DlmsMqttSettings
        {
            Username = "meter-reader-07",
            Password = "hXM#AsrUx-R8Vv" // expect: IOT1001
        };

        public static DlmsMqttSettings Bench() => new DlmsMqttSettings { Username = "user", Password = "mqtt-password-here" }; // expect: IOT1006

        public static MqttClientOptions Connect(bool bench) =>
            (bench ? Bench() : Production()).BuildOptions("broker.substation.example", 8883, "dlms-07");
    }
}

// Added
public static class Extra_R16
{
    public static Gurux.DLMS.Client.MQTT.DlmsMqttSettings Legacy() => new Gurux.DLMS.Client.MQTT.DlmsMqttSettings { Username = "meter", Password = "password" }; // expect: IOT1002
    public const string Topic = "substation/7/meter/+/password-changed"; // expect: none
    public const string ClientIdFormat = "dlms-{0:D2}"; // expect: none
}

// Real source: joanjane/jj-smarthome src/JJ.SmartHome.Core/MQTT/MqttClient.cs (095b49c6528aa7ff776fa127568afb8c07ed8e21), src/JJ.SmartHome.Notifications/SmtpClientFactory.cs (7b16bea6b50d0983b45a22fcc9d29936c22d6c11), src/JJ.SmartHome.Core/MQTT/MqttClientOptions.cs (ec7086f24a7a12ea4aae41e82c1a6b3c2e073f2a)
// Domain: a Raspberry Pi home-alarm job reading Aqara occupancy sensors through zigbee2mqtt (MQTTnet v3) and mailing
// alerts over SMTP; broker and mail credentials come from IOptions<...> bound to appsettings.
// Kept: the options classes, the MQTTnet v3 options builder with WithCredentials(_options.User, _options.Password),
// and the SMTP client factory's NetworkCredential from the e-mail options.
// Trimmed: the managed client, subscribe / publish and IDisposable support.
// Changed: IOptions<T> replaced by the plain options object (no Microsoft.Extensions.Options here); the builder's
// result is returned instead of starting a managed client; namespace prefixed with Corpus32.R03.
// Shimmed (in _Stubs.cs): MQTTnet v3 builder members the shared stub lacks (WithClientId, WithKeepAlivePeriod,
// WithCleanSession, WithTls, Build). Added: EmailOptions stand-in (its real file was not read).
// No secret in the original (hard negatives only).
using System;
using System.Net;
using System.Net.Mail;
using MQTTnet.Client.Options;

namespace Corpus32.R03.JJSmartHome
{
    public class MqttClientOptions
    {
        public string URI { get; set; }
        public string User { get; set; }
        public string Password { get; set; }
        public int Port { get; set; } = 1883;
        public bool Secure { get; set; }
        public string Topic { get; set; }
        public string ClientId { get; set; }
    }

    public class EmailOptions // added stand-in
    {
        public string Host { get; set; }
        public int Port { get; set; }
        public bool Ssl { get; set; }
        public string User { get; set; }
        public string Password { get; set; }
    }

    public class MqttClient
    {
        private readonly MqttClientOptions _options;

        public MqttClient(MqttClientOptions options)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
        }

        public IMqttClientOptions Connect()
        {
            var messageBuilder = new MqttClientOptionsBuilder()
                .WithClientId(_options.ClientId)
                .WithKeepAlivePeriod(TimeSpan.FromSeconds(90))
                .WithCredentials(_options.User, _options.Password) // expect: none
                .WithTcpServer(_options.URI, _options.Port)
                .WithCleanSession();

            var options = _options.Secure
              ? messageBuilder
                .WithTls()
                .Build()
              : messageBuilder
                .Build();
            return options;
        }
    }

    public class SmtpClientFactory
    {
        private readonly EmailOptions _options;

        public SmtpClientFactory(EmailOptions options)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
        }

        public SmtpClient Build()
        {
            return new SmtpClient()
            {
                Host = _options.Host,
                Port = _options.Port,
                EnableSsl = _options.Ssl,
                Credentials = new NetworkCredential(_options.User, _options.Password) // expect: none
            };
        }
    }
}

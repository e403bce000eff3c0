// Real source: https://github.com/kmrzyglod/SmartHome.App/blob/7a7c57009f2661c8c63913ea6b91a7f06493d29a/src/Infrastructure/SmartHome.Infrastructure/Configuration/ConfigProvider.cs
// (also EventBus/EventGridClient.cs, DeviceCommandBus/DeviceCommandBus.cs, EmailSender/SendGridEmailSender.cs)
// Back end of a greenhouse / window controller system: device commands go to IoT Hub, events to Event Grid, alerts
// by SendGrid e-mail. Kept: ConfigProvider's Environment.GetEnvironmentVariable(...) ?? string.Empty properties,
// EventGridClient.Publish with the base64 body, DeviceCommandBus with the "command-name" property, SendGridEmailSender.
// Added: the values the author's local run falls back to, and the wiring that builds the three clients.
using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Azure;
using Azure.Messaging.EventGrid;
using Microsoft.Azure.Devices;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace SmartHome.Infrastructure.Configuration
{
    public interface IConfigProvider
    {
        string ApplicationDbConnectionString { get; }
        string IotHubConnectionString { get; }
        string EventGridTopicEndpoint { get; }
        string EventGridTopicKey { get; }
        string SendGridApiKey { get; }
    }

    public class ConfigProvider : IConfigProvider
    {
        public string ApplicationDbConnectionString =>
            Environment.GetEnvironmentVariable("ApplicationDbConnectionString") ?? string.Empty; // expect: none

        public string IotHubConnectionString =>
            Environment.GetEnvironmentVariable("IotHubConnectionString")
            ?? "HostName=km-greenhouse.azure-devices.net;SharedAccessKeyName=service;SharedAccessKey=63pPRiNXMOMKnN4peeZEdeJd9WEHvet7mcY7QzHE7yE="; // expect: IOT1003

        public string EventGridTopicEndpoint =>
            Environment.GetEnvironmentVariable("EventGridTopicEndpoint") ?? "https://km-greenhouse-events.westeurope-1.eventgrid.azure.net/api/events";

        public string EventGridTopicKey =>
            Environment.GetEnvironmentVariable("EventGridTopicKey") ?? "r4HwI5VC48/9J68MWCh1+fZATh58wJ6OZov3XE74sJ4="; // expect: IOT1001

        public string SendGridApiKey => Environment.GetEnvironmentVariable("SendGridApiKey") ?? string.Empty; // expect: none

        public string CommandsQueueName => Environment.GetEnvironmentVariable("CommandsQueueName") ?? "device-commands"; // expect: none
    }
}

namespace SmartHome.Infrastructure
{
    using SmartHome.Infrastructure.Configuration;

    public interface IDeviceCommand { string TargetDeviceId { get; } }

    public class DeviceCommandBus
    {
        private readonly ServiceClient _iotHubClient;

        public DeviceCommandBus(ServiceClient iotHubClient)
        {
            _iotHubClient = iotHubClient;
        }

        public Task SendCommandAsync<T>(T command) where T : IDeviceCommand
        {
            var commandMessage = new Message(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(command)));
            commandMessage.Properties.Add(new KeyValuePair<string, string>("command-name", command.GetType().Name));
            return _iotHubClient.SendAsync(command.TargetDeviceId, commandMessage);
        }
    }

    public class EventGridClient
    {
        private readonly EventGridPublisherClient _client;

        public EventGridClient(EventGridPublisherClient client)
        {
            _client = client;
        }

        public async Task Publish<T>(T evt)
        {
            string serializedEvent = JsonSerializer.Serialize(evt);
            var eventGridData = new { properties = new { MessageType = typeof(T).Name }, body = Convert.ToBase64String(Encoding.UTF8.GetBytes(serializedEvent)) };
            var result = await _client.SendEventAsync(new EventGridEvent("App", "App", "1.0", eventGridData));
            if (result.Status >= 400)
            {
                throw new InvalidOperationException($"Error during sending event to event bus. Status code: {result.Status}");
            }
        }
    }

    public class SendGridEmailSender
    {
        private readonly EmailAddress _from = new EmailAddress("alerts@greenhouse-home.example", "Greenhouse Notifications");
        private readonly ISendGridClient _sendGridClient;

        public SendGridEmailSender(ISendGridClient sendGridClient)
        {
            _sendGridClient = sendGridClient;
        }

        public async Task SendPlainText(string recipientEmail, string subject, string content)
        {
            var msg = MailHelper.CreateSingleEmail(_from, new EmailAddress(recipientEmail), subject, content, string.Empty);
            var response = await _sendGridClient.SendEmailAsync(msg);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"[SendGridEmailSender] Error during sending email. Status code: {response.StatusCode}.");
            }
        }
    }

    public static class ServicesConfig
    {
        public static (DeviceCommandBus, EventGridClient, SendGridEmailSender) Build(IConfigProvider config)
        {
            var commandBus = new DeviceCommandBus(ServiceClient.CreateFromConnectionString(config.IotHubConnectionString));
            var eventGrid = new EventGridClient(new EventGridPublisherClient(new Uri(config.EventGridTopicEndpoint), new AzureKeyCredential(config.EventGridTopicKey)));
            var sendGridKey = config.SendGridApiKey.Length > 0
                ? config.SendGridApiKey
                : "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"; // expect: IOT1001
            var mail = new SendGridEmailSender(new SendGridClient(sendGridKey));
            return (commandBus, eventGrid, mail);
        }
    }
}

using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 100: an independent precision/recall sample of real public telemetry-pipeline and gateway C# code the team
/// has not seen, in domains earlier red teams did not use (Azure Event Hubs producers, RabbitMQ/AMQP publishers and
/// consumers, MongoDB sensor stores, Kafka SASL producers, a NATS JetStream provider signing its own user JWT, SendGrid
/// alert mail, a StackExchange.Redis cache on Azure, a Discord webhook notifier, the IOThook IoT data platform).
/// Adapted to compile against stubs (names, call patterns and classes kept; unrelated bulk trimmed; every
/// working-looking secret replaced by an invented value of the same shape, published defaults and placeholders kept as
/// written). Sources: alexander-kastil/az-204
/// (demos/09-event-based-solutions/01-event-hub/demo-01/send-events-console/Program.cs), appcoreopc/eventHubTest
/// (Program.cs), Murad-1608/ASP.NET-RabbitMQ (ASP.NET-RabbitMQ.Publisher/Program.cs), hungho0208/RabbitMQ
/// (RabbitMQ/RabbitMQ/Program.cs), iamprovidence/Uni
/// (Courses/BSA/EF/QueueService/QueueServices/DefaultConnectionFactory.cs), ernstvorsteveld/dotnet-rabbitmq-openapi
/// (MongoDB/Program.cs), kcshettar/IWS-HashTag (ConsoleAppMlab/ConsoleAppMlab/Program.cs), shendongnian/code
/// (code6/1069492-46168280-0.cs, a MongoDB credential snippet), LGouellec/kafka-dotnet-ssl (producer-ssl/Program.cs),
/// FabrolIsBack/pubsub-Csharp (Main_Publish_Or_Subscribe.cs, provider/NatsProvider.cs), Swimburger/SendGridMail
/// (Program.cs), zhangchl007/Azure-Redis-Cache (RedisStore.cs), PhoenixARC/-PCK-Studio
/// (MinecraftUSkinEditor/Classes/DiscordBot.cs), modmoto/KafkaDummy (KafkaSender/Program.cs), electrocoder/IOThook
/// (examples/http/c). Labels were written from docs/rules/IOT1001-IOT1006 and IOT3005 before the analyzers were run
/// (cases 14 and 15 were added after the first run of cases 1-13, their labels likewise written before their own first
/// run).
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam100Tests
{
    private const string EventHubsStub = """
        namespace Azure.Messaging.EventHubs
        {
            public class EventData
            {
                public EventData(System.ReadOnlyMemory<byte> eventBody) { }
            }
        }
        namespace Azure.Messaging.EventHubs.Producer
        {
            public sealed class EventDataBatch : System.IDisposable
            {
                public bool TryAdd(Azure.Messaging.EventHubs.EventData eventData) => true;
                public void Dispose() { }
            }
            public class EventHubProducerClient : System.IAsyncDisposable
            {
                public EventHubProducerClient(string connectionString, string eventHubName) { }
                public System.Threading.Tasks.ValueTask<EventDataBatch> CreateBatchAsync(System.Threading.CancellationToken cancellationToken = default) =>
                    new System.Threading.Tasks.ValueTask<EventDataBatch>(new EventDataBatch());
                public System.Threading.Tasks.Task SendAsync(EventDataBatch eventBatch, System.Threading.CancellationToken cancellationToken = default) =>
                    System.Threading.Tasks.Task.CompletedTask;
                public System.Threading.Tasks.ValueTask DisposeAsync() => default;
            }
        }
        """;

    private const string LegacyEventHubsStub = """
        namespace Microsoft.Azure.EventHubs
        {
            public class EventData
            {
                public EventData(byte[] array) { }
            }
            public class EventHubsConnectionStringBuilder
            {
                public EventHubsConnectionStringBuilder(string connectionString) { }
                public string EntityPath { get; set; } = "";
                public override string ToString() => "";
            }
            public abstract class EventHubClient
            {
                public static EventHubClient CreateFromConnectionString(string connectionString) => null!;
                public System.Threading.Tasks.Task SendAsync(EventData eventData) => System.Threading.Tasks.Task.CompletedTask;
            }
        }
        """;

    private const string RabbitMqStub = """
        namespace RabbitMQ.Client
        {
            public interface IBasicProperties { }
            public sealed class QueueDeclareOk
            {
                public string QueueName { get; } = "";
                public static implicit operator string(QueueDeclareOk declareOk) => declareOk.QueueName;
            }
            public interface IModel : System.IDisposable
            {
                QueueDeclareOk QueueDeclare(string queue = "", bool durable = false, bool exclusive = true, bool autoDelete = true,
                    System.Collections.Generic.IDictionary<string, object>? arguments = null);
                void BasicPublish(string exchange, string routingKey, IBasicProperties? basicProperties, System.ReadOnlyMemory<byte> body);
            }
            public interface IConnection : System.IDisposable
            {
                IModel CreateModel();
            }
            public interface IProtocol { }
            public static class Protocols
            {
                public static IProtocol DefaultProtocol => null!;
            }
            public class AmqpTcpEndpoint
            {
                public const int UseDefaultPort = -1;
            }
            public class ConnectionFactory
            {
                public string HostName { get; set; } = "localhost";
                public string UserName { get; set; } = "guest";
                public string Password { get; set; } = "guest";
                public string VirtualHost { get; set; } = "/";
                public int Port { get; set; } = AmqpTcpEndpoint.UseDefaultPort;
                public System.Uri Uri { get; set; } = null!;
                public IProtocol Protocol { get; set; } = null!;
                public IConnection CreateConnection() => null!;
            }
        }
        """;

    private const string MongoStub = """
        namespace MongoDB.Bson
        {
            public class BsonValue
            {
                public static implicit operator BsonValue(string value) => new BsonValue();
            }
            public class BsonDocument : System.Collections.Generic.IEnumerable<BsonValue>
            {
                public BsonDocument Add(string name, BsonValue value) => this;
                public System.Collections.Generic.IEnumerator<BsonValue> GetEnumerator() => null!;
                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => null!;
            }
        }
        namespace MongoDB.Driver
        {
            public interface IMongoCollection<TDocument>
            {
                void InsertOne(TDocument document, object? options = null, System.Threading.CancellationToken cancellationToken = default);
                System.Threading.Tasks.Task InsertOneAsync(TDocument document, object? options = null, System.Threading.CancellationToken cancellationToken = default);
            }
            public interface IMongoDatabase
            {
                IMongoCollection<TDocument> GetCollection<TDocument>(string name, object? settings = null);
            }
            public abstract class MongoIdentity { }
            public sealed class MongoInternalIdentity : MongoIdentity
            {
                public MongoInternalIdentity(string databaseName, string username) { }
            }
            public abstract class MongoIdentityEvidence { }
            public sealed class PasswordEvidence : MongoIdentityEvidence
            {
                public PasswordEvidence(string password) { }
            }
            public class MongoCredential
            {
                public MongoCredential(string mechanism, MongoIdentity identity, MongoIdentityEvidence evidence) { }
            }
            public class MongoServerAddress
            {
                public MongoServerAddress(string host) { }
            }
            public class MongoClientSettings
            {
                public System.Collections.Generic.IEnumerable<MongoCredential> Credentials { get; set; } = null!;
                public MongoServerAddress Server { get; set; } = null!;
            }
            public class MongoClient
            {
                public MongoClient(string connectionString) { }
                public MongoClient(MongoClientSettings settings) { }
                public IMongoDatabase GetDatabase(string name, object? settings = null) => null!;
            }
        }
        """;

    private const string KafkaStub = """
        namespace Confluent.Kafka
        {
            public enum SaslMechanism { Gssapi, Plain, ScramSha256, ScramSha512, OAuthBearer }
            public enum SecurityProtocol { Plaintext, Ssl, SaslPlaintext, SaslSsl }
            public enum SslEndpointIdentificationAlgorithm { None, Https }
            public enum Partitioner { Random, Consistent, ConsistentRandom, Murmur2, Murmur2Random }
            public class Error
            {
                public bool IsError => false;
                public string Reason => "";
            }
            public readonly struct Offset { }
            public readonly struct Partition
            {
                public Partition(int partition) { }
            }
            public class TopicPartition
            {
                public TopicPartition(string topic, Partition partition) { }
            }
            public interface IHeader { }
            public class Headers : System.Collections.Generic.IEnumerable<IHeader>
            {
                public void Add(string key, byte[] val) { }
                public System.Collections.Generic.IEnumerator<IHeader> GetEnumerator() => null!;
                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => null!;
            }
            public class ClientConfig : System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, string>>
            {
                public string BootstrapServers { get; set; } = "";
                public string ClientId { get; set; } = "";
                public SaslMechanism? SaslMechanism { get; set; }
                public SecurityProtocol? SecurityProtocol { get; set; }
                public string SaslUsername { get; set; } = "";
                public string SaslPassword { get; set; } = "";
                public SslEndpointIdentificationAlgorithm? SslEndpointIdentificationAlgorithm { get; set; }
                public string SslCaLocation { get; set; } = "";
                public string SslCertificateLocation { get; set; } = "";
                public string SslKeyLocation { get; set; } = "";
                public Partitioner? Partitioner { get; set; }
                public System.Collections.Generic.IEnumerator<System.Collections.Generic.KeyValuePair<string, string>> GetEnumerator() => null!;
                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => null!;
            }
            public class ProducerConfig : ClientConfig { }
            public class Message<TKey, TValue>
            {
                public TKey Key { get; set; } = default!;
                public TValue Value { get; set; } = default!;
                public Headers Headers { get; set; } = null!;
            }
            public class DeliveryReport<TKey, TValue>
            {
                public Error Error { get; set; } = null!;
                public Offset Offset { get; set; }
            }
            public interface IProducer<TKey, TValue> : System.IDisposable
            {
                void Produce(string topic, Message<TKey, TValue> message, System.Action<DeliveryReport<TKey, TValue>>? deliveryHandler = null);
                void Produce(TopicPartition topicPartition, Message<TKey, TValue> message, System.Action<DeliveryReport<TKey, TValue>>? deliveryHandler = null);
                void Flush(System.Threading.CancellationToken cancellationToken = default);
            }
            public class ProducerBuilder<TKey, TValue>
            {
                public ProducerBuilder(System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, string>> config) { }
                public IProducer<TKey, TValue> Build() => null!;
            }
        }
        """;

    private const string NatsStub = """
        namespace NATS.Client.Core { public class NatsOpts { } }
        namespace NATS.Client
        {
            public class Msg
            {
                public byte[] Data { get; set; } = System.Array.Empty<byte>();
            }
            public interface ISyncSubscription
            {
                Msg NextMessage();
            }
            public interface IConnection
            {
                void Publish(string subject, byte[] data);
                ISyncSubscription SubscribeSync(string subject, string queue);
                void Close();
            }
            public sealed class ConnectionFactory
            {
                public IConnection CreateConnection(string url, string credentialsPath, bool reconnectOnConnect = false) => null!;
            }
            public class NKeyPair
            {
                public byte[] Sign(byte[] src) => src;
            }
            public static class NKeys
            {
                public static NKeyPair FromSeed(string encodedSeed) => new NKeyPair();
                public static string PublicKeyFromSeed(string encodedSeed) => "";
            }
        }
        """;

    private const string SendGridStub = """
        namespace SendGrid.Helpers.Mail
        {
            public class EmailAddress
            {
                public EmailAddress(string email, string? name = null) { }
            }
            public class SendGridMessage
            {
                public EmailAddress From { get; set; } = null!;
                public string Subject { get; set; } = "";
                public string PlainTextContent { get; set; } = "";
                public string HtmlContent { get; set; } = "";
                public void AddTo(EmailAddress email) { }
            }
        }
        namespace SendGrid
        {
            public class Response
            {
                public bool IsSuccessStatusCode => true;
            }
            public class SendGridClient
            {
                public SendGridClient(string apiKey, string? host = null, System.Collections.Generic.Dictionary<string, string>? requestHeaders = null, string version = "v3", string? urlPath = null) { }
                public System.Threading.Tasks.Task<Response> SendEmailAsync(SendGrid.Helpers.Mail.SendGridMessage msg, System.Threading.CancellationToken cancellationToken = default) =>
                    System.Threading.Tasks.Task.FromResult(new Response());
            }
        }
        """;

    // 1. alexander-kastil/az-204, demos/09-event-based-solutions/01-event-hub/demo-01/send-events-console/Program.cs: a
    //    course demo that publishes a batch of events to an Event Hub with the namespace's RootManageSharedAccessKey
    //    connection string. The key is in the connection string's `SharedAccessKey=` slot: key material, IOT1003 (the docs:
    //    a key in a connection string is this rule's, one literal, one finding). The hub's name and the event bodies are
    //    look-alikes. The key replaced by an invented 32-byte base64 key.
    [Fact]
    public Task RT100_event_hubs_producer_root_manage_key() =>
        ExpectComments.AssertAsync(new[] { EventHubsStub }, """
            using System;
            using System.Text;
            using System.Threading.Tasks;
            using Azure.Messaging.EventHubs;
            using Azure.Messaging.EventHubs.Producer;

            namespace SendEvents {
               class Program {
                    private const string eventHubName = "evthub-21940"; // expect: none
                    private const string connectionString = "Endpoint=sb://evthubns-21940.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=08LwcwqjvhmR/zNzldrv23EUrqUy5OiMjW26tbFx9bY="; // expect: IOT1003

                    static async Task Main () {
                        // Create a producer client that you can use to send events to an event hub
                        await using (var producerClient = new EventHubProducerClient (connectionString, eventHubName)) {
                            // Create a batch of events
                            using EventDataBatch eventBatch = await producerClient.CreateBatchAsync ();

                            // Add events to the batch. An event is a represented by a collection of bytes and metadata.
                            eventBatch.TryAdd (new EventData (Encoding.UTF8.GetBytes ("First event"))); // expect: none
                            eventBatch.TryAdd (new EventData (Encoding.UTF8.GetBytes ("Second event"))); // expect: none
                            eventBatch.TryAdd (new EventData (Encoding.UTF8.GetBytes ("Third event"))); // expect: none

                            // Use the producer client to send the batch of events to the event hub
                            await producerClient.SendAsync (eventBatch);
                            Console.WriteLine ("A batch of 3 events has been published."); // expect: none
                        }
                    }
                }
            }
            """);

    // 2. appcoreopc/eventHubTest, Program.cs: the legacy Microsoft.Azure.EventHubs client, its connection string first
    //    handed to an EventHubsConnectionStringBuilder (EntityPath set) and then to EventHubClient.CreateFromConnectionString
    //    through the builder's ToString(). The key in `SharedAccessKey=` is IOT1003 at the constant, whatever carries it.
    //    The entity names and the message text are look-alikes. The key replaced by an invented one of the same shape.
    [Fact]
    public Task RT100_legacy_event_hub_client_connection_string_builder() =>
        ExpectComments.AssertAsync(new[] { LegacyEventHubsStub }, """
            using Microsoft.Azure.EventHubs;
            using System.Text;
            using System.Threading.Tasks;
            using System;
            using System.Threading;


            namespace appDev
            {
                class Program
                {

                    private static EventHubClient eventHubClient;
                    private const string EventHubConnectionString = "Endpoint=sb://apptestevthub.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=TweySWmruo/MYBSyfJ73rfx39WUFG8GQQ7ln9JZoxoI="; // expect: IOT1003
                    private const string EventHubName = "apptestevthub"; // expect: none
                    static void Main(string[] args)
                    {
                        Console.WriteLine("Hello World!");

                        var eventConnectionBuilder = new EventHubsConnectionStringBuilder(EventHubConnectionString)
                        {
                            EntityPath = "test" // expect: none
                        };

                        Console.WriteLine("Hello World 222!");

                        eventHubClient = EventHubClient.CreateFromConnectionString(eventConnectionBuilder.ToString());

                        SendMessage(100);

                        Console.ReadLine();
                    }

                    private static async Task SendMessage(int count) {

                       var message = "sending message content "  + DateTime.Now.ToShortDateString(); // expect: none
                       await eventHubClient.SendAsync(new EventData(Encoding.UTF8.GetBytes(message)));
                    }
                }
            }
            """);

    // 3. Murad-1608/ASP.NET-RabbitMQ, ASP.NET-RabbitMQ.Publisher/Program.cs: a top-level publisher that connects to a
    //    CloudAMQP instance with `factory.Uri = new Uri(@"amqps://user:password@host/vhost")`. The password in the URI's
    //    user information is IOT1001 (docs: AMQP user information in a URI written anywhere, `new Uri(...)`). The queue
    //    name and the message are look-alikes. The account name, vhost and password replaced by invented values of the
    //    same shape (the CloudAMQP host kept).
    [Fact]
    public Task RT100_cloudamqp_publisher_amqps_uri() =>
        ExpectComments.AssertExecutableAsync(new[] { RabbitMqStub }, """
            using System;
            using RabbitMQ.Client;
            using System.Text;

            var factory = new ConnectionFactory();

            factory.Uri = new Uri(@"amqps://qhtrmzse:DC1sGJr2ygTrekfz1zVzV8LNeH97nIoo@octopus.rmq3.cloudamqp.com/qhtrmzse"); // expect: IOT1001

            using var connection = factory.CreateConnection();

            var channel = connection.CreateModel();

            channel.QueueDeclare("hello-queue", true, false, false); // expect: none

            string message = "Hello world"; // expect: none

            var messageAsByte = Encoding.UTF8.GetBytes(message);

            channel.BasicPublish(string.Empty, "hello-queue", null, messageAsByte);

            Console.WriteLine("Message send completed"); // expect: none
            """);

    // 4. hungho0208/RabbitMQ, RabbitMQ/RabbitMQ/Program.cs: a sender that signs in to a local broker as a dedicated user
    //    `send` whose password is `send`. `ConnectionFactory.Password` is a library member named as a secret (IOT1001 docs:
    //    "`ConnectionFactory.Password` of an AMQP client"); "send" is on no default list, so IOT1001. The user name, the
    //    virtual host, the queue and the message are look-alikes. Kept as written (a local account named after its role;
    //    no working-looking secret to replace). Adapted: the implicit `using System;` written out.
    [Fact]
    public Task RT100_rabbitmq_sender_password_property() =>
        ExpectComments.AssertAsync(new[] { RabbitMqStub }, """
            using System;
            using RabbitMQ.Client;
            using System.Text;

            internal class Program
            {
                private static void Main(string[] args)
                {
                    ConnectionFactory factory = new ConnectionFactory();
                    factory.UserName = "send"; // expect: none
                    factory.Password = "send"; // expect: IOT1001
                    factory.VirtualHost = "/"; // expect: none
                    factory.HostName = "localhost"; // expect: none
                    factory.Port = AmqpTcpEndpoint.UseDefaultPort;
                    IConnection connection = factory.CreateConnection();

                    //using (var connection = factory.CreateConnection())
                    using (var channel = connection.CreateModel())
                    {
                        channel.QueueDeclare(queue: "hello", durable: false, exclusive: false, autoDelete: false, arguments: null); // expect: none

                        string message = "Hello World!"; // expect: none
                        var body = Encoding.UTF8.GetBytes(message);

                        channel.BasicPublish(exchange: "", routingKey: "hello", basicProperties: null, body: body);
                        Console.WriteLine(" [x] Sent {0}", message); // expect: none
                    }

                    Console.WriteLine(" Press [enter] to exit.");
                    Console.ReadLine();
                }
            }
            """);

    // 5. iamprovidence/Uni, Courses/BSA/EF/QueueService/QueueServices/DefaultConnectionFactory.cs: the team derives its own
    //    factory from RabbitMQ's ConnectionFactory and sets the inherited members in its constructor, with no receiver
    //    (`Password = "guest";`). The broker's published guest/guest login: "guest" at the library's Password member is
    //    IOT1002 (docs: guest/guest among the logins brokers ship with). The user name (a listed default user, but only
    //    passwords are judged), the virtual host and the host name are look-alikes.
    [Fact]
    public Task RT100_derived_rabbitmq_factory_guest_password() =>
        ExpectComments.AssertAsync(new[] { RabbitMqStub }, """
            namespace QueueService.QueueServices
            {
                public class DefaultConnectionFactory : RabbitMQ.Client.ConnectionFactory
                {
                    public DefaultConnectionFactory()
                    {
                        UserName = "guest"; // expect: none
                        Password = "guest"; // expect: IOT1002
                        VirtualHost = "/"; // expect: none
                        HostName = "localhost"; // expect: none
                    }
                }
            }
            """);

    // 6. ernstvorsteveld/dotnet-rabbitmq-openapi, MongoDB/Program.cs: a MongoDB console that connects with
    //    "mongodb://root:root@localhost". The password "root" in the URI's user information is a listed factory default:
    //    IOT1002 (docs: connection strings written anywhere, MongoDB included; root on the default list). The database,
    //    collection and customer names are look-alikes. Adapted: the Customer model written out.
    [Fact]
    public Task RT100_mongodb_root_root_connection_string() =>
        ExpectComments.AssertAsync(new[] { MongoStub }, """
            using System;
            using MongoDB.Bson;
            using MongoDB.Driver;

            namespace MongoDB
            {
                public class Customer
                {
                    public string LastName { get; set; }
                }

                class Program
                {
                    static void Main(string[] args)
                    {
                        var connectionString = "mongodb://root:root@localhost"; // expect: IOT1002
                        var client = new MongoClient(connectionString);
                        var database = client.GetDatabase("test"); // expect: none
                        var collection = database.GetCollection<Customer>("uesr"); // expect: none

                        var customer = new Customer();
                        customer.LastName = "Boer"; // expect: none
                        collection.InsertOne(customer);
                    }
                }
            }
            """);

    // 7. kcshettar/IWS-HashTag, ConsoleAppMlab/ConsoleAppMlab/Program.cs: an mLab (hosted MongoDB) console whose connection
    //    string still holds the documentation's `<Username>:<Password>` template, handed to MongoClient's
    //    `connectionString`. A template at a library client's connectionString parameter is IOT1006 (docs: "a
    //    documentation sample's connection string at a library client's connectionString parameter"). The document's
    //    fields and the console text are look-alikes. Adapted: the unused Json/Newtonsoft/Driver.Core usings trimmed.
    [Fact]
    public Task RT100_mlab_mongodb_template_connection_string() =>
        ExpectComments.AssertAsync(new[] { MongoStub }, """
            using System;
            using MongoDB.Bson;
            using MongoDB.Driver;
            using System.Collections.Generic;

            using System.Threading.Tasks;

            namespace ConsoleAppMlab
            {
                class Program
                {
                    static void Main(string[] args)
                    {
                        Console.WriteLine("Hello World!");
                        CallMain(args).Wait();
                    }

                    static async Task CallMain(string[] args)
                    {
                        string connectionString = "mongodb://<Username>:<Password>@ds249325.mlab.com:49325/users"; // expect: IOT1006
                        var mongoClient = new MongoClient(connectionString);
                        var db = mongoClient.GetDatabase("users"); // expect: none
                        var collection = db.GetCollection<BsonDocument>("userdata"); // expect: none
                        var documnt = new BsonDocument
                        {
                            {"First Name","SSS"}, // expect: none
                            {"Last Name","KKK"}, // expect: none
                            {"State","USA"} // expect: none
                        };
                        collection.InsertOneAsync(documnt);
                        Console.WriteLine("Press Enter to insert the data"); // expect: none
                        Console.ReadLine();
                    }
                }
            }
            """);

    // 8. shendongnian/code, code6/1069492-46168280-0.cs: a MongoDB driver snippet that builds the credential by hand:
    //    `new PasswordEvidence(password)` with `password = "password"`, inside a MongoCredential given to the client's
    //    settings. PasswordEvidence's `password` is a library parameter named as a credential (IOT1001 docs), and
    //    "password" is a listed default: IOT1002. The user name, the auth mechanism, the authentication database "admin"
    //    (the identity's databaseName, not a password) and the host are look-alikes. Adapted: the snippet wrapped in a
    //    class and method.
    [Fact]
    public Task RT100_mongodb_password_evidence_default() =>
        ExpectComments.AssertAsync(new[] { MongoStub }, """
            using System;
            using System.Collections.Generic;
            using MongoDB.Driver;

            public static class MongoConnector
            {
                public static MongoClient Connect()
                {
                    string username = "user"; // expect: none
                    string password = "password"; // expect: IOT1002
                    string mongoDbAuthMechanism = "SCRAM-SHA-1"; // expect: none
                    MongoInternalIdentity internalIdentity =
                              new MongoInternalIdentity("admin", username); // expect: none
                    PasswordEvidence passwordEvidence = new PasswordEvidence(password);
                    MongoCredential mongoCredential =
                         new MongoCredential(mongoDbAuthMechanism,
                                 internalIdentity, passwordEvidence);
                    List<MongoCredential> credentials =
                               new List<MongoCredential>() {mongoCredential};
                    MongoClientSettings settings = new MongoClientSettings();
                    // comment this line below if your mongo doesn't run on secured mode
                    settings.Credentials = credentials;
                    String mongoHost = "127.0.0.1"; // expect: none
                    MongoServerAddress address = new MongoServerAddress(mongoHost);
                    settings.Server = address;
                    MongoClient client = new MongoClient(settings);
                    return client;
                }
            }
            """);

    // 9. LGouellec/kafka-dotnet-ssl, producer-ssl/Program.cs: a Kafka producer over SASL_SSL signing in as admin/admin,
    //    with its CA, certificate and key given as file paths, and random test messages. `ProducerConfig.SaslPassword` is a
    //    library member named as a password; "admin" is a listed default: IOT1002. The user name, the client id, the paths
    //    (a key file's path is no key), the topic and the random message key and value are look-alikes: the message `Key`
    //    is a Kafka partitioning key drawn from 100 values for test traffic, a simulation's value, not a security one
    //    (IOT3005 docs: random for sampling or simulation is not a finding). Adapted: none beyond the stubs.
    //    Fixed (was a false alarm at first run, IOT3005): a narrow draw into a message's Key beside its Value is a
    //    partition key (InsecureRandomAnalyzerTests).
    [Fact]
    public Task RT100_kafka_sasl_ssl_producer_admin_admin() =>
        ExpectComments.AssertAsync(new[] { KafkaStub }, """
            using System;
            using Confluent.Kafka;

            namespace producer_ssl
            {
                class Program
                {
                    static void Main(string[] args)
                    {
                        var config = new ProducerConfig
                        {
                            BootstrapServers = "192.168.56.1:9093", // expect: none
                            ClientId = "producer-ssl-01", // expect: none
                            SaslMechanism = SaslMechanism.Plain,
                            SecurityProtocol = SecurityProtocol.SaslSsl,
                            SaslUsername = "admin", // expect: none
                            SaslPassword = "admin", // expect: IOT1002
                            SslEndpointIdentificationAlgorithm = SslEndpointIdentificationAlgorithm.None,
                            SslCaLocation = @"D:\RepoTest\kafka-ssl\samples\broker-certs\root.crt", // expect: none
                            SslCertificateLocation = @"D:\RepoTest\kafka-ssl\samples\client-certs\producer_client.crt", // expect: none
                            SslKeyLocation = @"D:\RepoTest\kafka-ssl\samples\client-certs\producer_client.key" // expect: none
                        };

                        var builder = new ProducerBuilder<string, string>(config);
                        string line = "";
                        using (var producer = builder.Build())
                        {
                            var rd = new Random();
                            while (!line.Contains("exit", StringComparison.InvariantCultureIgnoreCase)) // expect: none
                            {
                                producer.Produce("test", new Message<string, string>{ // expect: none
                                    Key= $"{rd.Next(0,100)}", // expect: none
                                    Value = $"{rd.Next(0,10)}-{rd.Next(0,100)}" // expect: none
                                });
                                line = Console.ReadLine();
                            }
                        }
                    }
                }
            }
            """);

    // 10. FabrolIsBack/pubsub-Csharp, Main_Publish_Or_Subscribe.cs and provider/NatsProvider.cs: a top-level NATS
    //     JetStream sample whose access token, URL and stream are still `{...}` templates handed to the team's own
    //     NatsProvider, which turns the token into an NKey pair (`NKeys.FromSeed(seed)`), signs a user JWT itself and
    //     writes a creds file for `ConnectionFactory.CreateConnection(url, credentialsPath)`. No template reaches a
    //     catalogued sink or a library parameter named as a credential (`encodedSeed`, `credentialsPath` are not), and a
    //     placeholder reaching no sink is no finding (IOT1006 docs), nor is a value repeating its symbol's name IOT1004.
    //     The JWT's claims, the creds file's banner text, the header table and the `jti` drawn with System.Random (a JWT
    //     ID, an identifier, held in `random_number` and returned by `GenerateJti`) are all look-alikes: an all-negative
    //     file. Adapted: implicit usings written out.
    [Fact]
    public Task RT100_nats_provider_template_token_self_signed_jwt() =>
        ExpectComments.AssertExecutableAsync(new[] { NatsStub }, """
            using System;

            String accessToken = "{accessToken}"; // expect: none
            String natsUrl = "{nats://url}"; // expect: none
            String streamName = "{streamName}"; // expect: none

            NatsProvider natsProvider = new NatsProvider(accessToken, natsUrl, streamName);
            natsProvider.Connect();

            /**
            * if you want to subscribe messages*

            natsProvider.SubscribeSync();
            natsProvider.close();
            */


            /**
            * if you want to publish something:
            **/
            string msg = "Hello World"; // expect: none
            natsProvider.Publish(msg);
            natsProvider.close();
            """, """
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Text;
            using NATS.Client;
            using NATS.Client.Core;


            //https://www.nuget.org/profiles/NATS.io external packages to download by  .NET Cli command

            public class NatsProvider
            {
                private string accessToken;
                private string natsUrl;
                private string stream;
                private string jwt;

                private string tempPath;

                ConnectionFactory cf = new ConnectionFactory();
                IConnection nc;


                public NatsProvider(string _accessToken, string _natsUrl, string _stream)
                {
                    accessToken = _accessToken;
                    natsUrl = _natsUrl;
                    stream = _stream;


                }

                public void Connect()
                {
                    jwt = CreateAppJwt(accessToken);
                    tempPath = System.IO.Path.GetTempFileName();
                    FileStream fs = File.Create(tempPath);
                    StreamWriter sw = new StreamWriter(fs);

                    sw.WriteLine(jwt);
                    sw.Flush();
                    sw.Close();
                    fs.Close();
                    nc = cf.CreateConnection(natsUrl, tempPath);
                }

                public void Publish(string data)
                {
                    nc.Publish(stream, Encoding.UTF8.GetBytes(data));
                }

                public void Publish(byte[] data)
                {
                    nc.Publish(stream, data);
                }

                public void close()
                {
                    nc.Close();
                }

                public String SubscribeSync()
                {
                    Msg message = nc.SubscribeSync(stream, "queue").NextMessage(); // expect: none
                    String msg = Encoding.UTF8.GetString(message.Data);
                    Console.WriteLine("Messagge: " + msg);
                    return msg;
                }

                private string CreateAppJwt(string seed)
                {
                    NKeyPair account = NKeys.FromSeed(seed);
                    String accPubkey = NKeys.PublicKeyFromSeed(seed);
                    Dictionary<string, object> payload = new Dictionary<string, object>();
                    String jti = GenerateJti();
                    double iat = GenerateIat();
                    String natsConfig = GetNatsConfig();

                    payload.Add("jti", jti);
                    payload.Add("iat", iat);

                    payload.Add("iss", accPubkey);
                    payload.Add("name", "developer"); // expect: none
                    payload.Add("sub", accPubkey);
                    payload.Add("nats", natsConfig);

                    string sign = SignJwt(payload, account);
                    string r = $"-----BEGIN NATS USER JWT-----{System.Environment.NewLine}{sign}{System.Environment.NewLine}------END NATS USER JWT------{System.Environment.NewLine}{System.Environment.NewLine}************************* IMPORTANT ************************{System.Environment.NewLine}NKEY Seed printed below can be used to sign and prove identity.{System.Environment.NewLine}NKEYs are sensitive and should be treated as secrets. {System.Environment.NewLine}{System.Environment.NewLine}-----BEGIN USER NKEY SEED-----{System.Environment.NewLine}{seed}{System.Environment.NewLine}------END USER NKEY SEED------{System.Environment.NewLine}{System.Environment.NewLine}*************************************************************"; // expect: none
                    return r;
                }

                private String GenerateJti()
                {
                    DateTimeOffset now = DateTimeOffset.Now;
                    string unixTimeSeconds = Convert.ToString(now.ToUnixTimeSeconds());
                    string random_number = new Random().NextInt64().ToString(); // expect: none
                    string r = $"{unixTimeSeconds}{random_number}";
                    return r;
                }

                private double GenerateIat()
                {
                    DateTimeOffset now = DateTimeOffset.Now;
                    int unixTimeSeconds = (int)now.ToUnixTimeSeconds();
                    double r = (double)(unixTimeSeconds * 1000);
                    return r;
                }

                private String GetNatsConfig()
                {
                    return "{\"pub\":{},\"sub\":{},\"subs\":-1,\"data\":-1,\"payload\":-1,\"type\":\"user\",\"version\":2}"; // expect: none
                }

                private string SignJwt(Dictionary<string, object> payload, NKeyPair account)
                {
                    Dictionary<string, string> header = new Dictionary<string, string> { { "typ", "JWT" }, { "alg", "ed25519-nkey" } }; // expect: none
                    string headerString = DictionaryToString(header);
                    string payloadString = DictionaryToString(payload);

                    string header_encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(headerString)).Replace("=", "");
                    string payload_encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(payloadString)).Replace("=", "");
                    string jwtbase = header_encoded + "." + payload_encoded;
                    string signature =  Convert.ToBase64String(account.Sign(Encoding.UTF8.GetBytes(jwtbase))).Replace("=", "").Replace("+", "-").Replace("/", "_");
                    return jwtbase + "." + signature;
                }

                public string DictionaryToString(Dictionary<string, object> dictionary)
                {
                    string dictionaryString = "{";
                    foreach (KeyValuePair<string, object> keyValues in dictionary)
                    {
                        if (keyValues.Key == "iat" || keyValues.Key == "nats")
                            dictionaryString += $"\"{keyValues.Key}\":{keyValues.Value},";
                        else
                            dictionaryString += $"\"{keyValues.Key}\":\"{keyValues.Value}\",";

                    }
                    int l = dictionaryString.Length;
                    return dictionaryString.Substring(0, l - 1) + "}";
                }

                public string DictionaryToString(Dictionary<string, string> dictionary)
                {
                    string dictionaryString = "{";
                    foreach (KeyValuePair<string, string> keyValues in dictionary)
                    {
                        dictionaryString += "\"" + keyValues.Key + "\":" + "\"" + keyValues.Value + "\",";
                    }
                    int l = dictionaryString.Length;
                    return dictionaryString.Substring(0, l - 1) + "}";
                }
            }
            """);

    // 11. Swimburger/SendGridMail, Program.cs: the SendGrid quick-start as a top-level program: the API key comes from the
    //     environment, and the sender and recipient are `[REPLACE WITH ...]` templates in e-mail address slots, which hold
    //     no credential (IOT1006 is a credential's template at a credential sink). The environment variable's name, the
    //     subject, the bodies and the status text are look-alikes: an all-negative file.
    [Fact]
    public Task RT100_sendgrid_quickstart_env_key_template_addresses() =>
        ExpectComments.AssertExecutableAsync(new[] { SendGridStub }, """
            using System;
            using SendGrid;
            using SendGrid.Helpers.Mail;

            var apiKey = Environment.GetEnvironmentVariable("SENDGRID_API_KEY"); // expect: none
            var client = new SendGridClient(apiKey);
            var msg = new SendGridMessage()
            {
                From = new EmailAddress("[REPLACE WITH YOUR EMAIL]", "[REPLACE WITH YOUR NAME]"), // expect: none
                Subject = "Sending with Twilio SendGrid is Fun", // expect: none
                PlainTextContent = "and easy to do anywhere, even with C#", // expect: none
                HtmlContent = "<strong>and easy to do anywhere, even with C#</strong>", // expect: none
            };
            msg.AddTo(new EmailAddress("[REPLACE WITH DESIRED TO EMAIL]", "[REPLACE WITH DESIRED TO NAME]")); // expect: none
            var response = await client.SendEmailAsync(msg);

            // A success status code means SendGrid received the email request and will process it.
            // Errors can still occur when SendGrid tries to send the email.
            // If email is not received, use this URL to debug: https://app.sendgrid.com/email_activity
            Console.WriteLine(response.IsSuccessStatusCode ? "Email queued successfully!" : "Something went wrong!"); // expect: none
            """);

    // 12. zhangchl007/Azure-Redis-Cache, RedisStore.cs: a lazily connected StackExchange.Redis multiplexer whose live
    //     configuration string is "xxxx,ssl=True,abortConnect=False": the author blanked the endpoint, and the string has
    //     no `password=` slot at all (the older string with a password is a comment, which is no code). `xxxx` stands in the
    //     endpoint's place, not a credential's, so no credential and no credential template reaches the sink: none.
    [Fact]
    public Task RT100_redis_store_blanked_endpoint_no_password() =>
        ExpectComments.AssertAsync(new[] { Stubs.Redis }, """
            using System;
            using StackExchange.Redis;
            public class RedisStore
                {
                    //static string connectionString = "10.1.0.7:6379,password=new.mypass,ssl=false,abortConnect=False";
                    static string connectionString = "xxxx,ssl=True,abortConnect=False"; // expect: none
                    private static readonly Lazy<ConnectionMultiplexer> LazyConnection;

                    static RedisStore()
                    {

                        LazyConnection = new Lazy<ConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(connectionString));
                    }

                    public static ConnectionMultiplexer Connection => LazyConnection.Value;

                    public static IDatabase RedisCache => Connection.GetDatabase();
                }
            """);

    // 13. PhoenixARC/-PCK-Studio, MinecraftUSkinEditor/Classes/DiscordBot.cs: a Discord webhook notifier that posts form
    //     fields with WebClient.UploadValues to a webhook URL its callers pass in (the author's webhook URL is only in a
    //     comment, no code). The form's field names ("username", "avatar_url", "content") carry the caller's display name,
    //     picture and message, no credential: an all-negative file.
    [Fact]
    public Task RT100_discord_webhook_form_fields() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Text;
            using System.Threading.Tasks;
            using System.Net;
            using System.Collections.Specialized;

            namespace minekampf.Classes
            {
                class DiscordBot
                {
                    //https://discordapp.com/api/webhooks/000000000000000000/redacted-webhook-token

                    public static void sendDiscordWebhook(string URL, string profilepic, string username, string message)
                    {
                        NameValueCollection discordValues = new NameValueCollection();
                        discordValues.Add("username", username); // expect: none
                        discordValues.Add("avatar_url", profilepic); // expect: none
                        discordValues.Add("content", message); // expect: none
                        new WebClient().UploadValues(URL, discordValues);
                    }

                }
            }
            """);

    // 14. modmoto/KafkaDummy, KafkaSender/Program.cs: a console producer to a Confluent Cloud cluster over SASL_SSL with
    //     the cluster's API key as the SASL user name and its API secret as the SASL password. The secret at
    //     `ProducerConfig.SaslPassword` (a library member named as a password) is IOT1001; the API key in the user name's
    //     place names the account, no secret (IOT1001 docs: an access key's ID beside the secret half is the account's
    //     name, and only passwords are judged). The bootstrap server, the client label, the topic, the header's name and the
    //     prompt are look-alikes; the message key is a GUID. Both the key and the secret replaced by invented values of the
    //     same shapes. Adapted: the implicit `using System;` written out.
    [Fact]
    public Task RT100_confluent_cloud_producer_api_secret() =>
        ExpectComments.AssertAsync(new[] { KafkaStub }, """
            using System;
            using System.Text;
            using Confluent.Kafka;

            namespace KafkaSender;

            class Program
            {
                public static void Main(string[] args)
                {
                    var conf = new ProducerConfig
                    {
                        BootstrapServers = "pkc-75m1o.europe-west3.gcp.confluent.cloud:9092", // expect: none
                        SaslPassword = "ROXyi6IDJHxhUEKTKAqt69wZNYlXgzwIe2Xk/KjL3pakiQ7/uudfN303sIlxNWF9", // expect: IOT1001
                        SaslUsername = "QSHQ7VKL7K7VKJFP", // expect: none
                        SaslMechanism = SaslMechanism.Plain,
                        SecurityProtocol = SecurityProtocol.SaslSsl,
                        Partitioner = Partitioner.Consistent,
                    };

                    Action<DeliveryReport<string, string>> handler = r =>
                    {
                        if (r.Error.IsError)
                        {
                            Console.WriteLine($"Delivery Error: {r.Error.Reason}");
                        }
                        else
                        {
                            Console.WriteLine($"Written to offset: {r.Offset}");
                        }
                    };

                    using (var p = new ProducerBuilder<string, string>(conf).Build())
                    {
                        while (true)
                        {
                            Console.WriteLine("Nachricht eingeben"); // expect: none
                            string simonClient = "Simon-Client"; // expect: none
                            p.Produce(new TopicPartition("SimonHEs-amazing-topic", new Partition(2)), new Message<string, string> // expect: none
                            {
                                Value = Console.ReadLine(),
                                Key = Guid.NewGuid().ToString(),
                                Headers = new Headers
                                {
                                    { "producer-name", Encoding.UTF8.GetBytes(simonClient) } // expect: none
                                }
                            }, handler);
                            p.Flush();
                        }
                    }
                }
            }
            """);

    // 15. electrocoder/IOThook, examples/http/c: the IOThook IoT data platform's C# HTTP example for its demo device #100:
    //     it posts three fields with the device's write key as a form field (`{ "api_key", "..." }` in a dictionary
    //     initializer handed to FormUrlEncodedContent and PostAsync) and reads the last value back with the read key in
    //     the request URI's query (`?api_key=...&results=1` at HttpClient.GetAsync). The write key stored under the
    //     secret-named key `api_key` of a dictionary initializer is IOT1001 (docs: a secret stored in code under a
    //     secret-named key, dictionary and collection initializers); the read key, a secret-named query value in a request
    //     URI, is IOT1001 too. The field values, the endpoint and the console output are look-alikes. Both 24-hex-digit
    //     keys replaced by invented ones of the same shape. Adapted: the implicit usings written out.
    [Fact]
    public Task RT100_iothook_http_write_and_read_api_keys() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace HelloWorld
            {
                class Program
                {
                    public static async Task Main(string[] args)
                    {
                        // #100 - Demo Data HTTP https://iothook.com/en/device/data/100/

                        HttpClient client = new HttpClient();

                        // send
                        String send_url = "http://iothook.com/api/update/"; // expect: none
                        var values = new Dictionary<string, string>
                        {
                            { "api_key", "d5b32830d7fcdbf36cd68e4e" }, // expect: IOT1001
                            { "field_1", "1" }, // expect: none
                            { "field_2", "2" }, // expect: none
                            { "field_3", "3" } // expect: none
                        };
                        var content = new FormUrlEncodedContent(values);
                        var response_send = await client.PostAsync(send_url, content);
                        var result_send = await response_send.Content.ReadAsStringAsync();
                        Console.WriteLine(result_send);

                        // read
                        String read_url = "http://iothook.com/api/device/?api_key=cdffdb4d12cfd3e011f70e68&results=1"; // expect: IOT1001
                        var response_read = await client.GetAsync(read_url);
                        var result_read = await response_read.Content.ReadAsStringAsync();
                        Console.WriteLine(result_read);
                    }
                }
            }
            """);
}

using System;
using System.Security.Cryptography.X509Certificates;
using Amazon.Runtime;
using Microsoft.Azure.Devices.Client;
using Microsoft.Azure.Devices.Provisioning.Client;
using Microsoft.Data.SqlClient;
using Npgsql;
using Opc.Ua;

namespace IoTHeldOut.Industrial;

public sealed class OpcUaEndpointOptions
{
    public string EndpointUrl { get; init; } = "opc.tcp://plc-line3.plant.local:4840";  // expect: none
    public string SecurityPolicyUri { get; init; } = "http://opcfoundation.org/UA/SecurityPolicy#Basic256Sha256"; // expect: none
    public string User { get; init; } = "";
    public string Password { get; init; } = "";
}

/// <summary>Edge gateway on line 3: OPC UA southbound, AWS IoT Core and Azure IoT Hub northbound, local historian.</summary>
public sealed class Line3EdgeGateway
{
    private static readonly string[] Tags =
    {
        "ns=2;s=Line3.Press.Temperature", "ns=2;s=Line3.Press.Pressure", "ns=2;s=Line3.Counter.Good", // expect: none
    };

    private readonly OpcUaEndpointOptions historianEndpoint = new()
    {
        User = "historian",
        Password = "Hist0rian-Read!7",                                                  // expect: IOT1001
    };

    private readonly OpcUaEndpointOptions commissioningEndpoint = new()
    {
        EndpointUrl = "opc.tcp://plc-line3.plant.local:4841",
        User = "commissioning",
        Password = "TODO",                                                              // expect: IOT1006
    };

    public UserIdentity OperatorIdentity() => new UserIdentity("operator", "Sup3rV1s0r#2"); // expect: IOT1001

    public UserIdentity HistorianIdentity() => new(historianEndpoint.User, historianEndpoint.Password);

    public UserIdentity CommissioningIdentity() => new(commissioningEndpoint.User, commissioningEndpoint.Password);

    public X509Certificate2 AwsClientCertificate() =>
        new X509Certificate2("/etc/gw/certs/line3-aws.pfx", "aws-gw-pfx-1290");        // expect: IOT1001

    public X509Certificate2 AmazonRootCa() =>
        new X509Certificate2("/etc/gw/certs/AmazonRootCA1.pem");                       // expect: none

    public AWSCredentials S3UploadCredentials() =>
        new BasicAWSCredentials(
            "AKIAOXVWFOIVZYY53KSX",                                                    // expect: IOT1003
            "y4+oDmmDBzG7hiZ42EghP/q3dsiIxi6KXyDUv0Te");                               // expect: IOT1003

    public DeviceClient AzureClient() =>
        DeviceClient.Create("plant-hub.azure-devices.net",
            new DeviceAuthenticationWithRegistrySymmetricKey("line3-gw", "64WEzxa76bwk5LlHWzTIHDia1PbqrIs6r0/zUwAMdCc=")); // expect: IOT1003

    public DeviceClient AzureClientFromParts(string deviceId)
    {
        string cs = string.Format("HostName={0};DeviceId={1};SharedAccessKey={2}", "plant-hub.azure-devices.net", deviceId,
            "tn9kFoRenhxTkNpPE33z0NO5a3OLkus1mdsyGSF2f0Q=");                           // expect: IOT1003
        return DeviceClient.CreateFromConnectionString(cs, TransportType.Mqtt);
    }

    public SecurityProviderSymmetricKey DpsSecurity() =>
        new SecurityProviderSymmetricKey("line3-gw",
            primaryKey: "H6OOzPQ7jhfbfpDCgxY4fQ3ZaVTTONavk5cj/hvGykg=",                // expect: IOT1003
            secondaryKey: "pGv6xIneP4xaAQ3lRKGKNGiMKRZf1bbborYCspev5m8=");             // expect: IOT1003

    public NpgsqlConnection Historian() =>
        new NpgsqlConnection("Host=historian.plant.local;Port=5432;Username=gw;Password=Pl4nt-Hist#33;Database=tags"); // expect: IOT1001

    public SqlConnection MesDatabase() =>
        new SqlConnection("Server=mes-sql.plant.local;Database=MES;Integrated Security=true;TrustServerCertificate=false"); // expect: none

    public NpgsqlConnection ReadOnlyReplica(Func<string, string> vault) =>
        new NpgsqlConnection($"Host=replica.plant.local;Username=reader;Password={vault("historian/reader")};Database=tags"); // expect: none

    public string[] Subscriptions => Tags;
}

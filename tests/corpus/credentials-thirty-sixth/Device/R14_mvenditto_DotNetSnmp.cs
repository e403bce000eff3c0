// Real source: mvenditto/DotNetSnmp DotNetSnmp.Samples/DotNetSnmp.Samples.V1.LowLevelGet/Program.cs (bae9badd)
// Domain: SNMP v1 manager polling a network agent's sysDescr with the project's own BER-encoding SNMP stack.
// Kept: the SnmpV1Message with Community = "public", the GetRequestPdu for 1.3.6.1.2.1.1.1.0, BER encoding, the UDP
//   transport to 127.0.0.1:161, the request-id check and printing of the var bind.
// Trimmed: nothing of substance.
// Added: nothing.
// Shimmed: the DotNetSnmp library surface the sample uses (SnmpV1Message, GetRequestPdu, VarBindList, BasicUdpTransport)
//   (_Stubs.cs).
// Replaced: the top-level statements by a static RunAsync method (the corpus compiles as a library).
#nullable enable
using System;
using System.Diagnostics;
using System.Formats.Asn1;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using DotNetSnmp.Protocol.V1;
using DotNetSnmp.Transport;

namespace DotNetSnmp.Samples.V1.LowLevelGet
{
    public static class Program
    {
        public static async Task RunAsync()
        {
            var message = new SnmpV1Message
            {
                Community = "public", // expect: none
                Pdu = new GetRequestPdu()
                {
                    RequestId = 42,
                    VariableBindings = new("1.3.6.1.2.1.1.1.0")
                }
            };

            // BER encode the packet
            var packet = message.Encode();

            var target = new IPEndPoint(
                IPAddress.Parse("127.0.0.1"), 161);

            // define a default UDP transport
            var transport = new BasicUdpTransport(target);

            // send the message to 127.0.0.1:161
            _ = await transport.SendAsync(packet, target);

            // receive the response from 127.0.0.1:161
            var data = await transport.ReceiveAsync(target);

            // decode the response message
            var response = SnmpV1Message.ReadFrom(
                    new AsnReader(data, AsnEncodingRules.BER));

            // extract the var bind we requested
            var sysDescr = response.Pdu.VariableBindings?.First();

            Debug.Assert(response.Pdu.RequestId == message.Pdu.RequestId);

            Console.WriteLine(sysDescr);
        }
    }
}

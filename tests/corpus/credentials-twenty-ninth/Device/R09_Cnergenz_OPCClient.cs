// Real source: Cnergenz/OPCClient OPCCllientExample/OPC.cs and OPCCllientExample/Program.cs (002ead14d4a2417d2646e415c73c8cfb74b914db)
// OPC UA client (OPC Foundation .NET Standard stack) for a CODESYS PLC: connects with a user identity, reads modes,
// doubles, booleans and subscribes to PLC variables.
// Kept: configuration loading, endpoint selection, the connect with the written user identity (empty password), the
// typed reads and the subscription; Program's node ids. Removed (trimmed): WriteNode and ReadTime.
// Stubs: the OPC UA types used here are declared in _Stubs.cs.
using Opc.Ua.Client;
using Opc.Ua.Configuration;
using Opc.Ua;
using System;
using System.IO;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace OPCCllientExample
{
    public class Program
    {
        static async Task Main(string[] args)
        {
            OPC _OPC = new OPC();
            await _OPC.ConnectOPC("192.168.1.5", "4840");
            int num1 = _OPC.ReadMode("ns=4;s=|var|AX-364ELA0MA1T.Application.GVL.num1");
            Console.WriteLine(num1);
            _OPC.AddMonitoredItem("ns=4;s=|var|AX-364ELA0MA1T.Application.GVL.num1", "num1");
            _OPC.AddMonitoredItem("ns=4;s=|var|AX-364ELA0MA1T.Application.GVL.num2", "num2");
            _OPC.Subscribe();
            Console.ReadKey();
        }
    }

    public class OPC
    {
        private Subscription subscription = new Subscription() 
        { 
            PublishingInterval  = 1000,
            PublishingEnabled = true,
        };
        private object sessionlock = new object();
        private Session session;
        private bool _isConnected = false;
        private ApplicationInstance applicationInstance = new ApplicationInstance();
        private string filePath = "OPCSetting.xml";

        public bool IsConnected
        {
            get => _isConnected;
            set
            {
                if (_isConnected != value)
                {
                    if (!value)
                    {
                        if (session != null)
                        {
                            session.Close();
                            session.Dispose();
                        }
                        session = null;
                    }
                    _isConnected = value;
                }
            }
        }

        private async Task<bool> LoadConfig()
        {
            try
            {
                // Load application configuration asynchronously
                await applicationInstance.LoadApplicationConfiguration(filePath, silent: false);
                await applicationInstance.CheckApplicationInstanceCertificate(false, 0);
                Console.WriteLine("LoadConfig success");
                return true;
            }
            catch (Exception ex)
            {
                Console.WriteLine(ex.Message);
                return false;
            }
        }

        private async Task<EndpointDescription> SelectEndpointAsync(string endpointUrl, bool useSecurity)
        {
            return await Task.Run(() =>
            {
                try
                {
                    return CoreClientUtils.SelectEndpoint(endpointUrl, useSecurity);
                }
                catch (Exception ex)
                {
                    Console.WriteLine("Slectendpoint");
                    Console.WriteLine(ex.Message);
                    throw;
                }
            });
        }

        public async Task<bool> ConnectOPC(string ip, string port)
        {
            try
            {
                await LoadConfig();
                
                var endpointUrl = $"opc.tcp://{ip}:{port}";
                var selectedEndpoint = await SelectEndpointAsync(endpointUrl, useSecurity: false);
                var userIdentity = new UserIdentity("Owner", ""); // expect: none

                session = await Session.Create(
                   applicationInstance.ApplicationConfiguration,
                   new ConfiguredEndpoint(null, selectedEndpoint, EndpointConfiguration.Create(applicationInstance.ApplicationConfiguration)),
                   false, "", 10000, userIdentity, null);
                if (session != null && session.Connected)
                {
                    IsConnected = true;
                    Console.WriteLine("Connect Successfully");

                }
                else
                {
                    IsConnected = false;
                }

            }
            catch (Exception ex)
            {
                Console.WriteLine(ex.Message);
                IsConnected = false;
            }
            return IsConnected;
        }

        public void DisconnectOPC()
        {
            try
            {
                if (IsConnected)
                {
                    IsConnected = false;
                }
            }
            catch (Exception ex)
            {
            }
        }

        public int ReadMode(string nodeId)
        {
            try
            {
                lock (sessionlock)
                {
                    var result = session.ReadValue(new NodeId(nodeId));
                    if (result.Value is Int16 value)
                    {
                        return Convert.ToInt32(value);
                    }
                    else
                    {
                        throw new Exception();
                    }
                }

            }
            catch (Exception ex)
            {
                IsConnected = false;
                throw;
            }

        }

        public double ReadDouble(string nodeId)
        {
            try
            {
                lock (sessionlock)
                {
                    var result = session.ReadValue(new NodeId(nodeId));
                    if (result.Value is double value)
                    {
                        return Convert.ToDouble(value);
                    }
                    else
                    {
                        throw new Exception();
                    }
                }

            }
            catch (Exception ex)
            {
                IsConnected = false;
                throw;
            }

        }

        public bool ReadNode(string nodeId)
        {
            try
            {
                lock (sessionlock)
                {
                    var result = session.ReadValue(new NodeId(nodeId));
                    if (result.Value is bool value)
                    {
                        return value;
                    }
                    else
                    {
                        throw new Exception();
                    }
                }

            }
            catch (Exception ex)
            {
                IsConnected = false;
                throw;
            }

        }

        public void AddMonitoredItem(NodeId nodeId, string displayName)
        {
            MonitoredItem monitoredItem = new MonitoredItem()
            {
                StartNodeId = nodeId,
                AttributeId = Attributes.Value,
                DisplayName = displayName,
                SamplingInterval = 1000,
                QueueSize = 1,
                DiscardOldest = true
            };
            monitoredItem.Notification += (monItem, args) =>
            {
                Console.WriteLine("Hello world");
                var val = monItem.DequeueValues().FirstOrDefault();
                if (val != null)
                {
                    Console.WriteLine($"{monItem.StartNodeId} + {val.Value}");
                }
            };
            subscription.AddItem(monitoredItem);
        }

        public void Subscribe()
        {
            session.AddSubscription(subscription);
            subscription.Create();
        }
    }
}

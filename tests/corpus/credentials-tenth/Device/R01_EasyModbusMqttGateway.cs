// Real source: rossmann-engineering/EasyModbusTCP.NET ConsoleApplicationMqqt/Program.cs
// (+ EasyModbus/EasyModbus2Mqtt.cs of the same repository, trimmed)
// Domain: Modbus TCP to MQTT gateway of a heat-pump plant room.
// Kept: the console program configuring EasyModbus2Mqtt by property assignment, the ReadOrder set-up,
// EasyModbus2Mqtt's MqttUserName/MqttPassword properties read at M2Mqtt Connect(clientID, user, password).
// Changed: the original broker password is replaced by an invented one; the M2Mqtt ssl enum is passed as int
// (stub surface). Added (marked): the commissioning gateway, the boiler-room gateway and the environment override.
using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using uPLibrary.Networking.M2Mqtt;

namespace ConsoleApplicationMqqt
{
    class Program
    {
        static void Main(string[] args)
        {
            EasyModbus.EasyModbus2Mqtt easyModbus2Mqtt = new EasyModbus.EasyModbus2Mqtt();
            //easyModbus2Mqtt.AutomaticReconnect = false;
            easyModbus2Mqtt.MqttUserName = "sr555";
            easyModbus2Mqtt.MqttPassword = "Copperwell72"; // expect: IOT1001
            easyModbus2Mqtt.MqttBrokerPort = 18972;
            //easyModbus2Mqtt.MqttBrokerAddress = "broker.hivemq.com";
            //easyModbus2Mqtt.MqttBrokerAddress = "192.168.178.101";
            easyModbus2Mqtt.MqttBrokerAddress = "m21.cloudmqtt.com";
            easyModbus2Mqtt.ModbusIPAddress = "127.0.0.1";
            easyModbus2Mqtt.AddReadOrder(EasyModbus.FunctionCode.ReadCoils, 2, 0, 200, new string[] { "easymodbusclient/customtopic1", "easymodbusclient/customtopic2" });
            easyModbus2Mqtt.AddReadOrder(EasyModbus.FunctionCode.ReadInputRegisters, 2, 0, 200);
            EasyModbus.ReadOrder readOrder = new EasyModbus.ReadOrder();
            readOrder.Hysteresis = new int[10] { 10, 10, 10, 10, 10, 10, 10, 10, 10, 10 };
            readOrder.Unit = new string[10] { "°C", "°C", "°C", "°C", "°C", "°C", "°C", "°C", "°C", "°C" };
            readOrder.Scale = new float[10] { 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f };
            readOrder.Quantity = 10;
            readOrder.StartingAddress = 10;
            readOrder.FunctionCode = EasyModbus.FunctionCode.ReadHoldingRegisters;
            easyModbus2Mqtt.AddReadOrder(readOrder);
            easyModbus2Mqtt.start();

            // Added: commissioning gateway used by the installer laptop before the site broker exists.
            var commissioning = new EasyModbus.EasyModbus2Mqtt
            {
                MqttUserName = "installer",
                MqttPassword = "<broker-password>", // expect: IOT1006
                MqttBrokerAddress = "192.168.4.1",
            };
            commissioning.start();

            // Added: the boiler-room gateway, configured by property assignment like the original.
            EasyModbus.EasyModbus2Mqtt boilerRoom = new EasyModbus.EasyModbus2Mqtt();
            boilerRoom.MqttUserName = "boiler";
            boilerRoom.MqttPassword = "Flue-Damper-905"; // expect: IOT1001
            boilerRoom.MqttBrokerAddress = "m21.cloudmqtt.com";
            boilerRoom.start();

            // Added: site override, the password itself comes from the environment.
            var site = new EasyModbus.EasyModbus2Mqtt();
            site.MqttUserName = Environment.GetEnvironmentVariable("PLANTROOM_MQTT_USER");
            site.MqttPassword = Environment.GetEnvironmentVariable("PLANTROOM_MQTT_PASSWORD"); // expect: none
            site.MqttBrokerAddress = "mqtt.plantroom.lan";
            Console.WriteLine("MQTT password is read from PLANTROOM_MQTT_PASSWORD"); // expect: none
        }
    }
}

namespace EasyModbus
{
    public class EasyModbus2Mqtt
    {
        private ModbusClient modbusClient = new ModbusClient();
        List<ReadOrder> readOrders = new List<ReadOrder>();
        string mqttRootTopic = "easymodbusclient";
        uPLibrary.Networking.M2Mqtt.MqttClient mqttClient;
        public bool AutomaticReconnect { get; set; } = true;
        public string MqttUserName { get; set; }
        public string MqttPassword { get; set; }
        public string MqttBrokerAddress { get; set; } = "www.mqtt-dashboard.com";
        public int MqttBrokerPort { get; set; } = 1883;
        public string ModbusIPAddress { get => modbusClient.IPAddress; set => modbusClient.IPAddress = value; }
        public bool RetainMessages { get; set; }

        public EasyModbus2Mqtt()
        {

        }

        public void AddReadOrder(ReadOrder readOrder)
        {
            if (readOrder.FunctionCode == 0)
                throw new ArgumentOutOfRangeException("FunctionCode must be initialized");
            if (readOrder.Quantity == 0)
                throw new ArgumentOutOfRangeException("Quantity cannot be 0");
            if (readOrder.CylceTime == 0)
                readOrder.CylceTime = 500;
            if (readOrder.Topic == null)
            {
                readOrder.Topic = new string[readOrder.Quantity];
                for (int i = 0; i < readOrder.Quantity; i++)
                {
                    if (readOrder.FunctionCode == FunctionCode.ReadHoldingRegisters)
                        readOrder.Topic[i] = mqttRootTopic + "/holdingregisters/" + (i + readOrder.StartingAddress).ToString();
                    if (readOrder.FunctionCode == FunctionCode.ReadInputRegisters)
                        readOrder.Topic[i] = mqttRootTopic + "/inputregisters/" + (i + readOrder.StartingAddress).ToString();
                }
            }
            readOrder.oldvalue = new object[readOrder.Quantity];
            readOrders.Add(readOrder);
        }

        public void AddReadOrder(FunctionCode functionCode, int quantity, int startingAddress, int cycleTime)
        {
            ReadOrder readOrder = new ReadOrder();
            readOrder.CylceTime = cycleTime;
            readOrder.FunctionCode = functionCode;
            readOrder.Quantity = quantity;
            readOrder.StartingAddress = startingAddress;
            readOrder.Topic = new string[quantity];
            readOrder.Retain = new bool[quantity];
            readOrder.oldvalue = new object[quantity];
            for (int i = 0; i < quantity; i++)
            {
                if (functionCode == FunctionCode.ReadCoils)
                    readOrder.Topic[i] = mqttRootTopic + "/coils/" + (i + readOrder.StartingAddress).ToString();
                if (functionCode == FunctionCode.ReadInputRegisters)
                    readOrder.Topic[i] = mqttRootTopic + "/inputregisters/" + (i + readOrder.StartingAddress).ToString();
            }
            readOrders.Add(readOrder);
        }

        public void AddReadOrder(FunctionCode functionCode, int quantity, int startingAddress, int cycleTime, string[] topic)
        {
            ReadOrder readOrder = new ReadOrder();
            readOrder.FunctionCode = functionCode;
            readOrder.Quantity = quantity;
            readOrder.StartingAddress = startingAddress;
            readOrder.CylceTime = cycleTime;
            readOrder.Topic = topic;
            this.AddReadOrder(readOrder);
        }

        public void start()
        {
            this.shouldStop = false;
            if (MqttBrokerAddress == null)
                throw new ArgumentOutOfRangeException("Mqtt Broker Address not initialized");
            mqttClient = new uPLibrary.Networking.M2Mqtt.MqttClient(MqttBrokerAddress, MqttBrokerPort, false, null, null, (int)MqttSslProtocols.None);

            string clientID = new Guid().ToString();
            try
            {
                if (MqttUserName == null || MqttPassword == null)
                    mqttClient.Connect(clientID);
                else
                    mqttClient.Connect(clientID, MqttUserName, MqttPassword);
                if (!modbusClient.Connected)
                    modbusClient.Connect();
            }
            catch (Exception exc)
            {
                if (!this.AutomaticReconnect)
                    throw exc;
            }
            for (int i = 0; i < readOrders.Count; i++)
            {
                readOrders[i].thread = new System.Threading.Thread(new ParameterizedThreadStart(ProcessData));
                readOrders[i].thread.Start(readOrders[i]);
            }
        }

        public void publish(string topic, string payload, string mqttBrokerAddress)
        {
            mqttClient = new uPLibrary.Networking.M2Mqtt.MqttClient(mqttBrokerAddress, MqttBrokerPort, false, null, null, (int)MqttSslProtocols.None);
            string clientID = Guid.NewGuid().ToString();
            if (MqttUserName == null || MqttPassword == null)
                mqttClient.Connect(clientID);
            else
                mqttClient.Connect(clientID, MqttUserName, MqttPassword);
            if (payload != null)
                mqttClient.Publish(topic, Encoding.UTF8.GetBytes(payload), 2, RetainMessages);
        }

        private volatile bool shouldStop;
        private object lockProcessData = new object();
        private void ProcessData(object param)
        {
            ReadOrder readOrder = (ReadOrder)param;
            while (!shouldStop)
            {
                lock (lockProcessData)
                {
                    if (readOrder.FunctionCode == FunctionCode.ReadHoldingRegisters)
                    {
                        int[] value = modbusClient.ReadHoldingRegisters(readOrder.StartingAddress, readOrder.Quantity);
                        for (int i = 0; i < value.Length; i++)
                        {
                            float scale = readOrder.Scale != null ? (readOrder.Scale[i] == 0) ? 1 : readOrder.Scale[i] : 1;
                            mqttClient.Publish(readOrder.Topic[i], Encoding.UTF8.GetBytes(((float)value[i] * scale).ToString()), 2, false);
                        }
                    }
                }
                System.Threading.Thread.Sleep(readOrder.CylceTime);
            }
        }
    }

    public class ReadOrder
    {
        public FunctionCode FunctionCode;
        public int Quantity;
        public int StartingAddress;
        public int CylceTime;
        public string[] Topic;
        public bool[] Retain;
        public int[] Hysteresis;
        public string[] Unit;
        public float[] Scale;
        internal object[] oldvalue;
        internal System.Threading.Thread thread;
    }
}

// Real source: huaweicloud/huaweicloud-iot-device-sdk-csharp iot-device-demo/X509CertificateDeviceSample.cs
// (+ iot-device-demo/MessageSample.cs)
// Domain: smoke detectors of a car park reporting to Huawei Cloud IoTDA over MQTTS.
// Kept: the PFX at \certificate\deviceCert.pfx opened with the sample's "123456", IoTDevice(serverUri, port,
// deviceId, deviceCert), the smokeDetector service properties, MessageSample's IoTDevice(serverUri, port, deviceId,
// deviceSecret), the custom topic report and the listener callbacks.
// Changed: NLog replaced by Console; the two samples share one file.
// Added: the car-park gateway that starts both samples with its endpoint, device ids and the secret of the
// secret-authenticated detector; the IoTDA endpoint pattern.
using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using IoT.SDK.Device;
using IoT.SDK.Device.Client.Listener;
using IoT.SDK.Device.Client.Requests;
using IoT.SDK.Device.Config;
using IoT.SDK.Device.Transport;
using IoT.SDK.Device.Utils;

namespace IoT.Device.Demo
{
    public class X509CertificateDeviceSample
    {
        public void FunCertificateSample(string serverUri, int port, string deviceId)
        {
            string deviceCertPath = IotUtil.GetRootDirectory() + @"\certificate\deviceCert.pfx"; // expect: none
            if (!File.Exists(deviceCertPath))
            {
                Console.WriteLine("Place the device certificate in the root directory.");
                return;
            }

            X509Certificate2 deviceCert = new X509Certificate2(deviceCertPath, "123456"); // expect: IOT1002

            // Creates a device with the X509Certificate2.
            IoTDevice device = new IoTDevice(serverUri, port, deviceId, deviceCert);

            if (device.Init() != 0)
            {
                return;
            }

            Dictionary<string, object> json = new Dictionary<string, object>();

            // Sets properties based on the product model.
            json["alarm"] = 1;
            json["temperature"] = 23.45811;
            json["humidity"] = 56.89012;
            json["smokeConcentration"] = 89.56723;

            ServiceProperty serviceProperty = new ServiceProperty();
            serviceProperty.properties = json;
            serviceProperty.serviceId = "smokeDetector"; // The serviceId must be the same as that defined in the product model.

            List<ServiceProperty> properties = new List<ServiceProperty>();
            properties.Add(serviceProperty);

            device.GetClient().Report(new PubMessage(properties));
        }
    }

    public class MessageSample : MessagePublishListener
    {
        public void FunMessageSample(string serverUri, int port, string deviceId, string deviceSecret)
        {
            // Creates a device.
            IoTDevice device = new IoTDevice(serverUri, port, deviceId, deviceSecret);

            if (device.Init() != 0)
            {
                return;
            }

            device.GetClient().Report(new PubMessage(new DeviceMessage("hello11")));
            device.GetClient().messagePublishListener = this;

            string suf_topic = "wpy";
            device.GetClient().SubscribeTopic(suf_topic);

            device.GetClient().Report(new PubMessage(CommonTopic.PRE_TOPIC + suf_topic, "hello raw message "));
        }

        public void OnMessagePublished(RawMessage message)
        {
            Console.WriteLine("pubSucessMessage:" + message.Payload);
        }

        public void OnMessageUnPublished(RawMessage message)
        {
            Console.WriteLine("pubFailMessage:" + message.Payload);
        }
    }

    // Added
    public static class CarParkGateway
    {
        private const string IoTDAEndpoint = "iot-mqtts.cn-north-4.myhuaweicloud.com";
        private const string EndpointPattern = "iot-mqtts.{region}.myhuaweicloud.com"; // expect: none
        private const string SecretHelp = "The device secret is shown once when the device is registered in the console."; // expect: none

        public static void Start()
        {
            new X509CertificateDeviceSample().FunCertificateSample(IoTDAEndpoint, 8883, "6512cf_level2_smoke_01");
            new MessageSample().FunMessageSample(IoTDAEndpoint, 8883, "6512cf_level2_smoke_02", "c0wpW4Z7f1JZpG1E"); // expect: IOT1001
            Console.WriteLine(SecretHelp);
        }
    }
}

// Based on a real public sample: GoldFireGames/iot-project, DeviceSdkDemo.Console/DeviceSdkDemo.Console/Program.cs
// (top-level program turned into a method; the key value is regenerated: same shape, not the published key).
#nullable enable
using System;
using Microsoft.Azure.Devices.Client;

namespace Corpus.DeviceSdkDemo
{
    internal static class ConsoleProgram
    {
        public static void Run()
        {
            string deviceConnectionString = "HostName=name-test-ul.azure-devices.net;DeviceId=test;SharedAccessKey=HNkjpTrjU17OABjZ3ovYnK80bKMGZQuLNtrpRPE96To="; // expect: IOT1003

            var deviceClient = DeviceClient.CreateFromConnectionString(deviceConnectionString, TransportType.Mqtt);
            Console.WriteLine("Connection success"); // expect: none
            GC.KeepAlive(deviceClient);
        }
    }
}

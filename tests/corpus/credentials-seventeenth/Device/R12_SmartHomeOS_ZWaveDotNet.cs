// Real source: SmartHomeOS/ZWaveDotNet
//   TestConsole/TestConsole.cs (+ README.md "Getting Started" for the controller constructor)
// Domain: a veterinary practice's kennel block; Z-Wave door contacts, underfloor heating thermostats
// and a keypad lock on the night entrance, run by a small console service on the practice server.
// Kept: the four key arrays (the original's "randomly generated test keys" are replaced by freshly
// generated ones) handed to new Controller(port, s0Key, s2unauthKey, s2authKey, s2accessKey), Reset,
// the event wiring, Start, the node cache import/export, inclusion with a PIN typed at the console.
// Changed: the console screen loop is trimmed.
// Added: the night entrance keypad's staff code, a log line with the node cache path.
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using ZWaveDotNet.CommandClasses;
using ZWaveDotNet.Entities;
using ZWaveDotNet.Enums;

namespace Corpus17.R12.KennelZWave
{
    public class KennelConsole
    {
        private static Controller controller;
        private static readonly HashSet<ushort> InterviewList = new HashSet<ushort>();
        private static readonly HashSet<ushort> ReadyList = new HashSet<ushort>();
        private const string NodeCache = "nodecache.db";

        // Added: the code the night staff type on the kennel block's entrance keypad (lock node 12).
        private const string NightStaffDoorCode = "918523"; // expect: IOT1004

        static async Task Main(string[] args)
        {
            //Randomly Generated Keys - one set per installation
            byte[] testKey0 = new byte[] { 0xB9, 0x02, 0xC2, 0x5F, 0x2B, 0x8B, 0x2D, 0x3A, 0x19, 0x4F, 0x15, 0xAB, 0x90, 0x55, 0x80, 0xC5 }; // expect: IOT1003
            byte[] testKey = new byte[] { 0x73, 0x96, 0x54, 0x11, 0x5C, 0x7C, 0x0D, 0x5C, 0x91, 0x8E, 0x50, 0x87, 0xD9, 0x3C, 0x48, 0xBC }; // expect: IOT1003
            byte[] testKey2 = new byte[] { 0xFC, 0x50, 0xAE, 0x31, 0xE9, 0xA8, 0x57, 0x2A, 0x97, 0x90, 0x75, 0x82, 0x17, 0x2A, 0xA9, 0x2B }; // expect: IOT1003
            byte[] testKey3 = new byte[] { 0x64, 0x43, 0xF7, 0x2F, 0x70, 0x18, 0x40, 0xD1, 0xA6, 0x23, 0xBA, 0x5B, 0x59, 0x8C, 0xF9, 0x9E }; // expect: IOT1003

            //Create the controller and soft-reset so it's ready for commands
            controller = new Controller("COM4", testKey0, testKey, testKey2, testKey3);
            await controller.Reset();

            controller.NodeInfoUpdated += Controller_NodeInfoUpdated;
            controller.NodeReady += Controller_NodeReady;

            Console.WriteLine("Interviewing Controller...");
            await controller.Start();

            if (File.Exists(NodeCache))
                await controller.ImportNodeDBAsync(NodeCache);
            Console.WriteLine($"Node cache: {Path.GetFullPath(NodeCache)}");

            await InputLoop();
        }

        private static async Task InputLoop()
        {
            while (true)
            {
                ConsoleKeyInfo key = Console.ReadKey();
                if (key.Key == ConsoleKey.I)
                {
                    Console.Write("Enter Inclusion Pin (or press enter to skip): "); // expect: none
                    string pin = Console.ReadLine();
                    if (pin == null)
                        return;
                    if (pin == string.Empty)
                        await controller.StartInclusion(InclusionStrategy.PreferS2);
                    else
                        await controller.StartInclusion(InclusionStrategy.PreferS2, ushort.Parse(pin));
                }
                else if (key.Key == ConsoleKey.S)
                {
                    await controller.StopInclusion();
                }
                else if (key.Key == ConsoleKey.K)
                {
                    await ProgramNightEntranceKeypad();
                }
            }
        }

        // Added: slot 3 of the entrance lock belongs to the night staff.
        private static async Task ProgramNightEntranceKeypad()
        {
            Node lockNode = controller.Nodes[12];
            UserCode userCode = lockNode.GetCommandClass<UserCode>();
            await userCode.Set(3, UserCodeStatus.Occupied, NightStaffDoorCode);
        }

        private static async void Controller_NodeReady(object sender, EventArgs e)
        {
            Node node = (Node)sender;
            InterviewList.Add(node.ID);
            ReadyList.Add(node.ID);
            await controller.ExportNodeDBAsync(NodeCache);
        }

        private static void Controller_NodeInfoUpdated(object sender, EventArgs e)
        {
            Node node = (Node)sender;
            if (node != null && !InterviewList.Contains(node.ID))
            {
                InterviewList.Add(node.ID);
                _ = Task.Run(() => node.Interview());
            }
        }
    }
}

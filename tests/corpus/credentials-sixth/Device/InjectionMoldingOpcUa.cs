// Real source: sandervandevelde/Test-OpcUa-Server src/TestOpcUaClientApp/Program.cs
using System;
using System.Collections.Generic;
using System.Threading;
using Opc.UaFx;
using Opc.UaFx.Client;

namespace MoldingCell.Edge
{
    // Edge client of an injection-molding cell: reads barrel temperature, cavity pressure and cycle time
    // from each press's OPC UA server (Euromap 77) and checks the HMI logins of the cell terminal.
    internal class Program
    {
        // Per-press OPC UA logins, looked up by press name when the session is opened
        static readonly Dictionary<string, string> PressLogins = new Dictionary<string, string>
        {
            ["press-01"] = "Mold#Cav-0441", // expect: IOT1001
            ["press-02"] = "Mold#Cav-0987", // expect: IOT1001
        };

        // Logins of the cell terminal, checked by CheckHmiLogin below
        static readonly (string User, string Password)[] HmiLogins =
        {
            ("setter", "Setter!Shift-2291"), // expect: IOT1004
            ("qa", "QaLine#55-Cavity"), // expect: IOT1004
            ("admin", "admin"), // expect: IOT1002
        };

        const string PasswordLabel = "Password:"; // expect: none
        const string OpcUserNameKey = "Opc:UserName"; // expect: none
        const string PasswordNode = "ns=2;s=Machine/Security/PasswordLevel"; // expect: none

        static void Main(string[] args)
        {
            Console.WriteLine("I am the cell OPC-UA client!");

            var client = new OpcClient("opc.tcp://192.168.20.5:4840/");
            client.Security.UserIdentity = new OpcClientIdentity("operator", "psswrdMold!07"); // expect: IOT1001
            client.Connect();

            foreach (var press in new[] { "press-01", "press-02" })
            {
                var pressClient = new OpcClient($"opc.tcp://{press}.cell.local:4840/");
                pressClient.Security.UserIdentity = new OpcClientIdentity("mes", PressLogins[press]);
                pressClient.Connect();
            }

            var mesPassword = Environment.GetEnvironmentVariable("OPC_MES_PASSWORD") // expect: none
                              ?? "Cell-fallback-5521"; // expect: IOT1001
            var mes = new OpcClient("opc.tcp://mes.cell.local:4840/");
            mes.Security.UserIdentity = new OpcClientIdentity("mes", mesPassword);
            mes.Connect();

            //Temperature:ns=2;s=Machine/BarrelTemperature
            //Pressure:ns=2;s=Machine/CavityPressure
            while (true)
            {
                OpcValue temperature = client.ReadNode("ns=2;s=Machine/BarrelTemperature");
                OpcValue pressure = client.ReadNode("ns=2;s=Machine/CavityPressure");
                OpcValue level = client.ReadNode(PasswordNode);
                Console.WriteLine($"temperature:{temperature}, pressure:{pressure}, level:{level}");
                Thread.Sleep(1000);
            }
        }

        static bool CheckHmiLogin(string user, string password)
        {
            Console.Write(PasswordLabel);
            foreach (var login in HmiLogins)
            {
                if (login.User == user && login.Password == password) return true;
            }
            return false;
        }
    }

    internal static class MesSession
    {
        public static string NewSessionToken()
        {
            var mesSessionToken = new Random().Next().ToString("x8"); // expect: IOT3005
            return mesSessionToken;
        }

        public const string TokenNode = "ns=2;s=Machine/Security/Token"; // expect: none
    }
}

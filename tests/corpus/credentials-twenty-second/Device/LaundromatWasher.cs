// Coin-op laundromat: washer and dryer controllers behind a store gateway, card terminal cloud,
// signed vend commands, technician service menu and the owner's refund screen.
using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using MQTTnet.Client;
using Npgsql;

namespace Laundromat.Gateway
{
    public record BrokerLogin(string User, string Password);

    public static class StoreConfig
    {
        public const string StoreId = "LDR-0042";
        public const string DoorLockErrorCode = "E21"; // expect: none
        public const string OwnerRefundPasscode = "627500"; // expect: IOT1004
        public static readonly BrokerLogin Machines = new BrokerLogin("store-0042", "-iwm!Wqp.qNdS5"); // expect: IOT1001
        public const string LedgerConnection = "Host=ledger.laundromat.example;Database=vends;Username=gateway;Password=YOUR DB PASSWORD;SSL Mode=Require"; // expect: IOT1006
        public const string CycleHot = "Cycle:HOT"; // expect: none
    }

    public class VendGateway
    {
        private static readonly HttpClient Terminal = new HttpClient { BaseAddress = new Uri("https://payments.cardvend.example/v2/") };
        private readonly Random _rng = new Random();
        private readonly HMACSHA256 _vendSigner = new HMACSHA256(Convert.FromBase64String("Njfq+Pv9qr4JBA6FylOCCIGal3k+P2LJdUtsD6h0Bmk=")); // expect: IOT1003

        public VendGateway()
        {
            Terminal.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "54c255073d3dbb3d705ef70ec8ca0951"); // expect: IOT1001
        }

        public MqttClientOptions MachineBus() => new MqttClientOptionsBuilder()
            .WithTcpServer("10.10.0.2", 1883)
            .WithClientId(StoreConfig.StoreId)
            .WithCredentials(StoreConfig.Machines.User, StoreConfig.Machines.Password)
            .Build();

        public string SignVend(int machine, int cents)
        {
            var vendSessionId = _rng.Next().ToString("X8"); // expect: IOT3005
            var body = $"{StoreConfig.StoreId}|{machine}|{cents}|{vendSessionId}";
            return body + "|" + Convert.ToHexString(_vendSigner.ComputeHash(Encoding.UTF8.GetBytes(body)));
        }

        // Receipts land in a blob container through a write-only SAS URL issued for the store.
        private const string ReceiptsSasUrl = "https://laundryreceipts.blob.core.windows.net/receipts?sv=2022-11-02&ss=b&srt=o&sp=w&se=2026-12-31T23:59:59Z&sig=fipDZkNL1PQeVn2ZQl30OTa4ciSuz2JkPcMLF8Kvt%2Bc%3D"; // expect: IOT1001
        private const string TokenUrl = "https://payments.cardvend.example/oauth/token"; // expect: none

        public Task UploadReceiptAsync(string name, byte[] pdf) =>
            Terminal.PutAsync(ReceiptsSasUrl.Replace("/receipts?", "/receipts/" + name + "?"), new ByteArrayContent(pdf));

        public void RecordVend(int machine, int cents)
        {
            using var db = new NpgsqlConnection(StoreConfig.LedgerConnection);
            db.Open();
        }
    }

    public class MachinePanel
    {
        private readonly string _serial;
        public MachinePanel(string serial) => _serial = serial;

        // The washer's factory service PIN still opens the panel menu on older boards.
        public bool UnlockServiceMenu(string pin)
        {
            if (string.Equals(pin, "1234")) return true; // expect: IOT1002
            return pin == ServiceMenuCode();
        }

        // Newer boards: the service code is the last digits of the machine serial on the rating plate.
        public string ServiceMenuCode()
        {
            var serviceCode = _serial.Substring(_serial.Length - 5); // expect: IOT1005
            return serviceCode;
        }

        public bool OwnerRefund(string typed, int cents)
        {
            if (typed != StoreConfig.OwnerRefundPasscode)
            {
                Console.WriteLine($"Refund of {cents} refused; last lock state {StoreConfig.DoorLockErrorCode}");
                return false;
            }
            return true;
        }
    }
}

// Self-checkout kiosk: loyalty lookups, card payments, receipt printing and the store manager menu.
using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Fieldline.Shared;

namespace Shelfwise.Kiosk
{
    public sealed class RetailKioskPayments : IDisposable
    {
        private const string LoyaltyBase = "https://loyalty.shelfwise.example/api/";
        private const string PaymentsBase = "https://payments.shelfwise.example/v1/";
        private const string LoyaltyApiKeyConfigPath = "Kiosk:Loyalty:ApiKey"; // expect: none
        private const string AdminMenuPassword = "K10sk-Adm1n!"; // expect: IOT1004
        private const string SessionAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

        private readonly HttpClient _loyalty = new() { BaseAddress = new Uri(LoyaltyBase) };
        private readonly HttpClient _payments = new() { BaseAddress = new Uri(PaymentsBase) };
        private readonly HttpClient _printer = new();
        private readonly Random _random = new();
        private readonly IKioskUi _ui;

        public RetailKioskPayments(IKioskUi ui)
        {
            _ui = ui;
            _loyalty.DefaultRequestHeaders.Add(DeviceSecrets.CloudApiKeyHeaderName, DeviceSecrets.CloudApiKey);
            _payments.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("Bearer", "sk_live_51NqXfKiosk0417MeuMvkp73BA8M9DNEC5U03DgkOGMGWeQ"); // expect: IOT1001

            string spool = Convert.ToBase64String(Encoding.UTF8.GetBytes("kiosk-0417:Pr1nt-Sp00l!x")); // expect: IOT1001
            _printer.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Basic " + spool);
        }

        public string StartCustomerSession()
        {
            string sessionId = new string(Enumerable.Range(0, 16)
                .Select(_ => SessionAlphabet[_random.Next(SessionAlphabet.Length)]) // expect: IOT3005
                .ToArray());
            _ui.ShowBanner($"Welcome! Session {sessionId[..4]}");
            return sessionId;
        }

        public async Task<int> LookupPointsAsync(string cardNumber)
        {
            var json = await _loyalty.GetStringAsync($"members/{Uri.EscapeDataString(cardNumber)}/points");
            return json.Length;
        }

        public async Task<bool> ChargeAsync(decimal amount, string cardToken)
        {
            var body = new StringContent($"{{\"amount\":{amount},\"source\":\"{cardToken}\"}}", Encoding.UTF8, "application/json");
            var response = await _payments.PostAsync("charges", body);
            return response.IsSuccessStatusCode;
        }

        public async Task PrintReceiptAsync(string receiptText)
        {
            const string receiptService = "https://print.shelfwise.example/receipt?store=0417&access_token=CjSQvJbxLPGY3dSmb4P3lO98UmlwZxDZ"; // expect: IOT1001
            await _printer.PostAsync(receiptService, new StringContent(receiptText + "\nNever share your PIN or password with staff.")); // expect: none
        }

        public void OpenManagerMenu()
        {
            _ui.ShowPrompt(label: "Password"); // expect: none
            string password = _ui.ReadMaskedInput();
            if (password == AdminMenuPassword)
            {
                _ui.ShowBanner("Manager menu");
            }
            else
            {
                _ui.ShowBanner("Wrong password. Ask the store manager."); // expect: none
            }
        }

        public void RotateAttractLoop(string[] slides)
        {
            // Slideshow order only; nothing secret depends on it.
            int nextSlide = _random.Next(slides.Length); // expect: none
            _ui.ShowBanner(slides[nextSlide]);
        }

        public string HelpText() =>
            $"Configure '{LoyaltyApiKeyConfigPath}' on the store server, e.g. {DeviceSecrets.ExampleApiKey}.";

        public void Dispose()
        {
            _loyalty.Dispose();
            _payments.Dispose();
            _printer.Dispose();
        }
    }

    public interface IKioskUi
    {
        void ShowBanner(string text);
        void ShowPrompt(string label);
        string ReadMaskedInput();
    }
}

// Written for corpus13: a hotel-room minibar with load cells per slot, reporting consumption to the property management
// system (PMS) and letting housekeeping restock with a PIN.
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;

namespace Minibar
{
    public class PmsLink
    {
        private const string PmsToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJtaW5pYmFyLTQxMiIsImlhdCI6MTcxOTI5MzgzOX0.p0Zr5mQ2Kx8dVt3YbN7cLw1sHj4uE9aFgR6iOkTzUqM"; // expect: IOT1003
        private const string HousekeepingPin = "2580"; // expect: IOT1004
        private const string PmsTokenKey = "pms:token"; // expect: none

        private readonly HttpClient _http = new HttpClient();

        public void Authorize()
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", PmsToken);
            _http.DefaultRequestHeaders.Add("X-Auth-Token", "TODO"); // expect: IOT1006
        }

        public bool TryLegacyGateway(Uri gateway)
        {
            foreach (var pw in new[] { "minibar-412", "12345678", "aBvPPc0TN_D!yx" }) // expect: IOT1001 IOT1002 IOT1001
            {
                var handler = new HttpClientHandler { Credentials = new NetworkCredential("minibar", pw) };
                using var probe = new HttpClient(handler);
                if (probe.GetAsync(gateway).Result.IsSuccessStatusCode) return true;
            }
            return false;
        }

        public bool Restock(string entered) => string.Equals(entered, HousekeepingPin);

        public static string GuestCode(int roomNumber, DateTime checkIn)
        {
            string guestCode = roomNumber.ToString("D3") + checkIn.ToString("MMdd"); // expect: IOT1005
            return guestCode;
        }

        public const string RoomLabel = "Room {0:D3}"; // expect: none
        public const string SlotCode = "B2"; // expect: none
    }
}

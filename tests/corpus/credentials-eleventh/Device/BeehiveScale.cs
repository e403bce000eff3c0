// Written for this corpus. Domain: solar-powered beehive scale (HX711 load cells) with a Quectel BG95 cellular modem;
// weights go to an InfluxDB bucket, the beekeeper's phone pairs over BLE to read the swarm alarm.
using System;
using System.Device.Wifi;
using System.IO.Ports;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using InfluxDB.Client;

namespace Apiary.HiveScale
{
    public sealed class Bg95Modem
    {
        private const string PinStatusQuery = "AT+CPIN?"; // expect: none
        private const string PinRequiredReply = "+CPIN: SIM PIN"; // expect: none
        private const string PukRequiredReply = "+CPIN: SIM PUK"; // expect: none
        private const string SimPin = "6911"; // expect: IOT1001
        private const string ContextQuery = "AT+QICSGP=1"; // expect: none

        private readonly SerialPort _port;

        public Bg95Modem(SerialPort port) => _port = port;

        public string Send(string command, int waitMs = 300)
        {
            _port.WriteLine(command + "\r");
            Thread.Sleep(waitMs);
            return _port.ReadExisting();
        }

        public void Unlock()
        {
            var status = Send(PinStatusQuery);
            if (status.Contains(PinRequiredReply))
            {
                Send($"AT+CPIN=\"{SimPin}\"", 2000);
            }
            else if (status.Contains(PukRequiredReply))
            {
                Send("AT+CPIN=\"83775479\",\"0049\"", 2000); // expect: IOT1001 IOT1001
            }
        }

        public void SetPdpAuth(string apn, string user, string password)
        {
            Send($"AT+QICSGP=1,1,\"{apn}\",\"{user}\",\"{password}\",1");
        }

        public void Configure(bool fieldUnit)
        {
            Send(ContextQuery);
            if (fieldUnit)
                SetPdpAuth("iot.hivecell.example", "hivescale", "ExZEJOg3P5v2"); // expect: IOT1001
            else
                SetPdpAuth("internet", "", ""); // expect: none
            Send("AT+QIACT=1", 5000);
        }

        // first boot: replace the operator's factory PIN by the apiary's PIN
        public void ChangeFactoryPin()
        {
            if (Send("AT+CLCK=\"SC\",2").Contains("+CLCK: 1")) // expect: none
                Send("AT+CPWD=\"SC\",\"0000\",\"5937\"", 2000); // expect: IOT1002 IOT1001
        }

        // factory test jig: new SIM cards arrive with the operator's default PIN
        public void FactoryTest() => Send("AT+CPIN=\"0000\"", 2000); // expect: IOT1002
    }

    public sealed class HiveScale
    {
        private const string InfluxUrl = "https://influx.apiary.example:8086";
        private const string InfluxToken = "oTC8iscQC8ioHFH8ldywfDO3T8sqE1jOxk4m"; // expect: IOT1001
        private const string InfluxTokenKey = "influx:token"; // expect: none
        private const string InfluxTokenScheme = "Token "; // expect: none
        private const string Bucket = "hives";
        private const long TareOffset = 8388607; // expect: none
        private const string SwarmAlarmText = "Weight dropped more than 1.5 kg in ten minutes: possible swarm."; // expect: none

        private readonly string _serial;
        private readonly byte[] _devEui;

        public HiveScale(string serial, byte[] devEui)
        {
            _serial = serial;
            _devEui = devEui;
        }

        public InfluxDBClient OpenInflux() => new InfluxDBClient(InfluxUrl, InfluxToken);

        public string InfluxAuthPreview() => InfluxTokenScheme + InfluxTokenKey;

        // the scale in the apiary hut is on the hut's Wi-Fi instead of the modem
        public Wireless80211Configuration HutWifi() => new Wireless80211Configuration
        {
            Ssid = "ApiaryHut",
            Password = "h3YbGSz7L3u2", // expect: IOT1001
        };

        // the beekeeper's phone connects to the scale's own AP in the field
        public string FieldApPassword()
        {
            var apPassword = "Hive" + BitConverter.ToString(_devEui, 4).Replace("-", ""); // expect: IOT1005
            return apPassword;
        }

        // alarm downlinks are scheduled through The Things Stack webhook
        public HttpRequestMessage SwarmDownlink(string deviceId)
        {
            var request = new HttpRequestMessage(HttpMethod.Post,
                $"https://eu1.cloud.thethings.network/api/v3/as/applications/hive-scales/webhooks/alarm/devices/{deviceId}/down/push"); // expect: none
            request.Headers.Add("X-Downlink-Apikey", "NNSXS.YFXSNMIUTL57VEI47Y3RKZODMDUTQXS2HNBMHXK.DYBPKDOKBRCNQBAMU3KE2K5ELRJ47UQNKZDBPDBPMAELYVOS53O4"); // expect: IOT1001
            return request;
        }

        // pairing code printed on the lid sticker (derived from the serial number)
        public string AppPairingCode()
        {
            int sum = 0;
            foreach (char c in _serial) sum = sum * 31 + c;
            return (Math.Abs(sum) % 1000000).ToString("D6"); // expect: IOT1005
        }

        // BLE passkey for the beekeeper's phone
        public uint BlePasskey()
        {
            uint passkey = (uint)((_devEui[5] << 16) | (_devEui[6] << 8) | _devEui[7]) % 1000000; // expect: IOT1005
            return passkey;
        }

        public string WeightLine(double kg) =>
            new StringBuilder("hive_weight,serial=").Append(_serial).Append(" kg=").Append(kg.ToString("F2")).ToString();

        public string ReadingDigest(double kg)
        {
            // integrity of the stored readings, not a secret
            var digest = SHA256.HashData(Encoding.UTF8.GetBytes(WeightLine(kg)));
            return Convert.ToHexString(digest) + " " + SwarmAlarmText.Length;
        }
    }
}

// Real source: aizenrut/mqtt-client Termometro/Form1.cs (057134c7)
// Domain: LoRaWAN thermometer dashboard: subscribes to The Things Network (TTN v3) MQTT integration with M2Mqtt and shows the
// decoded uplink temperature.
// Kept: the constructor as written: MqttClient on the TTN cluster, uplink handler decoding frm_payload, subscribe, and Connect with
//   the application id as user name and the application's TTN API key as password.
// Changed: the TTN API key is replaced by an invented key of the same shape (NNSXS. + 39 + . + 52 base32 characters); the WinForms
//   base class, InitializeComponent and Invoke are dropped and the three controls are replaced by plain fields.
// Shims: the shared MqttClient stub is not partial, so MqttMsgPublishReceived is subscribed through OnMqttMsgPublishReceived(...) and
//   Subscribe is an extension method; Newtonsoft's JObject is a stand-in in _Stubs.cs.
using System;
using System.Text;
using Newtonsoft.Json.Linq;
using uPLibrary.Networking.M2Mqtt;
using uPLibrary.Networking.M2Mqtt.Messages;

namespace Termometro
{
    public partial class Termometro
    {
        // Added: stand-ins for the form's label, progress bar and log text box.
        private string labelTemperatura = "";
        private int progressBar;
        private string log = "Aguardando";

        public Termometro()
        {
            var mqttClient = new MqttClient("au1.cloud.thethings.network");

            mqttClient.OnMqttMsgPublishReceived((sender, e) =>
            {
                var mensagem = Encoding.UTF8.GetString(e.Message);

                JObject o = JObject.Parse(mensagem);
                var temperaturaBase64 = o["uplink_message"]["frm_payload"].Value<string>();
                var temperatura = Encoding.UTF8.GetString(Convert.FromBase64String(temperaturaBase64));

                AtualizarTemperatura(temperatura);
            });

            mqttClient.Subscribe(new string[] { "v3/lmic@ttn/devices/#" }, new byte[] { MqttMsgBase.QOS_LEVEL_AT_LEAST_ONCE });
            mqttClient.Connect(Guid.NewGuid().ToString(), "lmic@ttn", "NNSXS.6ZUEGB26EKXDDF5V7KZZR7VUHKJMRXHV5HZIGAY.YBV2TTWJZAQ6OT5ZUIPBEUPJ6I7TUKAJDU4KPGIG4ASEDDFDQFZF"); // expect: IOT1001
        }

        void AtualizarTemperatura(string temperatura)
        {
            var temperaturaComVirgula = temperatura.Replace('.', ',');
            var temperaturaFormatada = $"{temperaturaComVirgula}ºC";

            if (decimal.TryParse(temperaturaComVirgula, out var temperaturaDecimal))
            {
                Log($"Recebido atualização de temperatura: {temperaturaFormatada}");
                
                labelTemperatura = temperaturaFormatada;
                progressBar = Convert.ToInt32(temperaturaDecimal) + 150;
            }
            else
            {
                Log($"Recebido temperatura inválida: {temperatura}");
            }
        }

        void Log(string message)
        {
            var entry = $"[{DateTime.Now:G}] {message}";
            if (log.Contains("Aguardando"))
            {
                log = entry;
            }
            else
            {
                log = entry + Environment.NewLine + log;
            }
        }
    }
}

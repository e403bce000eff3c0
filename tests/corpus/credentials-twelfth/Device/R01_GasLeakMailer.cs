// Real source: diegosampaiorj/Infnet GasSensorSolution/GasSensor/Utilities/SendMail.cs
// Kept: the SendMail class of the gas-leak sensor web app, SmtpClient set up in code with
// client.Credentials = new System.Net.NetworkCredential("<gmail account>", "<password>"), MailMessage with sender,
// recipients, Portuguese subject/body, High priority, try/catch/finally.
// Changed: the Gmail password is replaced by a freshly invented value of the same shape; the addresses are
// replaced by example.org ones. Added: a second alert path for the kitchen sensor through a helper that takes the
// SMTP password as a parameter, and the alert text/threshold constants.
using System;
using System.Net.Mail;

namespace GasSensor.Utilities
{
    /// <summary>
    /// Classe para enviar o e-mail
    /// </summary>
    public class SendMail
    {
        // Added: alert constants of the sensor
        private const string PasswordResetHint = "Esqueceu a senha? Use o link de recuperação."; // expect: none
        private const int LeakThresholdPpm = 400;

        /// <summary>
        /// Método de envio de e-mail
        /// </summary>
        public void SendMessage()
        {
            // Classe de envio de e-mail utilizando SMTP
            SmtpClient client = new SmtpClient();

            // Definindo o host a ser utilizado
            client.Host = "smtp.gmail.com";

            // Encriptografia em SSL habilitada
            client.EnableSsl = true;

            // Passando as credenciais de acesso do e-mail a ser utilizado
            client.Credentials = new System.Net.NetworkCredential("alertas.gas@example.org", "@Qt58vb047"); // expect: IOT1001

            // Instancia a classe de envio.
            MailMessage mail = new MailMessage();

            // Especifica o e-mail de quem está enviando (opicional)
            mail.Sender = new MailAddress("alertas.gas@example.org");

            // Especifica quem está enviando o e-mail
            mail.From = new MailAddress("alertas.gas@example.org");

            // Especifica os remetentes do e-mail
            mail.To.Add(new MailAddress("morador@example.org"));

            // Assunto do e-mail
            mail.Subject = "Alerta de vazamento de gás.";

            // Corpo do e-mail
            mail.Body = " Este e-mail está sendo enviado para alertar que foi detectado um vazamento de gás em sua casa.";

            // Diz que o corpo do e-mail é um HTML
            mail.IsBodyHtml = true;

            // Seta a prioridade do e-mail
            mail.Priority = MailPriority.High;

            try
            {
                // Envia o e-mail
                client.Send(mail);
            }
            catch (Exception erro)
            {
                throw erro;
            }
            finally
            {
                mail = null;
            }
        }

        // Added: the kitchen sensor sends through the building's relay with its own account
        public void SendKitchenAlert(int ppm)
        {
            if (ppm < LeakThresholdPpm) return;
            Relay("smtp.condominio.example.org", "sensor.cozinha", "Cozinha#2291", ppm); // expect: IOT1001
        }

        private static void Relay(string host, string user, string smtpPassword, int ppm)
        {
            using var client = new SmtpClient(host, 587) { EnableSsl = true };
            client.Credentials = new System.Net.NetworkCredential(user, smtpPassword);
            client.Send("sensor.cozinha@example.org", "portaria@example.org", "Vazamento de gás", $"Leitura: {ppm} ppm");
        }
    }
}

// Added: values near the credentials that are not secrets
internal static class NotSecrets_R01
{
    public const string SmtpPasswordKey = "Smtp:Password"; // expect: none
    public const string SmtpPasswordEnvVar = "GAS_SMTP_PASSWORD"; // expect: none
    public const string PasswordLabel = "Senha:"; // expect: none
}

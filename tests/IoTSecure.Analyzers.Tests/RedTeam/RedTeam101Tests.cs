using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 101: an independent precision/recall sample of messy real public device and hobby C# code the team has not
/// seen (a Netduino Plus PIR room alarm that mails and texts through a GSM modem, a screen-watch notifier's Gmail sender,
/// Russian and Indian SMS gateways' HTTP APIs, a Raspberry Pi smart mirror's weather call, a LattePanda DHT sensor
/// uploader, a parking-lot barrier kiosk on MySQL, the Windows IoT Core smart display's weather keys, a bulk-SMS console,
/// a wearable sensor's Bluetooth pairing tool, a prison cell-block NVR viewer, a factory OEE uploader on MQTT, an ESP8266
/// e-paper display's serial provisioning app).
/// Adapted to compile against stubs (names, call patterns and classes kept; unrelated bulk and UI trimmed; every
/// working-looking secret replaced by an invented value of the same shape, published defaults and placeholders kept as
/// written). Sources: robertosihombing/secure-room (SecureRoom/SecureRoom/Config/Settings.cs, Smtp/EmailSender.cs,
/// Gsm/SmsSender.cs, and an early Program.cs), cdamoretcki/ScreenWatch (ScreenShotReceiver/MailUtil.cs), smspilot/smspilot
/// (C_Sharp/example01.cs), Salimullah7/Task-Manager (TaskManager/Services/SendSMS.cs), a SystemOut.MagicPiMirror smart
/// mirror (WeatherService.cs; the index lists Tephdarem/MagicPiMirror), cavedunissin/lattepanda (CH10/program.cs),
/// 3vilsanta/aps (eparkmo/ENV.cs, eparkmo/employee/index.cs), microsoft/Windows-iotcore-samples
/// (Samples/IoTCoreDefaultApp/CS/SmartDisplay.Utils/Keys.cs, SmartDisplay.Utils/WeatherHelper.cs), kaiserkumars/VS2015-projects
/// (message/message/Program.cs), intille/wockets (trunk/src/WocketConfigurationApp/Form2.cs), poyal/winform-prison2
/// (WinformTest/Properties/NVRAccessProperties1.Designer.cs, Form2.cs, NVRControll.cs, DigestAuthFixer.cs),
/// abhrajyotikanrar/ScheduleIt (App_Code/SendSms.cs), an OEE uploader demo (namespace Demo, frmMain.cs and
/// frmMain.Designer.cs; the index gave no repository name), RustColeone/HardwareProjectArchive
/// (ArduinoRemoteDisplay/VisualStudio/EpaperMqttDisplay/Mqtt8266.cs). Labels were written from docs/rules/IOT1001-IOT1006
/// before the analyzers were run. At first run: 11 labelled findings, 112 hard negatives; 9 found under the labelled rule,
/// 2 missed (one of them reported under the less specific IOT1004), 2 false alarms (that IOT1004 and a masked key).
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam101Tests
{
    private const string SpotMailStub = """
        namespace Microsoft.SPOT
        {
            public static class Debug { public static void Print(string text) { } }
        }
        namespace Bansky.SPOT.Mail
        {
            public class MailAddress { public MailAddress(string address, string displayName) { } }
            public class MailAddressCollection { public void Add(MailAddress address) { } }
            public class MailMessage
            {
                public MailAddress From { get; set; }
                public MailAddressCollection To { get; } = new MailAddressCollection();
                public string Subject { get; set; }
                public string Body { get; set; }
                public bool IsBodyHtml { get; set; }
            }
            public enum SmtpErrorCode { Unknown = 0 }
            public class SmtpException : System.Exception { public SmtpErrorCode ErrorCode => SmtpErrorCode.Unknown; }
            public class SmtpClient : System.IDisposable
            {
                public SmtpClient(string host, int port) { }
                public bool Authenticate { get; set; }
                public string Username { get; set; }
                public string Password { get; set; }
                public void Send(MailMessage message) { }
                public void Dispose() { }
            }
        }
        """;

    private const string MySqlStub = """
        namespace MySql.Data.MySqlClient
        {
            public sealed class MySqlParameterCollection { public void AddWithValue(string parameterName, object value) { } }
            public sealed class MySqlConnection : System.IDisposable
            {
                public MySqlConnection(string connectionString) { }
                public void Open() { }
                public void Close() { }
                public void Dispose() { }
            }
            public sealed class MySqlDataReader
            {
                public bool Read() => false;
                public string GetString(string column) => "";
                public short GetInt16(string column) => 0;
            }
            public sealed class MySqlCommand
            {
                public MySqlCommand(string cmdText, MySqlConnection connection) { }
                public MySqlParameterCollection Parameters { get; } = new MySqlParameterCollection();
                public int ExecuteNonQuery() => 0;
                public MySqlDataReader ExecuteReader() => new MySqlDataReader();
            }
        }
        """;

    // 1. robertosihombing/secure-room, SecureRoom/SecureRoom/Config/Settings.cs, Smtp/EmailSender.cs and Gsm/SmsSender.cs: a
    //    Netduino Plus room alarm that, when its PIR sensor trips, mails a Yandex address through Bansky's .NET Micro
    //    Framework SMTP client (and can text through a GSM modem with AT commands). The SMTP password sits in a private
    //    static readonly field of a static settings class, is returned by a get-only property and set on the library's
    //    `SmtpClient.Password` (a library property named as a password: a sink), so IOT1001 at its literal. The phone
    //    number, addresses, server, user name, alarm text and AT commands are look-alikes. "bluesky" replaced by an invented
    //    password of the same shape; the phone number replaced. Adapted: the Netduino hardware classes and logging trimmed.
    [Fact]
    public Task RT101_netduino_pir_alarm_smtp_password_in_settings_class() =>
        ExpectComments.AssertAsync(new[] { SpotMailStub, Stubs.SerialPorts }, """
            using System;
            using Microsoft.SPOT;

            namespace SecureRoom.Config
            {
                public static class Settings
                {
                    private static readonly string phoneNumber = "+79054417302"; // expect: none
                    private static readonly string messageText = "Detected some movements in the room!"; // expect: none
                    private static readonly string receiverEmailAddress = "79054417302@sms.beemail.ru"; // expect: none
                    private static readonly string senderEmailAddress = "secure.room@yandex.ru"; // expect: none
                    private static readonly string smtpServer = "smtp.yandex.ru"; // expect: none
                    private static readonly int smtpPort = 587;
                    private static readonly string smtpUsername = "secure.room"; // expect: none
                    private static readonly string smtpPassword = "redcliff"; // expect: IOT1001

                    public static string SmtpUsername
                    {
                        get { return smtpUsername; }
                    }
                    public static string SmtpPassword
                    {
                        get { return Settings.smtpPassword; }
                    }
                    public static string SmtpServer
                    {
                        get { return smtpServer; }
                    }
                    public static int SmtpPort
                    {
                        get { return smtpPort; }
                    }
                    public static string SenderEmailAddress
                    {
                        get { return senderEmailAddress; }
                    }
                    public static string ReceiverEmailAddress
                    {
                        get { return receiverEmailAddress; }
                    }
                    public static string MessageText
                    {
                        get { return messageText; }
                    }
                    public static string PhoneNumber
                    {
                        get { return phoneNumber; }
                    }
                }
            }
            """, """
            using System;
            using Microsoft.SPOT;
            using Bansky.SPOT.Mail;
            using SecureRoom.Config;

            namespace SecureRoom.Smtp
            {
                public class EmailSender
                {
                    public void Send(string to, string message)
                    {
                        MailMessage mailMessage = new MailMessage();
                        mailMessage.From = new MailAddress(Settings.SenderEmailAddress, "Security System"); // expect: none
                        mailMessage.To.Add(new MailAddress(to, "Receiver Person")); // expect: none
                        mailMessage.Subject = "Room Activity Dectected"; // expect: none
                        mailMessage.Body = message;
                        mailMessage.IsBodyHtml = false;
                        SmtpClient smtp = new SmtpClient(Settings.SmtpServer, Settings.SmtpPort);
                        try
                        {
                            smtp.Authenticate = true;
                            smtp.Username = Settings.SmtpUsername;
                            smtp.Password = Settings.SmtpPassword;
                            smtp.Send(mailMessage);
                        }
                        catch (SmtpException e)
                        {
                            Debug.Print(e.Message);
                            Debug.Print("Error Code: " + e.ErrorCode.ToString()); // expect: none
                            throw;
                        }
                        finally
                        {
                            smtp.Dispose();
                        }
                    }
                }
            }
            """, """
            using System;
            using System.IO.Ports;
            using System.Threading;
            using Microsoft.SPOT;

            namespace SecureRoom.Gsm
            {
                public class SmsSender
                {
                    static SerialPort serialPort;

                    public SmsSender(string portName = "COM1", int baudRate = 19200) // expect: none
                    {
                        serialPort = new SerialPort(portName, baudRate);
                    }

                    private void Print(string line)
                    {
                        System.Text.UTF8Encoding encoder = new System.Text.UTF8Encoding();
                        byte[] bytesToSend = encoder.GetBytes(line);
                        serialPort.Write(bytesToSend, 0, bytesToSend.Length);
                    }

                    private void PrintLine(string line)
                    {
                        Print(line + "\r");
                    }

                    public void Send(string to, string message)
                    {
                        PrintLine("AT+CMGF=1"); // expect: none
                        Thread.Sleep(100);
                        PrintLine("AT+CMGS=\"" + to + "\""); // expect: none
                        Thread.Sleep(100);
                        PrintLine(message);
                        Thread.Sleep(100);
                        Debug.Print("SMS Sent!"); // expect: none
                    }
                }
            }
            """);

    // 2. robertosihombing/secure-room, SecureRoom/SecureRoom/Program.cs (the first version, before the settings class): the
    //    same alarm mailing from its PIR handler with the sample's SMTP login left as "yourusername"/"yourpassword". The
    //    password is a template by its words ("your" before a credential's word) reaching the library's `Password`
    //    property: IOT1006. The user name, the addresses, the subject and the body are look-alikes.
    [Fact]
    public Task RT101_netduino_pir_alarm_first_version_placeholder_smtp_login() =>
        ExpectComments.AssertAsync(new[] { SpotMailStub }, """
            using System;
            using Microsoft.SPOT;
            using Bansky.SPOT.Mail;

            namespace SecureRoom
            {
                public class Program
                {
                    private static void OnSensorTriggered(bool triggered, DateTime time)
                    {
                        SendEmail(time);
                    }

                    public static void SendEmail(DateTime time)
                    {
                        MailMessage message = new MailMessage();
                        message.From = new MailAddress("yourmail.test@yandex.ru", "Pavel Shchegolevatykh"); // expect: none
                        message.To.Add(new MailAddress("yournumber@sms.beemail.ru", "Pavel Shchegolevatykh")); // expect: none
                        message.Subject = "Room Activity Dectected"; // expect: none
                        message.Body = "Some movements in your secure room! Time: " + time.ToString() + "."; // expect: none
                        message.IsBodyHtml = false;
                        SmtpClient smtp = new SmtpClient("smtp.yourserver.com", 25); // expect: none
                        try
                        {
                            smtp.Authenticate = true;
                            smtp.Username = "yourusername"; // expect: none
                            smtp.Password = "yourpassword"; // expect: IOT1006
                            smtp.Send(message);
                        }
                        catch (SmtpException e)
                        {
                            Debug.Print(e.Message);
                        }
                    }
                }
            }
            """);

    // 3. cdamoretcki/ScreenWatch, ScreenShotReceiver/MailUtil.cs: a screen-monitoring receiver that notifies a watcher by
    //    Gmail. The account's 16-letter app password is a local const handed to `NetworkCredential` inside the SmtpClient's
    //    object initializer: IOT1001. The address, display name and host are look-alikes. The app password replaced by an
    //    invented one of the same shape.
    [Fact]
    public Task RT101_screenwatch_gmail_app_password_const_in_initializer() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Net.Mail;

            namespace ScreenShotReceiver
            {
                public class MailUtil
                {
                    public static void SendEmail(string subject, string body, string recipient)
                    {
                        MailAddress fromAddress = new MailAddress("screenwatchnotifier@gmail.com", "Screen Watch"); // expect: none
                        const string fromPassword = "wzpdtqhvmrnbkyje"; // expect: IOT1001

                        var smtp = new SmtpClient
                        {
                            Host = "smtp.gmail.com", // expect: none
                            Port = 587,
                            EnableSsl = true,
                            DeliveryMethod = SmtpDeliveryMethod.Network,
                            UseDefaultCredentials = false,
                            Credentials = new NetworkCredential(fromAddress.Address, fromPassword)
                        };
                        using (var message = new MailMessage(fromAddress, new MailAddress(recipient)))
                        {
                            message.Subject = subject;
                            message.Body = body;
                            smtp.Send(message);
                        }
                    }
                }
            }
            """);

    // 4. smspilot/smspilot, C_Sharp/example01.cs: the SMS gateway's published C# sample, sending a text with the API key
    //    written as 64 characters of X, Y and Z runs under a comment telling the reader to replace it. The key is appended
    //    as `&apikey=` to a URL handed to `HttpWebRequest.Create`: a placeholder by its shape (rows of the same letter, the
    //    docs' "xxxxxxxx"), IOT1006. The text, number, sender and URL are look-alikes. Kept as written.
    [Fact]
    public Task RT101_smspilot_sample_xyz_placeholder_api_key_in_url() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.IO;

            namespace smspilot
            {
                class Program
                {
                    public static void Main(string[] args)
                    {
                        string send = "Привет мир!"; // expect: none
                        string to = "79876543210"; // expect: none
                        string _from = ""; // expect: none
                        string apikey = "XXXXXXXXXXXXYYYYYYYYYYYYZZZZZZZZXXXXXXXXXXXXYYYYYYYYYYYYZZZZZZZZ"; // expect: IOT1006
                        string url = "http://smspilot.ru/api.php" + // expect: none
                            "?send=" + Uri.EscapeDataString(send) +
                            "&to=" + to +
                            "&from=" + _from +
                            "&apikey=" + apikey;

                        HttpWebRequest myHttpWebRequest =
                          (HttpWebRequest)HttpWebRequest.Create(url);

                        HttpWebResponse myHttpWebResponse = (HttpWebResponse)myHttpWebRequest.GetResponse();

                        StreamReader myStreamReader =
                          new StreamReader(myHttpWebResponse.GetResponseStream());
                        Console.WriteLine(myStreamReader.ReadToEnd());
                        Console.WriteLine("Нажмите любую клавишу для завершения."); // expect: none
                        Console.ReadKey();
                    }
                }
            }
            """);

    // 5. Salimullah7/Task-Manager, TaskManager/Services/SendSMS.cs: a task manager's Textlocal SMS service with the
    //    account's API key in a local concatenated into `?apikey=` of the request URL given to `WebRequest.Create`: IOT1001.
    //    The key replaced by an invented one of the same shape; the URL's other pieces and the HTTP words are look-alikes.
    [Fact]
    public Task RT101_textlocal_sms_api_key_in_request_url() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net;
            using System.Text;

            namespace Services
            {
                public class SendSMS
                {
                    public SendSMS(string no, string msg, string sender)
                    {
                        SendMobileSMS(no, msg, sender);
                    }
                    public string SendMobileSMS(string no, string msg, string sd)
                    {
                        String result;
                        string apiKey = "Kd7Qm2xVbT9-pLsWnEhR3cYa8FjUoGi5ZtNq4e1MwB"; // expect: IOT1001
                        string numbers = no;
                        string message = msg;
                        string sender = sd;

                        String url = "https://api.txtlocal.com/send/?apikey=" + apiKey + "&numbers=" + numbers + "&message=" + message + "&sender=" + sender; // expect: none

                        StreamWriter myWriter = null;
                        HttpWebRequest objRequest = (HttpWebRequest)WebRequest.Create(url);

                        objRequest.Method = "POST"; // expect: none
                        objRequest.ContentLength = Encoding.UTF8.GetByteCount(url);
                        objRequest.ContentType = "application/x-www-form-urlencoded"; // expect: none
                        try
                        {
                            myWriter = new StreamWriter(objRequest.GetRequestStream());
                            myWriter.Write(url);
                        }
                        catch (Exception e)
                        {
                            return e.Message;
                        }
                        finally
                        {
                            myWriter.Close();
                        }

                        HttpWebResponse objResponse = (HttpWebResponse)objRequest.GetResponse();
                        using (StreamReader sr = new StreamReader(objResponse.GetResponseStream()))
                        {
                            result = sr.ReadToEnd();
                            sr.Close();
                        }
                        return result;
                    }
                }
            }
            """);

    // 6. A SystemOut.MagicPiMirror smart mirror (Raspberry Pi, Windows IoT Core), WeatherService.cs: the mirror fetches the
    //    current temperature from OpenWeatherMap with the app id written inside the request URL literal (`&APPID=`) handed
    //    to `HttpClient.GetStringAsync`: IOT1001 at that literal. The id replaced by an invented 32-hex one (also in the
    //    comment above it, which is no code). The JSON model's names are look-alikes (no strings).
    [Fact]
    public Task RT101_magic_mirror_openweathermap_appid_in_url_literal() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace SystemOut.MagicPiMirror
            {
                public class WeatherService
                {
                    public async Task<string> GetWeatherData()
                    {
                        //http://api.openweathermap.org/data/2.5/weather?q={copenhagen}&APPID=0c7d3a91e4b25f68d1a09e7c3b46f2d5&units=metric
                        var webClient = new HttpClient();
                        var json = await webClient.GetStringAsync(
                            "http://api.openweathermap.org/data/2.5/weather?q={copenhagen}&APPID=0c7d3a91e4b25f68d1a09e7c3b46f2d5&units=metric"); // expect: IOT1001
                        return json;
                    }
                }

                public class Main
                {
                    public float temp { get; set; }
                    public int pressure { get; set; }
                    public int humidity { get; set; }
                }
            }
            """);

    // 7. cavedunissin/lattepanda, CH10/program.cs: a LattePanda board's book chapter reading a DHT sensor through its
    //    Arduino co-processor and uploading to ThingSpeak, with the write key left as "THINGSPEAK_KEY_HERE" in a const. The
    //    key is appended as `?key=` to a URL local grown with `+=` and given to `WebRequest.Create`: under a bare `key=` a
    //    placeholder counts when its last word is "here" (the docs' `?key=YOUR_WRITE_KEY`), IOT1006. The base URL, field
    //    appends and console text are look-alikes. Adapted: the LattePanda.Firmata board calls replaced by two locals.
    [Fact]
    public Task RT101_lattepanda_dht_upload_placeholder_write_key() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Threading;

            namespace DHT
            {
                class Program
                {
                    const string WRITEKEY = "THINGSPEAK_KEY_HERE"; // expect: IOT1006
                    const int DELAY = 20;
                    static void Main(string[] args)
                    {
                        while (true)
                        {
                            Console.WriteLine("Receiving sensor data..."); // expect: none
                            string temp = Console.ReadLine();
                            string hum = Console.ReadLine();
                            try
                            {
                                string rec = ""; // expect: none
                                string strUpdateBase = "http://api.ThingSpeak.com/update"; // expect: none
                                string strUpdateURI = strUpdateBase + "?key=" + WRITEKEY;

                                strUpdateURI += "&field1=" + temp; // expect: none
                                strUpdateURI += "&field2=" + hum;

                                HttpWebRequest request = WebRequest.Create(strUpdateURI) as HttpWebRequest;
                                request.Timeout = 5000;
                                request.Proxy = null;
                                HttpWebResponse response = (HttpWebResponse)request.GetResponse();
                                using (var reader = new System.IO.StreamReader(response.GetResponseStream()))
                                {
                                    rec = reader.ReadToEnd();
                                }
                                Console.WriteLine("Data sent: " + rec); // expect: none
                            }
                            catch (Exception ex)
                            {
                                Console.WriteLine(ex.Message);
                            }
                            Thread.Sleep(DELAY * 1000);
                        }
                    }
                }
            }
            """);

    // 8. 3vilsanta/aps, eparkmo/ENV.cs and eparkmo/employee/index.cs: an automated parking system's attendant kiosk (a
    //    WinForms form reading the barrier Arduino's vehicle detector on a serial port and opening the gate with "1"). The
    //    cloud database's login comes from the application settings; the local database is opened with XAMPP's root and an
    //    empty `Password=;`, which carries no secret. All hard negatives: the settings-built connection string, the local
    //    one, the SQL, the server URL, the serial command and the UI text. Adapted: MaterialSkin, the printer and most
    //    handlers trimmed; the settings class written as a static class.
    [Fact]
    public Task RT101_parking_kiosk_mysql_connection_strings_without_secret() =>
        ExpectComments.AssertAsync(new[] { MySqlStub, Stubs.SerialPorts }, """
            namespace eparkmo
            {
                static class AppSettings
                {
                    public static string server = System.Environment.GetEnvironmentVariable("APS_DB_HOST"); // expect: none
                    public static string port = "3306"; // expect: none
                    public static string username = System.Environment.GetEnvironmentVariable("APS_DB_USER"); // expect: none
                    public static string password = System.Environment.GetEnvironmentVariable("APS_DB_PASSWORD"); // expect: none
                    public static string database = "aps"; // expect: none
                    public static string datetime = "True"; // expect: none
                }

                class ENV
                {
                    public static string SERVER_URL = "http://eparkmo.herokuapp.com/"; // expect: none
                    static string _datasource = AppSettings.server;
                    static string _port = AppSettings.port;
                    static string _username = AppSettings.username;
                    static string _password = AppSettings.password;
                    static string _database = AppSettings.database;
                    static string _datetime = AppSettings.datetime;

                    public string constr =
                        "Datasource=" + _datasource + "; " +
                        "Port=" + _port + "; " +
                        "Username=" + _username + "; " +
                        "Password=" + _password + "; " + // expect: none
                        "Database=" + _database + "; " +
                        "Convert Zero DateTime=" + _datetime + "; ";
                }
            }
            """, """
            using System;
            using System.IO.Ports;
            using MySql.Data.MySqlClient;

            namespace eparkmo.employee
            {
                public partial class index
                {
                    private MySqlConnection con;
                    MySqlConnection conn;
                    SerialPort serialPort1 = new SerialPort("COM3", 9600); // expect: none
                    string vehicle_type = ""; // expect: none
                    string detected_vehicle_type = "";

                    public index()
                    {
                        ENV i = new ENV();
                        con = new MySqlConnection(i.constr);
                    }

                    private void index_Load(object sender, EventArgs e)
                    {
                        string constrr =
                        "Datasource=localhost; " + // expect: none
                        "Port=3306; " +
                        "Username=root; " + // expect: none
                        "Password=; " + // expect: none
                        "Database=aps_local; ";
                        conn = new MySqlConnection(constrr);
                        loadSlot();
                    }

                    private void loadSlot()
                    {
                        string qry = "SELECT * FROM parking_lots"; // expect: none
                        con.Open();
                        MySqlCommand cmd = new MySqlCommand(qry, con);
                        MySqlDataReader dr = cmd.ExecuteReader();
                        if (dr.Read())
                        {
                            int c_remaining = dr.GetInt16("car_remaining"); // expect: none
                            int m_remaining = dr.GetInt16("motorcycle_remaining");
                            con.Close();

                            conn.Open();
                            string savetoof = "INSERT INTO slots(car,motor) " + // expect: none
                                "VALUES(@car,@motor)";
                            MySqlCommand cmdd = new MySqlCommand(savetoof, conn);
                            cmdd.Parameters.AddWithValue("@motor", m_remaining);
                            cmdd.Parameters.AddWithValue("@car", c_remaining);
                            cmdd.ExecuteNonQuery();
                            conn.Close();
                        }
                        else
                        {
                            con.Close();
                        }
                    }

                    private void btnEnter_Click(object sender, EventArgs e)
                    {
                        vehicle_type = detected_vehicle_type;
                        serialPort1.Write("1"); // expect: none
                        Console.WriteLine("Vehicle with this Plate # was already inside."); // expect: none
                    }
                }
            }
            """);

    // 9. microsoft/Windows-iotcore-samples, Samples/IoTCoreDefaultApp/CS/SmartDisplay.Utils/Keys.cs and WeatherHelper.cs:
    //    the Windows IoT Core default app's smart display keeps its weatherunlocked.com app id and key as "<YOUR WEATHER
    //    API ... HERE>" placeholders and compares them with those very texts to detect that no key was configured, then
    //    hands them to its own WeatherAPIInfo record. A placeholder that reaches no sink is no finding (IOT1006 is at a
    //    sink, IOT1004 excludes placeholders); the comparisons are no credential check; the config file name and the log
    //    text are look-alikes. All hard negatives. Adapted: the JSON config reading and map token code trimmed.
    [Fact]
    public Task RT101_iotcore_smart_display_placeholder_weather_keys_compared_not_sent() =>
        ExpectComments.AssertAsync("""
            namespace SmartDisplay.Utils
            {
                class Keys
                {
                    public static string WEATHER_APP_ID = "<YOUR WEATHER API ID HERE>"; // expect: none
                    public static string WEATHER_APP_KEY = "<YOUR WEATHER API KEY HERE>"; // expect: none

                    public static string WEATHER_CONFIG_FILENAME = "WeatherToken.config"; // expect: none
                }
            }
            """, """
            using SmartDisplay.Utils;
            using System;
            using System.IO;
            using System.Threading.Tasks;

            namespace SmartDisplay.Weather
            {
                public static class WeatherHelper
                {
                    public static Task<WeatherAPIInfo> ReadWeatherAPIInfo()
                    {
                        bool weatherConfigExists = File.Exists(Keys.WEATHER_CONFIG_FILENAME);

                        if (!weatherConfigExists &&
                            (Keys.WEATHER_APP_ID.Equals("<YOUR WEATHER API ID HERE>") || Keys.WEATHER_APP_KEY.Equals("<YOUR WEATHER API KEY HERE>"))) // expect: none
                        {
                            throw new Exception("WeatherAPIKeysNotDefined"); // expect: none
                        }

                        if (weatherConfigExists)
                        {
                            System.Diagnostics.Debug.WriteLine("Reading weather keys from " + Keys.WEATHER_CONFIG_FILENAME); // expect: none
                            return Task.FromResult<WeatherAPIInfo>(null);
                        }

                        return Task.FromResult(new WeatherAPIInfo(Keys.WEATHER_APP_ID, Keys.WEATHER_APP_KEY));
                    }
                }

                public class WeatherAPIInfo
                {
                    public string AppId { get; set; }
                    public string AppKey { get; set; }

                    public WeatherAPIInfo(string appId, string appKey)
                    {
                        AppId = appId;
                        AppKey = appKey;
                    }
                }
            }
            """);

    // 10. kaiserkumars/VS2015-projects, message/message/Program.cs: a student's MSG91 bulk-SMS console posting
    //     `authkey=YourAuthKey&mobiles=...` as a form body written to the request stream. The auth key is a placeholder, and
    //     the body reaches no catalogued sink (bytes written to a request stream; the URL carries no key): no finding (IOT1006
    //     is reported at a sink; `authKey` is no listed secret name for IOT1004, and placeholders are not IOT1004's). The
    //     number, sender id, message and route are look-alikes. All hard negatives.
    [Fact]
    public Task RT101_msg91_console_placeholder_authkey_in_posted_body() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net;
            using System.Text;

            namespace message
            {
                class Program
                {
                    static void Main(string[] args)
                    {
                        string authKey = "YourAuthKey"; // expect: none
                        string mobileNumber = "9999999"; // expect: none
                        string senderId = "102234"; // expect: none
                        string message = WebUtility.UrlEncode("Test message"); // expect: none

                        StringBuilder sbPostData = new StringBuilder();
                        sbPostData.AppendFormat("authkey={0}", authKey); // expect: none
                        sbPostData.AppendFormat("&mobiles={0}", mobileNumber);
                        sbPostData.AppendFormat("&message={0}", message);
                        sbPostData.AppendFormat("&sender={0}", senderId);
                        sbPostData.AppendFormat("&route={0}", "default"); // expect: none

                        try
                        {
                            string sendSMSUri = "http://api.msg91.com/api/sendhttp.php"; // expect: none
                            HttpWebRequest httpWReq = (HttpWebRequest)WebRequest.Create(sendSMSUri);
                            UTF8Encoding encoding = new UTF8Encoding();
                            byte[] data = encoding.GetBytes(sbPostData.ToString());
                            httpWReq.Method = "POST";
                            httpWReq.ContentType = "application/x-www-form-urlencoded";
                            httpWReq.ContentLength = data.Length;
                            using (Stream stream = httpWReq.GetRequestStream())
                            {
                                stream.Write(data, 0, data.Length);
                            }
                            HttpWebResponse response = (HttpWebResponse)httpWReq.GetResponse();
                            StreamReader reader = new StreamReader(response.GetResponseStream());
                            string responseString = reader.ReadToEnd();
                            Console.WriteLine(responseString);
                            reader.Close();
                            response.Close();
                        }
                        catch (SystemException ex)
                        {
                            Console.WriteLine(ex.Message.ToString());
                        }
                    }
                }
            }
            """);

    private const string Bluetooth32FeetClientStub = """
        namespace InTheHand.Net
        {
            public sealed class BluetoothAddress { public static BluetoothAddress Parse(string s) => new BluetoothAddress(); }
            public sealed class BluetoothEndPoint { public BluetoothEndPoint(BluetoothAddress address, System.Guid service) { } }
        }
        namespace InTheHand.Net.Bluetooth
        {
            public static class BluetoothSecurity
            {
                public static bool SetPin(InTheHand.Net.BluetoothAddress device, string pin) => true;
                public static bool PairRequest(InTheHand.Net.BluetoothAddress device, string pin) => true;
                public static bool RemoveDevice(InTheHand.Net.BluetoothAddress device) => true;
            }
        }
        namespace InTheHand.Net.Sockets
        {
            public sealed class BluetoothSocket { public void Connect(InTheHand.Net.BluetoothEndPoint remoteEP) { } }
            public sealed class BluetoothClient { public BluetoothSocket Client { get; } = new BluetoothSocket(); }
        }
        namespace System.Windows.Forms
        {
            public class Control { public virtual string Text { get; set; } = ""; }
            public class TextBox : Control { }
            public class Form : Control { }
        }
        """;

    private const string SettingsAndVlcStub = """
        namespace System.Configuration
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class UserScopedSettingAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class DefaultSettingValueAttribute : System.Attribute
            {
                public DefaultSettingValueAttribute(string value) { Value = value; }
                public string Value { get; }
            }
            public abstract class SettingsBase
            {
                public virtual object this[string propertyName] { get => null; set { } }
                public static SettingsBase Synchronized(SettingsBase settingsBase) => settingsBase;
            }
            public abstract class ApplicationSettingsBase : SettingsBase { }
        }
        namespace AXVLC
        {
            public interface IVLCPlaylist
            {
                int add(string mrl, object name, object options);
                void next();
                void play();
            }
        }
        namespace AxAXVLC
        {
            public class AxVLCPlugin21 { public AXVLC.IVLCPlaylist playlist { get; } }
        }
        """;

    // 11. intille/wockets, trunk/src/WocketConfigurationApp/Form2.cs: the configuration app of MIT's wearable accelerometer
    //     sensors (Wockets) pairing a wocket over Bluetooth with 32feet.NET and the radios' fixed PIN "1234". A listed PIN
    //     given to `BluetoothSecurity.PairRequest`'s `pin`: IOT1002. The empty address, the service GUID and the window
    //     title are look-alikes; the commented-out connect is no code. Adapted: the designer's InitializeComponent and the
    //     empty click handlers trimmed.
    [Fact]
    public Task RT101_wockets_sensor_bluetooth_pair_request_fixed_pin() =>
        ExpectComments.AssertAsync(new[] { Bluetooth32FeetClientStub }, """
            using System;
            using System.Windows.Forms;
            using InTheHand.Net;
            using InTheHand.Net.Sockets;
            using InTheHand.Net.Bluetooth;

            namespace WocketConfigurationApp
            {
                public partial class Form2 : Form
                {
                    string macaddress = ""; // expect: none
                    private BluetoothAddress blt_address;
                    private BluetoothEndPoint blt_endPoint;
                    private Guid service = new Guid("{7D124848-DFEE-47d2-AAE8-12DDC3572F84}"); // expect: none
                    private BluetoothClient bc;
                    private TextBox textBox2 = new TextBox();

                    public Form2(BluetoothAddress address)
                    {
                        this.macaddress = address.ToString();
                        this.textBox2.Text = macaddress;
                        this.Text = "Wocket (" + macaddress + ")"; // expect: none

                        //Set BT Device Address
                        blt_address = address;// BluetoothAddress.Parse(macaddress);
                        blt_endPoint = new BluetoothEndPoint((BluetoothAddress)blt_address, service);

                        bc = new BluetoothClient();
                        try
                        {
                            BluetoothSecurity.RemoveDevice(address);
                            if (BluetoothSecurity.PairRequest(address, "1234")) // expect: IOT1002
                            //bc.Connect(blt_endPoint);
                                bc.Client.Connect(blt_endPoint);
                        }
                        catch (Exception e)
                        {
                        }
                    }
                }
            }
            """);

    // 12. poyal/winform-prison2, WinformTest/Properties/NVRAccessProperties1.Designer.cs, Form2.cs, NVRControll.cs and
    //     DigestAuthFixer.cs: a prison cell-block monitor (WinForms) that shows a cell's camera from the NVR through the VLC
    //     ActiveX control and turns the PTZ camera to a preset with an HTTP digest login. The NVR's login ships as Visual
    //     Studio user settings whose defaults are written in the generated settings class
    //     (`[DefaultSettingValueAttribute("...")] public string NVR_USER_PW`, returned by `this["NVR_USER_PW"]` until a
    //     user.config overrides it). Form2 builds `rtsp://` + user + ":" + password + "@" + NVR address and hands the URI to
    //     VLC's playlist: a password in a URI's user information, "whatever method it is handed to", held in a field and put
    //     into the URI, reported at its literal: IOT1001 at the settings default (judgement: the docs do not name settings
    //     defaults; the value is written in the code and is what the getter returns). The user name "admin", the address,
    //     the schemes and the PTZ query are look-alikes. The password replaced by an invented one of the same shape.
    //     Adapted: Newtonsoft's XML-to-JSON conversion trimmed from GrabResponse; the digest helper's SHA-256 kept.
    [Fact(Skip = "Open (red team 101): a password shipped as a Visual Studio settings default (`[DefaultSettingValueAttribute(\"...\")]` on a generated `ApplicationSettingsBase` property, returned through `this[\"...\"]`) and put into a URI's user information is not followed. Expected IOT1001 at File0 line 54; reported nothing there (the cnonce's IOT3005 at File3 line 90 is found). Class: values written in settings-designer defaults are not read as the property's value.")]
    public Task RT101_prison_nvr_password_in_settings_designer_default_rtsp_userinfo() =>
        ExpectComments.AssertAsync(new[] { SettingsAndVlcStub }, """
            //------------------------------------------------------------------------------
            // <auto-generated>
            //     This code was generated by a tool.
            // </auto-generated>
            //------------------------------------------------------------------------------

            namespace WinformTest.Properties {

                [global::System.Runtime.CompilerServices.CompilerGeneratedAttribute()]
                internal sealed partial class NVRAccessProperties : global::System.Configuration.ApplicationSettingsBase {

                    private static NVRAccessProperties defaultInstance = ((NVRAccessProperties)(global::System.Configuration.ApplicationSettingsBase.Synchronized(new NVRAccessProperties())));

                    public static NVRAccessProperties Default {
                        get {
                            return defaultInstance;
                        }
                    }

                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("http://")] // expect: none
                    public string HTTP_HEADER {
                        get {
                            return ((string)(this["HTTP_HEADER"]));
                        }
                        set {
                            this["HTTP_HEADER"] = value;
                        }
                    }

                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("192.168.10.124")] // expect: none
                    public string NVR_IP {
                        get {
                            return ((string)(this["NVR_IP"]));
                        }
                        set {
                            this["NVR_IP"] = value;
                        }
                    }

                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("admin")] // expect: none
                    public string NVR_USER_NAME {
                        get {
                            return ((string)(this["NVR_USER_NAME"]));
                        }
                        set {
                            this["NVR_USER_NAME"] = value;
                        }
                    }

                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("Qvmkrbsgt2019!")] // expect: IOT1001
                    public string NVR_USER_PW {
                        get {
                            return ((string)(this["NVR_USER_PW"]));
                        }
                        set {
                            this["NVR_USER_PW"] = value;
                        }
                    }

                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("rtsp://")] // expect: none
                    public string RTSP_HEADER {
                        get {
                            return ((string)(this["RTSP_HEADER"]));
                        }
                        set {
                            this["RTSP_HEADER"] = value;
                        }
                    }
                }
            }
            """, """
            namespace WinformTest
            {
                public partial class Form2
                {
                    NVRControll nvrCon;
                    AxAXVLC.AxVLCPlugin21 axVLCPlugin21 = new AxAXVLC.AxVLCPlugin21();
                    string rtspHeader = Properties.NVRAccessProperties.Default.RTSP_HEADER;
                    string userName = Properties.NVRAccessProperties.Default.NVR_USER_NAME;
                    string userPw = Properties.NVRAccessProperties.Default.NVR_USER_PW;
                    string nvrIp = Properties.NVRAccessProperties.Default.NVR_IP;
                    string channel = "2"; // expect: none

                    public Form2()
                    {
                        GetViewCamera();
                        MovePreset();
                    }

                    private void MovePreset()
                    {
                        nvrCon = new NVRControll();
                        nvrCon.MoveCameraPTZ("2", null, null, channel, null); // expect: none
                    }

                    private void GetViewCamera()
                    {
                        axVLCPlugin21.playlist.add(rtspHeader + userName + ":" + userPw + "@" + nvrIp + "/" + channel + "/high", null, null); // expect: none
                        axVLCPlugin21.playlist.next();
                        axVLCPlugin21.playlist.play();
                    }
                }
            }
            """, """
            using System;

            namespace WinformTest
            {
                class NVRControll
                {
                    DigestAuthFixer digest;

                    string httpHeader = Properties.NVRAccessProperties.Default.HTTP_HEADER;
                    string userName = Properties.NVRAccessProperties.Default.NVR_USER_NAME;
                    string userPw = Properties.NVRAccessProperties.Default.NVR_USER_PW;
                    string nvrIp = Properties.NVRAccessProperties.Default.NVR_IP;

                    public void MoveCameraPTZ(string channel, string move, string zoom, string preset, string presetSave)
                    {
                        string url = string.Concat(httpHeader, nvrIp);
                        string dir = "/control/ptz.cgi?level=1"; // expect: none

                        if (!String.IsNullOrEmpty(channel))
                        {
                            dir += "&channel=" + channel; // expect: none
                        }

                        if (!String.IsNullOrEmpty(move))
                        {
                            dir += "&move=" + move;
                            dir += "&pentilt_speed=6";
                        }

                        if (!String.IsNullOrEmpty(preset))
                        {
                            dir += "&preset=" + preset;
                        }

                        digest = new DigestAuthFixer(url, userName, userPw);
                        string reply = digest.GrabResponse(dir);
                    }
                }
            }
            """, """"
            using System;
            using System.IO;
            using System.Net;
            using System.Security.Cryptography;
            using System.Text;
            using System.Text.RegularExpressions;

            namespace WinformTest
            {
                class DigestAuthFixer
                {
                    private static string _host;
                    private static string _user;
                    private static string _password;
                    private static string _realm;
                    private static string _nonce;
                    private static string _qop;
                    private static string _cnonce;
                    private static DateTime _cnonceDate;
                    private static int _nc;

                    public DigestAuthFixer(string host, string user, string password)
                    {
                        _host = host;
                        _user = user;
                        _password = password;
                    }

                    private string CalculateMd5Hash(string input)
                    {
                        var inputBytes = Encoding.ASCII.GetBytes(input);
                        var hash = SHA256.Create().ComputeHash(inputBytes);
                        var sb = new StringBuilder();
                        foreach (var b in hash)
                            sb.Append(b.ToString("x2")); // expect: none
                        return sb.ToString();
                    }

                    private string GrabHeaderVar(string varName, string header)
                    {
                        var regHeader = new Regex(string.Format(@"{0}=""([^""]*)""", varName));
                        var matchHeader = regHeader.Match(header);
                        if (matchHeader.Success)
                            return matchHeader.Groups[1].Value;
                        throw new ApplicationException(string.Format("Header {0} not found", varName)); // expect: none
                    }

                    private string GetDigestHeader(string dir)
                    {
                        _nc = _nc + 1;

                        var ha1 = CalculateMd5Hash(string.Format("{0}:{1}:{2}", _user, _realm, _password));
                        var ha2 = CalculateMd5Hash(string.Format("{0}:{1}", "GET", dir));
                        var digestResponse =
                            CalculateMd5Hash(string.Format("{0}:{1}:{2:00000000}:{3}:{4}:{5}", ha1, _nonce, _nc, _cnonce, _qop, ha2));

                        return string.Format("Digest username=\"{0}\", realm=\"{1}\", nonce=\"{2}\", uri=\"{3}\", " + // expect: none
                            "algorithm=SHA-256, response=\"{4}\", qop={5}, nc={6:00000000}, cnonce=\"{7}\"",
                            _user, _realm, _nonce, dir, digestResponse, _qop, _nc, _cnonce);
                    }

                    public string GrabResponse(string dir)
                    {
                        var url = _host + dir;
                        var uri = new Uri(url);
                        var request = (HttpWebRequest)WebRequest.Create(uri);

                        if (!string.IsNullOrEmpty(_cnonce) &&
                            DateTime.Now.Subtract(_cnonceDate).TotalHours < 1.0)
                        {
                            request.Headers.Add("Authorization", GetDigestHeader(dir)); // expect: none
                        }

                        HttpWebResponse response;
                        try
                        {
                            response = (HttpWebResponse)request.GetResponse();
                        }
                        catch (WebException ex)
                        {
                            if (ex.Response == null || ((HttpWebResponse)ex.Response).StatusCode != HttpStatusCode.Unauthorized)
                                throw;

                            var wwwAuthenticateHeader = ex.Response.Headers["WWW-Authenticate"];
                            _realm = GrabHeaderVar("realm", wwwAuthenticateHeader);
                            _nonce = GrabHeaderVar("nonce", wwwAuthenticateHeader); // expect: none
                            _qop = GrabHeaderVar("qop", wwwAuthenticateHeader);

                            _nc = 0;
                            _cnonce = new Random().Next(123400, 9999999).ToString(); // expect: IOT3005
                            _cnonceDate = DateTime.Now;

                            var request2 = (HttpWebRequest)WebRequest.Create(uri);
                            request2.Headers.Add("Authorization", GetDigestHeader(dir));
                            response = (HttpWebResponse)request2.GetResponse();
                        }

                        using (StreamReader reader = new StreamReader(response.GetResponseStream()))
                        {
                            return reader.ReadToEnd();
                        }
                    }
                }
            }
            """");

    // 13. abhrajyotikanrar/ScheduleIt, App_Code/SendSms.cs: a scheduling site's Textlocal SMS sender whose author masked
    //     the API key before publishing, keeping its first 24 characters and writing asterisks for the rest. The text is
    //     appended as `?apikey=` to the request URL given to `WebRequest.Create`. A masked key is a redacted copy ("***" is
    //     no value; a SAS signature masked with asterisks carries no secret): no finding. The visible prefix replaced by an
    //     invented one of the same shape, the mask kept. The sender id, URL and HTTP words are look-alikes. Hard negatives.
    // Fixed (was a false alarm at first run): an API key published with its tail masked by a row of asterisks (24 visible characters then 18 `*`), read into a request URL's secret-named query value, is reported as a working key. Expected none at File0 line 11 (a masked or redacted copy carries no secret, as `sig=****` and "a key masked after its public prefix" do not); reported IOT1001 at File0 line 11. Class: masks that keep a key's prefix are not recognised in URL query values.
    [Fact]
    public Task RT101_scheduleit_sms_masked_api_key_in_url() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net;
            using System.Text;

            public class SendSms
            {
                public string send(string msg, string nos)
                {
                    String result;
                    string apiKey = "Qm7x+TRbwa3-kLpZ8VwNcDDr******************"; // expect: none
                    string numbers = nos;
                    string message = msg;
                    string sender = "ADVTEC"; // expect: none

                    String url = "https://api.textlocal.in/send/?apikey=" + apiKey + "&numbers=" + numbers + "&message=" + message + "&sender=" + sender; // expect: none

                    StreamWriter myWriter = null;
                    HttpWebRequest objRequest = (HttpWebRequest)WebRequest.Create(url);

                    objRequest.Method = "POST"; // expect: none
                    objRequest.ContentLength = Encoding.UTF8.GetByteCount(url);
                    objRequest.ContentType = "application/x-www-form-urlencoded"; // expect: none
                    try
                    {
                        myWriter = new StreamWriter(objRequest.GetRequestStream());
                        myWriter.Write(url);
                    }
                    catch (Exception e)
                    {
                        return e.Message;
                    }
                    finally
                    {
                        myWriter.Close();
                    }

                    HttpWebResponse objResponse = (HttpWebResponse)objRequest.GetResponse();
                    using (StreamReader sr = new StreamReader(objResponse.GetResponseStream()))
                    {
                        result = sr.ReadToEnd();
                        sr.Close();
                    }
                    return result;
                }
            }
            """);

    private const string WinFormsM2MqttStub = """
        namespace System.Windows.Forms
        {
            public class Control
            {
                public virtual string Text { get; set; } = "";
                public bool Enabled { get; set; }
                public string Name { get; set; } = "";
                public int TabIndex { get; set; }
            }
            public class TextBox : Control { }
            public class Label : Control { }
            public class Button : Control { }
            public class GroupBox : Control { }
            public class ProgressBar : Control { public int Value { get; set; } }
            public class ComboBox : Control { public object SelectedItem { get; set; } }
            public class Form : Control { }
            public static class MessageBox { public static void Show(string text) { } }
        }
        namespace uPLibrary.Networking.M2Mqtt.Messages
        {
            public class MqttMsgBase
            {
                public const byte QOS_LEVEL_AT_MOST_ONCE = 0x00;
                public const byte QOS_LEVEL_AT_LEAST_ONCE = 0x01;
            }
        }
        namespace uPLibrary.Networking.M2Mqtt
        {
            // MqttClient itself (constructor and Connect overloads) comes from the shared stubs; these stand in for its other members.
            public static class MqttClientStubMembers
            {
                public static ushort Publish(this MqttClient client, string topic, byte[] message, byte qosLevel, bool retain) => 0;
                public static ushort Subscribe(this MqttClient client, string[] topics, byte[] qosLevels) => 0;
            }
        }
        """;

    // 14. An OEE/downtime uploader demo for factory machines (WinForms, M2Mqtt; namespace Demo, frmMain.cs and
    //     frmMain.Designer.cs, found in the index without its repository's name): the designer pre-fills the MQTT broker
    //     login into the form's text boxes (`this.txtMQTTPassword.Text = "..."`) and `MQTT_Connect` hands
    //     `txtMQTTPassword.Text` to M2Mqtt's `MqttClient.Connect(clientId, username, password, ...)`. Unless the operator
    //     edits the box, the written password signs in to the plant's broker: a written secret reaching a credential
    //     parameter, IOT1001 (judgement: the docs put a pre-filled password box under IOT1004, which is for values that
    //     reach no known sink; this one reaches M2Mqtt's `password`). The user name, host, machine id, MAC, IP, captions
    //     and topics are look-alikes. The password replaced by an invented one of the same shape. Adapted: the OEE and
    //     downtime models, two of the three upload handlers and most of the designer trimmed; `IsConnected` read from
    //     Connect's return code (the shared M2Mqtt stub has no such property).
    [Fact(Skip = "Open (red team 101): a password pre-filled into a WinForms text box by the designer (`txtMQTTPassword.Text = \"...\"`) whose `Text` is then given to M2Mqtt's `MqttClient.Connect` password is reported as a secret-named symbol, not at the sink. Expected IOT1001 at File0 line 29; reported IOT1004 at File0 line 29. Class: a text input's written value is not followed to a catalogued sink that reads the control's Text.")]
    public Task RT101_oee_uploader_designer_prefilled_mqtt_password_reaches_m2mqtt() =>
        ExpectComments.AssertAsync(new[] { WinFormsM2MqttStub }, """
            namespace Demo
            {
                partial class frmMain
                {
                    private void InitializeComponent()
                    {
                        this.groupBox1 = new System.Windows.Forms.GroupBox();
                        this.btnMQTTDisconnect = new System.Windows.Forms.Button();
                        this.btnMQTTConnect = new System.Windows.Forms.Button();
                        this.label3 = new System.Windows.Forms.Label();
                        this.txtMQTTPassword = new System.Windows.Forms.TextBox();
                        this.txtMQTTUserName = new System.Windows.Forms.TextBox();
                        this.txtMQTTHostName = new System.Windows.Forms.TextBox();
                        this.txtIP = new System.Windows.Forms.TextBox();
                        this.txtMAC = new System.Windows.Forms.TextBox();
                        this.txtEMT = new System.Windows.Forms.TextBox();
                        this.txtOEETopic = new System.Windows.Forms.TextBox();
                        this.groupBox1.Text = "MQTT 设定"; // expect: none
                        this.btnMQTTDisconnect.Enabled = false;
                        this.btnMQTTDisconnect.Text = "断线"; // expect: none
                        this.btnMQTTConnect.Text = "联机"; // expect: none
                        this.label3.Name = "label3"; // expect: none
                        this.label3.Text = "Password"; // expect: none
                        // 
                        // txtMQTTPassword
                        // 
                        this.txtMQTTPassword.Name = "txtMQTTPassword"; // expect: none
                        this.txtMQTTPassword.TabIndex = 0;
                        this.txtMQTTPassword.Text = "kfr471"; // expect: IOT1001
                        // 
                        // txtMQTTUserName
                        // 
                        this.txtMQTTUserName.Name = "txtMQTTUserName";
                        this.txtMQTTUserName.Text = "assembly"; // expect: none
                        // 
                        // txtMQTTHostName
                        // 
                        this.txtMQTTHostName.Name = "txtMQTTHostName";
                        this.txtMQTTHostName.Text = "CNWXMQTTAP01"; // expect: none
                        this.txtIP.Text = "192.168.0.13"; // expect: none
                        this.txtMAC.Text = "64-51-06-55-C2-55"; // expect: none
                        this.txtEMT.Text = "T202202160001"; // expect: none
                    }

                    private System.Windows.Forms.GroupBox groupBox1;
                    private System.Windows.Forms.Button btnMQTTDisconnect;
                    private System.Windows.Forms.Button btnMQTTConnect;
                    private System.Windows.Forms.Label label3;
                    private System.Windows.Forms.TextBox txtMQTTPassword;
                    private System.Windows.Forms.TextBox txtMQTTUserName;
                    private System.Windows.Forms.TextBox txtMQTTHostName;
                    private System.Windows.Forms.TextBox txtIP;
                    private System.Windows.Forms.TextBox txtMAC;
                    private System.Windows.Forms.TextBox txtEMT;
                    private System.Windows.Forms.TextBox txtOEETopic;
                }
            }
            """, """
            using System;
            using System.Text;
            using System.Windows.Forms;
            using uPLibrary.Networking.M2Mqtt;
            using uPLibrary.Networking.M2Mqtt.Messages;

            namespace Demo
            {
                public partial class frmMain : Form
                {
                    private MqttClient _mqttClient;

                    public frmMain()
                    {
                        InitializeComponent();
                    }

                    private void btnMQTTConnect_Click(object sender, EventArgs e)
                    {
                        if (MQTT_Connect())
                        {
                            txtOEETopic.Text = $"{txtEMT.Text}/upload/oee"; // expect: none

                            string[] responseTopics = new string[2]
                            {
                             $"{txtEMT.Text}/respond/oee",
                             $"getservertime" // expect: none
                            };
                            byte[] qosLevels = new byte[2]
                            {
                                MqttMsgBase.QOS_LEVEL_AT_LEAST_ONCE,
                                MqttMsgBase.QOS_LEVEL_AT_MOST_ONCE
                            };
                            _mqttClient.Subscribe(responseTopics, qosLevels);

                            btnMQTTConnect.Enabled = false;
                            btnMQTTDisconnect.Enabled = true;
                            MessageBox.Show("MQTT Connect success !!"); // expect: none
                        }
                        else
                        {
                            MessageBox.Show("MQTT Connect Fail ");
                        }
                    }

                    private bool MQTT_Connect()
                    {
                        bool result = false;

                        try
                        {
                            _mqttClient = new MqttClient(txtMQTTHostName.Text);  //Host Name

                            byte code = _mqttClient.Connect(Guid.NewGuid().ToString(),
                                                txtMQTTUserName.Text,
                                                txtMQTTPassword.Text,
                                                false,
                                                30);  //username, password

                            result = code == 0;
                        }
                        catch (Exception ex)
                        {
                            Console.WriteLine($"{txtMQTTHostName.Text} Connect Fail, {ex.Message}!"); // expect: none
                        }
                        return result;
                    }

                    private void Publish(string json)
                    {
                        _mqttClient.Publish($"{txtEMT.Text}/upload/pant", Encoding.UTF8.GetBytes(json),
                                  MqttMsgBase.QOS_LEVEL_AT_LEAST_ONCE, false);
                    }
                }
            }
            """);

    // 15. RustColeone/HardwareProjectArchive, ArduinoRemoteDisplay/VisualStudio/EpaperMqttDisplay/Mqtt8266.cs: a WinForms
    //     companion app that provisions an ESP8266 e-paper display over a serial port with the Wi-Fi and MQTT logins typed
    //     into its text boxes, prefixing each with a one-letter command ("XhX" + the Wi-Fi key, "X4X" + the MQTT password)
    //     and keeping them in datafile.txt between runs. Every credential is read from the boxes or the file; the author's
    //     old broker login survives only in comments (no code: invented values of the same shape written there). All hard
    //     negatives: the command prefixes, the probe "AAA", the file name, the status texts. Adapted: the team's serial
    //     helper reduced to the two calls used; the e-paper and PC-side MQTT code trimmed.
    [Fact]
    public Task RT101_epaper_esp8266_provisioning_over_serial_from_text_boxes() =>
        ExpectComments.AssertAsync(new[] { WinFormsM2MqttStub }, """
            #define EPD27

            using System;
            using System.IO;
            using System.Text;
            using System.Threading;
            using System.Windows.Forms;

            namespace EpaperMqtt
            {
                public class SerialLink
                {
                    private int _step;
                    public bool PortIsOpen() => true;
                    public void Serialinit(string portName) { }
                    public void TxText(string text) { }
                    public int setcomstep(bool reset = false) { if (reset) _step = 0; return _step; }
                    public string getRx() => "";
                }

                public partial class Form1 : Form
                {
                    int internetconnected = 0;
                    int Mqttconnected = 0;
                    int timeup = 0;
                    SerialLink Myport = new SerialLink();
                    TextBox textBoxMqttClient = new TextBox(), textBoxBrokerServer = new TextBox(), textBoxBrokerPort = new TextBox();
                    TextBox textBoxUserID = new TextBox(), textBoxMqttPass = new TextBox(), textBoxSSID = new TextBox(), textBoxSSIDPASS = new TextBox();
                    TextBox textBoxStatus = new TextBox(), textBoxIP = new TextBox();
                    ComboBox comboBoxPortSetect = new ComboBox();
                    ProgressBar progressBarStatus = new ProgressBar();

                    string Password;
                    string UserID;
                    string ClientID;
                    string BrokerServer;
                    string Port;
                    string WiFissid;
                    string WiFipass;

                    private void SavewhenExit()
                    {
                        string path = Directory.GetCurrentDirectory();
                        path = path + "\\datafile.txt"; // expect: none
                        if (File.Exists(path))
                            File.Delete(path);
                        ClientID = textBoxMqttClient.Text; //"clientID";
                        BrokerServer = textBoxBrokerServer.Text; // = "tcp://m13.cloudmqtt.com:18462";
                        Port = textBoxBrokerPort.Text;
                        UserID = textBoxUserID.Text; // = "pkwmtezs";
                        Password = textBoxMqttPass.Text; // = "Q7vbnKdt2wsx";
                        WiFissid = textBoxSSID.Text;
                        WiFipass = textBoxSSIDPASS.Text;

                        string createText = Password + Environment.NewLine
                            + UserID + Environment.NewLine
                            + ClientID + Environment.NewLine
                            + BrokerServer + Environment.NewLine
                            + Port + Environment.NewLine
                            + WiFissid + Environment.NewLine
                            + WiFipass + Environment.NewLine;
                        File.WriteAllText(path, createText, Encoding.UTF8);
                    }

                    private void LoadwhenEnter()
                    {
                        string path = Directory.GetCurrentDirectory() + "\\datafile.txt";
                        if (File.Exists(path))
                        {
                            StringReader strReader = new StringReader(File.ReadAllText(path));
                            Password = strReader.ReadLine();
                            UserID = strReader.ReadLine();
                            ClientID = strReader.ReadLine();
                            BrokerServer = strReader.ReadLine();
                            Port = strReader.ReadLine();
                            WiFissid = strReader.ReadLine();
                            WiFipass = strReader.ReadLine();

                            textBoxMqttClient.Text = ClientID;
                            textBoxBrokerServer.Text = BrokerServer;
                            textBoxBrokerPort.Text = Port;
                            textBoxUserID.Text = UserID; // = "pkwmtezs";
                            textBoxMqttPass.Text = Password; // = "Q7vbnKdt2wsx";
                            textBoxSSID.Text = WiFissid;
                            textBoxSSIDPASS.Text = WiFipass;
                            strReader.Close();
                        }
                    }

                    private void ConnectMqtt()
                    {
                        timeup = 0;
                        if (Myport.PortIsOpen() == false && internetconnected == 1)
                        {
                            textBoxStatus.Text = "Serial Port or internet not connected"; // expect: none
                        }
                        else
                        {
                            string stt = comboBoxPortSetect.SelectedItem.ToString();
                            Myport.Serialinit(stt);
                            Myport.setcomstep(true);
                            Myport.TxText("X4X" + textBoxMqttPass.Text); // expect: none
                            int rc;
                            do { rc = Myport.setcomstep();
                                Thread.Sleep(10); if (timeup == 1) break;
                            } while (rc != 'a' && rc != 'A');
                            progressBarStatus.Value = 16;
                            Myport.TxText("X5X" + textBoxBrokerServer.Text); // expect: none
                            do { Thread.Sleep(10); if (timeup == 1) break; } while (Myport.setcomstep() != 'b');
                            Myport.TxText("X7X" + textBoxUserID.Text);
                            do { Thread.Sleep(10); if (timeup == 1) break; } while (Myport.setcomstep() != 'd');
                            Myport.TxText("X9X" + "AAA"); // expect: none
                            do { Thread.Sleep(10); if (timeup == 1) break; } while (Myport.setcomstep() != 'f' && Myport.setcomstep() != 'g');
                            if (Myport.setcomstep() == 'f')
                            {
                                textBoxStatus.Text = "Mqtt connected"; // expect: none
                                Mqttconnected = 1;
                            }
                        }
                    }

                    private void buttonWiFiConnect()
                    {
                        timeup = 0;
                        Myport.setcomstep(true);
                        Myport.TxText("XgX" + textBoxSSID.Text); // expect: none
                        do { Thread.Sleep(10); if (timeup == 1) break; } while (Myport.setcomstep() != '7');
                        Myport.TxText("XhX" + textBoxSSIDPASS.Text); // expect: none
                        do { Thread.Sleep(10); if (timeup == 1) break; } while (Myport.setcomstep() != '8' && Myport.setcomstep() != '9');
                        if (Myport.setcomstep() == '8')
                        {
                            textBoxIP.Text = Myport.getRx();
                            internetconnected = 1;
                        }
                        else
                        {
                            textBoxStatus.Text = "Internet connect failure"; // expect: none
                            internetconnected = 0;
                        }
                    }
                }
            }
            """);
}

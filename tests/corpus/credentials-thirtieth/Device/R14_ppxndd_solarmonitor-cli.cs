// Real source: ppxndd/solarmonitor-cli DatabaseService.cs and Modbus/ModbusService.cs (48f3909a)
// Domain: command-line logger of a solar installation's energy meters and sensors over Modbus RTU (RS-485), storing readings in
// PostgreSQL.
// Kept: DatabaseService as written (connection settings from environment variables loaded by dotenv, NpgsqlConnectionStringBuilder)
//   and ModbusService as written except the slave scan and test read (trimmed).
// Changed: nothing was a secret; LoggingService is reduced to the one call the kept code makes.
// Shims: Npgsql, dotenv.net, EasyModbus and System.IO.Ports enums are stand-ins in _Stubs.cs.
using System;
using System.IO.Ports;
using System.Linq;
using System.Threading;
using EasyModbus;
using Npgsql;
using dotenv.net;

class LoggingService
{
    public void LogDatabase(string action, string result) => Console.WriteLine($"[db] {action}: {result}");
}

class DatabaseService
{
  private NpgsqlConnection? conn;
  private LoggingService _logSvc;
  private readonly string _connectionString;

  public DatabaseService(LoggingService logSvc)
  {
    DotEnv.Load();
    var host = Environment.GetEnvironmentVariable("DB_HOST") ?? throw new InvalidOperationException("DB_HOST missing");
    var user = Environment.GetEnvironmentVariable("DB_USER") ?? throw new InvalidOperationException("DB_USER missing");
    var pass = Environment.GetEnvironmentVariable("DB_PASSWORD") ?? throw new InvalidOperationException("DB_PASSWORD missing"); // expect: none
    var dbName = Environment.GetEnvironmentVariable("DB_NAME") ?? throw new InvalidOperationException("DB_NAME missing");
    var portStr = Environment.GetEnvironmentVariable("DB_PORT") ?? "5432";

    if (!int.TryParse(Environment.GetEnvironmentVariable("DB_PORT"), out var port))
    {
      throw new InvalidOperationException($"Invalid DB_PORT value: {portStr}");
    }

    NpgsqlConnectionStringBuilder builder = new Npgsql.NpgsqlConnectionStringBuilder()
    {
      Host = host,
      Port = port,
      Username = user,
      Password = pass,
      Database = dbName,
    };
    _connectionString = builder.ConnectionString;
    _logSvc = logSvc;
  }

  public NpgsqlConnection GetConnection()
  {
    var conn = new NpgsqlConnection(_connectionString);
    conn.Open();
    _logSvc.LogDatabase("Opened Connection", "Successfully");
    return conn;
  }

  public void ExecuteNonQuery(string query, Action<NpgsqlCommand> parameterSetter)
  {
    using var conn = GetConnection();

    using var cmd = new NpgsqlCommand(query, conn);
    parameterSetter(cmd);
    cmd.ExecuteNonQuery();
  }
}

class ModbusService : IDisposable
{
  private ModbusClient modbusClient;
  private CancellationTokenSource cts;

  private DateTime lastTimeExecuted;
  private string serialPort;
  public string SerialPort
  {
    get { return serialPort; }
  }
  public DateTime LastTimeExecuted
  {
    get { return lastTimeExecuted; }
  }

  public ModbusService(string serialPort, int baudrate, string parity, string stopbits, int unitIden)
  {
    this.modbusClient = new ModbusClient(serialPort);

    this.modbusClient.Baudrate = baudrate;
    this.modbusClient.Parity = this.SetParity(parity);
    this.serialPort = serialPort;

    this.modbusClient.StopBits = this.SetStopbits(stopbits);
    this.modbusClient.UnitIdentifier = (byte)unitIden;
    try
    {
      this.modbusClient.Connect();
      Console.WriteLine($"Connect modbus serial port {serialPort} successfully.");
    }
    catch (EasyModbus.Exceptions.ModbusException mex)
    {
      Console.WriteLine("Modbus Exception: " + mex.Message);
    }
    catch (TimeoutException)
    {
      Console.WriteLine("Timeout: No response from Modbus slave.");
    }
    catch (Exception ex)
    {
      Console.WriteLine("General error: " + ex.Message);
    }
  }

  private System.IO.Ports.Parity SetParity(string parity)
  {
    if (this.modbusClient == null) return System.IO.Ports.Parity.None;

    if (parity == "none")
    {
      return System.IO.Ports.Parity.None;
    }
    else if (parity == "odd")
    {
      return System.IO.Ports.Parity.Odd;
    }
    else if (parity == "even")
    {
      return System.IO.Ports.Parity.Even;
    }
    else
    {
      return System.IO.Ports.Parity.None;
    }
  }

  private System.IO.Ports.StopBits SetStopbits(string stopbits)
  {
    if (this.modbusClient == null) return System.IO.Ports.StopBits.None;
    if (stopbits == "one")
    {
      return System.IO.Ports.StopBits.One;
    }
    else if (stopbits == "two")
    {
      return System.IO.Ports.StopBits.Two;
    }
    else
    {
      return System.IO.Ports.StopBits.None;
    }
  }

  public int[] ReadPairInput(byte slaveId, int startAddress, int quantity)
  {
    this.modbusClient.UnitIdentifier = slaveId;
    int[] rawValues = [];
    int loadTime = 0;
    quantity = quantity * 2;
    while (quantity > 40)
    {
      quantity -= 40;
      loadTime++;
    }

    for (int i = 0; i < loadTime; i++)
    {
      int[] readedValues = this.modbusClient.ReadInputRegisters(startAddress, 40);
      rawValues = rawValues.Concat(readedValues).ToArray();
      startAddress += 40;
    }

    if (quantity > 0)
    {
      int[] readedValues = this.modbusClient.ReadInputRegisters(startAddress, quantity);
      rawValues = rawValues.Concat(readedValues).ToArray();
      startAddress += quantity;
    }
    lastTimeExecuted = DateTime.Now;
    return rawValues;
  }

  public int[] ReadOneValue(byte slaveId, int startAddress, int quantity)
  {
    this.modbusClient.UnitIdentifier = slaveId;
    lastTimeExecuted = DateTime.Now;
    return this.modbusClient.ReadInputRegisters(startAddress, quantity);
   }

  public void Dispose()
  {
    modbusClient?.Disconnect();
  }
}

// Real source: JonasMH/Dantherm2Mqtt src/Program.cs (0b1865f744bdd7fd3c8d01aea71bf84446710f14),
//   src/DanthermModBusHandler.cs (0508572e604cd534037d1caf0aa643f5e363ea48), src/ModbusClientBinding.cs (6d2add6c419ca81caf308c0796adf09ca5e4b798)
// Domain: bridge from a Dantherm HCV400 home ventilation unit (heat-recovery air handler) read over Modbus TCP to MQTT, with Home
//   Assistant discovery documents and Prometheus metrics.
// Kept: the MQTT connection options of Program (node id, client id); from DanthermModBusHandler the constructor (JSON settings),
//   ReadHoldingRegistersAsync with its byte swap, the connect / identity / polling loop (system name, serial number, MAC address
//   from registers, temperatures, publish), one discovery document and GetJsonSelector / GetValueTemplate; ModbusClientBinding
//   as written.
// Changed: Program's top-level statements became ProgramSetup.ConfigureMqtt (the web application, Serilog, health checks and
//   Prometheus registrations are trimmed); the NodaTime timestamps (StartExploitation, DateTime) and ConfigureForNodaTime are
//   trimmed; of the polled registers the fan speeds, filter days, alarm and mode are trimmed; of the ten discovery documents one
//   is kept.
// Shimmed: FluentModbus (ModbusTcpClient, ModbusEndianness), ToMqttNet (IMqttConnectionService, MqttConnectionOptions,
//   AddMqttConnection, discovery config types, HomeAssistantUnits), MQTTnet's MqttApplicationMessageBuilder, Newtonsoft.Json
//   settings types, Microsoft.Extensions hosting / logging / options in _Stubs.cs; reduced stand-ins for the project's
//   DanthermKind, DanthermUvcSpec, DanthermUvcStatus, DanthermToMqttMetrics and IModbusClient in _Stubs.cs.
// Secrets: none in the original (the broker settings come from configuration); nothing replaced.
using System;
using System.Linq;
using System.Linq.Expressions;
using System.Net;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FluentModbus;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;
using ToMqttNet;

namespace Dantherm2Mqtt
{
    public static class ProgramSetup
    {
        public static void ConfigureMqtt(IServiceCollection services)
        {
            services.AddMqttConnection(options =>
            {
                options.NodeId = "dantherm";
                options.ClientId = "danthermtomqtt"; // expect: none
            });
        }
    }

    public class ModbusClientBinding : IModbusClient
    {
        private readonly ModbusTcpClient _modbusClient;

        public ModbusClientBinding()
        {
            _modbusClient = new ModbusTcpClient();
        }

        public Task<Memory<byte>> ReadHoldingRegistersAsync(int unitIdentifier, int startingAddress, int count, CancellationToken cancellationToken)
        {
            // The * 2 is to convert points => bytes
            // According to fluentmodbus docs, it takes point (2 bytes) count as an arguments
            // But then it's not returning enough bytes
            return _modbusClient.ReadHoldingRegistersAsync<byte>(unitIdentifier, startingAddress, count * 2, cancellationToken);
        }

        public Task WriteMultipleRegistersAsync(int unitIdentifier, int startingAddress, byte[] dataset, CancellationToken cancellationToken = default)
        {
            return _modbusClient.WriteMultipleRegistersAsync(unitIdentifier, startingAddress, dataset, cancellationToken);
        }

        public void Connect(IPEndPoint remoteEndpoint, ModbusEndianness endianness)
        {
            _modbusClient.Connect(remoteEndpoint, endianness);
        }
    }
}

public class DanthermModBusHandler : BackgroundService
{
	private readonly ILogger<DanthermModBusHandler> _logger;
	private readonly DanthermToMqttMetrics _metrics;
	private readonly IMqttConnectionService _mqtt;
	private short _addressOffset = -1;
	private ModbusTcpClient _modbusClient;
	private DanthermKind _result;
	private JsonSerializerSettings _jsonSettings;

	public DanthermModBusHandler(
		ILogger<DanthermModBusHandler> logger,
		DanthermToMqttMetrics metrics,
		IOptions<DanthermUvcSpec> danthermOptions,
		IMqttConnectionService mqtt)
	{
		_logger = logger;
		_metrics = metrics;
		_mqtt = mqtt;
		_modbusClient = new ModbusTcpClient();
		_result = new DanthermKind()
		{
			Spec = danthermOptions.Value
		};

		_jsonSettings = new JsonSerializerSettings
		{
			Formatting = Formatting.Indented,
			ContractResolver = new DefaultContractResolver
			{
				NamingStrategy = new CamelCaseNamingStrategy()
			}
		};

		_jsonSettings.Converters.Add(new StringEnumConverter());
	}

	private async Task<byte[]> ReadHoldingRegistersAsync(ushort register, ushort points)
	{
		var data = (await _modbusClient.ReadHoldingRegistersAsync(_result.Spec.SlaveAddress, (ushort)(register + _addressOffset), points)).ToArray();
		var result = new byte[data.Length];

		for (int i = 0; i < data.Length; i += 2)
		{
			result[i] = data[i + 1];
			result[i+1] = data[i];
		}


		return result;
	}

	protected override async Task ExecuteAsync(CancellationToken stoppingToken)
	{
		var hasPublishedDiscovery = false;
		while (!stoppingToken.IsCancellationRequested)
		{
			try
			{
				_logger.LogInformation("Trying to connect");

				// configure socket
				var serverFullAddr = new IPEndPoint(IPAddress.Parse(_result.Spec.Address), _result.Spec.Port);
				_modbusClient.Connect(serverFullAddr, ModbusEndianness.LittleEndian);
				_logger.LogInformation("Connected to socket");


				_result.Status.SystemName = Encoding.ASCII.GetString(await ReadHoldingRegistersAsync(9, 8));
				_result.Status.SerialNum = BitConverter.ToUInt64(await ReadHoldingRegistersAsync(5, 4));

				var macAddrData = await ReadHoldingRegistersAsync(41, 4);
				_result.Status.MacAddress = string.Join(":", (new byte[]{ // expect: none
						macAddrData[1],
						macAddrData[0],
						macAddrData[7],
						macAddrData[6],
						macAddrData[5],
						macAddrData[4],
					}
						.Select(x => Convert.ToHexString(new byte[]{ x}))));

				while (true)
				{
					_result.Status.OutdoorTemperatureC = BitConverter.ToSingle(await ReadHoldingRegistersAsync(133, 2));
					_result.Status.SupplyTemperatureC = BitConverter.ToSingle(await ReadHoldingRegistersAsync(135, 2));
					_result.Status.ExtractTemperatureC = BitConverter.ToSingle(await ReadHoldingRegistersAsync(137, 2));
					_result.Status.ExhaustTemperatureC = BitConverter.ToSingle(await ReadHoldingRegistersAsync(139, 2));

					await _mqtt.PublishAsync(
						new MqttApplicationMessageBuilder()
						.WithTopic($"{_mqtt.MqttOptions.NodeId}/status/{_result.Status.SerialNum}")
						.WithPayload(JsonConvert.SerializeObject(_result, _jsonSettings))
						.Build());

					_metrics.UpdateMetrics(_result);
					_metrics.SetLastDataPull(_result, true);

					if(!hasPublishedDiscovery)
					{
						hasPublishedDiscovery = true;
						await PublishDiscoveryDocuments();
					}

					await Task.Delay(TimeSpan.FromMilliseconds(_result.Spec.PollingIntervalMS));
				}

			} catch(Exception ex)
			{
				_metrics.SetLastDataPull(_result, false);
				_logger.LogError(ex, "Failed to read from modbus device");
			}

			await Task.Delay(TimeSpan.FromMilliseconds(_result.Spec.PollingIntervalMS));
		}
	}

	private async Task PublishDiscoveryDocuments()
	{
		var deviceName = "Dantherm HCV400";
		var availability = new System.Collections.Generic.List<MqttDiscoveryAvailablilty>{
			new MqttDiscoveryAvailablilty()
			{
				Topic = $"{_mqtt.MqttOptions.NodeId}/connected",
				PayloadAvailable = "2",
				PayloadNotAvailable = "0"
			}
		};
		var statusTopic = $"{_mqtt.MqttOptions.NodeId}/status/{_result.Status.SerialNum}";

		var device = new MqttDiscoveryDevice
		{
			Name = deviceName,
			Identifiers = new System.Collections.Generic.List<string>
			{
				_result.Status.SerialNum.ToString()
			}
		};

		await _mqtt.PublishDiscoveryDocument(new MqttSensorDiscoveryConfig()
		{
			Name = $"{deviceName} - Outdoor Temperature",
			UniqueId = $"dantherm_{_result.Status.SerialNum}_outdoor_temp",
			Availability = availability,
			Device = device,
			StateTopic = statusTopic,
			ValueTemplate = $"{{{{ {GetJsonSelector(x => x.OutdoorTemperatureC)} | round(1) }}}}",
			UnitOfMeasurement = HomeAssistantUnits.TEMP_CELSIUS.Value
		});
	}

	private string GetJsonSelector<T>(Expression<Func<DanthermUvcStatus, T>> selector)
	{
		MemberExpression? member = selector.Body as MemberExpression;
		if (member == null)
			throw new ArgumentException(string.Format(
				"Expression '{0}' refers to a method, not a property.",
				selector.ToString()));

		PropertyInfo? propInfo = member.Member as PropertyInfo;
		if (propInfo == null)
			throw new ArgumentException(string.Format(
				"Expression '{0}' refers to a field, not a property.",
				selector.ToString()));


		var namingStrat = ((DefaultContractResolver)_jsonSettings.ContractResolver!).NamingStrategy!;
		var statusKey = namingStrat.GetPropertyName(nameof(DanthermKind.Status), false);
		return $"value_json.{statusKey}.{namingStrat.GetPropertyName(propInfo.Name, false)}";
	}

	private string GetValueTemplate<T>(Expression<Func<DanthermUvcStatus, T>> selector)
	{
		return $"{{{{ {GetJsonSelector(selector)} }}}}";
	}
}

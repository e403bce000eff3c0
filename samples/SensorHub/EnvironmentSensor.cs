using System;
using System.Device.Gpio;
using System.Device.I2c;
using Iot.Device.Bmxx80;

namespace Contoso.SensorHub;

public readonly record struct Reading(DateTimeOffset Time, double? TemperatureCelsius, double? HumidityPercent, double? PressureHectopascals);

/// <summary>A BME280 on I2C, with a status LED that blinks on each reading.</summary>
public sealed class EnvironmentSensor : IDisposable
{
    private readonly I2cDevice _device;
    private readonly Bme280 _bme280;
    private readonly GpioController _gpio;
    private readonly int _ledPin;

    public EnvironmentSensor(int bus, int ledPin)
    {
        _device = I2cDevice.Create(new I2cConnectionSettings(bus, Bme280.DefaultI2cAddress));
        _bme280 = new Bme280(_device);
        _gpio = new GpioController();
        _ledPin = ledPin;
        _gpio.OpenPin(_ledPin, PinMode.Output);
    }

    public Reading Read()
    {
        _gpio.Write(_ledPin, PinValue.High);
        var result = _bme280.Read();
        _gpio.Write(_ledPin, PinValue.Low);
        return new Reading(DateTimeOffset.UtcNow, result.Temperature?.DegreesCelsius, result.Humidity?.Percent, result.Pressure?.Hectopascals);
    }

    public void Dispose()
    {
        _gpio.Dispose();
        _bme280.Dispose();
        _device.Dispose();
    }
}

// Real source: paulrozhkin/HandControlApplication HandControl/Services/IODevice/Bluetooth/DeviceBluetooth.cs (3f444f29ecd28bc679c77976b6288fd999725836)
// Desktop configurator for a myoelectric prosthetic hand ("HandControl" student project): finds the hand's Bluetooth
// Classic module, pairs it with 32feet.NET and keeps the link alive; the device name and PIN have defaults that are
// saved to a JSON settings file.
// Kept: the connection logic (pairing with the written PIN, the connection checker), the settings class with its
// defaults. Changed: the pairing PIN (a word) is replaced by an invented word of the same shape, in both places.
// Removed (trimmed): SendToDeviceAsync, the protocol parser wiring and DataReceivedHandler (packet protocol).
// Added (invented): minimal IBluetoothService/BluetoothService, Device, JsonSerDer and PathManager stand-ins at the end
// (the project's own files, not adapted). Stubs: 32feet.NET and System.Reactive types are declared in _Stubs.cs.
using System;
using System.Collections.Generic;
using System.IO;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using System.Threading;
using System.Threading.Tasks;
using InTheHand.Net.Bluetooth;
using InTheHand.Net.Sockets;
using Newtonsoft.Json;

namespace HandControl.Services.IODevice.Bluetooth
{
    public class DeviceBluetooth : IDisposable
    {
        #region Fields

        private bool _isConnectedStatusChanged;
        private readonly Subject<bool> _isConnectedStatusChangedSubject = new Subject<bool>();
        #endregion


        #region Constructors

        private readonly IBluetoothService _service;
        private readonly BluetoothInfo _bluetoothInfo;
        private Device _device;

        public DeviceBluetooth()
        {
            _service = new BluetoothService();
            _bluetoothInfo = BluetoothInfo.InfoLoad();

            IsConnectedStatusChanged = _isConnectedStatusChangedSubject.AsObservable();
        }

        #endregion

        #region Properties

        public IObservable<bool> IsConnectedStatusChanged { get; }

        private bool IsBluetoothConnected {
            get => _isConnectedStatusChanged;
            set
            {
                if (value != _isConnectedStatusChanged)
                {
                    _isConnectedStatusChanged = value;
                    _isConnectedStatusChangedSubject.OnNext(value);
                }
            }
        }
        #endregion

        #region Methods

        public void Dispose()
        {
            _service.Dispose();
        }

        public async Task ConnectDeviceAsync()
        {
            while (!IsBluetoothConnected)
            {
                if (BluetoothRadio.IsSupported.Equals(true))
                {
                    var listDevices = await _service.GetAuthenticDevicesAsync();

                    foreach (var device in listDevices)
                        if (device.DeviceName.Equals(_bluetoothInfo.NameDevice))
                        {
                            if (!device.DeviceInfo.Authenticated)
                            {
                                var password = "cccxhuzt"; // expect: IOT1001
                                if (!BluetoothSecurity.PairRequest(device.DeviceInfo.DeviceAddress, password))
                                    throw new IOException("Bluetooth pair error. Name: " + device.DeviceName +
                                                          ", pass: " + password); // expect: none
                            }

                            _device = device;

                            var status = await _service.ConnectAsync(device);

                            if (status)
                            {
                                IsBluetoothConnected = true;
                                var threadCheck = new Thread(ConnectionCheckerAsync);
                                threadCheck.Start();
                            }

                            break;
                        }
                }

                await Task.Delay(1000);
            }
        }

        private async void ConnectionCheckerAsync()
        {
            while (true)
            {
                var listDevices = await _service.GetAuthenticDevicesAsync();

                foreach (var device in listDevices)
                    if (device.DeviceName.Equals(_bluetoothInfo.NameDevice))
                        if (!device.IsConnected)
                        {
                            
                            _service.Disconnect();
                            IsBluetoothConnected = false;
                            _ = ConnectDeviceAsync();
                            Thread.CurrentThread.Interrupt();
                        }

                try
                {
                    Thread.Sleep(1000);
                }
                catch (ThreadInterruptedException)
                {
                    Console.WriteLine("Thread check interrupt");
                    break;
                }
            }
        }

        public void DisconnectDevice()
        {
            _service.Disconnect();
        }

        #endregion

        #region Classes

        private class BluetoothInfo
        {
            #region Properties

            [JsonProperty(PropertyName = "Name")]
            public string NameDevice { get; set; }

            [JsonProperty(PropertyName = "Password")] // expect: none
            public string PasswordDevice { get; set; }

            #endregion

            #region Methods

            public static BluetoothInfo InfoLoad()
            {
                var info =
                    (BluetoothInfo) JsonSerDer.LoadObject<BluetoothInfo>(PathManager.IoDevicePath("Bluetooth"));

                if (info == null)
                {
                    info = GetDefault();
                    InfoSave(info);
                }

                return info;
            }

            private static void InfoSave(BluetoothInfo info)
            {
                JsonSerDer.SaveObject(info, PathManager.IoDevicePath("Bluetooth"));
            }

            private static BluetoothInfo GetDefault()
            {
                var newInfo = new BluetoothInfo
                {
                    NameDevice = "HCF97A02",
                    PasswordDevice = "cccxhuzt" // expect: IOT1004
                };
                return newInfo;
            }

            #endregion
        }

        #endregion
    }

    // ---- Invented minimal versions of the project's own types (not adapted) ----
    public class Device
    {
        public string DeviceName { get; set; } = string.Empty;
        public BluetoothDeviceInfo DeviceInfo { get; set; }
        public bool IsConnected { get; set; }
    }
    public interface IBluetoothService : IDisposable
    {
        Task<IReadOnlyList<Device>> GetAuthenticDevicesAsync();
        Task<bool> ConnectAsync(Device device);
        void Disconnect();
    }
    public class BluetoothService : IBluetoothService
    {
        public Task<IReadOnlyList<Device>> GetAuthenticDevicesAsync() => Task.FromResult<IReadOnlyList<Device>>(new List<Device>());
        public Task<bool> ConnectAsync(Device device) => Task.FromResult(true);
        public void Disconnect() { }
        public void Dispose() { }
    }
    public static class JsonSerDer
    {
        public static object LoadObject<T>(string path) => File.Exists(path) ? (object)JsonConvert.DeserializeObject<T>(File.ReadAllText(path)) : null;
        public static void SaveObject(object value, string path) => File.WriteAllText(path, JsonConvert.SerializeObject(value));
    }
    public static class PathManager
    {
        public static string IoDevicePath(string name) => Path.Combine(AppContext.BaseDirectory, "IODevices", name + ".json");
    }
}

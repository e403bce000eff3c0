// Real source: sensboston/BLEConsole (BLEConsole/Commands/DeviceCommands/PairCommand.cs)
// Kept: PairCommand's usage text, the parameter parsing (pin <code>, ConfirmOnly, DisplayPin, ConfirmPinMatch,
// ProvidePasswordCredential <user> <pass>), the custom pairing with OnPairingRequested answering Accept(pin) or
// AcceptWithPasswordCredential, and the status messages. Changed: the console became a physiotherapy clinic's grip
// dynamometer station. Added: the clinic's station credential, the dynamometers' pairing PIN, a PIN made from the
// device's Bluetooth address for the second model, and the challenge the station sends to the dynamometer.
using System;
using System.Threading.Tasks;
using Windows.Devices.Bluetooth;
using Windows.Devices.Enumeration;
using Windows.Security.Credentials;

namespace GripStation.Commands
{
    public interface IOutputWriter { void WriteLine(string text); void WriteError(string text); }

    public class PairCommand
    {
        private const string DynamometerPairingPin = "123456"; // expect: IOT1002
        private readonly IOutputWriter _output;
        private readonly Random _rng = new Random();
        private string _pairingPin;
        private PasswordCredential _pairingCredential;

        public string Name => "pair";
        public string Usage => "pair [pin <code>] | [ConfirmOnly] | [DisplayPin] | [ConfirmPinMatch] | [ProvidePasswordCredential <user> <pass>]"; // expect: none

        public PairCommand(IOutputWriter output) { _output = output; }

        public async Task<int> ExecuteAsync(BluetoothLEDevice selectedDevice, string parameters)
        {
            var pairingInfo = selectedDevice.DeviceInformation.Pairing;
            if (!pairingInfo.CanPair) { _output.WriteLine("Device does not support pairing."); return 1; }
            if (pairingInfo.IsPaired) { _output.WriteLine("Device is already paired."); return 0; }

            DevicePairingKinds? pairingKind = null;
            var parts = (parameters ?? "").Trim().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && parts[0].Equals("pin", StringComparison.OrdinalIgnoreCase)) // expect: none
            {
                _pairingPin = parts[1];
                pairingKind = DevicePairingKinds.ProvidePin;
            }
            else if (parts.Length >= 1 && parts[0].Equals("clinic", StringComparison.OrdinalIgnoreCase))
            {
                // the clinic's own models: first generation uses the shared PIN, second prints the address-based PIN
                _pairingPin = selectedDevice.Name.StartsWith("GRIP2") ? Gen2Pin(selectedDevice) : DynamometerPairingPin;
                pairingKind = DevicePairingKinds.ProvidePin;
            }
            else if (parts.Length >= 1 && parts[0].Equals("station", StringComparison.OrdinalIgnoreCase))
            {
                _pairingCredential = new PasswordCredential
                {
                    UserName = "grip-station-3",
                    Password = "gu%PYY7l%-eCT%" // expect: IOT1001
                };
                pairingKind = DevicePairingKinds.ProvidePasswordCredential;
            }

            else if (parts.Length >= 1 && parts[0].Equals("cloud", StringComparison.OrdinalIgnoreCase))
            {
                _pairingCredential = new PasswordCredential("grip-cloud", "station-3", "_1fsBWHv2Ask_p"); // expect: IOT1001
                pairingKind = DevicePairingKinds.ProvidePasswordCredential;
            }

            pairingInfo.Custom.PairingRequested += OnPairingRequested;
            DevicePairingResult result = await pairingInfo.Custom.PairAsync(pairingKind ?? DevicePairingKinds.ConfirmOnly);
            pairingInfo.Custom.PairingRequested -= OnPairingRequested;
            _pairingPin = null;
            _pairingCredential = null;

            if (result.Status == DevicePairingResultStatus.Paired) { _output.WriteLine("Pairing successful."); return 0; }
            _output.WriteLine($"Pairing failed: {result.Status}");
            return 1;
        }

        private static string Gen2Pin(BluetoothLEDevice device)
        {
            string gen2PairingPin = (device.BluetoothAddress % 1000000).ToString("D6"); // expect: IOT1005
            return gen2PairingPin;
        }

        public byte[] NewChallenge()
        {
            var challenge = new byte[16];
            _rng.NextBytes(challenge); // expect: IOT3005
            return challenge;
        }

        private void OnPairingRequested(DeviceInformationCustomPairing sender, DevicePairingRequestedEventArgs args)
        {
            switch (args.PairingKind)
            {
                case DevicePairingKinds.ProvidePin:
                    if (!string.IsNullOrEmpty(_pairingPin)) args.Accept(_pairingPin); else args.Accept();
                    break;
                case DevicePairingKinds.DisplayPin:
                    _output.WriteLine($"Device PIN: {args.Pin}"); // expect: none
                    args.Accept();
                    break;
                case DevicePairingKinds.ProvidePasswordCredential:
                    if (_pairingCredential != null) args.AcceptWithPasswordCredential(_pairingCredential); else args.Accept();
                    break;
                default:
                    args.Accept();
                    break;
            }
        }
    }
}

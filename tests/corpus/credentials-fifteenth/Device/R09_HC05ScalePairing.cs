// Real source: PolarGoose/BluetoothDevicePairing src/Bluetooth/Devices/DevicePairer.cs
// Domain: goods-in weighbridge PC pairing the HC-05 serial Bluetooth modules of its platform scales.
// Kept: PairDevice(device, pinCode) with its connection-state checks, Pair() subscribing PairingRequested with
// (_, a) => PairingRequestedHandler(a, pinCode) and calling Custom.PairAsync(ConfirmOnly | ProvidePin |
// ConfirmPinMatch), and the handler's switch answering ProvidePin with args.Accept(pin). (The original's comment says
// its HC-05 needs "1234".) Changed: the audio-device branch was trimmed. Added: the callers with the modules' PINs,
// the scale bridge's display passkey, and hard negatives.
using System;
using Windows.Devices.Enumeration;

namespace BluetoothDevicePairing.Bluetooth.Devices
{
    internal enum ConnectionStatus { NotPaired, Paired, Connected }

    internal sealed class Device
    {
        public string Name { get; set; }
        public byte[] MacAddress { get; set; }
        public ConnectionStatus ConnectionStatus { get; set; }
        public DeviceInformationPairing PairingInfo { get; set; }
        public override string ToString() => Name;
    }

    internal sealed class AppException : Exception
    {
        public AppException() { }
        public AppException(string message) : base(message) { }
    }

    internal static class DevicePairer
    {
        // Added
        private const string Hc05DefaultPin = "1234"; // expect: IOT1002
        private const string ScaleBridgePairingPin = "402319"; // expect: IOT1004
        private const string PinPromptText = "Pin is requested by the device. Using '{0}' as a pin code"; // expect: none

        public static void PairPlatformScales(Device platformScale, Device bridge)
        {
            PairDevice(platformScale, Hc05DefaultPin);
            PairDevice(bridge, ScaleBridgePairingPin);
        }

        public static void PairDevice(Device device, string pinCode)
        {
            Console.WriteLine($"Request to pair device [{device}]");

            if (device.ConnectionStatus == ConnectionStatus.Connected)
            {
                throw new AppException("Device is already connected, no need to pair");
            }

            if (device.ConnectionStatus == ConnectionStatus.Paired)
            {
                throw new AppException("Device is already paired");
            }

            Console.WriteLine("Start pairing");
            Pair(device.PairingInfo, pinCode);
            Console.WriteLine("Device has been successfully paired");
        }

        private static void Pair(DeviceInformationPairing pairingInfo, string pinCode)
        {
            pairingInfo.Custom.PairingRequested += (_, a) => PairingRequestedHandler(a, pinCode);

            var res = pairingInfo.Custom.PairAsync(DevicePairingKinds.ConfirmOnly |
                                                   DevicePairingKinds.ProvidePin |
                                                   DevicePairingKinds.ConfirmPinMatch,
                                                   DevicePairingProtectionLevel.None)
                                        .GetAwaiter().GetResult().Status;
            if (res != DevicePairingResultStatus.Paired)
            {
                throw new AppException($"Failed to pair device. Status = {res}");
            }
        }

        private static void PairingRequestedHandler(DevicePairingRequestedEventArgs args, string pin)
        {
            switch (args.PairingKind)
            {
                case DevicePairingKinds.ConfirmOnly:
                    Console.WriteLine("Pairing mode: ConfirmOnly");
                    args.Accept();
                    return;

                case DevicePairingKinds.ProvidePin:
                    Console.WriteLine("Pairing mode: ProvidePin");
                    Console.WriteLine(string.Format(PinPromptText, pin));
                    args.Accept(pin);
                    return;

                case DevicePairingKinds.ConfirmPinMatch:
                    Console.WriteLine("Pairing mode: ConfirmPinMatch");
                    Console.WriteLine($"The device's pin code: '{args.Pin}'"); // expect: none
                    args.Accept();
                    return;

                default:
                    Console.WriteLine($"Unexpected pairing type: {args.PairingKind}");
                    throw new AppException();
            }
        }

        // Added: the bridge shows a six-digit passkey on its LCD; the weighbridge derives the same one
        public static uint BridgeDisplayPasskey(Device bridge)
        {
            byte[] mac = bridge.MacAddress;
            uint passkey = (uint)((mac[3] << 16) | (mac[4] << 8) | mac[5]) % 1000000; // expect: IOT1005
            return passkey;
        }
    }
}

// Written for corpus12: the secrets class of a wind-farm turbine controller (used by WindTurbineScada.cs).
namespace WindFarm.Config
{
    internal static class WindFarmSecrets
    {
        public const string NacelleWifiSsid = "WTG-NACELLE";
        public const string NacelleWifiPassword = "Gearbox-Yaw-2931"; // expect: IOT1001
        public const string ScadaBrokerUser = "wtg17";
        public const string ScadaBrokerPassword = "7nGreCavWZ0I5q"; // expect: IOT1001
        public const string OpcUaPassword = "Pitch#Blade3"; // expect: IOT1001
        public const string HubConnectionString = "HostName=windfarm-hub.azure-devices.net;DeviceId=wtg17;SharedAccessKey=V54C6z8UazbxQB8qZNK0I0XzzYfuh3vavEyD1Aib02M="; // expect: IOT1003
        public const string HistorianConnection = "Host=10.20.0.5;Username=postgres;Password=postgres;Database=historian"; // expect: IOT1002
        public const string GridOperatorApiKey = "tSndVhhMdD_kPhXWJn1JHOr"; // expect: IOT1001
        public const string ServiceTechnicianPin = "5820"; // expect: IOT1004
        public const string FactoryHmiPassword = "supervisor"; // expect: IOT1002
        public const string IcingAlertToken = "wtg-ice-Zr83KqpL"; // expect: IOT1004

        // not secrets
        public const string NacelleWifiPasswordKey = "wifi:nacelle:password"; // expect: none
        public const string OpcUaPasswordEnv = "OPCUA_PASSWORD"; // expect: none
        public const string DummyTechnicianPassword = "dummy-pass-123"; // expect: none
        public const string PasswordPolicy = "min 12 chars, rotate yearly"; // expect: none
        public const string TokenUrl = "https://login.windfarm.example/oauth2/token"; // expect: none
        public const string FirmwareSha256 = "1b772a8519a1d1611d3dc8b039ced8e79ec12925aa0f1b2c3d4e5f60718293a4"; // expect: none
        public const string PasswordCharacteristicUuid = "6E400003-B5A3-F393-E0A9-E50E24DCCA9E"; // expect: none
        public const int YawBrakeRelayPin = 17; // expect: none
    }
}

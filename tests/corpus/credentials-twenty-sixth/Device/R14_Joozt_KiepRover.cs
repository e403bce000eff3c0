// Real source: Joozt/KiepRover WifiManager.cs (050d36e8)
// KiepRover: a Windows laptop app that drives an "iCloudRover" Wi-Fi camera rover; it switches the laptop's Wi-Fi to the
// rover's access point (SimpleWifi) and back. Kept: the rover SSID constant, the access-point scan, connect and restore
// logic. Added (said in LABELS.md): the rover access point's key set on SimpleWifi's AuthRequest when the laptop has no
// stored profile (the original stops with CloudRoverNoProfile), with an invented key.
using System;
using SimpleWifi;

namespace KiepRover
{
    class WifiManager
    {
        public interface WifiManagerListener
        {
            void NoWifiAvailable();
            void Disconnected();
            void ConnectingToCloudRover();
            void CloudRoverNotFound();
            void ConnectedToCloudRover();
        }

        private const String CLOUD_ROVER_SSID = "iCloudRover_879"; // expect: none
        private const String CLOUD_ROVER_KEY = "rov3r-Gx81-Tamm"; // expect: IOT1001

        private readonly Wifi wifi = new Wifi();
        private WifiManagerListener listener;
        private AccessPoint originalAccessPoint;

        public void SetListener(WifiManagerListener listener)
        {
            this.listener = listener;
            if (wifi.NoWifiAvailable)
            {
                listener.NoWifiAvailable();
            }
            else
            {
                ConnectToCloudRover();
            }
        }

        private AccessPoint GetConnectedAccessPoint()
        {
            foreach (AccessPoint accessPoint in wifi.GetAccessPoints())
            {
                if (accessPoint.IsConnected)
                {
                    return accessPoint;
                }
            }
            return null;
        }

        private AccessPoint GetCloudRoverAccessPoint()
        {
            foreach (AccessPoint accessPoint in wifi.GetAccessPoints())
            {
                if (accessPoint.Name.Equals(CLOUD_ROVER_SSID))
                {
                    return accessPoint;
                }
            }
            return null;
        }

        private void ConnectToCloudRover()
        {
            AccessPoint connectedAccessPoint = GetConnectedAccessPoint();
            AccessPoint cloudRoverAccessPoint = GetCloudRoverAccessPoint();
            if (cloudRoverAccessPoint == null)
            {
                listener.CloudRoverNotFound();
                return;
            }

            originalAccessPoint = connectedAccessPoint;
            listener.ConnectingToCloudRover();
            AuthRequest authRequest = new AuthRequest(cloudRoverAccessPoint);
            if (!cloudRoverAccessPoint.HasProfile)
            {
                authRequest.Password = CLOUD_ROVER_KEY;
            }
            cloudRoverAccessPoint.ConnectAsync(authRequest, false, OnConnectedComplete);
        }

        private void OnConnectedComplete(bool success)
        {
            if (success) listener.ConnectedToCloudRover(); else listener.Disconnected();
        }

        public void ConnectToOriginal()
        {
            if (originalAccessPoint == null)
            {
                return;
            }
            AuthRequest authRequest = new AuthRequest(originalAccessPoint);
            originalAccessPoint.ConnectAsync(authRequest);
        }
    }
}

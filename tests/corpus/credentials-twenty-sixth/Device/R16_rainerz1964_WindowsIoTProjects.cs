// Real source: rainerz1964/WindowsIoTProjects rfm69/rfmWebApi/StartupTask.cs (489f850f)
// A Raspberry Pi on Windows 10 IoT Core switching 433.92 MHz sockets (Intertechno, Brennenstuhl) through an RFM69
// module, exposed as a Restup REST API on port 8888. Kept: the background task, RestWebServer(8888, "api") and the
// controller registration. Added (said in LABELS.md): the controller's shared API key check against the X-Api-Key
// value the phone app sends, and the socket family/house codes.
using System;
using Devkoes.Restup.WebServer;
using Windows.ApplicationModel.Background;

namespace rfmWebApi
{
    public sealed class StartupTask : IBackgroundTask
    {
        private RestWebServer WebServer;
        private BackgroundTaskDeferral Deferral;

        public async void Run(IBackgroundTaskInstance taskInstance)
        {
            Deferral = taskInstance.GetDeferral();

            WebServer = new RestWebServer(8888, "api");

            WebServer.RegisterController<SwitchController>();

            await WebServer.StartServerAsync();

            // Dont release deferral, otherwise app will stop
        }
    }

    public sealed class SwitchController
    {
        const string SwitchApiKey = "s0kEpKQ4o_SBPSyysCfhvR2Xpb3hKNh9"; // expect: IOT1004
        const string ApiKeyHeaderName = "X-Api-Key"; // expect: none
        const string IntertechnoHouseCode = "K"; // expect: none

        public bool Authorize(string receivedApiKey)
        {
            return string.Equals(receivedApiKey, SwitchApiKey, StringComparison.Ordinal);
        }

        public string Switch(string receivedApiKey, int unit, bool on)
        {
            if (!Authorize(receivedApiKey))
            {
                return "401 missing or wrong " + ApiKeyHeaderName;
            }
            return $"{IntertechnoHouseCode}{unit}:{(on ? "on" : "off")}";
        }
    }
}

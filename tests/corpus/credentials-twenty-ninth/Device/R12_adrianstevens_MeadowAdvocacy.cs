// Real source: adrianstevens/MeadowAdvocacy Skeeball/MeadowApp.cs (5f127e6423f9b37988afcae8eae08ea993f970ad)
// Meadow F7 Core-Compute skee-ball machine (Juego board): buttons score throws, a display shows the game, and the
// Wi-Fi join is written but commented out "for perf".
// Kept: the Wi-Fi name and password constants, the commented-out connect block, the NetworkConnected handler, the
// button handlers and the game flow. Changed: the Wi-Fi password is replaced by an invented value of the same shape.
// Shims: the Meadow App<F7CoreComputeV2> base class and the Juego hardware are dropped; the Wi-Fi adapter and the
// display come in through the constructor; the NetworkConnected event is subscribed through an extension method
// (the shared IWiFiNetworkAdapter stub declares no events).
// Added (invented): minimal SkeeballGame and DisplayController types at the end (the project's own files, not adapted).
using Meadow.Hardware;
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Skeeball
{
    public class MeadowApp
    {
        SkeeballGame game;

        DisplayController displayController;

        IWiFiNetworkAdapter wifi;

        private const string WIFI_NAME = "BunnyMesh"; // expect: none
        private const string WIFI_PASSWORD = "cifem30dy7"; // expect: IOT1004

        public MeadowApp(IWiFiNetworkAdapter wifiAdapter, DisplayController display)
        {
            wifi = wifiAdapter;
            displayController = display;
        }

        public Task Initialize()
        {
            Console.WriteLine("Initialize...");

            game = new SkeeballGame();

            wifi.OnNetworkConnected(Wifi_NetworkConnected);

            /* ... will use it later but commented out for perf
            try
            {
                // connect to the wifi network.
                Resolver.Log.Info($"Connecting to WiFi Network {WIFI_NAME}");

                _ = wifi.Connect(WIFI_NAME, WIFI_PASSWORD, TimeSpan.FromSeconds(45));
            }
            catch (Exception ex)
            {
                Resolver.Log.Error($"Failed to Connect: {ex.Message}");
            }
            */

            Console.WriteLine("Init complete");
            return Task.CompletedTask;
        }

        private void StartButton_LongClicked(object sender, EventArgs e)
        {
            game.Reset();
        }

        private void Right_RightButton_Clicked(object sender, EventArgs e)
        {
            game.ThrowBall(SkeeballGame.PointValue.Twenty);
            ShowScore(SkeeballGame.PointValue.Twenty);
        }

        private void Right_UpButton_Clicked(object sender, EventArgs e)
        {
            game.ThrowBall(SkeeballGame.PointValue.Fifty);
            ShowScore(SkeeballGame.PointValue.Fifty);
        }

        private void StartButton_Clicked(object sender, EventArgs e)
        {
            if (game.StartGame())
            {
                ShowBallsRemaining();
            }
        }

        public Task Run()
        {
            displayController.DrawTitle();

            return Task.CompletedTask;
        }

        void ShowBallsRemaining()
        {
            displayController.DrawText($"BALLS: {game.CurrentPlayer.BallsRemaining}");
        }

        void ShowScore(SkeeballGame.PointValue value)
        {
            displayController.FlashText($"{(int)value}");
            displayController.DrawText($"{game.CurrentPlayer.Score}");
            Thread.Sleep(1000);
            ShowBallsRemaining();
        }

        private async void Wifi_NetworkConnected(INetworkAdapter sender, NetworkConnectionEventArgs args)
        {

        }
    }

    // ---- Invented minimal versions of the project's own types (not adapted) ----
    public class SkeeballGame
    {
        public enum PointValue { Ten = 10, Twenty = 20, Forty = 40, Fifty = 50 }
        public class Player { public int Score; public int BallsRemaining = 9; }
        public Player CurrentPlayer { get; } = new Player();
        public bool StartGame() => true;
        public void Reset() { CurrentPlayer.Score = 0; CurrentPlayer.BallsRemaining = 9; }
        public bool ThrowBall(PointValue value) { CurrentPlayer.Score += (int)value; CurrentPlayer.BallsRemaining--; return true; }
    }
    public class DisplayController
    {
        public void DrawTitle() { }
        public void DrawText(string text) { }
        public void FlashText(string text) { }
    }
}

// Real source: Zoomicon/FoscamController
//   FoscamController.Demo.WPF/MainWindow.xaml.cs, FoscamCameraControllers/FoscamMotion.cs,
//   FoscamHDCameraController/FoscamHDMotion.cs, FoscamMJPEGCameraController/FoscamMJPEGMotion.cs
// Domain: a falconry centre's aviary cameras; the keepers pan the PTZ cameras from the office PC to
// check the birds before a flying display.
// Kept: the CAMERA_URL / USERNAME / PASSWORD constants handed to the FoscamMotion factory, the factory's
// switch on the camera type, FoscamHDMotion's CGIProxy.fcgi template whose %USER% / %PASSWORD% are
// replaced in the constructor and sent with every command, FoscamMJPEGMotion's NetworkCredential on the
// handler, the command constants, the error text.
// Changed: WebRequestHandler => HttpClientHandler, MessageBox => Console, no WPF window.
// Added: the old MJPEG camera in the mews with its factory login (blank password), the visitor-centre
// MJPEG camera set up from the installer's template.
using System;
using System.Net;
using System.Net.Http;

namespace Corpus17.R04.FoscamAviary
{
    public interface IMotionController
    {
        void MotionStop();
        void MotionUp();
        void MotionGotoPreset(string name);
    }

    public enum FoscamCameraType { FoscamMJPEG, FoscamHD }

    public class FoscamHDMotion : IMotionController
    {
        private const string ERROR_TITLE = "Error";
        private const string ERROR_CONNECTION = "Have you set the correct values for Camera URL and Username/Password in the code?"; // expect: none
        private const string COMMAND_MOTION_STOP = "ptsStopRun";
        private const string COMMAND_MOTION_UP = "ptzMoveUp";
        private const string COMMAND_MOTION_GOTO_PRESET = "ptzGotoPresetPoint";

        private string _commandRelativeUri = "/cgi-bin/CGIProxy.fcgi?usr=%USER%&pwd=%PASSWORD%&cmd={0}"; // expect: none
        private string _url;
        private HttpClient _client;

        public FoscamHDMotion(string url, string username, string password)
        {
            HttpClientHandler handler = new HttpClientHandler();
            _commandRelativeUri = _commandRelativeUri.Replace("%USER%", username).Replace("%PASSWORD%", password);
            _url = url;
            _client = new HttpClient(handler);
            _client.BaseAddress = new Uri(_url);
            _client.Timeout = TimeSpan.FromMilliseconds(-1);
        }

        private async void SendCommand(string command)
        {
            try
            {
                HttpResponseMessage result = await _client.GetAsync(string.Format(_commandRelativeUri, command));
                result.EnsureSuccessStatusCode();
            }
            catch (Exception e)
            {
                Console.WriteLine(ERROR_TITLE + ": " + e.Message + "\n\n" + ERROR_CONNECTION);
            }
        }

        public void MotionStop() => SendCommand(COMMAND_MOTION_STOP);
        public void MotionUp() { MotionStop(); SendCommand(COMMAND_MOTION_UP); }
        public void MotionGotoPreset(string name) { MotionStop(); SendCommand(COMMAND_MOTION_GOTO_PRESET + "&name=" + name); }
    }

    public class FoscamMJPEGMotion : IMotionController
    {
        private const string _panningRelativeUri = "/decoder_control.cgi?command={0}";
        private bool _panning;
        private HttpClient _client;

        public FoscamMJPEGMotion(string url, string username, string password)
        {
            HttpClientHandler handler = new HttpClientHandler();
            handler.Credentials = new NetworkCredential(username, password);
            _client = new HttpClient(handler);
            _client.BaseAddress = new Uri(url);
        }

        private async void SendPanCommand(int commandNumber)
        {
            HttpResponseMessage result = await _client.GetAsync(string.Format(_panningRelativeUri, commandNumber));
            result.EnsureSuccessStatusCode();
        }

        public void MotionStop() { }
        public void MotionUp() { SendPanCommand(_panning ? 1 : 0); _panning = !_panning; }
        public void MotionGotoPreset(string name) => throw new NotImplementedException();
    }

    public static class FoscamMotion
    {
        public static IMotionController CreateFoscamMJPEGMotionController(string url, string username, string password)
        {
            return new FoscamMJPEGMotion(url, username, password);
        }

        public static IMotionController CreateFoscamHDMotionController(string url, string username, string password)
        {
            return new FoscamHDMotion(url, username, password);
        }

        public static IMotionController CreateFoscamMotionController(FoscamCameraType cameraType, string url, string username, string password)
        {
            switch (cameraType)
            {
                case FoscamCameraType.FoscamMJPEG:
                    return CreateFoscamMJPEGMotionController(url, username, password);
                case FoscamCameraType.FoscamHD:
                    return CreateFoscamHDMotionController(url, username, password);
                default:
                    return null;
            }
        }
    }

    public class AviaryConsole
    {
        private const string CAMERA_URL = "http://192.168.241.14:88";
        private const string USERNAME = "admin1"; // expect: none
        private const string PASSWORD = "09TWy!CPrhd1"; // expect: IOT1001

        // Added: the mews camera is an old MJPEG model that still has its factory login (blank password).
        private const string MEWS_CAMERA_URL = "http://192.168.241.21";
        private const string MEWS_PASSWORD = ""; // expect: none

        private IMotionController aviary;
        private IMotionController mews;
        private IMotionController visitorCentre;

        public void Loaded()
        {
            FoscamCameraType cameraType = FoscamCameraType.FoscamHD;
            aviary = FoscamMotion.CreateFoscamMotionController(cameraType, CAMERA_URL, USERNAME, PASSWORD);
            mews = FoscamMotion.CreateFoscamMJPEGMotionController(MEWS_CAMERA_URL, "admin", MEWS_PASSWORD);

            // Added: an MJPEG model too, copied from the installer's sheet and never filled in.
            visitorCentre = FoscamMotion.CreateFoscamMJPEGMotionController("http://192.168.241.30", "keeper", "<camera-password>"); // expect: IOT1006
        }

        public void BeforeFlyingDisplay()
        {
            aviary.MotionGotoPreset("Perch3");
            mews.MotionUp();
            visitorCentre.MotionGotoPreset("Arena");
        }
    }
}

// Real source: shamanski/ALPRConnector AppDomain/Models/Camera.cs (6b0c8a6f818fc7af8a27a56464f8c9fe7b59ed8e), AppDomain/Services/VideoCaptureService.cs (91519e5f5a8147b8d970ac2270d2faac883fe24a)
// Domain: a licence-plate recognition (ALPR) connector for parking and gate cameras: camera records (IP, port, login,
// password, RS-485 address) and an OpenCV capture service reading each camera's RTSP stream.
// Kept: the Camera model as written and VideoCaptureService.StartProcessingAsync / StopProcessing.
// Trimmed: frame loop, resize helper, Serilog logging; validation attributes on the Camera model.
// Changed: namespace prefixed with Corpus32.R09; Emgu.CV's VideoCapture and Mat replaced by the stand-ins below.
// Added: VideoCapture / Mat stand-ins and an RtspAddress helper built from the camera record's own fields (marked).
// No secret in the original (hard negatives only).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus32.R09.AlprConnector
{
    public class Mat : IDisposable { public void Dispose() { } } // added stand-in
    public class VideoCapture : IDisposable // added stand-in
    {
        public VideoCapture(string fileName) { }
        public bool IsOpened => true;
        public void Dispose() { }
    }

    public class Camera
    {
        public string Name { get; set; }
        public string Protocol { get; set; }
        public string IpAddress { get; set; }
        public string IpPort { get; set; }
        public string Login { get; set; }
        public string Password { get; set; } // expect: none
        public string RS485Address { get; set; }

        // added: the stream address the connector opens, from the record's own run-time fields
        public string RtspAddress() => $"rtsp://{Login}:{Password}@{IpAddress}:{IpPort}/Streaming/Channels/101"; // expect: none
    }

    public class VideoCaptureService
    {
        private readonly ConcurrentDictionary<string, VideoCapture> _captures = new ConcurrentDictionary<string, VideoCapture>();
        private readonly ConcurrentDictionary<string, List<Action<Mat>>> _frameHandlers = new ConcurrentDictionary<string, List<Action<Mat>>>();
        private readonly ConcurrentDictionary<string, CancellationTokenSource> _cancellationTokens = new ConcurrentDictionary<string, CancellationTokenSource>();
        private readonly object _lock = new object();

        public async Task StartProcessingAsync(string cameraAddress, Action<Mat> frameHandler)
        {
            if (!_captures.ContainsKey(cameraAddress))
            {
                await Task.Run(() =>
                {
                    var videoCapture = new VideoCapture(cameraAddress);
                    if (!videoCapture.IsOpened)
                    {
                        throw new ArgumentException("Unable to open video source");
                    }

                    lock (_lock)
                    {
                        _captures[cameraAddress] = videoCapture;
                        _frameHandlers[cameraAddress] = new List<Action<Mat>>();
                        _cancellationTokens[cameraAddress] = new CancellationTokenSource();
                    }
                });
            }

            lock (_lock)
            {
                _frameHandlers[cameraAddress].Add(frameHandler);
            }
        }

        public void StopProcessing(string cameraName)
        {
            if (_cancellationTokens.TryRemove(cameraName, out var tokenSource))
            {
                tokenSource.Cancel();
                _captures.TryRemove(cameraName, out var videoCapture);
                videoCapture?.Dispose();
            }
        }
    }
}

// Real source: DrNeil/dotnetPiPictureFrame Config.cs (22fd383a98cadc53894c42a74465dcf0faeb7dc8), Keys.cs
//              (6a67a47dfdba6812e6b24457ec5699c7d9b26945), MainWindow.axaml.cs (01f4248ef1c47f6faf598b41343267bb6e5e2cf6),
//              FrameViewModel.cs (564bf801422c59f9acd999f34f3f342728fa4867)
// Domain: Raspberry Pi digital picture frame (Avalonia): cycles the photos of a folder and shows the time and the current
//         OpenWeather conditions for the owner's city.
// Kept: Config (OpenWeather key placeholder, city, photo folder placeholder, camera video URL), the older Keys class (its
//       placeholder is no longer read anywhere), MainWindow's WeatherClient field and UpdateGUI loop, FrameViewModel's
//       properties.
// Trimmed: the Avalonia Window base class, InitializeComponent, FindControl and the photo Image control; ReactiveUI's
//          RaiseAndSetIfChanged (plain auto-properties here).
// Replaced: nothing (the key and folder values are the project's placeholders, kept as written).
using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Weather.NET;
using Weather.NET.Enums;
using Weather.NET.Models.WeatherModel;

internal static class Config
{
    internal const string OpenWeather = "<your open weather key goes here>"; // expect: IOT1006
    internal const string WeatherCity = "Sydney, NSW";
    internal const string PhotosFolder = @"<path to where you store photos>"; // expect: none
    internal const string VideoUrl = @"http://raspberrypi:8080/Video"; // expect: none
}

internal static class Keys
{
    internal const string OpenWeather = "your key goes here"; // expect: none
}

public class FrameViewModel
{
    public string? PhotoPath { get; set; }
    public DateTime Time { get; set; }
    public WeatherModel? CurrentWeather { get; set; }
}

namespace dotnetPiPictureFrame
{
    public partial class MainWindow
    {
        FrameViewModel viewModel = new FrameViewModel();
        WeatherClient client = new WeatherClient(Config.OpenWeather);
        const int checkWeatherPeriod = 60*30;
        int weatherPeriodSeconds = 0;
        int updatePhotoPeriod = 1;
        int photoPeriodSeconds = 0;

        public MainWindow()
        {
            Task.Run(async () => await UpdateGUI());
        }

        async Task UpdateGUI()
        {
            var files = (Directory.GetFiles(Config.PhotosFolder, "*.jpg").Union(Directory.GetFiles(Config.PhotosFolder, "*.png"))).ToArray();
            int currentPhoto = 0;

            viewModel.CurrentWeather = client.GetCurrentWeather(cityName: Config.WeatherCity, measurement: Measurement.Metric);
            while (true)
            {
                viewModel.Time = DateTime.Now;

                if (weatherPeriodSeconds > checkWeatherPeriod)
                {
                    viewModel.CurrentWeather = client.GetCurrentWeather(cityName: Config.WeatherCity, measurement: Measurement.Metric);
                    weatherPeriodSeconds = 0;
                }
                weatherPeriodSeconds++;

                if (photoPeriodSeconds > updatePhotoPeriod)
                {
                    if (files.Length > 0)
                    {
                        viewModel.PhotoPath = files[currentPhoto];
                        currentPhoto++;
                        if (currentPhoto >= files.Length)
                        {
                            currentPhoto = 0;
                        }
                        updatePhotoPeriod = 10;
                    }
                    photoPeriodSeconds = 0;
                }
                photoPeriodSeconds++;
                await Task.Delay(1000);
            }
        }
    }
}

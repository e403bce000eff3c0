// Real source: johnstaveley/BirdCam RaspberryPi/Program.cs (7517797e28f89f4162d667d4137f4c6eed875e5a),
//              RaspberryPi/Model/AppConfiguration.cs (d21e28bc377e96ddd0cc477bb9c0bcce867688ec)
// Domain: Raspberry Pi bird-table camera: a PIR motion sensor triggers the Pi camera, pictures go to Azure Storage through
//         the IoT Hub file-upload SAS flow, and a "CatAlert" direct method is answered.
// Kept: AppConfiguration (connection string read from appsettings.json), Main (device client, direct-method handler, PIR
//       loop), CaptureImage, UploadImage (SAS URI request, blob upload, completion notifications), CatAlert.
// Trimmed: some of the SDK sample's explanatory comments in UploadImage.
// Renamed: class Program to BirdCamProgram (several adapted files declare a Program).
// Replaced: nothing (the connection string is read from configuration at run time).
using BirdCamRaspberryPi.Model;
using Microsoft.Azure.Devices.Client;
using Microsoft.Azure.Devices.Client.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.WindowsAzure.Storage.Blob;
using System;
using System.Device.Gpio;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Unosquare.RaspberryIO;

namespace BirdCamRaspberryPi.Model
{
    public class AppConfiguration
    {
        public string IoTHubConnectionString { get; set; }
        public AppConfiguration()
        {
            var config = new ConfigurationBuilder()
                .SetBasePath(Environment.CurrentDirectory)
                .AddJsonFile("appsettings.json", true, true)
                .Build();

            IoTHubConnectionString = config["IoTHubConnectionString"]; // expect: none
        }
    }
}

namespace BirdCamRaspberryPi
{

    class BirdCamProgram
    {
        static DeviceClient _deviceClient;

        static async Task Main(string[] args)
        {
            var today = DateTime.Now.ToString("yyyy-MM-dd HH:mm");
            Console.WriteLine($"Motion Sensor starting @ {today}");
            var configuration = new AppConfiguration();
            _deviceClient = DeviceClient.CreateFromConnectionString(configuration.IoTHubConnectionString);
            var gpioController = new GpioController(PinNumberingScheme.Board);
            await _deviceClient.SetMethodHandlerAsync("CatAlert", CatAlert, null);
            var motionSensorPin = 3;
            gpioController.OpenPin(motionSensorPin, PinMode.InputPullDown);
            int captureNumber = 0;
            try
            {
                while (true)
                {
                    if (gpioController.Read(motionSensorPin) == true)
                    {
                        captureNumber++;
                        var tag = $"{today}-{captureNumber}";
                        await CaptureImage(tag);
                        await Task.Delay(4000);
                    }
                    await Task.Delay(1000);
                }
            }
            finally
            {
                gpioController.ClosePin(motionSensorPin);
            }

        }

        /// <summary>
        /// Takes an image and either saves it locally or uploads it to Azure IoT Hub
        /// </summary>
        /// <param name="tag">For picture identification</param>
        /// <param name="saveLocal">Default=False</param>
        /// <returns></returns>
        static async Task CaptureImage(string tag, bool saveLocal = false)
        {
            var pictureBytes = await Pi.Camera.CaptureImageJpegAsync(1280, 960);
            var fileName = $"capture-{tag}.jpg";
            if (saveLocal) {
                var targetPath = $"/home/pi/Pictures/{fileName}";
                if (File.Exists(targetPath))
                {
                    File.Delete(targetPath);
                }
                await File.WriteAllBytesAsync(targetPath, pictureBytes);
            }
            await UploadImage(pictureBytes, fileName);
            Console.WriteLine($"Took picture {fileName} with size: {pictureBytes.Length} bytes");
        }

        static async Task UploadImage(byte[] pictureBytes, string fileName)
        {
            var fileUploadSasUriRequest = new FileUploadSasUriRequest
            {
                BlobName = fileName
            };
            FileUploadSasUriResponse sasUri = await _deviceClient.GetFileUploadSasUriAsync(fileUploadSasUriRequest);
            // Pass URL encoded device name and blob name to support special characters
            Uri uploadUri = new Uri($"https://{sasUri.HostName}/{sasUri.ContainerName}/{Uri.EscapeDataString(sasUri.BlobName)}{sasUri.SasToken}"); // expect: none
            MemoryStream memStream = new MemoryStream();
            memStream.Write(pictureBytes, 0, pictureBytes.Length);
            memStream.Seek(0, SeekOrigin.Begin);
            try
            {
                var blob = new CloudBlockBlob(uploadUri);
                await blob.UploadFromStreamAsync(memStream);
            }
            catch (Exception ex)
            {
                Console.WriteLine($"Failed to upload file to Azure Storage using the Azure Storage SDK due to {ex}");

                var failedFileUploadCompletionNotification = new FileUploadCompletionNotification
                {
                    // Mandatory. Must be the same value as the correlation id returned in the sas uri response
                    CorrelationId = sasUri.CorrelationId,
                    // Mandatory. Will be present when service client receives this file upload notification
                    IsSuccess = false,
                    // Optional, user-defined status code. Will be present when service client receives this file upload notification
                    StatusCode = 500,
                    // Optional, user defined status description. Will be present when service client receives this file upload notification
                    StatusDescription = ex.Message
                };

                await _deviceClient.CompleteFileUploadAsync(failedFileUploadCompletionNotification);
                return;
            }

            var successfulFileUploadCompletionNotification = new FileUploadCompletionNotification
            {
                CorrelationId = sasUri.CorrelationId,
                IsSuccess = true,
                StatusCode = 200,
                StatusDescription = "Success"
            };
            await _deviceClient.CompleteFileUploadAsync(successfulFileUploadCompletionNotification);
        }

        private static Task<MethodResponse> CatAlert(MethodRequest methodRequest, object userContext)
        {
            Console.WriteLine("A Cat has been detected! Take Action!");
            //Console.WriteLine(methodRequest.DataAsJson);
            // TODO: Initiate response like fire claxon, lasers etc
            var responseMessage = "{\"response\": \"OK\"}";
            return Task.FromResult(new MethodResponse(Encoding.ASCII.GetBytes(responseMessage), 200));
        }
    }
}

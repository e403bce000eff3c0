// Real source: katpurz/Win10IoTMotionSurveillanceCamera PiMotionSensorPhotoUpload/PiMotionSensorPhotoUpload/MainPage.xaml.cs (9e5a79dd)
// Raspberry Pi on Windows 10 IoT Core: a PIR sensor on GPIO 16 triggers a USB webcam photo that is uploaded to an
// Azure Blob container. Kept: the three Azure account values as written (the access key holds a template that
// repeats the container's placeholder), the LED and PIR pin constants, the capture guard, the upload with
// StorageCredentials / CloudStorageAccount. Changed: the photo is a file path (the UWP StorageFile and MediaCapture
// calls are left out), GPIO and the status text are reduced to fields.
using System;
using System.Threading.Tasks;
using Microsoft.WindowsAzure.Storage;
using Microsoft.WindowsAzure.Storage.Auth;
using Microsoft.WindowsAzure.Storage.Blob;

namespace PiMotionSensorPhotoUpload
{
    public sealed class MotionCameraPage
    {
        //Azure Account Values
        //TODO:  - substitute your 3 actual values below (!)
        private readonly string Azure_StorageAccountName = "<YOUR Azure_StorageAccountName>"; // expect: none
        private readonly string Azure_ContainerName = "<YOUR Azure_ContainerName>";
        private readonly string Azure_AccessKey = "<YOUR Azure_ContainerName>"; // expect: IOT1006

        //Status LED variables
        private const int LED_PIN = 5; // expect: none
        private bool ledOn;

        //PIR Motion Detector variables
        private const int PIR_PIN = 16; // expect: none

        private bool IsInPictureCaptureMode = false;
        public string AppStatus { get; private set; } = "";

        public async Task PinPIR_ValueChanged(string risingEdge)
        {
            // simple guard to prevent it from triggering this function again before it's completed the first time
            if (IsInPictureCaptureMode)
                return;
            IsInPictureCaptureMode = true;

            LightLED(false);
            try
            {
                AppStatus = "New PIR pin value on GPIO " + PIR_PIN + ": " + risingEdge;
                string picture = "RaspPiSecurityPic-" + DateTime.Now.ToString("yyyyMMdd-HHmmss") + ".jpg";
                await UploadPictureToAzure(picture);
            }
            finally
            {
                IsInPictureCaptureMode = false;
                LightLED(true);
            }
        }

        private void LightLED(bool show = true)
        {
            // the real code writes GpioPinValue.Low to LED_PIN to light it
            ledOn = show && LED_PIN > 0;
        }

        /// <summary>
        /// Upload the StorageFile to Azure Blob Storage
        /// </summary>
        private async Task UploadPictureToAzure(string file)
        {
            try
            {
                StorageCredentials creds = new StorageCredentials(Azure_StorageAccountName, Azure_AccessKey);
                CloudStorageAccount account = new CloudStorageAccount(creds, useHttps: true);
                CloudBlobClient client = account.CreateCloudBlobClient();
                CloudBlobContainer sampleContainer = client.GetContainerReference(Azure_ContainerName);

                CloudBlockBlob blob = sampleContainer.GetBlockBlobReference(file);

                await blob.UploadFromFileAsync(file);
                AppStatus = "Uploaded " + file;
            }
            catch (Exception ex)
            {
                AppStatus = ex.ToString();
            }
        }
    }
}

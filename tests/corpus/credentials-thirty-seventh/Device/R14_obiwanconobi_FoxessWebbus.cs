// Real source: obiwanconobi/FoxessWebbus FoxessWebbus.Web/Services/UploadModelBGService.cs
//              (39cab6902e2b95abd031ea191bc92a7571b35a9a), FoxessWebbus.Web/Services/NTFYService.cs
//              (10a12039665d57f791346ba38d543c3b52227b63)
// Domain: home solar gateway for a FoxESS H1 hybrid inverter: a Quartz job polls the inverter's Modbus TCP registers (PV
//         power, battery charge / discharge and state of charge, temperatures, grid feed-in) every 10 s into SQLite, and
//         a ntfy push reports the daily upload.
// Kept: UploadModelBGService (Execute loop, Upload, PVTotal, FormatTemp, GetData with its Modbus RTU-over-TCP device and
//       retries, RelativeZero), NTFYService.SendNotification.
// Added: stand-ins for the project's H1Model, UploadModelData, ErrorLogService and SettingsHelper, which were not read.
// Trimmed: the MudBlazor usings, NTFYService's "View Daily" action button.
// Replaced: nothing (no secret is written in this code).
using FoxessWebbus.Web.Data;
using RICADO.Modbus;
using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Quartz;
using ntfy;
using ntfy.Requests;

namespace FoxessWebbus.Web.Data
{
    // added: stand-ins for the project's model, uploader and settings reader
    public class H1Model
    {
        public short PVPower1 { get; set; }
        public short PVPower2 { get; set; }
        public short PVPowerTotal { get; set; }
        public short BatteryCharge { get; set; }
        public short BatteryDischarge { get; set; }
        public short BatterySoc { get; set; }
        public short BatteryTemp { get; set; }
        public short InverterTemp { get; set; }
        public short FeedIn { get; set; }
        public short FromGrid { get; set; }
        public DateTime LoggedDateTime { get; set; }
    }
    public class UploadModelData { public void UploadData(H1Model model) { } }
    public class ErrorLogService { public void LogError(string error, string source) { } }
    public static class SettingsHelper { public static T ReadAppSetting<T>(string key) => default!; }
}

namespace FoxessWebbus.Web.Services
{

    public class UploadModelBGService : IJob
    {
        public short total = 0;
        UploadModelData upload = new UploadModelData();
        ErrorLogService errorLog = new ErrorLogService();

        public async Task Execute(IJobExecutionContext context)
        {
            int count = 0;

            while(count < 6) 
            {
                Stopwatch timer = new Stopwatch();
                timer.Start();
                await Upload();
                timer.Stop();
                Console.WriteLine("Time Taken for Get Data to DB: " + timer.Elapsed);
                count++;
                Thread.Sleep(10000);
            }
            Console.WriteLine("Run through complete");
        }


        public async Task Upload()
        {
            var model = new H1Model()
            {
                PVPower1 = await GetData(31002),
                PVPower2 = await GetData(31005),
                BatteryCharge = await RelativeZero(31022, true),
                BatteryDischarge = await RelativeZero(31022, false),
                BatterySoc = await GetData(31024),
                BatteryTemp = await FormatTemp(31023),
                InverterTemp = await FormatTemp(31018),
                FeedIn = await RelativeZero(31014, true),
                FromGrid = await RelativeZero(31014, false)
            };
            model.PVPowerTotal = await PVTotal(model);
            model.LoggedDateTime = DateTime.Now;

            upload.UploadData(model);
        }

        private async Task<short> PVTotal(H1Model fromModel)
        {
            await Task.Delay(1);
            total = 0;
            total += fromModel.PVPower1;
            total += fromModel.PVPower2;
            return total;
        }

        //Simply divides by 10 to get the temp in correct format
        private async Task<short> FormatTemp(ushort registerNumber)
        {
            var result = await GetData(registerNumber);
            if (result.ToString().Length > 2)
            {
                result /= 10;
                return result;
            }

            return result;

        }

        private async Task<short> GetData(ushort registerNumber)
        {

            try
            {
                using (ModbusRTUDevice device = new ModbusRTUDevice(247, ConnectionMethod.TCP, "192.168.1.11", 502, 600, 5))
                {

                    ReadRegistersResult data = new ReadRegistersResult();
                    Stopwatch timer = new Stopwatch();
                    await device.InitializeAsync(CancellationToken.None);
                    timer.Start();

                    for (int i = 0; i < 3; i++)
                    {

                        try
                        {
                            data = await device.ReadHoldingRegistersAsync(registerNumber, 1, CancellationToken.None);
                            break;
                        }
                        catch (Exception ex)
                        {
                            errorLog.LogError(ex.ToString(), "Register number:" + registerNumber.ToString() + " :: Packets sent: " + data.PacketsSent.ToString() + " :: Number of tries: " + i.ToString());    
                        }


                    }

                    if(data.Values == null)
                    {
                        return 0;
                    }

                    timer.Stop();
                    Console.WriteLine("Time taken for " + registerNumber + ": " + timer.Elapsed);
                    foreach (var value in data.Values)
                    {
                        return value;
                        // Console.Write(value);
                    }
                    return 0;
                }
            }catch(Exception ex) 
            {

                Console.WriteLine("Error when getting data");
                Console.WriteLine(ex.ToString());
                errorLog.LogError(ex.ToString(), "UploadModelBGService");
                return 0;
            }


        }


        // This is a hacky method which returns the value only if it is either above or below zero.
        // Because some values share a register and can be minus
        private async Task<short> RelativeZero(ushort registerNumber, bool aboveZero)
        {

            var result = await GetData(registerNumber);
            if (result > 0 && aboveZero == false)
            {
                return result;
            }
            else if (result < 0 && aboveZero == true)
            {
                result *= -1;
                return result;
            }

            return 0;

        }


    }
}

public class NTFYService{

    public async Task SendNotification(string messageText){

         var client = new Client(SettingsHelper.ReadAppSetting<string>("NTFYServer")); // expect: none

                // Publish a message to the "test" topic
                var message = new SendingMessage
                        {
                            Title = "Daily Daily Upload",
                            Message = messageText
                        };

                await client.Publish("solar", message);

    }

}

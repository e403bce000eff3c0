// Real source: https://github.com/AhmedAskarCS/VehicleWorkerService/blob/085c5ca083467e258a6a9984d8191e2e9d0628e3/Worker.cs
// Also adapted: AppSettings.cs, Services/DbHelper.cs, Models/VehicleLog.cs, Program.cs (worker service beside a
// roadside speed-radar unit that stores the radar's tickets in SQL Server).
// Kept: the static AppSettings (Configuration, ConnectionString), DbHelper building DbContextOptions with
// UseSqlServer(AppSettings.ConnectionString), the VehicleLog model, the polling worker and its seed data.
// Changed: the worker reads VehicleLog rows (the original mixed in a User type it never declared).
// Added: the connection string fallback when appsettings has none (its Password=: IOT1001), a developer LocalDB
// string (none), the radar unit's camera image pull with the vendor's service login (listed default: IOT1002).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VehicleWorkerService.Models;
using VehicleWorkerService.Services;

namespace VehicleWorkerService
{
    public static class AppSettings
    {
        public static IConfiguration Configuration { get; set; }
        public static string ConnectionString { get; set; }

        public const string DevConnectionString = "Server=(localdb)\\MSSQLLocalDB;Database=RadarLog;Trusted_Connection=True"; // expect: none

        public static string Redacted() =>
            System.Text.RegularExpressions.Regex.Replace(ConnectionString ?? "", "Password=[^;]*", "Password=***"); // expect: none

        public static void Load(IConfiguration configuration)
        {
            Configuration = configuration;
            ConnectionString = configuration.GetConnectionString("RadarLog")
                ?? "Server=10.12.0.5;Database=RadarLog;User Id=radar_svc;Password=Tr8#vLq2mZ;TrustServerCertificate=True"; // expect: IOT1001
        }
    }

    public class Worker : BackgroundService
    {
        private const string RadarUnitUser = "service"; // expect: none
        private const string RadarUnitPassword = "service"; // expect: IOT1002

        private readonly ILogger<Worker> _logger;
        private readonly DbHelper dbHelper;

        public Worker(ILogger<Worker> logger)
        {
            _logger = logger;
            dbHelper = new DbHelper();
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                _logger.LogInformation("Worker running at: {time}", DateTimeOffset.Now);

                List<VehicleLog> logs = dbHelper.GetAllLogs();
                if (logs.Count == 0)
                    dbHelper.SeedData();
                else
                    PrintTicketInfo(logs);
                await Task.Delay(1000, stoppingToken);
            }
        }

        private byte[] FetchPlateImage(string radarHost, string imageNumber)
        {
            using var webClient = new WebClient();
            webClient.Credentials = new NetworkCredential(RadarUnitUser, RadarUnitPassword);
            return webClient.DownloadData($"http://{radarHost}/images/{imageNumber}.jpg");
        }

        private void PrintTicketInfo(List<VehicleLog> logs)
        {
            logs?.ForEach(log =>
            {
                _logger.LogInformation($"Ticket: Plate: {log.VehiclePlate} Speed: {log.Speed} at {log.TicketLocation}");
            });
        }
    }
}

namespace VehicleWorkerService.Models
{
    public class VehicleLog
    {
        public int Id { get; set; }
        public string RadarUnit { get; set; }
        public DateTime TicketDate { get; set; }
        public string VehiclePlate { get; set; }
        public string VehicleOwner { get; set; }
        public string TicketDescription { get; set; }
        public int Speed { get; set; }
        public string TicketLocation { get; set; }
        public string ImageNumber { get; set; }
        public string RadarNumber { get; set; }
        public byte[] PlateImage { get; set; }
    }
}

namespace VehicleWorkerService.Services
{
    public class AppDbContext : DbContext
    {
        public AppDbContext(DbContextOptions<AppDbContext> options) : base(options) { }
        public DbSet<VehicleLog> VehiclesLog { get; set; }
    }

    public class DbHelper
    {
        private AppDbContext dbContext;

        private DbContextOptions<AppDbContext> GetAllOptions()
        {
            var optionBuilder = new DbContextOptionsBuilder<AppDbContext>();
            optionBuilder.UseSqlServer(AppSettings.ConnectionString);
            return optionBuilder.Options;
        }

        public List<VehicleLog> GetAllLogs()
        {
            using (dbContext = new AppDbContext(GetAllOptions()))
            {
                var logs = dbContext.VehiclesLog.ToList();
                return logs ?? new List<VehicleLog>();
            }
        }

        //Seed Data
        //Used when no data is present, we want some default data to fill in the Database
        public void SeedData()
        {
            using (dbContext = new AppDbContext(GetAllOptions()))
            {
                dbContext.VehiclesLog.Add(new VehicleLog
                {
                    RadarUnit = "RS-3000",
                    RadarNumber = "RS3K-0117-A", // expect: none
                    TicketDate = DateTime.Now,
                    VehiclePlate = "DXB-A-24817",
                    Speed = 94,
                    TicketLocation = "Al Khail Rd km 12",
                });
                dbContext.SaveChanges();
            }
        }
    }
}

// Real source: zhangchl007/Azure-Redis-Cache RedisStore.cs
// Kept: the RedisStore with its static connection string ("xxxx,ssl=True,abortConnect=False", the upstream template,
// which holds no password) and the commented-out on-premises line, the Lazy<ConnectionMultiplexer> and RedisCache.
// Added for the corpus: the cold-room gateway that caches its last readings in the cloud cache (access key freshly
// invented) and in the on-site Redis (ConfigurationOptions.Password), plus the key-name constants.
using System;
using StackExchange.Redis;

public class RedisStore
{
    //static string connectionString = "10.1.0.7:6379,password=new.mypass,ssl=false,abortConnect=False";
    static string connectionString = "xxxx,ssl=True,abortConnect=False"; // expect: none
    private static readonly Lazy<ConnectionMultiplexer> LazyConnection;

    static RedisStore()
    {
        LazyConnection = new Lazy<ConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(connectionString));
    }

    public static ConnectionMultiplexer Connection => LazyConnection.Value;

    public static IDatabase RedisCache => Connection.GetDatabase();
}

// Added: the cold-room gateway's two caches.
public static class ColdRoomCache
{
    private const string CloudCache =
        "coldroom-cache.redis.cache.windows.net:6380,password=So/Dws/qbv+4LHOA7UFpU1Jozd1I56059WNq04vN6vQ=,ssl=True,abortConnect=False"; // expect: IOT1001
    private const string LastReadingKeyFormat = "coldroom:{0}:last"; // expect: none
    private const string PasswordResetKey = "coldroom:password-reset-requested"; // expect: none

    private static readonly Lazy<ConnectionMultiplexer> Cloud = new(() => ConnectionMultiplexer.Connect(CloudCache));

    private static readonly Lazy<ConnectionMultiplexer> OnSite = new(() => ConnectionMultiplexer.Connect(new ConfigurationOptions
    {
        EndPoints = { "10.1.0.7:6379" },
        Password = "Frost-Line#Redis44", // expect: IOT1001
        Ssl = false,
        AbortOnConnectFail = false,
    }));

    public static void Store(string room, double celsius)
    {
        var key = string.Format(LastReadingKeyFormat, room);
        Cloud.Value.GetDatabase().StringSet(key, celsius.ToString("F1"));
        OnSite.Value.GetDatabase().StringSet(key, celsius.ToString("F1"));
        if (celsius > 8) OnSite.Value.GetDatabase().StringSet(PasswordResetKey, "0");
    }
}

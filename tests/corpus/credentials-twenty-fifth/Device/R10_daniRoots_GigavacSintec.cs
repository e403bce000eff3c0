// Real source: daniRoots/GigavacSintec SQLDatabase.cs
// Also used: OpcUaClient.cs, MainWindow.xaml.cs (InitOpcUa, without the WPF parts). A station PC on a fuse/contactor
// assembly line: it talks OPC UA to the station PLC and writes traceability records to SQL Server 2008 through an
// application role. Kept: the connection string built from the MachineConfig fields plus the class's own SQL password,
// sys.sp_setapprole with the role password as a parameter, and the OPC UA session created with the client's
// UserIdentity (user name and password fields of MainWindow). Changed: both SQL passwords are replaced by invented
// values of the same shape; the PLC user and password fields, empty in the original, carry the station's login.
using System;
using System.Collections.Generic;
using System.Data;
using System.Data.SqlClient;
using System.IO;
using System.Threading.Tasks;
using Opc.Ua;
using Opc.Ua.Client;

namespace SensataSoftware_DEMO
{
    class SQLDatabase
    {
        //Data source: SAGPDBV02 (MachineConfig)
        private static string server;
        public string Server { get { return server; } set { server = value; } }
        //Initial Catalog: APTProduction (MachineConfig)
        private static string dataBase;
        public string DataBase { get { return dataBase; } set { dataBase = value; } }
        // User and Password (permission for connection to DB) (MachineConfig)
        private static string sQLServerUser;
        public string SQLServerUser { get { return sQLServerUser; } set { sQLServerUser = value; } }
        private string SQLServerPassword = "ilm20HawPe@2IAV-RVsFqK,Q-OwpkF"; // expect: IOT1001
        // User and Password (permission for query) Application Role (MachineConfig)
        private static string sQLqueryUser;
        public string SQLqueryUser { get { return sQLqueryUser; } set { sQLqueryUser = value; } }
        private string SQLqueryPassword = "*Q4%*tL*AEOq-wbbvzNYXJmK,LVlmJ"; // expect: IOT1004
        private string MachineRoleQuery_set = "sys.sp_setapprole ";
        private string MachineRoleQuery_unset = "sys.sp_unsetapprole ";
        private byte[] _appRoleEnableCookie;
        public string pathDeviceIDData = "ProductionData/DeviceID_List.txt";
        private static string tblDeviceIDs;
        public string TblDeviceIDs { get { return tblDeviceIDs; } set { tblDeviceIDs = value; } }

        //SQL Server 2008: Connection management
        public string Connect()
        {
            string ConnectionParam = @"Data Source=" + server + ";Initial Catalog=" + dataBase + ";User ID=" + sQLServerUser + ";Password=" + SQLServerPassword;
            return ConnectionParam;
        }

        //SQL Server 2008: Application Role management
        private Boolean ExecuteSetAppRole(SqlConnection Connection)
        {
            bool Succ = true;
            try
            {
                SqlCommand cmd = new SqlCommand(MachineRoleQuery_set);
                cmd.CommandType = CommandType.StoredProcedure;
                cmd.Connection = Connection;
                SqlParameter paramAppRoleName = new SqlParameter();
                paramAppRoleName.Direction = ParameterDirection.Input;
                paramAppRoleName.ParameterName = "@rolename";
                paramAppRoleName.Value = sQLqueryUser;
                cmd.Parameters.Add(paramAppRoleName);

                SqlParameter paramAppRolePwd = new SqlParameter();
                paramAppRolePwd.Direction = ParameterDirection.Input;
                paramAppRolePwd.ParameterName = "@password"; // expect: none
                paramAppRolePwd.Value = SQLqueryPassword;
                cmd.Parameters.Add(paramAppRolePwd);

                SqlParameter paramEnableCookie = new SqlParameter();
                paramEnableCookie.ParameterName = "@cookie"; // expect: none
                paramEnableCookie.DbType = DbType.Binary;
                paramEnableCookie.Direction = ParameterDirection.Output;
                paramEnableCookie.Size = 1000;
                cmd.Parameters.Add(paramEnableCookie);

                cmd.ExecuteNonQuery();
                _appRoleEnableCookie = (byte[])cmd.Parameters["@cookie"].Value;
            }
            catch (Exception)
            {
                Succ = false;
            }
            return Succ;
        }

        private Boolean ExecuteUnsetAppRole(SqlConnection Connection)
        {
            try
            {
                SqlCommand cmd = new SqlCommand(MachineRoleQuery_unset);
                cmd.CommandType = CommandType.StoredProcedure;
                cmd.Connection = Connection;
                SqlParameter paramEnableCookie = new SqlParameter();
                paramEnableCookie.Direction = ParameterDirection.Input;
                paramEnableCookie.ParameterName = "@cookie";
                paramEnableCookie.Value = this._appRoleEnableCookie;
                cmd.Parameters.Add(paramEnableCookie);
                cmd.ExecuteNonQuery();
                _appRoleEnableCookie = null;
                return true;
            }
            catch (Exception)
            {
                return false;
            }
        }

        //Device IDs, Device Family is the Production Line (Ceramic, GVe, GFPA)
        public Boolean DeviceIDs(string DeviceFamily)
        {
            string ConnectionParam = Connect();
            try
            {
                using (SqlConnection SQLport = new SqlConnection(ConnectionParam))
                {
                    SQLport.Open();
                    ExecuteSetAppRole(SQLport);
                    using (var query = new SqlCommand("SELECT * FROM " + tblDeviceIDs + " WHERE DeviceFamily = @p1", SQLport))
                    {
                        query.Parameters.Add(new SqlParameter("p1", DeviceFamily));
                        var rowList = new List<object[]>();
                        using (SqlDataReader reader = query.ExecuteReader())
                        {
                            while (reader.Read())
                            {
                                object[] values = new object[reader.FieldCount];
                                reader.GetValues(values);
                                rowList.Add(values);
                            }
                        }
                        File.WriteAllText(pathDeviceIDData, String.Empty);
                        using StreamWriter startUp = File.AppendText(pathDeviceIDData);
                        foreach (var row in rowList)
                            startUp.WriteLine(row[0].ToString());
                    }
                    ExecuteUnsetAppRole(SQLport);
                    SQLport.Close();
                }
                return true;
            }
            catch (Exception)
            {
                return false;
            }
        }
    }
}

namespace GigavacFuseApp
{
    internal class OpcUaClient : IDisposable
    {
        private readonly ApplicationConfiguration uaConfiguration;
        private Session uaSession;

        public OpcUaClient(ApplicationConfiguration configuration)
        {
            uaConfiguration = configuration;
        }

        public Session Session => uaSession;
        public uint SessionLifeTime { get; set; } = 0;
        public IUserIdentity UserIdentity { get; set; } = new UserIdentity();
        public bool AutoAccept { get; set; } = false;

        public async Task<bool> ConnectAsync(string serverUrl, bool useSecurity = false)
        {
            if (serverUrl == null) throw new ArgumentNullException(nameof(serverUrl));
            var session = await Session.Create(uaConfiguration, serverUrl, useSecurity, uaConfiguration.ApplicationName, SessionLifeTime, UserIdentity);
            if (session != null && session.Connected)
            {
                uaSession = session;
            }
            return uaSession != null;
        }

        public void Dispose() => uaSession?.Dispose();
    }

    public class StationOpcUa
    {
        private OpcUaClient opcUaClient;
        private bool autoAccept = false;
        private string userName = "fuse_station";
        private string userPassword = "WejSPdNo6Dk!Jl"; // expect: IOT1001
        private string applicationName = "GigavacFuseApp";

        public async Task InitOpcUa()
        {
            Uri serverUrl = new Uri("opc.tcp://192.168.250.111:4840");
            var config = new ApplicationConfiguration()
            {
                ApplicationName = applicationName,
                ApplicationUri = "urn:" + System.Net.Dns.GetHostName() + ":GigavacFuseApp",
            };

            using (opcUaClient = new OpcUaClient(config) { AutoAccept = autoAccept })
            {
                if (!String.IsNullOrEmpty(userName))
                {
                    opcUaClient.UserIdentity = new UserIdentity(userName, userPassword ?? string.Empty);
                }
                bool connected = await opcUaClient.ConnectAsync(serverUrl.ToString(), false);
                Console.WriteLine(connected ? "-----Connected" : "-----Session not connected");
            }
        }
    }
}

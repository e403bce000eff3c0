// Real source: galmihaly/DoorLock_System_Device FirstUwp/Classes/SqlCommunicator.cs (062b5793), FirstUwp/Settings.cs (ac094229)
// Raspberry Pi 3 door-lock terminal (UWP): a user types a code or shows an NFC card, the gate asks SQL Server's
// GateLogin stored procedure who it is. Kept: the connection settings in private fields (the server, the sa login and
// its password), the SqlConnectionStringBuilder that assembles them, the stored-procedure call with the typed code,
// the gate id setting. Changed: the SQL password (invented four digits, the shape of the original). Trimmed: the NFC
// variant of the login (same as the code variant), the user reader (the row's Password column is not read here).
using System;
using System.Data;
using System.Data.SqlClient;
using System.Diagnostics;

namespace FirstUwp.Classes
{
    public static class Settings
    {
        public static int GateId
        {
            get { return 1; }
            set { }
        }
    }

    internal class SqlCommunicator
    {
        /// <summary>
        /// One connection string is used for the database
        /// </summary>
        private string _dataSource = @"172.16.1.6\SQLEXPRESS";
        private string _initialCatalog = "test";
        private bool _persistSecurityInfo = true;
        private string _userId = "sa"; // expect: none
        private string _password = "3995"; // expect: IOT1001

        SqlConnectionStringBuilder scsb;

        int? UserId = null;
        int? LoginId = null;

        /// <summary>
        /// Returns the connection string
        /// </summary>
        public string GetConnectionString()
        {
            scsb = new SqlConnectionStringBuilder();
            scsb.DataSource = _dataSource;
            scsb.InitialCatalog = _initialCatalog;
            scsb.PersistSecurityInfo = _persistSecurityInfo;
            scsb.UserID = _userId;
            scsb.Password = _password;

            return scsb.ConnectionString;
        }

        public int? loginUserByCode(string code)
        {
            UserId = null;
            try
            {
                using (var conn = new SqlConnection(GetConnectionString()))
                {
                    conn.Open();

                    using (var cmdSearchUser = conn.CreateCommand())
                    {
                        cmdSearchUser.CommandType = CommandType.StoredProcedure;
                        cmdSearchUser.CommandText = "[dbo].[GateLogin]";
                        cmdSearchUser.Parameters.Add("@GateId", SqlDbType.Int).Value = Settings.GateId;
                        cmdSearchUser.Parameters.Add("@CardData", SqlDbType.NVarChar).Value = "";
                        cmdSearchUser.Parameters.Add("@InputCodeData", SqlDbType.NVarChar).Value = code;

                        SqlParameter userIdParameter = cmdSearchUser.Parameters.Add("@UserId", SqlDbType.Int);
                        SqlParameter loginIdParameter = cmdSearchUser.Parameters.Add("@LoginId", SqlDbType.Int);
                        userIdParameter.Direction = ParameterDirection.Output;
                        loginIdParameter.Direction = ParameterDirection.Output;
                        cmdSearchUser.ExecuteNonQuery();

                        UserId = userIdParameter.Value == DBNull.Value ? (int?)null : Convert.ToInt32(userIdParameter.Value);
                        LoginId = loginIdParameter.Value == DBNull.Value ? (int?)null : Convert.ToInt32(loginIdParameter.Value);

                        Debug.WriteLine("LC UserId: " + UserId);
                        Debug.WriteLine("LC LoginId: " + LoginId);
                    }

                    conn.Close();
                }
            }
            catch (Exception ex)
            {
                Debug.WriteLine(ex.Message);
            }

            return UserId;
        }
    }
}

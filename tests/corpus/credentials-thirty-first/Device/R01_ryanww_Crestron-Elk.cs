// Real source: ryanww/Crestron-Elk ElkAlarm/ElkAlarm/ElkPassword.cs, ElkAlarm/ElkAlarm/ElkArea.cs (020146b285319b64dbb697a0e7d9e45164692731)
// Domain: Crestron SIMPL# module driving an Elk M1 security (burglar / fire) alarm panel: the touch panel's keypad collects
//   the user code digit by digit, shows it masked, and the area object sends arm / bypass commands with the code to the panel.
// Kept: ElkPassword as written (digit list, masked echo built from "*", zero-padding to six digits, event with the masked text);
//   from ElkArea the fields, Initialize, KeypadFunctionPress, SetArmLevel, UnbypassAllZones, BypassAllZones and the arm-level enum.
// Changed: none of the kept statements; `using Crestron.SimplSharp;` and `using WMSUtilities.Timers;` dropped with the code that
//   needed them. Trimmed: the status getters and string switches, the entry/exit countdown timer and its handlers,
//   internalSet... feedback methods, the other enums of ElkArea.
// Shimmed / added: ElkPanel (another file of the project) is a reduced stand-in in _Stubs.cs (SendDebug, Enqueue).
// Secrets: the original holds no written secret (the user code is typed on the keypad at run time); nothing replaced.
using System;
using System.Collections.Generic;
using System.Linq;

namespace ElkAlarm
{
    public class ElkPassword
    {
        private string pwProtected = "";
        List<int> code = new List<int>();

        //Public Functions -------------------------------------------------------
        public void AddKeyToPassword(int _key)
        {
            if (_key >= 0 && _key <= 9)
            {
                code.Add(_key);
                updateInternal();
            }
        }

        public void ClearPassword()
        {
            code.Clear();
            updateInternal();
        }

        public void Backspace()
        {
            if (code.Any())
            {
                code.RemoveAt(code.Count - 1);
                updateInternal();
            }
        }

        public bool IsValidCodeEntered()
        {
            return code.Count >= 3;
        }

        public string getPassword()
        {
            if (!IsValidCodeEntered())
                return "";

            for (int i = code.Count; i < 6; i++)
                code.Insert(0, 0);

            string p = "";
            foreach (int key in code)
                p += key.ToString();

            ClearPassword();
            return p;
        }

        public string getPasswordProtected { get { return pwProtected; } }

        //Internal -------------------------------------------------------
        private void updateInternal()
        {
            pwProtected = "";
            for (int i = 0; i < code.Count; i++)
                pwProtected += "*"; // expect: none
            OnElkPaswordEvent(pwProtected);
        }

        public event EventHandler<ElkPasswordEventArgs>? ElkPasswordEvent;

        protected virtual void OnElkPaswordEvent(string _str)
        {
            if (ElkPasswordEvent != null)
                ElkPasswordEvent(this, new ElkPasswordEventArgs() { Password = _str });
        }
    }

    //Events -------------------------------------------------------
    public class ElkPasswordEventArgs : EventArgs
    {
        public string? Password { get; set; }
    }

    public class ElkArea
    {
        private int areaNumber;
        private string? areaName;
        public string? bypassPassword;

        public string[] functionKeyNames = new string[6];
        public int[] functionKeyStatus = new int[6];

        private bool isRegistered;

        private ElkPanel? myPanel;
        public ElkPassword myPw = new ElkPassword();

        //Init -------------------------------------------------------
        public void Initialize(ElkPanel _panel, int _area)
        {
            areaNumber = _area;
            myPanel = _panel;
        }

        //Public Functions -------------------------------------------------------

        public void KeypadFunctionPress(string key)
        {
            string cmdStr = String.Format("kf{0}{1}00", areaNumber, key);
            myPanel!.SendDebug(string.Format("Area {0} - KeypadFunctionPress = {1} ({2})", areaNumber, key, cmdStr));
            myPanel.Enqueue(cmdStr);
        }

        public void SetArmLevel(eAreaArmSet arm)
        {
            if (myPw.IsValidCodeEntered())
            {
                char al = '0';
                al += (char)(int)arm;

                string pw = myPw.getPassword();

                string cmdStr = string.Format("a{0}{1}{2}00", al, areaNumber, pw); // expect: none
                myPanel!.SendDebug(string.Format("Area {0} - SetArmLevel = {1} ({2})", areaNumber, arm, cmdStr));
                myPanel.Enqueue(cmdStr);
            }
        }

        public void UnbypassAllZones()
        {
            string cmdStr = string.Format("zb000{0}{1}00", areaNumber, myPw.getPassword());
            myPanel!.SendDebug(string.Format("Area {0} - UnbypassAllZones = {1}", areaNumber, cmdStr));
            myPanel.Enqueue(cmdStr);
        }

        public void BypassAllZones()
        {
            string cmdStr = string.Format("zb999{0}{1}00", areaNumber, myPw.getPassword());
            myPanel!.SendDebug(string.Format("Area {0} - BypassAllZones = {1}", areaNumber, cmdStr));
            myPanel.Enqueue(cmdStr);
        }

        public string? GetAreaName { get { return areaName; } }

        public int GetAreaNumber { get { return areaNumber; } }

        public bool IsRegistered { get { return isRegistered; } }
    }

    //Enum's -------------------------------------------------------
    public enum eAreaArmSet
    {
        Disarm = 0,
        ArmedAway = 1,
        ArmedStay = 2,
        ArmedStayInstant = 3,
        ArmedNight = 4,
        ArmedNightInstant = 5,
        ArmedVacation = 6,
        ArmToNextAwayMode = 7,
        ArmToNextStayMode = 8,
    }
}

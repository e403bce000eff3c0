using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// A SIM PIN chosen inside the AT command that carries it (the thirtieth corpus's miss): a conditional or switch in the
/// command's hole (<c>$"AT+CPIN=\"{(spareSim ? "0000" : SimPin)}\""</c>, <c>"AT+CPIN=" + (spare ? "1234" : "7391")</c>) is
/// read once per arm, each arm judged at its own literal (IOT1002 for a listed default, IOT1001 otherwise). A mode chosen
/// between small numbers in the same command (<c>AT+CLCK="SC",{(lockIt ? "1" : "0")},...</c>) stays a number. Labelled line
/// by line (<c>// expect:</c>, see <see cref="ExpectComments"/>).
/// </summary>
public class ChosenModemPinTests
{
    // IOT1001 / IOT1002 (docs/rules/IOT1001.md, "a SIM PIN handed to a cellular modem"): each arm of a choice in the PIN's
    // place, written in place or held in a constant of another class.
    [Fact]
    public Task Each_arm_of_a_pin_chosen_in_the_command_is_judged_at_its_literal() =>
        ExpectComments.AssertAsync("""
            public class ModemPort { public void WriteLine(string text) { } }
            public static class KioskSim
            {
                public const string Primary = "4821"; // expect: IOT1001
                public const string Spare = "6650"; // expect: IOT1001
            }
            public enum SimSlot { Primary, Spare, Factory }
            public static class KioskModem
            {
                public static void Unlock(ModemPort port, bool spareSim)
                {
                    port.WriteLine($"AT+CPIN=\"{(spareSim ? "0000" : KioskSim.Primary)}\""); // expect: IOT1002
                }

                public static void UnlockJoined(ModemPort port, bool spareSim)
                {
                    port.WriteLine("AT+CPIN=\"" + (spareSim ? "1234" : "7391") + "\"\r"); // expect: IOT1002 IOT1001
                }

                public static void UnlockSlot(ModemPort port, SimSlot slot)
                {
                    port.WriteLine($"AT+CPIN={slot switch { SimSlot.Primary => KioskSim.Primary, SimSlot.Spare => KioskSim.Spare, _ => "0000" }}"); // expect: IOT1002
                }

                public static void UnlockOrAsk(ModemPort port, bool spareSim, string entered)
                {
                    port.WriteLine($"AT+CPIN=\"{(spareSim ? entered : "5092")}\""); // expect: IOT1001
                }
            }
            """);

    // Hard negatives: a lock mode chosen between small numbers written as text or as numbers, PINs chosen between run-time
    // values, the PIN query, and a choice of values that are not PINs in a command that carries none.
    [Fact]
    public Task Modes_and_run_time_choices_in_a_modem_command_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public class ModemPort { public void WriteLine(string text) { } }
            public static class LockerModem
            {
                private const int LockOn = 1;
                private const int LockOff = 0;
                public static void SetLock(ModemPort port, bool lockIt, string pin)
                {
                    port.WriteLine($"AT+CLCK=\"SC\",{(lockIt ? "1" : "0")},\"{pin}\"");
                    port.WriteLine($"AT+CLCK=\"SC\",{(lockIt ? LockOn : LockOff)},\"{pin}\"");
                    port.WriteLine("AT+CLCK=\"SC\"," + (lockIt ? 1 : 0) + ",\"" + pin + "\"");
                }

                public static void Unlock(ModemPort port, bool spareSim, string primaryPin, string sparePin)
                {
                    port.WriteLine($"AT+CPIN=\"{(spareSim ? sparePin : primaryPin)}\"");
                    port.WriteLine("AT+CPIN?");
                    port.WriteLine($"AT+CFUN={(spareSim ? "1" : "4")}");
                    port.WriteLine($"AT+CSQ{(spareSim ? "" : "\r")}");
                }
            }
            """);
}

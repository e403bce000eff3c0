// Real source: aronfraga/net.nanoframework.iotdice Dice.Device/Utilities/RandomNumber.cs (b719fd5a), Dice.Device/Program.cs (19efcee2)
// Domain: electronic dice on an ESP32 with an accelerometer and an LED matrix (nanoFramework).
// Kept: the System.Random face draw (Next(7), redrawn when 0), the debug trace, the Pattern enum it returns, the main loop.
// Trimmed: the motion service, screen service and drawing utilities behind Initializer.Start.
// Added: Pattern enum stand-in (faces One..Six) and an Initializer stand-in that rolls once per call.
// Shimmed: nothing.
// Replaced: nothing.
#nullable disable
using System;
using System.Diagnostics;

namespace Dice.Device.Utilities
{
    public enum Pattern { None = 0, One = 1, Two, Three, Four, Five, Six }

    internal sealed class RandomNumber
    {
        private RandomNumber()
        {
        }

        public static Pattern GenerateRandomNumber()
        {
            Random randomNumber = new Random();

            int number = randomNumber.Next(7); // expect: none

            if (number == 0)
            {
                number = randomNumber.Next(7) + 1;
            }

            Debug.WriteLine($"[OUT] - [RandomNumber] - [{number}]");
            return (Pattern)number;
        }
    }
}

namespace Dice.Device
{
    using Dice.Device.Utilities;

    public class Initializer
    {
        public Pattern LastRoll { get; private set; }
        public void Start() => LastRoll = RandomNumber.GenerateRandomNumber();
    }

    public class Program
    {
        public static void Main()
        {
            Debug.WriteLine("Hello from nanoFramework!");

            Initializer initializer = new Initializer();

            while (true)
            {
                initializer.Start(); // test class
            }
        }
    }
}

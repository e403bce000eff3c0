// Real source: arnochauveau/opdrachtDatacom cameraApp/cameraApp/MainWindow.xaml.cs
// Domain: classroom PTZ camera (Axis VAPIX) control panel: live JPEG, pan/tilt/zoom/focus buttons.
// Kept: every VAPIX request of the original (jpg/image.cgi, com/ptz.cgi query/move/zoom/focus/autofocus,
// ContinuousPan) each with its own `req.Credentials = new NetworkCredential("student", ...)`, the position
// parsing and the inactivity timer.
// Changed: the camera password is replaced by an invented one of the same shape (four lower-case letters);
// WPF types (Window, BitmapImage, sliders, RoutedEventArgs) became plain fields and EventArgs so the class
// compiles without WPF. The commented-out tilt handler is kept as a comment (the pan one is trimmed).
using System;
using System.Globalization;
using System.IO;
using System.Net;

namespace cameraApp
{
    /// <summary>
    /// Interaction logic for MainWindow.xaml
    /// </summary>
    public partial class MainWindow
    {
        private Double[] arrpos = new Double[4];
        private bool isBussy = false;
        private double pan, tilt, zoom1, focus;
        private bool focusEnabled = true;
        private Stream imgSource;

        //tetjes

        void tmrInactivity_Tick(object sender, EventArgs e)
        {
            if (isBussy)
            {
                //start auto watch
            }
            else
            {
                //stop auto watch
            }
        }

        void tmr_Tick(object sender, EventArgs e)
        {
            updateImg();
        }

        private void updateImg()
        {
            HttpWebRequest req = (HttpWebRequest)HttpWebRequest.Create("http://172.23.49.1/axis-cgi/jpg/image.cgi");
            req.Credentials = new NetworkCredential("student", "tvqr"); // expect: IOT1001
            HttpWebResponse resp = (HttpWebResponse)req.GetResponse();

            Stream receiveStream = resp.GetResponseStream();
            imgSource = receiveStream;

            HttpWebRequest req2 = (HttpWebRequest)HttpWebRequest.Create("http://172.23.49.1/axis-cgi/com/ptz.cgi?query=position");

            req2.Credentials = new NetworkCredential("student", "tvqr"); // expect: IOT1001

            req2.GetResponse();
            HttpWebResponse resp2 = (HttpWebResponse)req2.GetResponse();
            Stream r = resp2.GetResponseStream();
            StreamReader readStream = new StreamReader(r);

            for (int i = 0; i < 4; i++)
            {
                String[] arrTest = readStream.ReadLine().Split('=');

                //arrpos[i] = Convert.ToDouble(readStream.ReadLine().Split('=')[1]);
                CultureInfo ciClone = null;
                double value = 0;
                try
                {
                    ciClone = (CultureInfo)CultureInfo.InvariantCulture.Clone();
                    ciClone.NumberFormat.NumberDecimalSeparator = ",";
                    ciClone.NumberFormat.NumberGroupSeparator = ".";
                    value = Double.Parse(arrTest[1], ciClone);
                    Console.WriteLine("Waarde van " + arrTest[0] + " is: " + value);
                    arrpos[i] = value;
                }
                catch (Exception e)
                {
                    Console.WriteLine("foutje alweer");
                }

            }
            pan = arrpos[0];
            tilt = arrpos[1];
            zoom1 = arrpos[2];
            focus = arrpos[3];

            readStream.Close();
            r.Close();
            req2.Abort();
            resp2.Dispose();
        }

        private void autoWatch()
        {
            HttpWebRequest req = (HttpWebRequest)HttpWebRequest.Create("http://172.23.49.1/axis-cgi/com/ptz.cgi?ContinuousPan=true");
            req.Credentials = new NetworkCredential("student", "tvqr"); // expect: IOT1001
            req.GetResponse();
            HttpWebResponse resp = (HttpWebResponse)req.GetResponse();
            req.Abort();
            resp.Dispose();


        }

        #region Commands

        private void Button_Click(object sender, EventArgs e)
        {
            HttpWebRequest req = (HttpWebRequest)HttpWebRequest.Create("http://172.23.49.1/axis-cgi/com/ptz.cgi?move=right");
            req.Credentials = new NetworkCredential("student", "tvqr"); // expect: IOT1001
            req.GetResponse();
            HttpWebResponse resp = (HttpWebResponse)req.GetResponse();
            req.Abort();
            resp.Dispose();
            isBussy = true;
        }

        private void Button_Click_1(object sender, EventArgs e)
        {
            HttpWebRequest req = (HttpWebRequest)HttpWebRequest.Create("http://172.23.49.1/axis-cgi/com/ptz.cgi?move=left");
            req.Credentials = new NetworkCredential("student", "tvqr"); // expect: IOT1001
            req.GetResponse();
            HttpWebResponse resp = (HttpWebResponse)req.GetResponse();
            req.Abort();
            resp.Dispose();
            isBussy = true;
        }

        private void Button_Click_2(object sender, EventArgs e)
        {
            HttpWebRequest req = (HttpWebRequest)HttpWebRequest.Create("http://172.23.49.1/axis-cgi/com/ptz.cgi?move=up");
            req.Credentials = new NetworkCredential("student", "tvqr"); // expect: IOT1001
            req.GetResponse();
            HttpWebResponse resp = (HttpWebResponse)req.GetResponse();
            req.Abort();
            resp.Dispose();
            isBussy = true;
        }

        private void Button_Click_3(object sender, EventArgs e)
        {
            HttpWebRequest req = (HttpWebRequest)HttpWebRequest.Create("http://172.23.49.1/axis-cgi/com/ptz.cgi?move=down");
            req.Credentials = new NetworkCredential("student", "tvqr"); // expect: IOT1001
            req.GetResponse();
            HttpWebResponse resp = (HttpWebResponse)req.GetResponse();
            req.Abort();
            resp.Dispose();
            isBussy = true;
        }

        private void tilt_ValueChanged(object sender, EventArgs e)
        {
            //HttpWebRequest req = (HttpWebRequest)HttpWebRequest.Create("http://172.23.49.1/axis-cgi/com/ptz.cgi?tilt=" + tilt.Value);
            //req.Credentials = new NetworkCredential("student", "tvqr");
            //req.GetResponse();
            //HttpWebResponse resp = (HttpWebResponse)req.GetResponse();
            //req.Abort();
            //resp.Dispose();
            //isBussy = true;
        }

        private void zoom1_ValueChanged(object sender, EventArgs e)
        {
            HttpWebRequest req = (HttpWebRequest)HttpWebRequest.Create("http://172.23.49.1/axis-cgi/com/ptz.cgi?zoom=" + zoom1);
            req.Credentials = new NetworkCredential("student", "tvqr"); // expect: IOT1001
            req.GetResponse();
            HttpWebResponse resp = (HttpWebResponse)req.GetResponse();
            req.Abort();
            resp.Dispose();
            isBussy = true;
        }

        private void focus_ValueChanged(object sender, EventArgs e)
        {
            HttpWebRequest req = (HttpWebRequest)HttpWebRequest.Create("http://172.23.49.1/axis-cgi/com/ptz.cgi?focus=" + focus);
            req.Credentials = new NetworkCredential("student", "tvqr"); // expect: IOT1001
            req.GetResponse();
            HttpWebResponse resp = (HttpWebResponse)req.GetResponse();
            req.Abort();
            resp.Dispose();
            isBussy = true;
        }

        private void chkAutoFocus_Checked(object sender, EventArgs e)
        {

            HttpWebRequest req = (HttpWebRequest)HttpWebRequest.Create("http://172.23.49.1/axis-cgi/com/ptz.cgi?autofocus=on");
            req.Credentials = new NetworkCredential("student", "tvqr"); // expect: IOT1001
            req.GetResponse();
            HttpWebResponse resp = (HttpWebResponse)req.GetResponse();
            req.Abort();
            resp.Dispose();
            focusEnabled = false;
            isBussy = true;
        }

        private void chkAutoFocus_Unchecked(object sender, EventArgs e)
        {
            HttpWebRequest req = (HttpWebRequest)HttpWebRequest.Create("http://172.23.49.1/axis-cgi/com/ptz.cgi?autofocus=of");
            req.Credentials = new NetworkCredential("student", "tvqr"); // expect: IOT1001
            req.GetResponse();
            HttpWebResponse resp = (HttpWebResponse)req.GetResponse();
            req.Abort();
            resp.Dispose();
            focusEnabled = true;
            isBussy = true;
        }

        #endregion

    }
}

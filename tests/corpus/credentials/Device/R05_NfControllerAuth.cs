// Based on a real public sample: nanoframework/Samples, samples/Webserver/WebServer.Sample/WebServer.Sample/ControllerAuth.cs
// (same controller also in nanoframework/nanoFramework.WebServer tests/WebServerE2ETests/AuthController.cs).
// Output helpers replaced by setting the status code (WebServer statics are not in the stubs).
#nullable enable
using nanoFramework.WebServer;

namespace Corpus.WebServerSample
{
    [Authentication("Basic:user password")] // expect: IOT1002
    class ControllerAuth
    {
        [Route("authbasic")] // expect: none
        public void Basic(WebServerEventArgs e)
        {
            e.Context.Response.StatusCode = 200;
        }

        [Route("authbasicspecial")]
        [Authentication("Basic:user2 password")] // expect: IOT1002
        public void Special(WebServerEventArgs e)
        {
            e.Context.Response.StatusCode = 200;
        }

        [Authentication("ApiKey:superKey1234")] // expect: IOT1001
        [Route("authapi")]
        public void Key(WebServerEventArgs e)
        {
            e.Context.Response.StatusCode = 200;
        }

        [Route("authnone")]
        [Authentication("None")] // expect: none
        public void None(WebServerEventArgs e)
        {
            e.Context.Response.StatusCode = 200;
        }

        [Authentication("ApiKey")] // expect: none
        [Route("authdefaultapi")]
        public void DefaultApi(WebServerEventArgs e)
        {
            e.Context.Response.StatusCode = 200;
        }

        [Authentication("Basic")] // expect: none
        [Route("authdefaultbasic")]
        public void DefaultBasic(WebServerEventArgs e)
        {
            e.Context.Response.StatusCode = 200;
        }
    }
}

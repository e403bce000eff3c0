// Based on a real public sample: nanoframework/nanoFramework.WebServer, tests/WebServerE2ETests/AuthController.cs
// Copyright (c) 2020 Laurent Ellerbach and the project contributors
// See LICENSE file in the project root for full license information.
// (Trimmed: the bodies that write the HTTP status code are omitted.)

using nanoFramework.WebServer;
using System.Net;

namespace WebServerE2ETests
{
    [Authentication("Basic")]                          // expect: none
    class AuthController
    {
        [Route("authbasic")]
        public void Basic(WebServerEventArgs e)
        {
        }

        [Route("authbasicspecial")]
        [Authentication("Basic:user2 password")]       // expect: IOT1002
        public void Special(WebServerEventArgs e)
        {
        }

        [Authentication("ApiKey:superKey1234")]        // expect: IOT1001
        [Route("authapi")]
        public void Key(WebServerEventArgs e)
        {
        }

        [Route("authnone")]
        [Authentication("None")]                       // expect: none
        public void None(WebServerEventArgs e)
        {
        }

        [Authentication("ApiKey")]                     // expect: none
        [Route("authdefaultapi")]
        public void DefaultApi(WebServerEventArgs e)
        {
        }
    }
}

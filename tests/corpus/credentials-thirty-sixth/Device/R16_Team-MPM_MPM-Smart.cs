// Real source: Team-MPM/MPM-Smart src/controller/backend/Endpoints/IdentityEndpoints.cs (01ed6a7d)
// Domain: self-hosted smart-home controller (sensor plugins, device registry) whose backend signs in household users.
// Kept: the login handler: one generic error message for unknown user and wrong password, the password checked by the
//   identity store against the received model, a one-day RS256-signed JWT with name and id claims.
// Trimmed: the profile endpoint, the commented-out logout, permission claims, minimal-API route registration (the handler
//   is kept as a method).
// Added: stand-ins for LoginModel, SystemUser and a UserStore with FindByNameAsync / CheckPasswordAsync (ASP.NET Core
//   Identity's UserManager is not referenced by the corpus project); LoginResult in place of IResult.
// Shimmed: nothing.
// Replaced: JwtSecurityTokenHandler / RsaSecurityKey by a TokenWriter stand-in that signs with an RSA key passed in.
#nullable enable
using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace Backend.Endpoints
{
    public sealed record LoginModel(string UserName, string Password);
    public sealed record SystemUser(string Id, string UserName);
    public sealed record LoginResult(bool Ok, string Body);

    public abstract class UserStore
    {
        public abstract Task<SystemUser?> FindByNameAsync(string userName);
        public abstract Task<bool> CheckPasswordAsync(SystemUser user, string password);
    }

    public static class TokenWriter
    {
        public static string Write(RSA key, IDictionary<string, string> claims, DateTime expires)
        {
            var header = Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"alg\":\"RS256\",\"typ\":\"JWT\"}"));
            var body = Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new { claims, exp = expires }));
            var signature = key.SignData(Encoding.ASCII.GetBytes(header + "." + body), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            return header + "." + body + "." + Convert.ToBase64String(signature);
        }
    }

    public static class IdentityEndpoints
    {
        public static async Task<LoginResult> LoginAsync(LoginModel model, UserStore userManager, RSA key)
        {
            const string errorMessage = "Invalid username or password"; // expect: none

            var user = await userManager.FindByNameAsync(model.UserName);

            if (user is null)
                return new LoginResult(false, errorMessage);

            if (!await userManager.CheckPasswordAsync(user, model.Password))
                return new LoginResult(false, errorMessage);

            var claims = new Dictionary<string, string>
            {
                ["nameid"] = user.Id,
                ["name"] = user.UserName
            };

            var tokenString = TokenWriter.Write(key, claims, DateTime.UtcNow.AddDays(1));
            return new LoginResult(true, tokenString);
        }
    }
}

// Added to C# device projects by IoTSecure (set IoTSecureUpdateHookAttribute=false to leave it out).
// The attribute is conditional: it exists for the compiler and the analyzers only, so the device has no runtime
// dependency on IoTSecure.
namespace IoTSecure
{
    /// <summary>
    /// Marks the class or method that downloads, verifies and applies security updates (ETSI EN 303 645 5.3). IoTSecure
    /// checks such hooks: updates must be verified with an asymmetric signature before they are applied (IOT2002) and
    /// fetched over an authenticated channel (IOT2003).
    /// </summary>
    [global::System.AttributeUsage(global::System.AttributeTargets.Class | global::System.AttributeTargets.Method, Inherited = false)]
    [global::System.Diagnostics.Conditional("IOTSECURE_UPDATE_HOOK_METADATA")]
    internal sealed class SecurityUpdateHookAttribute : global::System.Attribute
    {
    }
}

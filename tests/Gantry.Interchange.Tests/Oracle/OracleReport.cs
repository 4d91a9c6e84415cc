using Xunit.Abstractions;
using Xunit.Sdk;

namespace Gantry.Interchange.Tests.Oracle;

/// <summary>
/// Prints the oracle match figures as runner diagnostics, so they show in <c>./test.sh</c>'s output
/// whether the tests pass or fail (test output is only shown for failures).
/// </summary>
public sealed class OracleReport(IMessageSink sink)
{
    public void Print(string line) => sink.OnMessage(new DiagnosticMessage("oracle: " + line));
}

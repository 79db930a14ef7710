using Microsoft.Extensions.Options;
using Npgsql;

namespace NsfcSeminar.Web.Hosting.Cluster;

/// <summary>Refuses to start with a replica setting that would route readers wrongly, naming it.</summary>
internal sealed class ReplicaOptionsValidation : IValidateOptions<ReplicaOptions>
{
    public ValidateOptionsResult Validate(string? name, ReplicaOptions options)
    {
        var failures = new List<string>();
        if (options.IsConfigured && !IsConnectionString(options.ConnectionString!))
        {
            failures.Add("ConnectionStrings:Replica is not an Npgsql connection string (Host=…;Port=…;Username=…;Password=…;Database=…).");
        }

        if (options.MaxLagSeconds < 0)
        {
            failures.Add("Seminar:Replica:MaxLagSeconds must be 0 or more.");
        }

        if (options.WrittenCookieSeconds <= 0 || options.PollMilliseconds <= 0)
        {
            failures.Add("Seminar:Replica:WrittenCookieSeconds and PollMilliseconds must be above 0.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsConnectionString(string value)
    {
        try
        {
            return !string.IsNullOrEmpty(new NpgsqlConnectionStringBuilder(value).Host);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

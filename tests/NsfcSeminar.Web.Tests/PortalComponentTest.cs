using System.Globalization;
using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Web.Hosting;
using NsfcSeminar.Web.Markdown;

namespace NsfcSeminar.Web.Tests;

/// <summary>A bUnit context with the services every portal component uses: the string
/// localizer, the one Markdown renderer and the public address.</summary>
public abstract class PortalComponentTest : BunitContext
{
    protected PortalComponentTest()
    {
        Services.AddLocalization();
        Services.AddMarkdown(new ConfigurationBuilder().Build());
        Services.Configure<HostingOptions>(hosting => hosting.PublicAddress = "https://seminar.example.org/");
        UseCulture("en-GB");
    }

    /// <summary>Components read the reader's language from the UI culture, as the request
    /// localization middleware sets it.</summary>
    protected static void UseCulture(string name)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }
}

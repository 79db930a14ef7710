using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Accounts;

namespace NsfcSeminar.Web.Features.Accounts;

public static class AccountServiceExtensions
{
    /// <summary>Sign-in with ASP.NET Core Identity, accounts in the archive's database, and the cascading authentication state the pages read.</summary>
    internal static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();
        services.AddScoped<AuthenticationStateProvider, SecurityStampRevalidation>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<Registration>();
        services.AddSingleton<SignInThrottling>();
        services.AddSingleton<KnownBrowser>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddAccountStore().AddSignInManager();
        services.ConfigureApplicationCookie(cookie =>
        {
            // One cookie for the whole portal: left unset, the path would be the language root
            // ("/en") and signing in under one language would not count under the other.
            cookie.Cookie.Path = "/";
            cookie.LoginPath = AccountPaths.SignIn;
            cookie.LogoutPath = AccountPaths.SignOut;
            cookie.AccessDeniedPath = AccountPaths.AccessDenied;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;

            // The cookie handler itself redirects a sign-in (or sign-out) to its ReturnUrl, checking
            // only for one leading slash: "/\u3000/evil.example" passed, Kestrel refused to write
            // it into the Location header, and the 500 dropped the new cookie with it. The same
            // rule as the sign-in page's decides here; an address it rejects is left to the page,
            // which goes home.
            cookie.Events.OnRedirectToReturnUrl = context =>
            {
                if (AccountPaths.IsLocalPath(context.RedirectUri))
                {
                    context.Response.Redirect(context.RedirectUri);
                }

                return Task.CompletedTask;
            };
        });

        // A locked or demoted account loses its open sessions within seconds rather than the
        // default half hour: the admin page renews the security stamp on every such change. Every
        // save checks the account in the database besides (EditorAccess), whatever these intervals.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromSeconds(10));
        services.AddAuthorization();

        // The same for the antiforgery cookie, so that a page in either language has one token.
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.Path = "/");
        return services;
    }

    /// <summary>
    /// Accounts and roles over the archive's database, without cookies or sign-in: what the
    /// portal's commands and the tests need to create accounts.
    /// </summary>
    public static IdentityBuilder AddAccountStore(this IServiceCollection services) => services
        .AddIdentityCore<SeminarUser>(ConfigureIdentity)
        .AddRoles<IdentityRole>()
        .AddEntityFrameworkStores<SeminarDbContext>()
        .AddDefaultTokenProviders()
        .AddUserConfirmation<ReaderConfirmation>();

    private static void ConfigureIdentity(IdentityOptions options)
    {
        // Names are e-mail addresses. Readers who register themselves sign in only once they have
        // confirmed theirs; accounts an Admin makes are vouched for (ReaderConfirmation).
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = true;

        // Length over composition (NIST SP 800-63B): a long passphrase is stronger and easier to
        // remember than a short password with forced symbols. Generated passwords are longer.
        options.Password.RequiredLength = 12;
        options.Password.RequiredUniqueChars = 4;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;

        // Lockout is what an Admin does to an account. Wrong passwords never lock one (anyone
        // could then keep a real user out): SignInThrottling slows the guesser instead (ADR-006).
        options.Lockout.AllowedForNewUsers = true;
    }
}

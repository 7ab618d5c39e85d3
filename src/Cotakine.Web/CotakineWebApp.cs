using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cotakine.Catalog;
using Cotakine.Catalog.Loading;
using Cotakine.Persistence;
using Cotakine.Persistence.Entities;
using Cotakine.Quoting;
using Cotakine.Web.Api;
using Cotakine.Web.Services;
using Cotakine.Web.Ui;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cotakine.Web;

/// <summary>
/// The Cotakine web application (JSON API with accounts), built here so that both <c>dotnet run --project src/Cotakine.Web</c>
/// and <c>cotakine serve [--urls URL]</c> start the same app. Configuration: <c>Database:Provider</c> = <c>sqlite</c>
/// (default) or <c>postgres</c>; <c>Database:ConnectionString</c> (default <c>Data Source=cotakine.db</c> in the working
/// directory). The database is migrated at start and, when empty, filled with the demo practice (<see cref="DemoData"/>).
/// The OpenAPI document is served at <c>/openapi/v1.json</c>.
/// </summary>
public static class CotakineWebApp
{
    /// <summary>Builds the application from command-line arguments (<c>--urls</c>, <c>--Database:Provider</c>…).</summary>
    public static WebApplication Build(string[] args)
    {
        // The application name is this assembly whoever hosts it (cotakine serve, tests), so its Razor Pages are found.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(CotakineWebApp).Assembly.GetName().Name });
        // The console of `cotakine serve` shows what a practice needs (start, warnings, errors), not every SQL statement;
        // configuration (Logging:LogLevel:…) can still turn EF Core's details back on.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning); // nor five lines per request
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<NgapCatalog>(_ => CatalogLoader.Embedded);
        services.TryAddSingleton<SessionQuoter>(sp => new QuoteEngine(sp.GetRequiredService<NgapCatalog>()).Quote);
        services.AddCotakinePersistence(sp => DatabaseSettings(sp.GetRequiredService<IConfiguration>()));
        services.AddScoped<InvoiceIssuer>();
        services.AddScoped<PatientWorkflow>();
        services.AddScoped<PrescriptionWorkflow>();
        services.AddScoped<PlanWorkflow>();
        services.AddScoped<InvoiceWorkflow>();

        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = true;
                o.Lockout.MaxFailedAccessAttempts = LoginThrottling.MaxFailedAttempts;
                o.Lockout.DefaultLockoutTimeSpan = LoginThrottling.LockoutDuration;
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<CotakineDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<PracticeClaimsFactory>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "cotakine";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.LoginPath = "/connexion";
            o.LogoutPath = "/deconnexion";
            o.ReturnUrlParameter = "retour";
            // A page asked by a browser goes to the login page (and back after); the API keeps answering 401/403 problems.
            o.Events.OnRedirectToLogin = c =>
            {
                if (WantsPage(c.Request))
                {
                    c.Response.Redirect(c.RedirectUri);
                    return Task.CompletedTask;
                }

                return Problem(c.HttpContext, StatusCodes.Status401Unauthorized, "Connexion requise.");
            };
            o.Events.OnRedirectToAccessDenied = c => Problem(c.HttpContext, StatusCodes.Status403Forbidden, "Accès refusé.");
        });
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddProblemDetails();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        services.AddOpenApi();
        services.AddHealthChecks();
        services.AddCotakineUi();

        var app = builder.Build();
        app.UseExceptionHandler(e => e.Run(HandleException));
        app.UseSecurityHeaders();
        app.UseStatusCodePages();
        app.UseCotakineUiAssets();
        app.UseAuthentication();
        app.Use(async (context, next) =>
        {
            var actor = context.RequestServices.GetRequiredService<CurrentActor>();
            if (context.User.Identity?.IsAuthenticated == true &&
                Guid.TryParse(context.User.FindFirstValue(PracticeClaimsFactory.PracticeClaim), out var practiceId))
            {
                actor.PracticeId = practiceId;
                actor.Name = context.User.Identity.Name ?? "?";
            }

            await next(context);
        });
        app.UseAuthorization();

        app.MapOpenApi().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapAccountApi();
        app.MapPracticeApi();
        app.MapPatientsApi();
        app.MapPrescriptionsApi();
        app.MapPlansApi();
        app.MapInvoicesApi();
        app.MapHorsNomenclatureApi();
        app.MapContractApi();
        app.MapBenchFloorApi();
        app.MapCotakineUi();

        using (var scope = app.Services.CreateScope())
        {
            DemoData.InitializeAsync(scope.ServiceProvider).GetAwaiter().GetResult();
        }

        return app;
    }

    private static (DatabaseProvider, string) DatabaseSettings(IConfiguration configuration)
    {
        var provider = string.Equals(configuration["Database:Provider"], "postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;
        var connectionString = configuration["Database:ConnectionString"]
            ?? (provider == DatabaseProvider.Sqlite
                ? "Data Source=cotakine.db"
                : throw new InvalidOperationException("Database:ConnectionString est obligatoire avec Database:Provider=postgres."));
        return (provider, connectionString);
    }

    /// <summary>Builds and runs the application until shutdown.</summary>
    public static Task RunAsync(string[] args) => Build(args).RunAsync();

    private static bool WantsPage(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) &&
        request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    private static Task Problem(HttpContext context, int status, string title) =>
        TypedResults.Problem(title: title, statusCode: status).ExecuteAsync(context);

    private static Task HandleException(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (error is BadHttpRequestException bad)
        {
            // Unreadable JSON: name the field from the serializer's path ($.date → date).
            var field = (bad.InnerException as JsonException)?.Path is { Length: > 2 } path ? path[2..] : "body";
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [field] = [$"{field} : valeur illisible ou de mauvais type"] },
                title: "Requête invalide").ExecuteAsync(context);
        }

        if (error is InvalidOperationException { Message: var message } && message.Contains("immuable", StringComparison.Ordinal))
        {
            return Problem(context, StatusCodes.Status409Conflict, message);
        }

        return Problem(context, StatusCodes.Status500InternalServerError, "Erreur interne : l'opération n'a pas été enregistrée.");
    }
}

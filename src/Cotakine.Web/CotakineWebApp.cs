using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cotakine.Catalog;
using Cotakine.Catalog.Loading;
using Cotakine.Persistence;
using Cotakine.Persistence.Entities;
using Cotakine.Practice;
using Cotakine.Quoting;
using Cotakine.Search;
using Cotakine.Web.Documents;
using Cotakine.Web.Features.Account;
using Cotakine.Web.Features.Contract;
using Cotakine.Web.Features.Exports;
using Cotakine.Web.Features.HorsNomenclature;
using Cotakine.Web.Features.Invoices;
using Cotakine.Web.Features.Patients;
using Cotakine.Web.Features.Plans;
using Cotakine.Web.Features.Prescriptions;
using Cotakine.Web.Features.Settings;
using Cotakine.Web.Nomenclature;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

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
    /// <summary>
    /// Where the UI's CSS and scripts (<c>wwwroot/</c>) are served. They are embedded in the assembly, so every host
    /// (<c>cotakine serve</c>, the test host, a published app) serves them alike without a static web assets manifest.
    /// </summary>
    public const string AssetsPath = "/ui/assets";

    /// <summary>Builds the application from command-line arguments (<c>--urls</c>, <c>--Database:Provider</c>…).</summary>
    public static WebApplication Build(string[] args) => Build(args, _ => { });

    /// <summary>
    /// Builds the application and lets a host map endpoints of its own beside the app's, behind the same middleware
    /// (security headers, authentication, antiforgery, authorization). The benchmark host (<c>bench/</c>) maps its floor
    /// endpoint this way, so the product never ships one and the app's setup exists once.
    /// </summary>
    public static WebApplication Build(string[] args, Action<IEndpointRouteBuilder> mapHostEndpoints)
    {
        ArgumentNullException.ThrowIfNull(mapHostEndpoints);
        // The application name is this assembly whoever hosts it (cotakine serve, tests), so its Razor Pages are found.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(CotakineWebApp).Assembly.GetName().Name });
        // The console of `cotakine serve` shows what a practice needs (start, warnings, errors), not every SQL statement;
        // configuration (Logging:LogLevel:…) can still turn EF Core's details back on.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning); // nor five lines per request
        // An unhandled exception is logged once by HandleException below: with its stack trace when it is a bug, as one
        // throttled warning line when it is a request that does not bind (5 s of bad logins wrote 80 MB of stack traces).
        builder.Logging.AddFilter("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", LogLevel.None);
        var configuration = builder.Configuration;
        var hosts = ServedAddresses.AllowedHosts(configuration) ?? throw new InvalidOperationException(ServedAddresses.HostsRequired);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        // One catalog and one quote engine for the whole app: the API, the practice pages and « Coter une séance ».
        services.AddSingleton<NgapCatalog>(_ => CatalogLoader.Embedded);
        services.TryAddSingleton<SessionQuoter>(sp => new QuoteEngine(sp.GetRequiredService<NgapCatalog>()).Quote);
        services.AddSingleton(sp => new ActSearch(sp.GetRequiredService<NgapCatalog>()));
        services.AddSingleton<NomenclatureBrowser>();
        services.AddSingleton(PdfFonts.FromDebian());
        services.AddCotakinePersistence(
            sp => DatabaseSettings(sp.GetRequiredService<IConfiguration>()),
            sp => sp.GetRequiredService<IConfiguration>().GetValue<int?>("Database:WriteQueueTimeoutSeconds") is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
        // The signed-in practice's calendar: its département's time zone (set on the actor by the request pipeline below,
        // Europe/Paris when no practice is signed in) and the injected clock. The one « today » of the web app.
        services.AddScoped(sp => new PracticeCalendar(
            TimeZoneInfo.FindSystemTimeZoneById(sp.GetRequiredService<CurrentActor>().TimeZoneId ?? DefaultTimeZoneId), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<InvoiceLedger>();
        services.AddScoped<Features.Invoices.RecordPayment>();
        services.AddScoped<Features.Patients.CreatePatient>();
        services.AddScoped<Features.Patients.UpdatePatient>();
        services.AddScoped<Features.Patients.PatientSearch>();
        services.AddScoped<Features.Prescriptions.RecordPrescription>();
        services.AddScoped<Features.Sessions.SessionHistoryQueries>();
        services.AddScoped<Features.Sessions.PriceSession>();
        services.AddScoped<Features.Sessions.RecordSession>();
        services.AddScoped<Features.Plans.OpenPlan>();
        services.AddScoped<Features.Plans.RecordDap>();
        services.AddScoped<Features.Plans.SetClinicalNotes>();
        services.AddScoped<Features.Invoices.IssueInvoices>();
        services.AddScoped<Features.Invoices.CreditInvoice>();
        services.AddScoped<Features.HorsNomenclature.CreateHnQuote>();
        services.AddScoped<Features.HorsNomenclature.CreateFeeNote>();
        services.AddScoped<Features.Settings.SettingsQueries>();
        services.AddScoped<Features.Settings.SavePractice>();
        services.AddScoped<Features.Settings.SavePractitioner>();
        services.AddScoped<AccountingExport>();
        services.AddScoped<SignIn>();
        services.AddScoped<ChangePassword>();
        services.AddScoped<RegisterPractice>();
        services.AddSingleton<RegistrationGate>();
        services.AddSingleton<LoginThrottling>();
        services.AddSingleton<BadRequestLog>();
        services.AddMemoryCache(o => o.SizeLimit = 100_000);
        services.Configure<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>(o => o.AllowedHosts = [.. hosts]);
        services.AddRateLimiter(o =>
        {
            var permits = configuration.GetValue<int?>("Accounts:AttemptsPerMinute") ?? LoginThrottling.AttemptsPerMinute;
            o.GlobalLimiter = System.Threading.RateLimiting.PartitionedRateLimiter.Create<HttpContext, string>(c => IsAccountAttempt(c.Request)
                ? System.Threading.RateLimiting.RateLimitPartition.GetSlidingWindowLimiter(c.Connection.RemoteIpAddress?.ToString() ?? "local", _ => new()
                {
                    PermitLimit = permits, Window = TimeSpan.FromMinutes(1), SegmentsPerWindow = 6, QueueLimit = 0,
                })
                : System.Threading.RateLimiting.RateLimitPartition.GetNoLimiter(""));
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (c, _) =>
            {
                c.HttpContext.Response.Headers.RetryAfter = "60";
                return new ValueTask(Problem(c.HttpContext, StatusCodes.Status429TooManyRequests, LoginThrottling.TooManyMessage));
            };
        });

        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = PasswordRules.MinimumLength;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = true;
                // No account-wide lockout: anyone could lock any account with 5 tries. LoginThrottling locks an account
                // for one client address only.
                o.Lockout.AllowedForNewUsers = false;
            })
            .AddEntityFrameworkStores<CotakineDbContext>()
            .AddPasswordValidator<PasswordRules>()
            .AddSignInManager<SessionSignInManager>()
            .AddClaimsPrincipalFactory<PracticeClaimsFactory>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "cotakine";
            // Not readable by scripts, never sent on a cross-site request, Secure whenever the request is HTTPS (cotakine serve
            // on plain http://127.0.0.1 is for one machine, see README). A session cookie (sign-in is not persistent)
            // whose ticket ends after 8 hours without activity, renewed while the practice works.
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // Wall-clock time, not the app's business clock (which demos and tests move by days to reach a DAP deadline).
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.TimeProvider = TimeProvider.System;
            o.LoginPath = "/connexion";
            o.LogoutPath = "/deconnexion";
            o.ReturnUrlParameter = "retour";
            // Each request checks that its session is still open (closed by « Se déconnecter », « Se déconnecter partout »
            // and a password change): the cookie alone no longer lets anyone in for its remaining hours.
            o.Events.OnValidatePrincipal = SessionSignInManager.ValidateAsync;
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
            o.Events.OnRedirectToAccessDenied = c => WantsPage(c.Request)
                ? ErrorPages.ForbiddenAsync(c.HttpContext)
                : Problem(c.HttpContext, StatusCodes.Status403Forbidden, "Accès refusé.");
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "cotakine-csrf";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        // A TLS proxy on the same machine (the only one trusted by default: loopback) says the request was HTTPS, so the
        // cookies are Secure and HSTS is sent behind it too.
        services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto);
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddProblemDetails();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddRazorPages();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add(new UnhandledMethodFilter()));

        var app = builder.Build();
        app.UseForwardedHeaders();
        app.UseExceptionHandler(e => e.Run(HandleException));
        app.UseSecurityHeaders();
        app.UseRateLimiter();
        app.UseHsts(); // only on HTTPS requests to a host other than localhost/127.0.0.1
        var statusPages = new StatusCodePagesOptions();
        statusPages.HandleAsync = ErrorPages.StatusHandler(statusPages.HandleAsync, WantsPage);
        app.UseStatusCodePages(statusPages);
        // Before authorization (the assets hold no data), so the login page and error pages have their style too.
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(CotakineWebApp).Assembly, "Cotakine.Web.assets"),
            RequestPath = AssetsPath,
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.UseAuthentication();
        app.Use((context, next) =>
        {
            // What a signed-in user reads (JSON, pages, PDFs, CSV exports) and any answer that sets a cookie stays out of
            // the browser's and proxies' caches: « no-store », unless the response said otherwise (the assets).
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                if (string.IsNullOrEmpty(headers.CacheControl) && (context.User.Identity?.IsAuthenticated == true || headers.SetCookie.Count > 0))
                {
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
        app.Use(async (context, next) =>
        {
            var actor = context.RequestServices.GetRequiredService<CurrentActor>();
            if (context.User.Identity?.IsAuthenticated == true &&
                Guid.TryParse(context.User.FindFirstValue(PracticeClaimsFactory.PracticeClaim), out var practiceId))
            {
                actor.PracticeId = practiceId;
                actor.Name = context.User.Identity.Name ?? "?";
                actor.TimeZoneId = await PracticeTimeZoneAsync(context.RequestServices, practiceId);
            }

            await next(context);
        });
        app.UseApiCsrfGuard();
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
        app.MapExportsApi();
        app.MapContractApi();
        mapHostEndpoints(app);
        app.MapRazorPages();
        app.MapUiFragments();

        using (var scope = app.Services.CreateScope())
        {
            // The demo practice (its password is in the README) only for a server of this machine alone, or when asked
            // (--demo); elsewhere the first start waits for the first account, opened with a one-time code.
            var demo = configuration.GetValue<bool?>("Demo") ?? ServedAddresses.LoopbackOnly(configuration);
            if (!DemoData.InitializeAsync(scope.ServiceProvider, demo).GetAwaiter().GetResult())
            {
                var code = app.Services.GetRequiredService<RegistrationGate>().AwaitFirstAccount();
                app.Logger.LogWarning(
                    "Premier démarrage : aucun compte. Ouvrez {Page} avec le code {Code}, ou créez le compte par « cotakine users add ».",
                    "/premier-compte", code);
            }
        }

        return app;
    }

    /// <summary>The zone used when no practice is signed in (the public contract routes, the demo seeder).</summary>
    public const string DefaultTimeZoneId = "Europe/Paris";

    /// <summary>The time zone of the practice's department (read per request, so a change in Réglages applies at once).</summary>
    private static async Task<string?> PracticeTimeZoneAsync(IServiceProvider services, Guid practiceId)
    {
        var department = await services.GetRequiredService<CotakineDbContext>().Practices
            .Where(p => p.Id == practiceId).Select(p => p.Department).FirstOrDefaultAsync();
        return department is null ? null : services.GetRequiredService<NgapCatalog>().FindDepartment(department)?.TimeZoneId;
    }

    /// <summary>
    /// The database from configuration (<c>Database:Provider</c>, <c>Database:ConnectionString</c>,
    /// <c>Database:BusyTimeoutSeconds</c> for SQLite); shared with the <c>cotakine backup</c> and <c>restore</c> commands
    /// so that they act on the very database the app serves.
    /// </summary>
    public static (DatabaseProvider Provider, string ConnectionString) DatabaseSettings(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = string.Equals(configuration["Database:Provider"], "postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;
        var connectionString = configuration["Database:ConnectionString"]
            ?? (provider == DatabaseProvider.Sqlite
                ? "Data Source=cotakine.db"
                : throw new InvalidOperationException("Database:ConnectionString est obligatoire avec Database:Provider=postgres."));
        return provider == DatabaseProvider.Sqlite
            ? (provider, PersistenceSetup.WithSqliteBusyTimeout(connectionString, configuration.GetValue<int?>("Database:BusyTimeoutSeconds")))
            : (provider, connectionString);
    }

    /// <summary>
    /// What to tell the administrator when the app cannot start because of its surroundings, not of a bug: the database
    /// file or its folder not writable by the account that runs it (SQLite « readonly » / « unable to open »), or the
    /// database server unreachable. Null for anything else (a bug: « erreur interne »). Before, a read-only database file
    /// said « Erreur interne … signalez ce problème » without naming the permission.
    /// </summary>
    public static string? StartupRefusal(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case Microsoft.Data.Sqlite.SqliteException sqlite when (sqlite.SqliteErrorCode & 0xFF) is 8 or 14:
                    return $"la base de données SQLite ne peut pas être ouverte en écriture : droits insuffisants sur le fichier de la base ou sur son dossier ({sqlite.Message}). " +
                           "Donnez à l'utilisateur qui lance cotakine le droit d'écrire le fichier et son dossier (SQLite y crée les fichiers -wal et -shm), ou choisissez un autre fichier (--Database:ConnectionString \"Data Source=…\").";
                case UnauthorizedAccessException denied:
                    return $"accès refusé par le système : {denied.Message} Vérifiez les droits du fichier de la base et de son dossier.";
            }
        }

        return DatabaseFailures.IsUnavailable(error) ? $"base de données indisponible au démarrage ({error.Message})." : null;
    }

    /// <summary>
    /// Opens <paramref name="account"/> on the database named by <paramref name="args"/> with the web app's own use case
    /// (<see cref="RegisterPractice"/>: same checks, same password rules), without starting the server and without the
    /// demo practice; returns the problems (field, French reason), none when the account was opened. For
    /// <c>cotakine users add</c>, run by someone who holds the server's database, hence allowed even when registration is closed.
    /// </summary>
    public static async Task<IReadOnlyList<(string Field, string Message)>> AddAccountAsync(string[] args, NewAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var app = Build([.. args, "--Demo=false", "--Logging:LogLevel:Default=Error"]);
        using var scope = app.Services.CreateScope();
        var zone = account.Zone switch { "montagne" => Quoting.TravelZone.Montagne, "pied-ski" => Quoting.TravelZone.PiedSki, _ => Quoting.TravelZone.Plaine };
        var outcome = await scope.ServiceProvider.GetRequiredService<RegisterPractice>().ExecuteAsync(
            new RegisterRequest(account.Email, account.Password, account.PracticeName, account.Department, zone, account.Address,
                account.Rpps, account.AmNumber, account.LastName, account.FirstName), signInAfter: false, trusted: true);
        return [.. outcome.Problems.Select(p => (p.Field, p.Message))];
    }

    /// <summary>Builds and runs the application until shutdown.</summary>
    public static Task RunAsync(string[] args) => Build(args).RunAsync();

    private static bool WantsPage(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) &&
        request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    private static Task Problem(HttpContext context, int status, string title) =>
        TypedResults.Problem(title: title, statusCode: status).ExecuteAsync(context);

    private static bool IsAccountAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && AccountAttemptPaths.Any(p => request.Path.Equals(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>What the per-address rate limiter counts: every try of a password or of a registration.</summary>
    private static readonly string[] AccountAttemptPaths =
        ["/api/account/login", "/api/account/register", "/api/account/password", "/connexion", "/premier-compte", "/compte"];

    private static Task HandleException(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (error is BadHttpRequestException bad)
        {
            context.RequestServices.GetRequiredService<BadRequestLog>().Write(context, bad);
            // Unreadable JSON: name the field from the serializer's path ($.date → date).
            var field = (bad.InnerException as JsonException)?.Path is { Length: > 2 } path ? path[2..] : "body";
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [field] = [$"{field} : valeur illisible ou de mauvais type"] },
                title: "Requête invalide").ExecuteAsync(context);
        }

        if (DatabaseFailures.IsUnavailable(error))
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CotakineWebApp))
                .LogWarning("Base de données indisponible sur {Method} {Path} : {Reason}", context.Request.Method, context.Request.Path, error!.Message);
            return DatabaseUnavailable.WriteAsync(context, WantsPage(context.Request));
        }

        if (error is ImmutableRecordException immutable)
        {
            return Problem(context, StatusCodes.Status409Conflict, immutable.Message);
        }

        if (WantsPage(context.Request))
        {
            return ErrorPages.UnexpectedAsync(context, error); // logs the error with its stack trace
        }

        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CotakineWebApp))
            .LogError(error, "Erreur inattendue sur {Method} {Path}", context.Request.Method, context.Request.Path);
        return Problem(context, StatusCodes.Status500InternalServerError, "Erreur interne : l'opération n'a pas été enregistrée.");
    }
}

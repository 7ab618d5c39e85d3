using Cotakine.Catalog;
using Cotakine.Catalog.Loading;
using Cotakine.Quoting;
using Cotakine.Search;
using Cotakine.Web.Ui.Documents;
using Cotakine.Web.Ui.Endpoints;
using Cotakine.Web.Ui.Nomenclature;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;

namespace Cotakine.Web.Ui;

/// <summary>
/// The two lines a host app needs to serve the French UI: <c>builder.Services.AddCotakineUi()</c> and
/// <c>app.MapCotakineUi()</c>. The UI is a Razor Class Library so the web app, the test host and later the practice
/// back-end share one set of pages; the host may register its own <see cref="NgapCatalog"/> first (otherwise the
/// embedded catalog is used).
/// </summary>
public static class CotakineUi
{
    /// <summary>Where the UI's CSS and JS are served (embedded in the assembly, so any host serves them alike).</summary>
    public const string AssetsPath = "/ui/assets";

    /// <summary>Registers Razor Pages with this library's pages, the catalog, search, quote engine and PDF writer.</summary>
    public static IServiceCollection AddCotakineUi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ => CatalogLoader.Embedded);
        services.TryAddSingleton(sp => new ActSearch(sp.GetRequiredService<NgapCatalog>()));
        services.TryAddSingleton(sp => new QuoteEngine(sp.GetRequiredService<NgapCatalog>()));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<UiClock>();
        services.TryAddSingleton<NomenclatureBrowser>();
        services.TryAddSingleton(PdfFonts.FromDebian());
        services.AddRazorPages().ConfigureApplicationPartManager(manager =>
        {
            var assembly = typeof(CotakineUi).Assembly;
            if (!manager.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly))
            {
                foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                {
                    manager.ApplicationParts.Add(part);
                }
            }
        });
        return services;
    }

    /// <summary>Maps the pages, the UI fragments (<c>/ui/acts</c>), the quote PDF (<c>/coter/pdf</c>) and the assets.</summary>
    public static WebApplication MapCotakineUi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseCotakineUiAssets();
        app.MapRazorPages();
        app.MapUiFragments();
        return app;
    }

    /// <summary>
    /// Serves the UI's CSS and scripts (<c>/ui/assets/…</c>). A host with an authorization fallback policy calls this
    /// before <c>UseAuthorization</c> (assets hold no data); <see cref="MapCotakineUi"/> skips it when already done.
    /// </summary>
    public static WebApplication UseCotakineUiAssets(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        const string marker = "Cotakine.Ui.AssetsServed";
        if (((IApplicationBuilder)app).Properties.ContainsKey(marker))
        {
            return app;
        }

        ((IApplicationBuilder)app).Properties[marker] = true;
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(CotakineUi).Assembly, "CotakineUi.assets"),
            RequestPath = AssetsPath,
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        return app;
    }
}

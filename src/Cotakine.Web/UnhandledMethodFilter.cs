using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Cotakine.Web;

/// <summary>
/// A Razor Page asked with a method it has no handler for (a POST to a page that only has <c>OnGet</c>) would be rendered
/// without any handler running, so with an empty model, and end in a 500. It answers 405 instead: nothing is read or
/// written, and the cross-practice sweep (every method of every route) finds no unhandled path.
/// </summary>
internal sealed class UnhandledMethodFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }

        await next();
    }
}

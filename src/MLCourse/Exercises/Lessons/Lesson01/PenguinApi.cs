using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MLCourse.Data;

/// <summary>
/// A small JSON web API serving the penguins, for practising HTTP without the internet. It listens on
/// 127.0.0.1 only (never another address), on a free port, until disposed.
/// <list type="bullet">
/// <item><c>GET /penguins?page=1&amp;pageSize=50</c>: one page of nested records, with <c>next</c> pointing to the next page (null on the last).</item>
/// <item><c>GET /penguins/{id}</c>: one penguin; 404 with a JSON error when there is none.</item>
/// <item><c>GET /slow?seconds=3</c>: answers after a delay (at most 10 s), to practise timeouts.</item>
/// <item><c>GET /flaky</c>: fails with 503 twice, then succeeds, and so on, to practise retries.</item>
/// </list>
/// </summary>
public sealed class PenguinApi : IDisposable
{
    /// <summary>The largest page the API serves.</summary>
    public const int MaxPageSize = 100;

    // Relaxed escaping keeps '&' and quotes readable in the JSON a learner looks at; the answers are JSON, never HTML.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
    private readonly HttpListener listener;
    private readonly IReadOnlyList<PenguinRecord> penguins;
    private int requests;
    private int flakyCalls;

    /// <summary>Where the API answers, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>How many requests the API has answered.</summary>
    public int RequestCount => Volatile.Read(ref requests);

    private PenguinApi(HttpListener listener, Uri baseAddress, IReadOnlyList<PenguinRecord> penguins) =>
        (this.listener, BaseAddress, this.penguins) = (listener, baseAddress, penguins);

    /// <summary>Starts the API on a free port of 127.0.0.1, serving the course's penguins.</summary>
    public static PenguinApi Start() => Start(PenguinRecord.FromCourseData());

    internal static PenguinApi Start(IReadOnlyList<PenguinRecord> penguins)
    {
        for (var attempt = 1; ; attempt++)
        {
            var address = new Uri($"http://127.0.0.1:{FreePort()}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(address.ToString());
            try
            {
                listener.Start();
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close(); // another program took the port in between: try another
                continue;
            }
            var api = new PenguinApi(listener, address, penguins);
            _ = Task.Run(api.ServeAsync);
            return api;
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        Interlocked.Increment(ref requests);
        var (status, body) = await RouteAsync(context.Request);
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "application/json; charset=utf-8";
        try
        {
            await JsonSerializer.SerializeAsync(context.Response.OutputStream, body, body.GetType(), Json);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // the client gave up (a timeout) or the API was stopped: nothing to answer
        }
    }

    private async Task<(HttpStatusCode, object)> RouteAsync(HttpListenerRequest request)
    {
        var path = request.Url!.AbsolutePath.TrimEnd('/');
        var query = request.QueryString;
        if (request.HttpMethod != "GET")
            return (HttpStatusCode.MethodNotAllowed, new ApiError("This API only answers GET requests."));
        if (path == "/penguins")
            return Page(query["page"], query["pageSize"]);
        if (path.StartsWith("/penguins/"))
        {
            return int.TryParse(path["/penguins/".Length..], out var id) && id >= 1 && id <= penguins.Count
                ? (HttpStatusCode.OK, penguins[id - 1])
                : (HttpStatusCode.NotFound, new ApiError($"No penguin with id '{path["/penguins/".Length..]}'; ids run from 1 to {penguins.Count}."));
        }
        if (path == "/slow")
        {
            var seconds = Math.Clamp(double.TryParse(query["seconds"], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 3, 0, 10);
            await Task.Delay(TimeSpan.FromSeconds(seconds));
            return (HttpStatusCode.OK, new { waitedSeconds = seconds });
        }
        if (path == "/flaky")
        {
            var call = Interlocked.Increment(ref flakyCalls);
            return call % 3 == 0
                ? (HttpStatusCode.OK, new { status = "ok", call })
                : (HttpStatusCode.ServiceUnavailable, new ApiError($"Temporarily unavailable (call {call}); try again."));
        }
        return (HttpStatusCode.NotFound, new ApiError($"No endpoint '{path}'. Try /penguins, /penguins/1, /slow or /flaky."));
    }

    private (HttpStatusCode, object) Page(string? pageText, string? sizeText)
    {
        var page = pageText is null ? 1 : int.TryParse(pageText, out var p) ? p : -1;
        var size = sizeText is null ? 50 : int.TryParse(sizeText, out var z) ? z : -1;
        if (page < 1 || size < 1 || size > MaxPageSize)
            return (HttpStatusCode.BadRequest, new ApiError($"page must be 1 or more and pageSize 1 to {MaxPageSize}; got page={pageText}, pageSize={sizeText}."));
        var pages = (penguins.Count + size - 1) / size;
        var items = penguins.Skip((page - 1) * size).Take(size).ToList();
        var next = page < pages ? $"/penguins?page={page + 1}&pageSize={size}" : null;
        return (HttpStatusCode.OK, new PenguinPage(page, size, penguins.Count, pages, next, items));
    }

    /// <summary>Stops the API; its port is free again.</summary>
    public void Dispose()
    {
        if (listener.IsListening) listener.Stop();
        listener.Close();
    }
}

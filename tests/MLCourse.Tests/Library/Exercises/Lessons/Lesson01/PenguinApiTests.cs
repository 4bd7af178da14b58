using System.Net;
using System.Net.Http.Json;
using MLCourse.Data;

namespace MLCourse.Tests.Library.Exercises.Lessons.Lesson01;

public sealed class PenguinApiTests : IDisposable
{
    private static readonly IReadOnlyList<PenguinRecord> Sample = Enumerable.Range(1, 7)
        .Select(i => new PenguinRecord(i, i <= 3 ? "Adelie" : "Gentoo", "Biscoe", i == 2 ? null : "FEMALE", new Measurements(39 + i, 18, 180 + i, i == 5 ? null : 3000 + i)))
        .ToList();

    private readonly PenguinApi api = PenguinApi.Start(Sample);
    private readonly HttpClient client;

    public PenguinApiTests() => client = new HttpClient { BaseAddress = api.BaseAddress };

    public void Dispose()
    {
        client.Dispose();
        api.Dispose();
    }

    [Fact]
    public void Listens_on_the_loopback_address_only()
    {
        Assert.Equal("127.0.0.1", api.BaseAddress.Host);
        Assert.True(api.BaseAddress.Port > 0);
    }

    [Fact]
    public async Task Pages_link_to_the_next_page_until_the_last()
    {
        var first = await client.GetFromJsonAsync<PenguinPage>("penguins?page=1&pageSize=3", TestContext.Current.CancellationToken);
        var last = await client.GetFromJsonAsync<PenguinPage>("penguins?page=3&pageSize=3", TestContext.Current.CancellationToken);

        Assert.Equal((1, 3, 7, 3, "/penguins?page=2&pageSize=3"), (first!.Page, first.PageSize, first.TotalCount, first.TotalPages, first.Next));
        Assert.Equal([1, 2, 3], first.Items.Select(p => p.Id));
        Assert.Null(last!.Next);
        Assert.Equal([7], last.Items.Select(p => p.Id));
    }

    [Fact]
    public async Task Records_are_nested_and_missing_values_are_null()
    {
        var json = await client.GetStringAsync("penguins/2", TestContext.Current.CancellationToken);

        Assert.Equal("""{"id":2,"species":"Adelie","island":"Biscoe","sex":null,"measurements":{"beakLengthMm":41,"beakDepthMm":18,"flipperLengthMm":182,"bodyMassG":3002}}""", json);
    }

    [Theory]
    [InlineData("penguins/999", HttpStatusCode.NotFound, "No penguin with id '999'; ids run from 1 to 7.")]
    [InlineData("penguins?pageSize=500", HttpStatusCode.BadRequest, "page must be 1 or more and pageSize 1 to 100; got page=, pageSize=500.")]
    [InlineData("nowhere", HttpStatusCode.NotFound, "No endpoint '/nowhere'. Try /penguins, /penguins/1, /slow or /flaky.")]
    public async Task Errors_are_json_with_a_helpful_message(string path, HttpStatusCode status, string message)
    {
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(message, (await response.Content.ReadFromJsonAsync<ApiError>(TestContext.Current.CancellationToken))!.Error);
    }

    [Fact]
    public async Task Flaky_fails_twice_then_succeeds()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++) statuses.Add((await client.GetAsync("flaky", TestContext.Current.CancellationToken)).StatusCode);

        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK,
                      HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], statuses);
        Assert.Equal(6, api.RequestCount);
    }

    [Fact]
    public async Task Slow_answers_late_enough_for_a_short_timeout_to_trigger()
    {
        using var impatient = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromMilliseconds(200) };

        await Assert.ThrowsAsync<TaskCanceledException>(() => impatient.GetAsync("slow?seconds=2", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Once_disposed_it_no_longer_answers()
    {
        api.Dispose();

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("penguins", TestContext.Current.CancellationToken));
    }
}

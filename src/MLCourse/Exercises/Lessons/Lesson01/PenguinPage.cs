namespace MLCourse.Data;

/// <summary>One page of <c>GET /penguins</c>.</summary>
public sealed record PenguinPage(int Page, int PageSize, int TotalCount, int TotalPages, string? Next, IReadOnlyList<PenguinRecord> Items);

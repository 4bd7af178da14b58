using System.Text.Json.Nodes;

namespace MLCourse.Runner.Engine;

/// <summary>One cell of an executed notebook: whether it is code, whether the kernel ran it, its first error, how many charts it drew, and its outputs.</summary>
public sealed record ExecutedCell(bool IsCode, bool Ran, string? Error, int Charts, JsonArray Outputs);

using Microsoft.Data.Analysis;

namespace MLCourse.Tests.Course;

/// <summary>
/// Facts about the pinned packages that the lessons work around. When an upgrade changes one, its test fails: then
/// remove the workaround from the lessons (and this test).
/// </summary>
public sealed class PlatformFactsTests
{
    private static DataFrame WithMissing() => new(
        new StringDataFrameColumn("group", ["a", "a", "a"]),
        new SingleDataFrameColumn("value", [2f, 4f, null]));

    [Fact]
    public void DataFrame_group_mean_and_description_count_missing_values_as_zeros()
    {
        // Lessons 02 and 03 filter out missing values before a group-by Mean or Description() because of this.
        Assert.Equal(2.0, Convert.ToDouble(WithMissing().GroupBy<string>("group").Mean("value")["value"][0]), 5);   // (2 + 4) / 3, pandas says 3
        Assert.Equal(2.0, Convert.ToDouble(WithMissing().Description()["value"][3]), 5);                             // the Mean row
        Assert.Equal(3.0, WithMissing()["value"].Mean(), 5);                                                          // a column's own Mean is right
    }
}

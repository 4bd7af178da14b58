using MLCourse.Data;

namespace MLCourse.Tests.Library.Data;

public sealed class RecordTablesTests
{
    [Fact]
    public void Makes_one_typed_column_per_property_and_keeps_missing_values()
    {
        var frame = new[]
        {
            new { sex = "male", penguins = 168, share = 0.49, measured = (float?)1.5f, day = new DateTime(2015, 1, 1) },
            new { sex = (string)null!, penguins = 10, share = 0.03, measured = (float?)null, day = new DateTime(2015, 1, 2) },
        }.ToDataFrame();

        Assert.Equal(["sex", "penguins", "share", "measured", "day"], frame.Columns.Select(c => c.Name));
        Assert.Equal([typeof(string), typeof(int), typeof(double), typeof(float), typeof(DateTime)], frame.Columns.Select(c => c.DataType));
        Assert.Equal(168, frame["penguins"][0]);
        Assert.Null(frame["sex"][1]);
        Assert.Null(frame["measured"][1]);
    }

    [Fact]
    public void A_type_without_properties_is_explained()
    {
        var error = Assert.Throws<ArgumentException>(() => new[] { 1, 2 }.ToDataFrame());

        Assert.StartsWith("Expected items with public properties to make columns from; found Int32, which has none. Select an anonymous object", error.Message);
    }
}

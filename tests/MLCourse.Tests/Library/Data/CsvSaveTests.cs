using Microsoft.Data.Analysis;
using MLCourse.Data;

namespace MLCourse.Tests.Library.Data;

public sealed class CsvSaveTests
{
    [Fact]
    public void Writes_shortest_numbers_iso_dates_empty_missing_values_and_quotes_only_where_needed()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("mlcourse-save").FullName, "out.csv");
        var frame = new DataFrame(
            new StringDataFrameColumn("name", ["Adelie", "a, b", "say \"hi\"", null, ""]),
            new SingleDataFrameColumn("beak length (mm)", [39.1f, 18.7f, null, 3750f, -0.5f]),
            new PrimitiveDataFrameColumn<DateTime>("day", [new DateTime(2015, 1, 2), new DateTime(2015, 1, 2, 13, 30, 0), null, null, null]));

        Csv.Save(frame, path);

        Assert.Equal(
            "name,beak length (mm),day\nAdelie,39.1,2015-01-02\n\"a, b\",18.7,2015-01-02T13:30:00\n\"say \"\"hi\"\"\",,\n,3750,\n\"\",-0.5,\n",
            File.ReadAllText(path));
    }

    [Fact]
    public void Text_that_would_load_back_as_missing_or_trimmed_is_quoted_and_loads_back_the_same_with_either_overload()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("mlcourse-save").FullName, "text.csv");
        string?[] names = ["", "null", "NULL", null, " padded ", "tab\t", "a, b", "say \"hi\"", "plain"];
        var frame = new DataFrame(new StringDataFrameColumn("name", names), new Int32DataFrameColumn("row", Enumerable.Range(0, names.Length)));

        Csv.Save(frame, path);

        Assert.Equal("name,row\n\"\",0\n\"null\",1\n\"NULL\",2\n,3\n\" padded \",4\n\"tab\t\",5\n\"a, b\",6\n\"say \"\"hi\"\"\",7\nplain,8\n", File.ReadAllText(path));
        Assert.Equal(names, Csv.Load(path, [("name", typeof(string)), ("row", typeof(int))])["name"].Cast<string?>());
        Assert.Equal(names, Csv.Load(path)["name"].Cast<string?>());
    }

    [Fact]
    public void What_it_writes_loads_back_to_the_same_values()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("mlcourse-save").FullName, "round.csv");
        var penguins = CourseData.LoadPenguins();

        Csv.Save(penguins, path);
        var back = Csv.Load(path, penguins.Columns.Select(c => (c.Name, c.DataType)).ToArray());

        Assert.Equal(penguins.Rows.Count, back.Rows.Count);
        foreach (var column in penguins.Columns)
            for (long row = 0; row < penguins.Rows.Count; row++)
                Assert.Equal(column[row], back[column.Name][row]);
    }
}

using System.Globalization;
using Microsoft.Data.Analysis;
using MLCourse.Data;
using MLCourse.Tests.Support;

namespace MLCourse.Tests.Library.Data;

public sealed class CsvTests
{
    private static string TempFile(string name) => Path.Combine(Directory.CreateTempSubdirectory("mlcourse-csv").FullName, name);

    private static string WriteText(string text)
    {
        var path = TempFile("data.csv");
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>
    /// Same names, types, lengths and every value (null-aware) as DataFrame.LoadCsv, but for the one difference on purpose:
    /// a bare empty text field, which LoadCsv keeps as "", is missing.
    /// </summary>
    private static void AssertSameAsLoadCsv(string path)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture; // LoadCsv guesses types with the current culture
        try
        {
            var expected = DataFrame.LoadCsv(path, cultureInfo: CultureInfo.InvariantCulture);
            var actual = Csv.Load(path);

            Assert.Equal(expected.Columns.Select(c => (c.Name, c.DataType)), actual.Columns.Select(c => (c.Name, c.DataType)));
            Assert.Equal(expected.Rows.Count, actual.Rows.Count);
            for (var c = 0; c < expected.Columns.Count; c++)
            {
                var (e, a) = (expected.Columns[c], actual.Columns[c]);
                object? Expected(long r) => e[r] is "" ? null : e[r];
                for (long r = 0; r < e.Length; r++)
                    Assert.True(Equals(Expected(r), a[r]), $"column '{e.Name}', row {r}: LoadCsv has '{e[r] ?? "null"}', Csv.Load has '{a[r] ?? "null"}'");
                Assert.Equal(e.NullCount + e.Cast<object?>().Count(v => v is ""), a.NullCount);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Gives_the_same_columns_types_and_values_as_LoadCsv(string newline)
    {
        var path = TempFile("sample.csv");
        CsvSample.Write(path, rows: 5000, newline: newline);

        AssertSameAsLoadCsv(path);
    }

    [Fact]
    public void Guesses_types_and_missing_values_as_LoadCsv_does_but_for_empty_text()
    {
        var path = WriteText("""
            whole,decimal,flag,day,text,mixed,nothing
            1,1.5,true,2015-01-01,a,1,
            2,,False,null,,x,
            null,3.25,,2015-01-03,"quoted, with comma",2,null

            4,-4,TRUE,2015-01-04,  spaced  ,3,
            """);

        AssertSameAsLoadCsv(path);
        var frame = Csv.Load(path);
        Assert.Equal([typeof(float), typeof(float), typeof(bool), typeof(DateTime), typeof(string), typeof(string), typeof(string)],
            frame.Columns.Select(c => c.DataType));
        Assert.Equal(4, frame.Rows.Count);
        Assert.Null(frame["whole"][2]);                 // "null" is missing
        Assert.Null(frame["decimal"][1]);               // an empty number is missing
        Assert.Null(frame["text"][1]);                  // an empty text field is missing, as pandas reads it (LoadCsv: "")
        Assert.Equal("quoted, with comma", frame["text"][2]);
        Assert.Equal("spaced", frame["text"][3]);       // fields are trimmed
    }

    [Fact]
    public void Both_overloads_read_a_quoted_field_as_written_and_a_bare_empty_field_or_null_as_missing()
    {
        var path = WriteText("name,row\n\"\",1\n\"null\",2\n,3\nNULL,4\n\"  padded\t\",5\n  trimmed  ,6\n");
        string?[] expected = ["", "null", null, null, "  padded\t", "trimmed"];

        Assert.Equal(expected, Csv.Load(path)["name"].Cast<string?>());
        Assert.Equal(expected, Csv.Load(path, [("name", typeof(string)), ("row", typeof(int))])["name"].Cast<string?>());
    }

    [Fact]
    public void Reads_doubled_quotes_and_newlines_inside_quoted_fields()
    {
        var frame = Csv.Load(WriteText("name,quote\nann,\"she said \"\"hi\"\"\"\nbob,\"two\nlines\"\n"));

        Assert.Equal("she said \"hi\"", frame["quote"][0]);
        Assert.Equal("two\nlines", frame["quote"][1]);
    }

    [Fact]
    public void Uses_the_given_types_instead_of_guessing()
    {
        var frame = Csv.Load(WriteText("a,b,c\n1,2.5,x\n2,3.5,y\n"), dataTypes: [typeof(int), typeof(double), typeof(string)]);

        Assert.Equal([typeof(int), typeof(double), typeof(string)], frame.Columns.Select(c => c.DataType));
        Assert.Equal(2, frame["a"][1]);
        Assert.Equal(3.5, frame["b"][1]);
    }

    [Fact]
    public void Reads_numbers_with_the_invariant_culture_by_default_and_another_when_asked()
    {
        var path = WriteText("price\n39.1\n");

        Assert.Equal(39.1f, Csv.Load(path)["price"][0]);
        Assert.Equal(391f, Csv.Load(path, culture: CultureInfo.GetCultureInfo("de-DE"))["price"][0]); // '.' groups thousands in German
    }

    [Fact]
    public void A_missing_file_names_the_full_path_and_the_current_folder()
    {
        var error = Assert.Throws<FileNotFoundException>(() => Csv.Load("no-such-folder/penguins.csv"));

        Assert.Contains(Path.GetFullPath("no-such-folder/penguins.csv"), error.Message);
        Assert.Contains(Environment.CurrentDirectory, error.Message);
    }

    [Fact]
    public void An_unreadable_value_names_file_line_column_and_value()
    {
        var path = WriteText("species,mass\nAdelie,3750\n\nGentoo,heavy\n");

        var error = Assert.Throws<FormatException>(() => Csv.Load(path, dataTypes: [typeof(string), typeof(float)]));

        Assert.Equal($"{path}, line 4, field 2: column 'mass' holds numbers, but the value is 'heavy'. " +
                     "Fix the value in the file, or load the column as text (typeof(string)) and clean it in code.", error.Message);
    }

    [Fact]
    public void The_first_bad_value_in_file_order_is_reported_even_when_rows_are_read_in_parallel()
    {
        var path = TempFile("bad.csv");
        File.WriteAllLines(path, new[] { "x" }.Concat(Enumerable.Range(0, 100_000).Select(i => i is 30_000 or 90_000 ? "oops" : i.ToString())));

        var error = Assert.Throws<FormatException>(() => Csv.Load(path, dataTypes: [typeof(int)]));

        Assert.Contains("line 30002,", error.Message);
    }

    [Fact]
    public void A_row_with_too_many_fields_says_how_to_fix_it()
    {
        var early = WriteText("a,b\n1,2\n3,4,5\n");
        var late = WriteText("a,b\n" + string.Concat(Enumerable.Repeat("1,2\n", 20)) + "3,4,5\n");

        Assert.Equal($"{early}, line 2, field 3: Expected a name in the header for each of the 3 fields of the rows; found 2 names. Name every column in the header.",
            Assert.Throws<FormatException>(() => Csv.Load(early)).Message);
        Assert.Equal($"{late}, line 22, field 3: Expected at most the 2 fields the header names; found more. Quote any field that contains the separator.",
            Assert.Throws<FormatException>(() => Csv.Load(late)).Message);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_with_its_line()
    {
        var error = Assert.Throws<FormatException>(() => Csv.Load(WriteText("a,b\n1,\"open\n")));

        Assert.EndsWith("line 2, field 2: Expected a closing quote; found none. Add the closing \" or remove the opening one.", error.Message);
    }

    [Fact]
    public void An_empty_file_and_duplicate_names_are_explained()
    {
        Assert.EndsWith(": Expected a header and rows; found an empty file (or only blank lines). Check that the file was saved: there is nothing to load.",
            Assert.Throws<FormatException>(() => Csv.Load(WriteText("\n  \n"))).Message);
        Assert.EndsWith(": Expected column names that are unique; found 'a' 2 times in the header. Rename all but one of them.",
            Assert.Throws<FormatException>(() => Csv.Load(WriteText("a,b,a\n1,2,3\n"))).Message);
    }

    [Fact]
    public void Wrong_columns_are_reported_as_expected_versus_found()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("mlcourse-data").FullName, "penguins.csv");
        File.WriteAllText(path, "Species,Island,Beak Length (mm),Mass\nAdelie,Torgersen,39.1,3750\n");

        var error = Assert.Throws<InvalidDataException>(() =>
            Csv.Load(path, [("Species", typeof(string)), ("Island", typeof(string)), ("Beak Length (mm)", typeof(float)), ("Body Mass (g)", typeof(float))]));

        Assert.Contains("expected: Species, Island, Beak Length (mm), Body Mass (g)", error.Message);
        Assert.Contains("found:    Species, Island, Beak Length (mm), Mass", error.Message);
        Assert.Contains("missing:  Body Mass (g)", error.Message);
        Assert.Contains("not expected: Mass", error.Message);
    }

    [Fact]
    public void Columns_in_another_order_are_matched_by_name()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("mlcourse-data").FullName, "t.csv");
        File.WriteAllText(path, "mass,name\n3750,ann\n");

        var frame = Csv.Load(path, [("name", typeof(string)), ("mass", typeof(float))]);

        Assert.Equal(3750f, frame["mass"][0]);
        Assert.Equal("ann", frame["name"][0]);
    }
}

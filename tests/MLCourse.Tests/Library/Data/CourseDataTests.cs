using Microsoft.Data.Analysis;
using MLCourse.Data;

namespace MLCourse.Tests.Library.Data;

/// <summary>The course's dataset loaders, checked against facts counted independently from the files (Python's csv module).</summary>
public sealed class CourseDataTests
{
    private static void AssertShape(DataFrame frame, long rows, params Type[] types)
    {
        Assert.Equal(rows, frame.Rows.Count);
        Assert.Equal(types, frame.Columns.Select(c => c.DataType));
    }

    [Fact]
    public void Penguins_are_344_with_their_missing_values()
    {
        var penguins = CourseData.LoadPenguins();

        AssertShape(penguins, 344, typeof(string), typeof(string), typeof(float), typeof(float), typeof(float), typeof(float), typeof(string));
        Assert.Equal("Adelie", penguins["Species"][0]);
        Assert.Equal(39.1f, penguins["Beak Length (mm)"][0]);
        Assert.Equal(2, penguins["Beak Length (mm)"].NullCount);
        Assert.Equal(10, penguins["Sex"].NullCount); // an empty field is missing, not ""
    }

    [Fact]
    public void Cars_are_406_with_dates_and_missing_values()
    {
        var cars = CourseData.LoadCars();

        Assert.Equal(406, cars.Rows.Count);
        Assert.Equal(9, cars.Columns.Count);
        Assert.Equal(new DateTime(1970, 1, 1), cars["Year"][0]);
        Assert.Equal(8, cars["Miles_per_Gallon"].NullCount);
        Assert.Equal(6, cars["Horsepower"].NullCount);
    }

    [Fact]
    public void Movies_keep_their_mess_but_read_quoted_titles_and_numbers()
    {
        var movies = CourseData.LoadMovies();

        Assert.Equal(3201, movies.Rows.Count);
        Assert.Equal(16, movies.Columns.Count);
        Assert.Equal("First Love, Last Rites", movies["Title"][1]);
        Assert.Equal(1, movies["Title"].NullCount);
        Assert.Equal(7, movies["US Gross"].NullCount);
        Assert.Equal(1992, movies["Running Time min"].NullCount);
        Assert.Equal(typeof(string), movies["Release Date"].DataType);
    }

    [Fact]
    public void Seattle_weather_has_1461_labelled_days()
    {
        var weather = CourseData.LoadSeattleWeather();

        AssertShape(weather, 1461, typeof(DateTime), typeof(float), typeof(float), typeof(float), typeof(float), typeof(string));
        Assert.Equal(641, ((StringDataFrameColumn)weather["weather"]).Count(w => w == "rain"));
    }

    [Fact]
    public void Flights_are_three_million_typed_rows_from_parquet()
    {
        var flights = CourseData.LoadFlights();

        AssertShape(flights, 3_000_000, typeof(DateTime), typeof(long), typeof(long), typeof(string), typeof(string));
        Assert.Equal(["date", "delay", "distance", "origin", "destination"], flights.Columns.Select(c => c.Name));
    }

    [Fact]
    public void A_missing_dataset_lists_where_it_was_looked_for_and_what_to_do()
    {
        var error = Assert.Throws<FileNotFoundException>(() => CourseData.PathOf("no-such-dataset.csv"));

        Assert.StartsWith("Expected the course dataset 'no-such-dataset.csv' in the course's data folder; found it in none of ", error.Message);
        Assert.Contains(Path.Combine(Repository.Folders.Data, "no-such-dataset.csv"), error.Message);
        Assert.Contains("git checkout -- data/no-such-dataset.csv", error.Message);
    }

    [Fact]
    public void Us_births_stop_at_1987_and_only_the_checkers_see_1988()
    {
        var lesson = CourseData.LoadUsBirths();
        var all = CourseData.LoadUsBirthsWithHoldout();

        Assert.Equal(6939, lesson.Rows.Count);
        Assert.Equal(7305, all.Rows.Count);
        Assert.Equal(new DateTime(1987, 12, 31), lesson["date"][lesson.Rows.Count - 1]);
        Assert.Equal(8486, lesson["births"][0]);   // 1969-01-01, the package's first row
        Assert.DoesNotContain(lesson["date"].Cast<DateTime?>(), d => d >= new DateTime(1988, 1, 1));
    }
}

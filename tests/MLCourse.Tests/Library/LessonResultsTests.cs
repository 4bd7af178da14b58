using MLCourse.Tests.Support;

namespace MLCourse.Tests.Library;

public sealed class LessonResultsTests
{
    [Fact]
    public void Publishing_appends_name_and_value_to_the_runner_file()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("mlcourse-results").FullName, "results.txt");

        LessonResults.Publish("accuracy", 0.98123, file);
        LessonResults.Publish("mae_mpg", 2.1, file);
        LessonResults.Publish("load_s", 3.25, file, timing: true);

        Assert.Equal(["accuracy=0.9812", "mae_mpg=2.1", "load_s~3.25"], File.ReadAllLines(file));
    }

    [Fact]
    public void Without_a_runner_file_publishing_only_shows_the_result()
    {
        var shown = ConsoleOutput.Of(() =>
        {
            LessonResults.Publish("accuracy", 0.98123, file: null);
            LessonResults.Publish("load_s", 3.25, file: null, timing: true);
        });

        Assert.Contains("Result: accuracy = 0.9812 (the course checks it, against tests/expected-results/, on every change)" + Environment.NewLine, shown);
        Assert.Contains("Timing: load_s = 3.25 (varies from run to run, so nothing checks it)" + Environment.NewLine, shown);
    }

    [Theory]
    [InlineData("Accuracy")]
    [InlineData("mean accuracy")]
    [InlineData("accuracy=1")]
    [InlineData("")]
    public void A_bad_name_is_rejected_with_the_rule(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => LessonResults.Publish(name, 1, null));

        Assert.StartsWith($"Expected a result name of lower-case letters, digits and '_'; found '{name}'. Name it like 'accuracy' or 'mae_mpg'.", error.Message);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_value_that_is_not_a_number_is_rejected(double value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => LessonResults.Publish("score", value, null));

        Assert.StartsWith($"Expected a finite number for result 'score'; found {value}. Check the computation that produced it.", error.Message);
    }

    [Theory]
    [InlineData(0.98123, "0.9812")]
    [InlineData(2.0, "2")]
    [InlineData(1234.5, "1235")]
    [InlineData(12345.6, "12346")]
    [InlineData(0.000123456, "0.0001235")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(0.0, "0")]
    public void Values_have_four_significant_digits_and_no_exponent(double value, string expected)
    {
        Assert.Equal(expected, LessonResults.Format(value));
    }
}

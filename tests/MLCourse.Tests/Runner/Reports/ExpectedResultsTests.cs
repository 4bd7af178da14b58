using MLCourse.Runner.Reports;

namespace MLCourse.Tests.Runner.Reports;

public sealed class ExpectedResultsTests
{
    private static readonly ExpectedResults Pinned = new("04-train-models",
    [
        new("best_test_accuracy", 0.9855, 0, null),
        new("tree_mae_mpg", 2.046, 0, null),
        new("onnx_max_difference_mpg", 0.00001526, 0.0001, "ONNX Runtime's float kernels differ by CPU"),
    ]);

    private static LessonResult Result(string name, string value) => new(name, value, false);

    private static readonly LessonResult[] AsPinned =
        [Result("best_test_accuracy", "0.9855"), Result("tree_mae_mpg", "2.046"), Result("onnx_max_difference_mpg", "0.00001526"), new("fit_s", "3.1", true)];

    [Fact]
    public void The_course_keeps_them_in_tests_expected_results_one_file_per_lesson()
    {
        Assert.Equal(Path.Combine(Repository.Folders.Root, "tests", "expected-results"), ExpectedResults.FolderOf(Repository.Folders));
        Assert.Equal(Path.Combine("f", "04-train-models.json"), ExpectedResults.PathOf("f", "04-train-models"));
        Assert.Equal("dotnet run --project src/MLCourse.Runner -- --update-expected 04", ExpectedResults.UpdateCommand("04-train-models"));
    }

    [Fact]
    public void Results_as_pinned_hold_and_timings_are_left_out()
    {
        Assert.Empty(Pinned.Compare(AsPinned, complete: true));
        Assert.Empty(Pinned.Compare([Result("onnx_max_difference_mpg", "0.00009")], complete: false));   // within its band
    }

    [Fact]
    public void A_result_outside_its_band_names_the_result_the_band_and_what_was_got_and_how_to_update()
    {
        var problems = Pinned.Compare([.. AsPinned[1..], Result("best_test_accuracy", "0.971")], complete: true);

        Assert.Equal(
        [
            "result best_test_accuracy: expected 0.9855 ± 0, got 0.971.",
            "The expected results are in tests/expected-results/04-train-models.json. If the change is intended, run " +
            "'dotnet run --project src/MLCourse.Runner -- --update-expected 04' and review the diff in the commit.",
        ], problems);
        Assert.Equal("result onnx_max_difference_mpg: expected 0.00001526 ± 0.0001, got 0.0002.",
            Pinned.Compare([Result("onnx_max_difference_mpg", "0.0002")], complete: false)[0]);
        Assert.Equal("result tree_mae_mpg: expected 2.046 ± 0, got NaN.", Pinned.Compare([Result("tree_mae_mpg", "NaN")], complete: false)[0]);
    }

    [Fact]
    public void A_result_not_expected_fails_and_one_not_published_fails_when_the_run_was_complete()
    {
        var published = new[] { Result("best_test_accuracy", "0.9855"), Result("tree_mae_mpg", "2.046"), Result("cluster_purity", "0.8421") };

        var complete = Pinned.Compare(published, complete: true);
        var asShipped = Pinned.Compare(published, complete: false);

        Assert.Equal("result cluster_purity = 0.8421 was published but is not expected.", complete[0]);
        Assert.Equal("result onnx_max_difference_mpg (expected 0.00001526 ± 0.0001) was not published.", complete[1]);
        Assert.Equal(3, complete.Count);   // and how to update
        Assert.Equal(2, asShipped.Count);  // as shipped, results held back by exercises not done are not missed
    }

    [Fact]
    public void A_lesson_without_a_file_expects_nothing_so_anything_it_publishes_asks_for_an_update()
    {
        var none = ExpectedResults.Load(Repository.TestFolder("expected-none"), "10-text");

        Assert.Empty(none.Results);
        Assert.Empty(none.Compare([], complete: true));
        Assert.Contains("--update-expected 10", none.Compare([Result("spam_f1", "0.95")], complete: true)[^1]);
    }

    [Fact]
    public void Update_takes_the_new_values_keeps_tolerances_and_reasons_adds_at_zero_and_drops_what_is_gone()
    {
        var updated = Pinned.Update([Result("onnx_max_difference_mpg", "0.00002"), Result("best_test_accuracy", "0.9855"), Result("cluster_purity", "0.8421"), new("fit_s", "2", true)]);

        Assert.Equal(
        [
            new("onnx_max_difference_mpg", 0.00002, 0.0001, "ONNX Runtime's float kernels differ by CPU"),
            new("best_test_accuracy", 0.9855, 0, null),
            new("cluster_purity", 0.8421, 0, null),
        ], updated.Results);
        Assert.Equal("changed onnx_max_difference_mpg (0.00001526 → 0.00002); added cluster_purity; removed tree_mae_mpg", Pinned.DescribeChanges(updated));
        Assert.Equal("unchanged", Pinned.DescribeChanges(Pinned.Update(AsPinned)));
    }

    [Fact]
    public void The_file_puts_one_result_on_a_line_and_loads_back_the_same()
    {
        var folder = Repository.TestFolder("expected-saved");

        Pinned.Save(folder);

        Assert.Equal("""
            {
              "lesson": "04-train-models",
              "results": [
                { "name": "best_test_accuracy", "value": 0.9855, "tolerance": 0 },
                { "name": "tree_mae_mpg", "value": 2.046, "tolerance": 0 },
                { "name": "onnx_max_difference_mpg", "value": 0.00001526, "tolerance": 0.0001, "reason": "ONNX Runtime's float kernels differ by CPU" }
              ]
            }

            """.ReplaceLineEndings("\n"), File.ReadAllText(Path.Combine(folder, "04-train-models.json")));
        Assert.Equal(Pinned.Results, ExpectedResults.Load(folder, "04-train-models").Results);
    }

    [Fact]
    public void A_lesson_that_expects_nothing_is_saved_as_an_empty_list()
    {
        var folder = Repository.TestFolder("expected-empty");

        new ExpectedResults("00-welcome", []).Save(folder);

        Assert.Equal("{\n  \"lesson\": \"00-welcome\",\n  \"results\": []\n}\n", File.ReadAllText(Path.Combine(folder, "00-welcome.json")));
        Assert.Empty(ExpectedResults.Load(folder, "00-welcome").Results);
    }

    [Theory]
    [InlineData("""{ "results": [ { "name": "a", "value": 1, "tolerance": 0.1 } ] }""", "result 'a' has a tolerance of 0.1 but no \"reason\"")]
    [InlineData("""{ "results": [ { "name": "a", "value": 1, "tolerance": -1, "reason": "x" } ] }""", "result 'a' has a negative tolerance")]
    [InlineData("""{ "results": [ { "name": "a", "value": 1 }, { "name": "a", "value": 2 } ] }""", "result 'a' appears 2 times")]
    [InlineData("""{ "results": [ { "name": "a" } ] }""", "result 'a' has no \"value\"")]
    [InlineData("""{ "results": [ { "value": 1 } ] }""", "a result has no \"name\"")]
    [InlineData("""{ "lesson": "04-train-models" }""", "it has no \"results\" list")]
    [InlineData("""{ "results": [ """, "")]
    public void A_damaged_file_is_named_with_what_is_wrong_and_how_to_regenerate_it(string json, string problem)
    {
        var folder = Repository.TestFolder("expected-damaged");
        var file = Path.Combine(folder, "04-train-models.json");
        File.WriteAllText(file, json);

        var error = Assert.Throws<InvalidDataException>(() => ExpectedResults.Load(folder, "04-train-models"));

        Assert.StartsWith($"{file} is not a valid expected-results file: ", error.Message);
        Assert.Contains(problem, error.Message);
        Assert.EndsWith("or regenerate it with 'dotnet run --project src/MLCourse.Runner -- --update-expected 04' and review the diff.", error.Message);
    }
}

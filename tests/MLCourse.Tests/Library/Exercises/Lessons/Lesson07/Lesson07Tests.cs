using Microsoft.Data.Analysis;
using Microsoft.ML;
using MLCourse.Data;
using MLCourse.Exercises;
using MLCourse.Tests.Support;

namespace MLCourse.Tests.Library.Exercises.Lessons.Lesson07;

using Lesson07 = MLCourse.Exercises.Lesson07;   // the lesson's exercises, not this folder's namespace

public sealed class Lesson07Tests
{
    [Fact]
    public void P99_is_the_nearest_rank_percentile_and_matches_latency()
    {
        Assert.Equal(Outcome.Correct, Lesson07.P99.Check(v => MLCourse.Deployment.Latency.Percentile(v, 99)).Outcome);
        Assert.Equal(Outcome.Incorrect, Lesson07.P99.Check(v => v.Order().ToArray()[(int)Math.Floor(0.99 * v.Length) - 1]).Outcome);   // off by one rank
        Assert.Equal(Outcome.Incorrect, Lesson07.P99.Check(v => v.Max()).Outcome);
        var rounded = Lesson07.P99.Check(v => v.Order().ToArray()[(int)Math.Round(0.99 * v.Length) - 1]);   // rounds the rank instead of taking its ceiling
        Assert.Equal(Outcome.Incorrect, rounded.Outcome);
        Assert.EndsWith("your function returned 59, which is not right.", rounded.Message);   // only n = 60 (0.99 × 60 = 59.4) tells the two apart
        Assert.Equal(Outcome.Incorrect, Lesson07.P99.Check(v => v[(int)Math.Ceiling(0.99 * v.Length) - 1]).Outcome);   // forgot to sort
        Assert.Contains("threw IndexOutOfRangeException", Lesson07.P99.Check(v => v.Order().ToArray()[v.Length]).Message);
    }

    /// <summary>07.2's answer is not taken on trust: each step is fitted on lesson 07's training cars and exported here.</summary>
    [Fact]
    public void Blocked_steps_are_the_ones_that_really_fail_to_export()
    {
        var ml = new MLContext(seed: 1);
        var features = CarPipeline.Features.ToArray();
        var cars = LessonSplits.Cars().TrainSet;
        var all = cars.ToDataFrame(-1);
        IDataView lessonData = new DataFrame(features.Append("Origin").Append("Miles_per_Gallon").Select(name => all[name]));   // lesson 07's columns, without the Year dates ONNX cannot take
        var steps = new (string Step, IEstimator<ITransformer> Estimator)[]
        {
            ("NormalizeRobustScaling", ml.Transforms.NormalizeRobustScaling("Horsepower")),
            ("NormalizeLogMeanVariance", ml.Transforms.NormalizeLogMeanVariance("Weight_in_lbs")),
            ("NormalizeBinning", ml.Transforms.NormalizeBinning("Displacement")),
            ("FastTreeTweedie", ml.Transforms.Concatenate("Features", features).Append(ml.Regression.Trainers.FastTreeTweedie("Miles_per_Gallon"))),
            ("Gam", ml.Transforms.Concatenate("Features", features).Append(ml.Regression.Trainers.Gam("Miles_per_Gallon"))),
        };
        bool Exports(IEstimator<ITransformer> estimator)
        {
            try
            {
                using var stream = new MemoryStream();
                ml.Model.ConvertToOnnx(estimator.Fit(lessonData), lessonData, stream);
                return true;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }
        var failing = steps.Where(s => !Exports(s.Estimator)).Select(s => s.Step).ToList();

        Assert.Equal(["NormalizeLogMeanVariance", "NormalizeBinning", "Gam"], failing);
        Assert.Equal(Outcome.Correct, Lesson07.BlockedSteps.Check(failing).Outcome);
        Assert.StartsWith("Not every normalizer fails", Lesson07.BlockedSteps.Check(["NormalizeRobustScaling", "NormalizeLogMeanVariance", "NormalizeBinning"]).Message);
        Assert.Equal("Some of them do fail: try each of the five with TryExport.", Lesson07.BlockedSteps.Check([]).Message);
        Assert.Equal(Outcome.Correct, Lesson07.BlockedSteps.Check(["Gam", "NormalizeBinning", "NormalizeLogMeanVariance"]).Outcome);   // any order
        // A wrong answer learns only how many steps are on the wrong side, not which, nor how many fail.
        Assert.Equal("1 of the 5 steps is classified wrongly (in your answer by mistake, or left out of it by mistake). Try Hint() if you are stuck.",
            Lesson07.BlockedSteps.Check(["NormalizeLogMeanVariance", "Gam"]).Message);
        Assert.StartsWith("2 of the 5 steps are classified wrongly", Lesson07.BlockedSteps.Check(["NormalizeLogMeanVariance", "NormalizeBinning", "FastTreeTweedie", "Gam", "NormalizeRobustScaling"]).Message);
        Assert.StartsWith("\"Expression\" is not one of the 5 steps: \"NormalizeRobustScaling\",", Lesson07.BlockedSteps.Check(["Expression"]).Message);   // the step section 5 already showed
    }

    [Fact]
    public void Reflection_07_3_is_submitted_when_real_in_other_words_and_refused_when_short_or_repeated()
    {
        Reflections.AssertReads(Lesson07.WhyP99, "One request in a hundred waits that long, and at thousands of requests per second many users see it every second; timeouts follow the tail.");
    }
}

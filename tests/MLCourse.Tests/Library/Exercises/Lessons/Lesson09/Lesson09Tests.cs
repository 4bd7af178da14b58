using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using MLCourse.Data;
using MLCourse.Exercises;

namespace MLCourse.Tests.Library.Exercises.Lessons.Lesson09;

using Lesson09 = MLCourse.Exercises.Lesson09;   // the lesson's exercises, not this folder's namespace

public sealed class Lesson09Tests
{
    private static readonly MLContext Ml = new(seed: 1);

    /// <summary>The forecast table's training part, built as the lesson builds it (with the right label).</summary>
    private static DataFrame ForecastTrain()
    {
        var days = CourseData.LoadSeattleWeather();
        days.Columns.Add(Lesson09.WetDay(days));
        return MLCourse.Evaluation.TimeSplit.Before(days.Filter(days["rain_tomorrow"].ElementwiseIsNotNull()), "date", new DateTime(2015, 1, 1)).Train;
    }

    private static IEstimator<ITransformer> ForecastPipeline(params string[] features) =>
        Ml.Transforms.Concatenate("Features", features)
            .Append(Ml.Transforms.NormalizeMeanVariance("Features", fixZero: false))
            .Append(Ml.BinaryClassification.Trainers.LbfgsLogisticRegression(labelColumnName: "rain_tomorrow"));

    private static ITransformer Forecast(params string[] features) => ForecastPipeline(features).Fit(ForecastTrain());

    private static readonly string[] Measurements = ["precipitation", "temp_max", "temp_min", "wind"];

    [Fact]
    public void Baseline_is_2015s_share_of_the_training_years_most_common_label()
    {
        Assert.Equal(Outcome.Correct, Lesson09.BaselineAccuracy.Check(144.0 / 365).Outcome);   // rain leads 2012-2014 (497 days); 2015 has 144 rainy days
        Assert.StartsWith("That is how often 2015's own most common label occurs", Lesson09.BaselineAccuracy.Check(162.0 / 365).Message);   // sun, in 2015
        Assert.StartsWith("That is the label's share of the training days", Lesson09.BaselineAccuracy.Check(497.0 / 1096).Message);
        Assert.StartsWith("Give it as a share", Lesson09.BaselineAccuracy.Check(100.0 * 144 / 365).Message);
        Assert.StartsWith("That would be right if the five labels were equally common", Lesson09.BaselineAccuracy.Check(0.2).Message);
    }

    /// <summary>The rule is scored on the training years (2015 has no 0 mm rain days, so it scores higher there: 0.838).</summary>
    [Fact]
    public void Rule_must_answer_with_labels_and_reach_the_bar_on_the_training_days()
    {
        Assert.Equal("Its accuracy on the training days (2012 to 2014) is 0.849.", Lesson09.Rule.Check(p => p > 0 ? "rain" : "sun").Message);   // 931 of 1,096 days, counted with pandas
        Assert.Contains("asks for at least 0.80", Lesson09.Rule.Check(p => p > 0 ? "snow" : "sun").Message);
        Assert.Contains("asks for at least 0.80", Lesson09.Rule.Check(_ => "rain").Message);
        Assert.Equal("For 0 mm your rule answered \"Sun\", which is not a label. The labels are: drizzle, fog, rain, snow, sun.",
            Lesson09.Rule.Check(p => p > 0 ? "rain" : "Sun").Message);
        Assert.Contains("threw an exception on a training day (InvalidOperationException", Lesson09.Rule.Check(_ => throw new InvalidOperationException("no")).Message);
    }

    /// <summary>
    /// 2015: 52 fog days, all missed, of 59 wrong predictions (the other 7 are the drizzle days), counted from the raw CSV with
    /// Python's csv module: 2015's 144 wet days are exactly its rain days, so the classifier is the sign rule. The checker's own
    /// report of section 3's classifier must show those counts, and its answers must follow from them.
    /// </summary>
    [Fact]
    public void Fog_share_of_errors_is_a_share_of_the_wrong_predictions()
    {
        var report = Lesson09.LabelReport;
        var fog = report.Classes.ToList().IndexOf("fog");
        var wrong = Enumerable.Range(0, report.Classes.Count).Sum(r => report.ConfusionMatrix[r].Sum() - report.ConfusionMatrix[r][r]);
        var fogWrong = report.ConfusionMatrix[fog].Sum() - report.ConfusionMatrix[fog][fog];

        Assert.Equal(52, fogWrong);
        Assert.Equal(59, wrong);
        Assert.Equal(Outcome.Correct, Lesson09.FogShareOfErrors.Check(fogWrong / (double)wrong).Outcome);
        Assert.StartsWith("That is a share of all the 2015 days", Lesson09.FogShareOfErrors.Check(52.0 / 365).Message);
        Assert.StartsWith("That is the share of the fog days that were missed", Lesson09.FogShareOfErrors.Check(1.0).Message);
        Assert.StartsWith("That counts the days predicted as fog", Lesson09.FogShareOfErrors.Check(0.0).Message);
        Assert.Equal("Give it as a share between 0 and 1.", Lesson09.FogShareOfErrors.Check(100.0 * fogWrong / wrong).Message);
    }

    [Fact]
    public void Rain_tomorrow_looks_one_day_ahead_at_the_precipitation()
    {
        var days = CourseData.LoadSeattleWeather();
        var precipitation = days["precipitation"].Cast<float?>().ToList();
        BooleanDataFrameColumn Shifted(int ahead) => new("rain_tomorrow", precipitation.Select((_, d) => d + ahead >= 0 && d + ahead < precipitation.Count ? precipitation[d + ahead] > 0 : (bool?)null));

        Assert.Equal(Outcome.Correct, Lesson09.RainTomorrow.Check(Shifted(1)).Outcome);
        Assert.StartsWith("That is whether it rained today", Lesson09.RainTomorrow.Check(Shifted(0)).Message);
        Assert.StartsWith("That looks one day back", Lesson09.RainTomorrow.Check(Shifted(-1)).Message);
        var labels = days["weather"].Cast<string>().ToList();
        Assert.StartsWith("That uses tomorrow's weather label", Lesson09.RainTomorrow.Check(
            new BooleanDataFrameColumn("rain_tomorrow", labels.Select((_, d) => d + 1 < labels.Count ? labels[d + 1] == "rain" : (bool?)null))).Message);
        Assert.Contains("rows before it are", Lesson09.RainTomorrow.Check(Shifted(2)).Message);
        Assert.Contains("has 1460 values", Lesson09.RainTomorrow.Check(new BooleanDataFrameColumn("rain_tomorrow", Shifted(1).Take(1460))).Message);
    }

    /// <summary>
    /// Leaving one training year out at a time, measured for the bar (and its 95% bootstrap interval over days against precipitation
    /// alone): one measurement 0.578 to 0.744 (precipitation), two 0.718 to 0.754, default boosted trees 0.721; all four measurements
    /// with a logistic regression 0.767 (+0.024 over precipitation alone, [0.000, 0.045]), with other settings or trainers 0.765 to 0.779.
    /// The bar, 0.755, lies in the gap, which is narrow: the training years are less separable than 2015 (the solution reaches 0.772 there).
    /// </summary>
    [Fact]
    public void Forecast_pipeline_is_cross_validated_on_the_training_years_and_may_not_read_tomorrow()
    {
        var right = Lesson09.ForecastModel.Check(ForecastPipeline(Measurements));
        Assert.Equal(Outcome.Correct, right.Outcome);
        Assert.Equal("Its area under the ROC curve cross-validated on the training years (each year held out in turn) is 0.767.", right.Message);
        Assert.EndsWith("is 0.744; the exercise asks for at least 0.755.", Lesson09.ForecastModel.Check(ForecastPipeline("precipitation")).Message);
        Assert.Equal(Outcome.Incorrect, Lesson09.ForecastModel.Check(
            Ml.Transforms.Concatenate("Features", Measurements).Append(Ml.BinaryClassification.Trainers.FastTree(labelColumnName: "rain_tomorrow"))).Outcome);   // 0.721

        var peeking = Ml.Transforms.Conversion.ConvertType("tomorrow", "rain_tomorrow", Microsoft.ML.Data.DataKind.Single)
            .Append(Ml.Transforms.Concatenate("Features", [.. Measurements, "tomorrow"]))
            .Append(Ml.BinaryClassification.Trainers.LbfgsLogisticRegression(labelColumnName: "rain_tomorrow"));
        Assert.StartsWith("The model needs a column the held-out days do not have (Could not find input column 'rain_tomorrow')",
            Lesson09.ForecastModel.Check(peeking).Message);
        var noScore = Ml.Transforms.CopyColumns("copy", "wind");
        Assert.StartsWith("The model's output needs a Score (a number) and a PredictedLabel", Lesson09.ForecastModel.Check(noScore).Message);
    }

    /// <summary>The lesson's prose and 09.7's model answer quote these figures of the solution's model and of persistence.</summary>
    [Fact]
    public void The_solution_forecast_beats_persistence_by_the_margin_the_lesson_quotes()
    {
        var model = Forecast(Measurements);
        var (days, rainTomorrow) = Lesson09.HeldOutForecastDays();
        var said = model.Transform(days).GetColumn<bool>("PredictedLabel").ToList();
        var wetToday = days["precipitation"].Cast<float?>().Select(p => p > 0).ToList();
        double Accuracy(IReadOnlyList<bool> forecast) => forecast.Zip(rainTomorrow, (f, a) => f == a ? 1.0 : 0.0).Average();

        Assert.Equal(0.772, Lesson09.ForecastAuc(model), 3);
        Assert.Equal(0.739, Accuracy(said), 3);
        Assert.Equal(0.703, Accuracy(wetToday), 3);
    }

    [Fact]
    public void Saved_model_is_loaded_from_its_file_and_must_be_the_lesson_s_forecast_model()
    {
        var folder = Directory.CreateTempSubdirectory("mlcourse-09-").FullName;
        var forecastModel = Forecast(Measurements);
        var saved = Path.Combine(folder, "rain-tomorrow.zip");
        Ml.Model.Save(forecastModel, ((IDataView)ForecastTrain()).Schema, saved);
        var notAModel = Path.Combine(folder, "notes.zip");
        File.WriteAllText(notAModel, "not a model");

        Assert.Equal(Outcome.Correct, Lesson09.SavedModel.Check((saved, forecastModel)).Outcome);
        Assert.StartsWith("Its area under the ROC curve on the training days it learned from is", Lesson09.SavedModel.Check((saved, forecastModel)).Message);
        Assert.StartsWith("There is no file at", Lesson09.SavedModel.Check((Path.Combine(folder, "missing.zip"), forecastModel)).Message);
        Assert.Contains("could not be loaded as an ML.NET model", Lesson09.SavedModel.Check((notAModel, forecastModel)).Message);
        Assert.StartsWith("There is no forecastModel yet", Lesson09.SavedModel.Check((saved, null)).Message);

        // Any working model used to pass: one fitted on 2015, one on precipitation alone, one of overfitted trees.
        var train = ForecastTrain();
        var all = CourseData.LoadSeattleWeather();
        all.Columns.Add(Lesson09.WetDay(all));
        all = all.Filter(all["rain_tomorrow"].ElementwiseIsNotNull());
        var on2015 = MLCourse.Evaluation.TimeSplit.Before(all, "date", new DateTime(2015, 1, 1)).Test;
        var others = new[]
        {
            ForecastPipeline(Measurements).Fit(on2015),
            Forecast("precipitation"),
            Ml.Transforms.Concatenate("Features", Measurements).Append(Ml.BinaryClassification.Trainers.FastTree(labelColumnName: "rain_tomorrow")).Fit(train),
        };
        foreach (var (other, i) in others.Select((m, i) => (m, i)))
        {
            var file = Path.Combine(folder, $"other-{i}.zip");
            Ml.Model.Save(other, ((IDataView)train).Schema, file);
            Assert.StartsWith("The file's model is not forecastModel: on 2012-01-01 it scores", Lesson09.SavedModel.Check((file, forecastModel)).Message);
        }
    }

    [Fact]
    public void Report_is_submitted_when_it_is_a_real_note_and_refused_when_it_repeats_itself()
    {
        Assert.Equal(Outcome.Incorrect, Lesson09.Report.Check("It works, AUC 0.78.").Outcome);
        var repeated = Lesson09.Report.Check(string.Join(" ", Enumerable.Repeat("The model forecasts rain from today's weather.", 5)));
        Assert.Equal(Outcome.Incorrect, repeated.Outcome);
        Assert.StartsWith("Your answer says \"the model forecasts rain from today's weather\" 5 times.", repeated.Message);
        var note = Lesson09.Report.Check("From today's weather the model gives the chance of rain tomorrow. On 2015 it was right on 74% of days, " +
            "against 70% for assuming tomorrow is like today. It uses one station and four years, so treat it as a rough guide.");
        Assert.Equal(Outcome.Submitted, note.Outcome);
        Assert.StartsWith("Your answer touches on what the model tells the team, how it compares with \"tomorrow like today\", the numbers that say so and a limitation.", note.Message);
    }
}

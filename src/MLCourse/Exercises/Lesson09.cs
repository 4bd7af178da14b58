using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using MLCourse.Data;
using MLCourse.Evaluation;

namespace MLCourse.Exercises;

/// <summary>
/// The exercises of lesson 09, the capstone: Seattle's weather, trained on 2012 to 2014 and tested on 2015, as the
/// lesson splits it. The checkers rebuild the test days themselves, so an answer is judged on the real 2015 days.
/// </summary>
public static class Lesson09
{
    private static readonly DateTime TestFrom = new(2015, 1, 1);
    private static readonly string[] Labels = ["drizzle", "fog", "rain", "snow", "sun"];
    private const string ForecastAdvice = "a forecast can only use what is known today, so build its features from today's columns " +
        "(precipitation, temp_max, temp_min, wind, weather), never from rain_tomorrow.";

    private static (DataFrame Train, DataFrame Test) Days() => TimeSplit.Before(CourseData.LoadSeattleWeather(), "date", TestFrom);

    private static double ShareOf(DataFrame days, string label) => days["weather"].Cast<string>().Count(w => w == label) / (double)days.Rows.Count;

    private static string MostCommon(DataFrame days) => days["weather"].Cast<string>().GroupBy(w => w).MaxBy(g => g.Count())!.Key;

    private static double RuleAccuracy(Func<float, string> rule)
    {
        var test = Days().Test;
        var precipitation = test["precipitation"].Cast<float?>().Select(p => p!.Value).ToList();
        var answers = precipitation.Select(rule).ToList();
        var odd = answers.FindIndex(a => !Labels.Contains(a));
        if (odd >= 0)
            throw new ModelRejectedException($"For {precipitation[odd]} mm your rule answered {(answers[odd] is null ? "null" : $"\"{answers[odd]}\"")}, " +
                $"which is not a label. The labels are: {string.Join(", ", Labels)}.");
        return answers.Zip(test["weather"].Cast<string>(), (answer, actual) => answer == actual ? 1.0 : 0.0).Average();
    }

    /// <summary>
    /// For each day, whether the day <paramref name="ahead"/> days later (1: tomorrow, 0: today, −1: yesterday) had any
    /// precipitation; missing where that day is not in the data.
    /// </summary>
    internal static BooleanDataFrameColumn WetDay(DataFrame days, int ahead = 1) =>
        LookAhead(days["precipitation"].Cast<float?>().ToList(), ahead, precipitation => precipitation > 0);

    /// <summary>The known mistake of 09.4: whether tomorrow's label is "rain", instead of its measured precipitation.</summary>
    private static BooleanDataFrameColumn TomorrowsLabel(DataFrame days) => LookAhead(days["weather"].Cast<string>().ToList(), 1, weather => weather == "rain");

    private static BooleanDataFrameColumn LookAhead<T>(IReadOnlyList<T> values, int ahead, Func<T, bool> isWet) =>
        new("rain_tomorrow", Enumerable.Range(0, values.Count)
            .Select(day => day + ahead >= 0 && day + ahead < values.Count ? isWet(values[day + ahead]) : (bool?)null));

    /// <summary>The 2015 days that have a tomorrow, as the lesson builds them but without the label, and whether it rained the next day.</summary>
    internal static (DataFrame Days, bool[] RainTomorrow) HeldOutForecastDays()
    {
        var days = CourseData.LoadSeattleWeather();
        days.Columns.Add(WetDay(days));
        var test = TimeSplit.Before(days.Filter(days["rain_tomorrow"].ElementwiseIsNotNull()), "date", TestFrom).Test;
        var rainTomorrow = test["rain_tomorrow"].Cast<bool?>().Select(r => r!.Value).ToArray();
        test.Columns.Remove("rain_tomorrow");
        return (test, rainTomorrow);
    }

    /// <summary>The area under the ROC curve of a forecast model's Score on the held-out 2015 days.</summary>
    internal static double ForecastAuc(ITransformer model)
    {
        var (days, rainTomorrow) = HeldOutForecastDays();
        var scored = Checks.TransformHeldOut(model, days, "days", ForecastAdvice);
        if (scored.Schema.GetColumnOrNull("Score")?.Type != NumberDataViewType.Single || scored.Schema.GetColumnOrNull("PredictedLabel")?.Type != BooleanDataViewType.Instance)
            throw new ModelRejectedException("The model's output needs a Score (a number) and a PredictedLabel (true or false), as a binary classifier's has: " +
                "end the pipeline with a binary classification trainer, e.g. ml.BinaryClassification.Trainers.LbfgsLogisticRegression(labelColumnName: \"rain_tomorrow\").");
        return BinaryCurves.Roc(rainTomorrow, scored.GetColumn<float>("Score").ToList()).Area;
    }

    private static double SavedModelAuc(string path)
    {
        if (!File.Exists(path))
            throw new ModelRejectedException($"There is no file at '{Path.GetFullPath(path)}'. Save the model with ml.Model.Save and give the path you saved it to.");
        ITransformer loaded;
        try
        {
            loaded = new MLContext().Model.Load(path, out _);
        }
        catch (Exception e)
        {
            throw new ModelRejectedException($"'{path}' could not be loaded as an ML.NET model ({e.GetType().Name}: {e.Message}). Write it with ml.Model.Save.");
        }
        return ForecastAuc(loaded);
    }

    /// <summary>09.1: the accuracy of always answering the training years' most common label.</summary>
    public static Exercise<double?> BaselineAccuracy { get; } = new(
        "09.1", "the baseline to beat",
        Checks.Number(() => ShareOf(Days().Test, MostCommon(Days().Train)), tolerance: 0.002,
            (() => ShareOf(Days().Test, MostCommon(Days().Test)), "That is how often 2015's own most common label occurs, which a baseline cannot know in advance: take the most common label of the training years."),
            (() => ShareOf(Days().Train, MostCommon(Days().Train)), "That is the label's share of the training days; like every model, the baseline is scored on the test days."),
            (() => 100 * ShareOf(Days().Test, MostCommon(Days().Train)), "Give it as a share between 0 and 1, as the course's accuracies are."),
            (() => 1.0 / Labels.Length, "That would be right if the five labels were equally common; they are far from it.")),
        ["Which label is the most common in trainDays? A model that always answers it is right exactly on the test days with that label.",
         "trainDays[\"weather\"].Cast<string>() gives the labels; GroupBy, MaxBy and Count do the rest, as in lesson 04's exercise 04.1."],
        """
        var mostCommon = trainDays["weather"].Cast<string>().GroupBy(w => w).MaxBy(g => g.Count())!.Key;
        double? baselineAccuracy = testDays["weather"].Cast<string>().Count(w => w == mostCommon) / (double)testDays.Rows.Count;
        """);

    /// <summary>09.2: a one-line rule from precipitation alone.</summary>
    public static Exercise<Func<float, string>?> Rule { get; } = new(
        "09.2", "a one-line rule",
        Checks.Score<Func<float, string>>(RuleAccuracy, threshold: 0.80, "accuracy",
            failure: "Your rule threw an exception on a 2015 day ({0})."),
        ["Look at the box plot again: which labels ever have precipitation above 0?",
         "Two labels are enough: one for a wet day, one for a dry day. Pick the most common label of each kind.",
         "precipitation => precipitation > 0 ? \"…\" : \"…\""],
        """Func<float, string>? rule = precipitation => precipitation > 0 ? "rain" : "sun";""");

    /// <summary>09.3: the label behind most of the classifier's errors.</summary>
    public static Exercise<string?> MostMissed { get; } = new(
        "09.3", "where the errors are",
        Checks.Text("fog", Labels,
            ("drizzle", "Drizzle is never recognised either, but 2015 has only 7 drizzle days. Count the wrong predictions in each row."),
            ("sun", "Almost every sunny day is predicted as sun. Each row of the matrix is one true label: count what lies off the diagonal."),
            ("rain", "Almost every rainy day is predicted as rain. Each row of the matrix is one true label: count what lies off the diagonal.")),
        ["In the confusion matrix, a row holds the days of one true label; the diagonal cell is the right predictions.",
         "For each row, add up the cells off the diagonal. Which row has the most?"],
        """string? mostMissed = "fog";""");

    /// <summary>09.4: the label of the forecast, tomorrow's rain.</summary>
    public static Exercise<DataFrameColumn?> RainTomorrow { get; } = new(
        "09.4", "build the label",
        Checks.Column(() => WetDay(CourseData.LoadSeattleWeather()), tolerance: 0,
            (() => WetDay(CourseData.LoadSeattleWeather(), ahead: 0), "That is whether it rained today. A model given today's precipitation would only have to copy it: the label must come from the next day."),
            (() => WetDay(CourseData.LoadSeattleWeather(), ahead: -1), "That looks one day back: it is whether it rained yesterday. The label is about the next row, day + 1."),
            (() => TomorrowsLabel(CourseData.LoadSeattleWeather()), "That uses tomorrow's weather label. The exercise defines rain by what was measured: precipitation above 0 (the label says \"rain\" on some dry days, and \"snow\" is wet too).")),
        ["For the day in row i, the answer is about row i + 1: precipitation[i + 1] > 0.",
         "The last day has no next day in the data: its value is null. A bool? can hold null.",
         "days[\"precipitation\"].Cast<float?>().ToList() gives the precipitation as a list; new BooleanDataFrameColumn(\"rain_tomorrow\", values) makes the column."],
        """
        var precipitation = days["precipitation"].Cast<float?>().ToList();
        DataFrameColumn? rainTomorrow = new BooleanDataFrameColumn("rain_tomorrow",
            precipitation.Select((_, day) => day + 1 < precipitation.Count ? precipitation[day + 1] > 0 : (bool?)null));
        """);

    /// <summary>09.5: a forecast model that beats single measurements.</summary>
    public static Exercise<ITransformer?> ForecastModel { get; } = new(
        "09.5", "a forecast model",
        Checks.Model(ForecastAuc, threshold: 0.76, "area under the ROC curve"),
        ["Lesson 05's binary classifier is the pattern: Concatenate the measurements into Features, NormalizeMeanVariance, then ml.BinaryClassification.Trainers.LbfgsLogisticRegression(labelColumnName: \"rain_tomorrow\"), and Fit on forecastTrain.",
         "One measurement is not enough: precipitation alone reaches only about 0.72. Use all four.",
         "Boosted trees with their default settings overfit 1,100 days. A linear model, or trees with few leaves and many days per leaf, do better."],
        """
        ITransformer? forecastModel = ml.Transforms.Concatenate("Features", "precipitation", "temp_max", "temp_min", "wind")
            .Append(ml.Transforms.NormalizeMeanVariance("Features"))
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(labelColumnName: "rain_tomorrow"))
            .Fit(forecastTrain);
        """);

    /// <summary>09.6: the model saved as the app will load it.</summary>
    public static Exercise<string?> SavedModel { get; } = new(
        "09.6", "ship it",
        Checks.Score<string>(SavedModelAuc, threshold: 0.76, "area under the ROC curve",
            failure: "The saved model could not score the 2015 days ({0})."),
        ["Lesson 07, section 1: ml.Model.Save(model, schema, path) writes the whole pipeline to one zip file.",
         "The schema is the training data's: ((IDataView)forecastTrain).Schema. The folder is Path.Combine(CourseFolders.Find().Artifacts, \"models\"); create it first."],
        """
        var modelFile = Path.Combine(CourseFolders.Find().Artifacts, "models", "rain-tomorrow.zip");
        Directory.CreateDirectory(Path.GetDirectoryName(modelFile)!);
        ml.Model.Save(forecastModel, ((IDataView)forecastTrain).Schema, modelFile);
        string? savedModelPath = modelFile;
        """);

    /// <summary>09.7: the note to the events team.</summary>
    public static Exercise<string?> Report { get; } = new(
        "09.7", "report to the team",
        Checks.Reflection(30,
            "From today's four measurements, the model gives a chance of rain tomorrow. On 2015, a year it never saw, it ranked " +
            "rainy days above dry ones with an area under the ROC curve of 0.775, and at its default threshold it was right " +
            "on about 74% of days, against 70% for \"tomorrow will be like today\": a real but modest improvement, and its " +
            "probability lets you choose between missing rain and false alarms. Limits: one station, four daily numbers and four " +
            "years; it knows nothing of the weather systems a real forecast tracks, so use it as a rough guide, and check it " +
            "again each season."),
        ["Say what goes in and what comes out, in the team's words.", "Give the numbers that matter next to the simple alternative, and name one thing it cannot do."],
        """string? report = "Given today's precipitation, temperatures and wind, the model estimates the chance of rain tomorrow. On 2015, which it never saw, it was right on about 74% of days against 70% for assuming tomorrow is like today, with an AUC of 0.775. It is one station and four years of data and knows nothing about incoming weather systems, so treat it as a rough guide, not a forecast.";""");

    /// <summary>The lesson's exercises, in order.</summary>
    public static IReadOnlyList<IExercise> All { get; } = [BaselineAccuracy, Rule, MostMissed, RainTomorrow, ForecastModel, SavedModel, Report];
}
